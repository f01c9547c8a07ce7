import { MAX_HTML_DEPTH, MAX_IMPORT_BYTES, type ImportErrorCode } from '../../common/model';
import type { ParseResult } from './types';

/** A refused import: a code the UI can act on and a message the user can read. */
export type ImportFailure = Extract<ParseResult, { ok: false }>;

export function failure(code: ImportErrorCode, message: string): ImportFailure {
  return { ok: false, code, message };
}

/** "14.2 MB", "512 KB", "37 bytes": sizes as people read them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

const ACCEPTED = '.html, .htm, .md, .markdown or .txt';

export const failures = {
  tooLarge: (bytes: number) =>
    failure(
      'too-large',
      `This file is ${formatSize(bytes)}; Dossier imports files up to ${formatSize(MAX_IMPORT_BYTES)}. ` +
        'Save just the article page, or copy the article text and paste it.',
    ),
  empty: (isPaste: boolean) =>
    failure(
      'empty',
      isPaste
        ? 'The pasted text is empty. Copy the article text and paste it again.'
        : 'This file is empty (or holds only spaces and blank lines). Check that you chose the right file.',
    ),
  binary: (what: string) =>
    failure(
      'binary',
      `This looks like ${what}, not text or a saved web page. Dossier imports ${ACCEPTED} files; ` +
        'copy the article text from the original and paste it instead.',
    ),
  unsupported: (name: string) => {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
    const what = ext ? `"${ext}" files` : 'files without an extension';
    return failure('unsupported-type', `Dossier can't import ${what}. Import ${ACCEPTED} files, or paste the text.`);
  },
  tooDeep: () =>
    failure(
      'too-deep',
      `This page's HTML is nested more than ${MAX_HTML_DEPTH} levels deep, which Dossier refuses to process safely. ` +
        'Open it in a browser and copy the article text, then paste it.',
    ),
  noArticle: () =>
    failure(
      'no-article',
      'Dossier found no article text in this page. Open it in a browser, copy the article text and paste it instead.',
    ),
  malformed: (detail: string) =>
    failure(
      'malformed',
      `Dossier could not read this file (${detail}). Open it in a browser and save it again, or paste the article text.`,
    ),
};
