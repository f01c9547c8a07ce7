import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH, MAX_IMPORT_BYTES } from '../../../../electron/common/model';
import { parseImportItem } from '../../../../electron/library/import/index';
import { fixture, importText, refused, utf8 } from './helpers';

describe('which files Dossier imports', () => {
  it('reads .html and .htm as web pages, .md and .markdown as Markdown, .txt as plain text', () => {
    const page = '<html><head><title>Strait news</title></head><body><article><p>' + 'The ferry sailed on time. '.repeat(30) + '</p></article></body></html>';
    expect(importText('page.html', page).sourceKind).toBe('html');
    expect(importText('PAGE.HTM', page).sourceKind).toBe('html');
    expect(importText('notes.md', '# Strait news\n\nThe ferry sailed.').sourceKind).toBe('markdown');
    expect(importText('notes.markdown', '# Strait news\n\nThe ferry sailed.').sourceKind).toBe('markdown');
    expect(importText('notes.txt', 'Strait news\n\nThe ferry sailed.').sourceKind).toBe('text');
  });

  it('reads a paste as plain text, unless it is clearly HTML', () => {
    expect(importText('pasted text', 'Strait news\n\nThe <b> tag is bold in HTML.').sourceKind).toBe('text');
    const html = '<html><body><article><h1>Strait news</h1><p>' + 'The ferry sailed on time. '.repeat(30) + '</p></article></body></html>';
    expect(importText('pasted text', html).sourceKind).toBe('html');
  });

  it('refuses other file types and names the types it accepts', () => {
    const result = refused('report.docx', 'anything');
    expect(result.code).toBe('unsupported-type');
    expect(result.message).toContain('".docx"');
    expect(result.message).toMatch(/\.html.*\.txt/);
    expect(refused('README', 'anything').code).toBe('unsupported-type');
  });
});

describe('bad input gets a clear per-file error', () => {
  it('refuses a file over the size limit, saying how big it is and what the limit is', () => {
    const result = refused('huge.txt', new Uint8Array(Math.round(14.2 * 1024 * 1024)).fill(0x61));
    expect(result.code).toBe('too-large');
    expect(result.message).toBe(
      'This file is 14.2 MB; Dossier imports files up to 10 MB. Save just the article page, or copy the article text and paste it.',
    );
  });

  it('accepts a file of exactly the size limit', () => {
    const data = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    data.set(utf8('Title\n\n'));
    expect(parseImportItem({ name: 'limit.txt', data }).ok).toBe(true);
  });

  it('refuses empty and whitespace-only files and pastes', () => {
    expect(refused('empty.txt', '').code).toBe('empty');
    expect(refused('blank.md', ' \n\t\r\n  \n').code).toBe('empty');
    expect(refused('blank.html', '\n\n   ').code).toBe('empty');
    expect(refused('bom-only.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a])).code).toBe('empty');
    const paste = refused('pasted text', '   ');
    expect(paste.code).toBe('empty');
    expect(paste.message).toMatch(/pasted text is empty/);
  });

  it('refuses binary files: NUL bytes, PDF, PNG', () => {
    const withNul = utf8('Looks like text\u0000\u0000\u0001 but is not');
    expect(refused('data.txt', withNul).code).toBe('binary');
    const pdf = refused('statement.txt', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'));
    expect(pdf.code).toBe('binary');
    expect(pdf.message).toContain('PDF');
    const png = refused('photo.html', fixture('pixel.png'));
    expect(png.code).toBe('binary');
    expect(png.message).toContain('PNG image');
  });

  it('refuses HTML nested deeper than the limit, before any parser can overflow its stack', () => {
    const depth = 20_000;
    const html = '<html><body>' + '<div>'.repeat(depth) + 'deep text' + '</div>'.repeat(depth) + '</body></html>';
    const result = refused('nested.html', html);
    expect(result.code).toBe('too-deep');
    expect(result.message).toContain(String(MAX_HTML_DEPTH));
    // Unclosed elements nest too.
    expect(refused('unclosed.html', '<div><span>'.repeat(depth)).code).toBe('too-deep');
  });

  it('imports sloppy HTML whose unclosed paragraphs and list items do not really nest', () => {
    const items = '<li>A harbour notice about the ferry timetable for the coming week'.repeat(2000);
    const paras = '<p>The ferry sailed on time and the crew reported calm seas across the strait.'.repeat(2000);
    const article = importText('sloppy.html', `<html><body><article><ul>${items}</ul>${paras}</article></body></html>`);
    expect(article.blocks.length).toBeGreaterThan(1000);
  });

  it('copes with a file of endless unterminated tags (no pattern in the importer goes quadratic)', () => {
    expect(refused('tags.html', '<a x="'.repeat(1_000_000)).code).toBe('no-article');
    expect(refused('scripts.html', '<script'.repeat(1_000_000)).code).toBe('no-article');
  });

  it('refuses a Markdown quote bomb as too deep', () => {
    expect(refused('bomb.md', '>'.repeat(100_000) + ' deep').code).toBe('too-deep');
  });

  it('says when a page has no article it can extract', () => {
    const result = refused('menu.html', '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><script>document.write("an article")</script></body></html>');
    expect(result.code).toBe('no-article');
    expect(result.message).toMatch(/copy the article text and paste it/);
  });
});
