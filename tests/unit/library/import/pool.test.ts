import { describe, expect, it } from 'vitest';
import { createImportPool, parseImportItem } from '../../../../electron/library/import/index';
import { fixture, utf8 } from './helpers';

describe('the import pool parses on worker threads', () => {
  const items = [
    { name: 'Navy ships.html', data: fixture('article.html') },
    { name: 'ferry.md', data: fixture('article.md') },
    { name: 'pasted text', data: fixture('pasted-news.txt') },
    { name: 'photo.html', data: fixture('pixel.png') },
    { name: 'report.docx', data: utf8('x') },
  ];

  it('gives exactly what parsing on the calling thread gives, in the order asked', async () => {
    const pool = createImportPool({ size: 2 });
    try {
      const results = await Promise.all(items.map((item) => pool.parse(item)));
      expect(results).toEqual(items.map((item) => parseImportItem(item)));
      expect(results.map((r) => (r.ok ? r.article.sourceKind : r.code))).toEqual(['html', 'markdown', 'text', 'binary', 'unsupported-type']);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('still answers after it is closed, on the calling thread', async () => {
    const pool = createImportPool({ size: 1 });
    await pool.close();
    const result = await pool.parse({ name: 'pasted text', data: utf8('Talks resume\n\nThe talks resumed.') });
    expect(result.ok && result.article.title).toBe('Talks resume');
  });

  it('reports a worker that cannot start as a failed file, not a crash', async () => {
    const pool = createImportPool({ size: 1, workerUrl: new URL('./no-such-worker.mjs', import.meta.url) });
    try {
      const result = await pool.parse({ name: 'pasted text', data: utf8('Talks resume\n\nThe talks resumed.') });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.code).toBe('malformed');
    } finally {
      await pool.close();
    }
  });
});
