import { describe, expect, it } from 'vitest';
import { blocksOf, fixture, importBytes, importText, marksOf, textOf } from './helpers';

const filler = (sentence: string, times = 8) => `<p>${sentence.repeat(times)}</p>`;

describe('a saved web page becomes a clean article', () => {
  const article = importBytes('Navy ships.html', fixture('article.html'));

  it('reads the metadata the page states', () => {
    expect(article.title).toBe('Navy ships gather off the Veldora coast');
    expect(article.outlet).toBe('The Harbour Gazette');
    expect(article.authors).toEqual(['Mara Lind', 'Tomas Ek']);
    expect(article.published).toBe('2025-11-05T05:06');
    expect(article.url).toBe('https://harbourgazette.example/world/veldora-ships');
    expect(article.language).toBe('en-GB');
    expect(article.sourceKind).toBe('html');
    expect(article.guessed).toEqual([]);
  });

  it('keeps headings, paragraphs, quotes, nested lists and preformatted text, without the page around them', () => {
    expect(blocksOf(article)).toEqual([
      ['p', 'Six frigates of the Ostmark fleet dropped anchor twelve miles off Port Alden on Tuesday, the largest deployment in the strait since the 1998 accords, according to the Veldora coastguard.'],
      ['p', 'Foreign Minister Ilse Varga called the move “a rehearsal, not a threat” in a statement published on the ministry’s website, while the opposition asked for a vote in parliament. Questions can be sent to the news desk; the ministry’s live feed was unavailable.'],
      ['blockquote', '“We will not be intimidated by grey hulls on the horizon,” said Prime Minister Oren Talis.'],
      ['blockquote', '“Our fishermen will sail tomorrow as they sailed yesterday.”'],
      ['h2', 'What the fleet carries'],
      ['p', 'Analysts at the Strait Institute counted the vessels from satellite images and listed their capabilities, which range from anti-submarine helicopters to landing craft, in a note sent to clients.'],
      ['li', 'Four frigates with helicopters'],
      ['li', 'Two supply ships'],
      ['li', 'one tanker'],
      ['li', 'one ammunition ship'],
      ['h3', 'The config the coastguard published'],
      ['pre', 'zone:  north\n  radius: 12nm'],
      ['p', 'Ferry timetables for Wednesday:\n07:00 Port Alden\n09:30 Hesk Island'],
      ['p', 'The coastguard said it would update its notice-to-mariners feed every hour while the ships remain in the strait, and asked small boats to keep a distance of at least two nautical miles.'],
    ]);
  });

  it('records which list each item belongs to and how deep it is nested', () => {
    const items = article.blocks.filter((b) => b.type === 'li').map((b) => [textOf(article, b), b.list, b.depth]);
    expect(items).toEqual([
      ['Four frigates with helicopters', 'ul', 0],
      ['Two supply ships', 'ul', 0],
      ['one tanker', 'ol', 1],
      ['one ammunition ship', 'ol', 1],
    ]);
  });

  it('keeps emphasis, code and links as marks; links are absolute and only http, https or mailto', () => {
    expect(marksOf(article)).toEqual([
      ['em', 'Port Alden'],
      ['strong', 'largest deployment'],
      ['link', 'Veldora coastguard', 'https://harbourgazette.example/world/veldora'],
      ['em', '“a rehearsal, not a threat”'],
      ['link', 'website', 'https://ministry.example/statements/1105'],
      ['link', 'the news desk', 'mailto:desk@harbourgazette.example'],
      ['code', 'notice-to-mariners'],
    ]);
  });

  it('does not repeat the title as the first block', () => {
    expect(article.text.startsWith('Six frigates')).toBe(true);
    expect(article.text).not.toContain('Navy ships gather');
  });
});

