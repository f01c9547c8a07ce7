/**
 * Import: turning a file or a paste into an article (title, outlet, authors, date, URL,
 * language, canonical text and blocks) or a clear per-file error.
 */
export { canonicalHashText } from './canonical';
export { PASTED_TEXT } from './kind';
export { parseImportItem } from './parse';
export { createImportPool, type ImportPool, type ImportPoolOptions } from './pool';
export type { ParsedArticle, ParseResult } from './types';
