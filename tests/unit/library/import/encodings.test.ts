import { describe, expect, it } from 'vitest';
import { fixture, importBytes, importText, utf8 } from './helpers';

const ARTICLE = 'Café talk\n\n“We’re staying,” said the owner of the café – prices are up €25.';

function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), endian === 'le');
  return bytes;
}

describe('text in every common encoding imports with the right characters', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(importBytes('a.txt', utf8(ARTICLE)).text).toContain('“We’re staying,” said the owner of the café – prices are up €25.');
    const withBom = importBytes('b.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]));
    expect(withBom.title).toBe('Café talk');
    expect(withBom.text.startsWith('\ufeff')).toBe(false);
  });

  it('reads UTF-16 little- and big-endian files with a byte-order mark', () => {
    for (const endian of ['le', 'be'] as const) {
      const article = importBytes(`utf16${endian}.txt`, utf16(ARTICLE, endian));
      expect(article.title).toBe('Café talk');
      expect(article.text).toBe('“We’re staying,” said the owner of the café – prices are up €25.');
    }
  });

  it('recognises UTF-16 saved without a byte-order mark instead of calling it binary', () => {
    expect(importBytes('nobom.txt', utf16(ARTICLE, 'le', false)).title).toBe('Café talk');
    expect(importBytes('nobom.md', utf16(ARTICLE, 'be', false)).title).toBe('Café talk');
  });

  it('reads a windows-1252 text file (é, curly quotes, dash, euro)', () => {
    const article = importBytes('cp1252.txt', fixture('cp1252.txt'));
    expect(article.title).toBe('Café owners brace for the blockade');
    expect(article.authors).toEqual(['Renée Dubois']);
    expect(article.published).toBe('2025-11-05');
    expect(article.text).toContain('“We’re not leaving,” said the owner of the café on the quay – prices are up €25 a week.');
  });

  it('honours the charset an HTML page declares when it has no byte-order mark', () => {
    const article = importBytes('cp1252-meta.html', fixture('cp1252-meta.html'));
    expect(article.title).toBe('Le café du port');
    expect(article.text).toContain('“Nous restons,” dit la propriétaire du café. L’équipage du navire');
    expect(article.language).toBe('fr');
  });

  it('reads <meta charset> as well as http-equiv, and latin1 labels as windows-1252', () => {
    const body = '<p>Le ministre a promis une réponse rapide aux pêcheurs, qui attendent depuis une semaine déjà dans le port.</p>'.repeat(4);
    const page = `<html><head><meta charset="iso-8859-1"><title>Pêche</title></head><body><article>${body}</article></body></html>`;
    const bytes = new Uint8Array([...page].map((c) => c.charCodeAt(0)));
    const article = importBytes('latin1.html', bytes);
    expect(article.title).toBe('Pêche');
    expect(article.text).toContain('pêcheurs');
  });

  it('reads a page re-saved as UTF-8 that still declares its old charset', () => {
    const body = '<p>DeepMind 新电脑已可利用记忆自学，人工智能迈上新台阶。研究人员表示，这一系统能够在没有人类帮助的情况下学习。</p>'.repeat(4);
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>新电脑</title></head><body><article>${body}</article></body></html>`;
    expect(importText('resaved.html', page).title).toBe('新电脑');
  });

  it('falls back to windows-1252 for text that is not valid UTF-8', () => {
    const bytes = new Uint8Array([...'Na\xefve title\n\nThe na\xefve plan \x96 a quick fix.'].map((c) => c.charCodeAt(0)));
    const article = importBytes('legacy.txt', bytes);
    expect(article.title).toBe('Naïve title');
    expect(article.text).toBe('The naïve plan – a quick fix.');
  });

  it('normalises Windows and old Mac line endings', () => {
    const article = importText('crlf.txt', 'Harbour news\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\rStill second.');
    expect(article.text).toBe('First paragraph.\n\nSecond paragraph.\nStill second.');
  });
});
