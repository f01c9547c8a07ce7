/** How an import item is read, decided by its file name (and, for a paste, its content). */
export type ImportKind = 'html' | 'markdown' | 'text';

/** The name the UI gives a pasted text instead of a file name. */
export const PASTED_TEXT = 'pasted text';

const BY_EXTENSION: Record<string, ImportKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

export function isPaste(name: string): boolean {
  return name.trim().toLowerCase() === PASTED_TEXT;
}

/** The kind a file name announces, or null when Dossier cannot import that type. */
export function kindOfName(name: string): ImportKind | null {
  if (isPaste(name)) return 'text';
  const dot = name.lastIndexOf('.');
  if (dot <= 0 && !name.startsWith('.')) return null;
  return BY_EXTENSION[name.slice(dot).toLowerCase()] ?? null;
}

const DOCUMENT_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const CLOSING_BLOCK_TAG = /<\/(?:p|div|article|section|h[1-6]|li|blockquote|span|a|em|strong|b|i)>/i;

/**
 * A paste that is clearly HTML (copied from a page's source, or HTML put on the clipboard
 * as text) goes through the HTML importer. Text merely mentioning a tag does not: it must
 * start with markup and close at least one element.
 */
export function looksLikeHtml(text: string): boolean {
  if (DOCUMENT_START.test(text)) return true;
  return /^\s*</.test(text) && CLOSING_BLOCK_TAG.test(text);
}