describe('page metadata', () => {
  const page = (head: string, body = filler('The talks in the customs hall went on late into the night. ')) =>
    `<html><head>${head}</head><body><article>${body}</article></body></html>`;

  it('falls back to og:url for the address, and ignores addresses that are not http or https', () => {
    expect(importText('a.html', page('<title>T</title><meta property="og:url" content="https://news.example/a">')).url).toBe('https://news.example/a');
    expect(importText('b.html', page('<title>T</title><link rel="canonical" href="javascript:alert(1)">')).url).toBe('');
    expect(importText('c.html', page('<title>T</title><link rel="canonical" href="/relative/only">')).url).toBe('');
  });

  it('splits bylines into authors: "A and B", "A, B", "By A"', () => {
    const authors = (byline: string) => importText('p.html', page(`<title>T</title><meta name="author" content="${byline}">`)).authors;
    expect(authors('Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(authors('By Jane Doe, John Roe and Ana Ruiz')).toEqual(['Jane Doe', 'John Roe', 'Ana Ruiz']);
    expect(authors('BY JANE DOE')).toEqual(['Jane Doe']);
  });

  it('guesses the outlet from the address when the page names none, and says it guessed', () => {
    const article = importText('p.html', page('<title>T</title><link rel="canonical" href="https://www.strait-times.example/x">'));
    expect(article.outlet).toBe('strait-times.example');
    expect(article.guessed).toEqual(['outlet']);
  });

  it('finds a publication date in other common markup', () => {
    expect(importText('p.html', page('<title>T</title><meta itemprop="datePublished" content="2025-11-05">')).published).toBe('2025-11-05');
    const withTime = page('<title>T</title>', '<time datetime="2025-11-05T17:06:00Z">5 Nov</time>' + filler('The talks went on late into the night. '));
    expect(importText('q.html', withTime).published).toBe('2025-11-05T17:06');
  });

  it('uses the file name as the title of a page without one, and marks it as a guess', () => {
    const article = importText('Harbour talks.html', '<html><body><article>' + filler('The talks went on late into the night. ') + '</article></body></html>');
    expect(article.title).toBe('Harbour talks');
    expect(article.guessed).toContain('title');
  });
});

describe('HTML whitespace and structure as a browser renders it', () => {
  const body = (html: string) => importText('w.html', `<html><head><title>Whitespace</title></head><body><article>${html}${filler('Filler sentence for the extractor to like. ')}</article></body></html>`);

  it('collapses runs of spaces and line breaks, and keeps marks on the words only', () => {
    const article = body('<p>  The   <em> harbour </em>\n\n  was <b>calm</b>  .  </p>');
    expect(blocksOf(article)[0]).toEqual(['p', 'The harbour was calm .']);
    expect(marksOf(article).slice(0, 2)).toEqual([['em', 'harbour'], ['strong', 'calm']]);
  });

  it('splits paragraphs written as double line breaks, and keeps single breaks as line breaks', () => {
    const article = body('<div>First line<br>second line<br><br>New paragraph</div>');
    expect(blocksOf(article).slice(0, 2)).toEqual([['p', 'First line\nsecond line'], ['p', 'New paragraph']]);
  });

  it('turns top-level and deeper headings into the reader’s three levels', () => {
    const article = body('<h2>Two</h2><p>a b c d</p><h4>Four</h4><p>e f g h</p><h6>Six</h6><p>i j k l</p>');
    expect(article.blocks.filter((b) => b.type.startsWith('h')).map((b) => b.type)).toEqual(['h2', 'h4', 'h4']);
  });

  it('still imports malformed HTML when an article can be found in it', () => {
    const malformed =
      '<html><head><title>Broken page</title><body><article><p>Unclosed paragraph about the ferry, <b>bold <i>and italic</b> text</i>, ' +
      'which the crews in the customs hall read aloud to each other while they waited for news of the talks.' +
      '<p>Another paragraph </span></div> with stray end tags and the talks in the customs hall.<table><tr><td>cell<p>inside' +
      filler('The crews waited for news from the customs hall all afternoon. ');
    const article = importText('broken.html', malformed);
    expect(article.title).toBe('Broken page');
    expect(article.text).toContain('Unclosed paragraph about the ferry, bold and italic text, which the crews');
    expect(article.text).toContain('Another paragraph with stray end tags');
  });
});
