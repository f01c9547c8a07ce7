/**
 * The briefing's fonts, embedded as base64 @font-face rules so the HTML is one
 * self-contained file and Chromium embeds them in the PDF. They are read from the
 * installed @fontsource packages (shipped with the app as dependencies), not copied.
 *
 * The latin subset of every face is always embedded; other subsets (latin-ext,
 * cyrillic, greek, vietnamese) only when the document uses a character they cover, so
 * a briefing quoting "Łukasz" or "Песков" still prints in the briefing's typeface.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Serif for the text, sans-serif for labels, attribution and notes. */
const FACE_FILES: { pkg: string; css: string[] }[] = [
  { pkg: '@fontsource/source-serif-4', css: ['400.css', '400-italic.css', '600.css', '700.css'] },
  { pkg: '@fontsource/inter', css: ['400.css', '600.css', '700.css'] },
];

interface FontFace {
  family: string;
  style: string;
  weight: string;
  subset: string;
  ranges: [number, number][];
  file: string;
}

let faces: FontFace[] | null = null;
const dataUris = new Map<string, string>();

function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

function readFaces(): FontFace[] {
  const found: FontFace[] = [];
  for (const { pkg, css } of FACE_FILES) {
    for (const name of css) {
      const cssPath = require.resolve(`${pkg}/${name}`);
      const text = readFileSync(cssPath, 'utf8');
      for (const [, comment, body] of text.matchAll(/\/\*\s*([^*]+?)\s*\*\/\s*@font-face\s*\{([^}]*)\}/g)) {
        const field = (key: string) => new RegExp(`${key}:\\s*([^;]+);`).exec(body)?.[1].trim() ?? '';
        const url = /url\(([^)]+\.woff2)\)/.exec(body)?.[1];
        if (!url) continue;
        found.push({
          family: field('font-family').replace(/['"]/g, ''),
          style: field('font-style'),
          weight: field('font-weight'),
          subset: comment,
          ranges: parseRanges(field('unicode-range')),
          file: path.resolve(path.dirname(cssPath), url),
        });
      }
    }
  }
  if (!found.length) throw new Error('The briefing fonts (@fontsource packages) are missing; reinstall Dossier.');
  return found;
}

function covers(face: FontFace, codePoints: Set<number>): boolean {
  if (/-latin-\d/.test(face.subset)) return true;
  for (const cp of codePoints) {
    if (cp > 0x7f && face.ranges.some(([from, to]) => cp >= from && cp <= to)) return true;
  }
  return false;
}

function dataUri(file: string): string {
  let uri = dataUris.get(file);
  if (!uri) {
    uri = `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
    dataUris.set(file, uri);
  }
  return uri;
}

/** @font-face rules, with the fonts inline, for the characters of `text`. */
export function embeddedFontCss(text: string): string {
  faces ??= readFaces();
  const codePoints = new Set<number>();
  for (const ch of text) codePoints.add(ch.codePointAt(0) ?? 0);
  return faces
    .filter((face) => covers(face, codePoints))
    .map(
      (face) =>
        `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};` +
        `src:url(${dataUri(face.file)}) format('woff2');unicode-range:${face.ranges
          .map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`))
          .join(',')};}`,
    )
    .join('\n');
}
