import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Block } from '../../../../electron/common/model';
import { parseImportItem, type ParsedArticle, type ParseResult } from '../../../../electron/library/import/index';

export const FIXTURES = path.resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'import');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Imports text as a file called `name` (or a paste) and returns the article, failing the test if refused. */
export function importText(name: string, text: string): ParsedArticle {
  return imported(parseImportItem({ name, data: utf8(text) }));
}

export function importBytes(name: string, data: Uint8Array): ParsedArticle {
  return imported(parseImportItem({ name, data }));
}

export function imported(result: ParseResult): ParsedArticle {
  if (!result.ok) throw new Error(`expected an article, got ${result.code}: ${result.message}`);
  expectConsistentModel(result.article);
  return result.article;
}

export function refused(name: string, data: Uint8Array | string): { code: string; message: string } {
  const result = parseImportItem({ name, data: typeof data === 'string' ? utf8(data) : data });
  if (result.ok) throw new Error(`expected a refusal, got an article titled "${result.article.title}"`);
  return result;
}

export const textOf = (article: ParsedArticle, b: { start: number; end: number }) => article.text.slice(b.start, b.end);

/** The blocks as [type, text] pairs, which reads well in expectations. */
export function blocksOf(article: ParsedArticle): Array<[string, string]> {
  return article.blocks.map((b) => [b.type, textOf(article, b)]);
}

export function marksOf(article: ParsedArticle): Array<[string, string, string?]> {
  return article.blocks.flatMap((b) =>
    b.marks.map((m): [string, string, string?] => (m.href ? [m.type, textOf(article, m), m.href] : [m.type, textOf(article, m)])),
  );
}

/**
 * The model's promise to the reader and to clips: blocks in order cover the text exactly,
 * joined by blank lines, and every mark lies inside its block.
 */
export function expectConsistentModel(article: { text: string; blocks: Block[] }): void {
  expect(article.blocks.map((b) => article.text.slice(b.start, b.end)).join('\n\n')).toBe(article.text);
  let previousEnd = -2;
  for (const block of article.blocks) {
    expect(block.start).toBe(previousEnd + 2);
    expect(block.end).toBeGreaterThan(block.start);
    previousEnd = block.end;
    for (const mark of block.marks) {
      expect(mark.start).toBeGreaterThanOrEqual(block.start);
      expect(mark.end).toBeLessThanOrEqual(block.end);
      expect(mark.end).toBeGreaterThan(mark.start);
    }
  }
}
