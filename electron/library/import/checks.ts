import { MAX_IMPORT_BYTES } from '../../common/model';
import { failures, type ImportFailure } from './errors';
import { bomOf, sniffUtf16 } from './decode';

/** File signatures of formats people are likely to drop by mistake. */
const SIGNATURES: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['a Word 97-2003 document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a WebP or RIFF media file', [0x52, 0x49, 0x46, 0x46]],
  ['an RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
];

const SAMPLE = 64 * 1024;

function startsWith(data: Uint8Array, sig: number[]): boolean {
  if (data.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (data[i] !== sig[i]) return false;
  return true;
}

/**
 * Refuses input that is too large or not text at all, before any decoding or parsing.
 * Text never contains NUL bytes (unless it is UTF-16, which we recognise first), and
 * rarely more than a few C0 control characters.
 */
export function checkBytes(data: Uint8Array): ImportFailure | null {
  if (data.length > MAX_IMPORT_BYTES) return failures.tooLarge(data.length);
  for (const [what, sig] of SIGNATURES) if (startsWith(data, sig)) return failures.binary(what);
  if (bomOf(data) || sniffUtf16(data)) return null;
  const end = Math.min(data.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = data[i]!;
    if (b === 0) return failures.binary('a binary file');
    // Tab, LF, VT, FF, CR and ESC appear in real text files; other C0 controls do not.
    if (b < 0x20 && (b < 0x09 || (b > 0x0d && b !== 0x1b))) controls++;
  }
  if (controls > 8 && controls > end / 100) return failures.binary('a binary file');
  return null;
}
