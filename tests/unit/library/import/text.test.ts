import { describe, expect, it } from 'vitest';
import { blocksOf, fixtureText, importText } from './helpers';

describe('plain text pasted from a news site', () => {
  it('finds outlet, title, byline and date in the first lines, and leaves them out of the text', () => {
    const article = importText('pasted text', fixtureText('pasted-news.txt'));
    expect(article).toMatchObject({
      title: 'Veldora recalls ambassador as ships stay in the strait',
      outlet: 'Reuters',
      authors: ['Mara Lind', 'Tomas Ek'],
      published: '2025-11-05T05:06',
      sourceKind: 'text',
    });
    expect(article.guessed.sort()).toEqual(['authors', 'outlet', 'published', 'title']);
    expect(article.text.startsWith('PORT ALDEN (Reuters) - Veldora recalled its ambassador')).toBe(true);
    expect(article.blocks).toHaveLength(3);
  });

  it('reads a name-only line after the title as the byline', () => {
    const article = importText('pasted text', 'Ferry strike ends\nAna Ruiz\nNovember 5, 2025\n\nThe strike ended at dawn.');
    expect(article.authors).toEqual(['Ana Ruiz']);
    expect(article.published).toBe('2025-11-05');
    expect(article.text).toBe('The strike ended at dawn.');
  });

  it('reads "Outlet | date" and "By X | date" lines', () => {
    const a = importText('pasted text', 'Ferry strike ends\nThe Guardian | Wed 5 Nov 2025 17.06 GMT\n\nThe strike ended at dawn.');
    expect([a.outlet, a.published]).toEqual(['The Guardian', '2025-11-05T17:06']);
    const b = importText('pasted text', 'Ferry strike ends\nBy Jane Doe and John Roe | Kyiv Post · November 5, 2025\n\nThe strike ended.');
    expect([b.authors, b.outlet, b.published]).toEqual([['Jane Doe', 'John Roe'], 'Kyiv Post', '2025-11-05']);
  });

  it('allows a standfirst between title and byline, and keeps it in the text', () => {
    const article = importText(
      'pasted text',
      'Ferry strike ends\nUnions accept the offer after a week of cancelled crossings.\nBy Ana Ruiz\n5 November 2025\n\nThe strike ended at dawn.',
    );
    expect(article.authors).toEqual(['Ana Ruiz']);
    expect(article.published).toBe('2025-11-05');
    expect(article.text).toBe('Unions accept the offer after a week of cancelled crossings.\n\nThe strike ended at dawn.');
  });

  it('guesses nothing that is not there, and never takes body lines for metadata', () => {
    const text = 'Ferry strike ends\n\nThe strike ended at dawn, unions said.\n\nJane Doe\n\nNovember 5, 2025 was a Wednesday.';
    const article = importText('notes.txt', text);
    expect(article.title).toBe('Ferry strike ends');
    expect(article.guessed).toEqual(['title']);
    expect(article.authors).toEqual([]);
    expect(article.published).toBeNull();
    expect(article.outlet).toBe('');
    expect(blocksOf(article).map(([, t]) => t)).toEqual([
      'The strike ended at dawn, unions said.',
      'Jane Doe',
      'November 5, 2025 was a Wednesday.',
    ]);
  });

  it('reads a name line after a standfirst when a date follows it, as some papers print bylines', () => {
    const article = importText(
      'pasted text',
      'Navy ships gather off Veldora coast\nThe deployment is the largest since the 1998 accords, officials say\n' +
        'Mara Lind in Port Alden\nWed 5 Nov 2025 05.06 GMT\n\nSix frigates dropped anchor on Tuesday.',
    );
    expect([article.authors, article.published]).toEqual([['Mara Lind'], '2025-11-05T05:06']);
    expect(article.text).toBe('The deployment is the largest since the 1998 accords, officials say\n\nSix frigates dropped anchor on Tuesday.');
  });

  it('names the wire service of a "CITY (Reuters) -" dateline as the outlet', () => {
    expect(importText('pasted text', 'Talks resume\n\nHESK (AFP) - Talks resumed on Friday.').outlet).toBe('AFP');
    expect(importText('pasted text', 'Talks resume\nBy ANA RUIZ\n\nHESK, Veldora (AP) — Talks resumed.').outlet).toBe('AP');
  });

  it('takes a first line too long for a title as text, and makes a title from its start', () => {
    const long = 'The strike that stopped every ferry between Port Alden and Hesk Island for a week ended at dawn on Wednesday, ' +
      'when the unions accepted an offer that the operator had first made on Monday, after a long night of talks in the customs hall.';
    const article = importText('pasted text', long);
    expect(article.text).toBe(long);
    expect(article.title).toBe('The strike that stopped every ferry between Port Alden and Hesk Island for a…');
    expect(article.guessed).toEqual(['title']);
  });
});

describe('paragraphs of plain text', () => {
  it('are separated by blank lines; line breaks inside a paragraph stay', () => {
    const article = importText('p.txt', 'Title\n\nFirst line\nsecond line\n\n\n\nNext   paragraph\t here');
    expect(article.text).toBe('First line\nsecond line\n\nNext paragraph here');
    expect(article.blocks.map((b) => b.type)).toEqual(['p', 'p']);
  });

  it('are one per line when the text has no blank line at all', () => {
    const article = importText('p.txt', 'Title\nFirst paragraph.\nSecond paragraph.\nThird paragraph.');
    expect(article.text).toBe('First paragraph.\n\nSecond paragraph.\n\nThird paragraph.');
  });
});
