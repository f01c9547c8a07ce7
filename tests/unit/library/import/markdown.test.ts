import { describe, expect, it } from 'vitest';
import { blocksOf, fixture, importBytes, importText, marksOf } from './helpers';

describe('a Markdown file becomes an article', () => {
  const article = importBytes('ferry.md', fixture('article.md'));

  it('takes its metadata from the front matter, as stated rather than guessed', () => {
    expect(article).toMatchObject({
      title: 'Ferry line reopens after the blockade',
      authors: ['Mara Lind', 'Tomas Ek'],
      outlet: 'The Harbour Gazette',
      published: '2025-11-07',
      url: 'https://harbourgazette.example/world/ferry-reopens',
      language: 'en',
      sourceKind: 'markdown',
      guessed: [],
    });
  });

  it('renders headings, quotes, nested lists and code like a web page, without repeating the title', () => {
    expect(blocksOf(article)).toEqual([
      ['p', 'The first ferry in a week left Port Alden at 07:00 on Friday, half full but on time, after the coastguard lifted its warning.'],
      ['blockquote', '“We never stopped believing the route would open again,” said captain Jon Hesk.'],
      ['h2', 'Timetable'],
      ['li', 'Port Alden 07:00'],
      ['li', 'Hesk Island 09:30'],
      ['li', 'connection to the mainland'],
      ['li', 'connection to the north'],
      ['p', 'Passengers should check the ferry-status page before travelling.'],
      ['pre', 'route: alden-hesk\n  daily: yes'],
      ['p', 'A bad link and stay out.'],
    ]);
    expect(article.blocks.filter((b) => b.type === 'li').map((b) => `${b.list}${b.depth}`)).toEqual(['ul0', 'ul0', 'ol1', 'ol1']);
  });

  it('keeps emphasis, code and safe links; drops raw scripts, images and javascript: links', () => {
    expect(marksOf(article)).toEqual([
      ['strong', 'Port Alden'],
      ['em', 'half full'],
      ['link', 'coastguard', 'https://coastguard.example/notices'],
      ['code', 'ferry-status'],
    ]);
    expect(JSON.stringify(article)).not.toMatch(/alert|script|pixel|javascript/);
  });
});

describe('Markdown without front matter', () => {
  it('takes a leading # heading as the title and guesses byline, outlet and date from the lines after it', () => {
    const article = importText(
      'note.md',
      '# Talks resume in Hesk\n\n*By Ana Ruiz*\n\nThe Harbour Gazette | November 7, 2025\n\nThe talks resumed on **Friday**.\n',
    );
    expect(article.title).toBe('Talks resume in Hesk');
    expect(article.authors).toEqual(['Ana Ruiz']);
    expect(article.outlet).toBe('The Harbour Gazette');
    expect(article.published).toBe('2025-11-07');
    expect(article.guessed).toEqual(['authors', 'outlet', 'published']);
    expect(article.text).toBe('The talks resumed on Friday.');
  });

  it('guesses the title from the first line when there is no heading', () => {
    const article = importText('plain.md', 'Talks resume in Hesk\n\nThe talks resumed on Friday after a week.');
    expect(article.title).toBe('Talks resume in Hesk');
    expect(article.guessed).toContain('title');
    expect(article.text).toBe('The talks resumed on Friday after a week.');
  });
});
