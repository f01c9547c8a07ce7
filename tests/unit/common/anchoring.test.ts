import { describe, expect, it } from 'vitest';
import { anchorClip, describeRange } from '../../../electron/common/anchoring';

const article = [
  'Aldmark moved three frigates into the Sarn Strait on Monday.',
  '"We will not be intimidated by these manoeuvres," Foreign Minister Ilse Varga told reporters in Kessel.',
  'The Coastal Bloc envoy, Tomas Reyne, urged restraint. "Nobody gains from a blockade," he said.',
  'Shipping insurers raised premiums for the route by a fifth.',
].join('\n\n');

function clip(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture: "${quote}" not in text`);
  return describeRange(text, at, at + quote.length);
}

const quote = 'We will not be intimidated by these manoeuvres';

describe('anchoring a clip', () => {
  it('keeps the stored position when the text is unchanged', () => {
    const selectors = clip(article, quote);
    expect(selectors.quote.prefix.length).toBeLessThanOrEqual(32);
    const result = anchorClip(article, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'position', start: selectors.position.start });
  });

  it('follows the quote when text is inserted before it', () => {
    const selectors = clip(article, quote);
    const edited = `UPDATE: This story was updated with reaction from the bloc.\n\n${article}`;
    const result = anchorClip(edited, selectors);
    expect(result.status).toBe('anchored');
    if (result.status !== 'anchored') return;
    expect(edited.slice(result.start, result.end)).toBe(quote);
    expect(result.method).toBe('quote');
  });

  it('is unaffected by edits after the clip', () => {
    const selectors = clip(article, quote);
    const edited = article.replace('by a fifth', 'by roughly twenty per cent, brokers said');
    expect(anchorClip(edited, selectors)).toMatchObject({ status: 'anchored', method: 'position' });
  });

  it('re-anchors a lightly edited quote by fuzzy matching, to the new verbatim text', () => {
    const selectors = clip(article, quote);
    const edited = article.replace('these manoeuvres', 'these maneuvres');
    const result = anchorClip(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    if (result.status !== 'anchored') return;
    expect(edited.slice(result.start, result.end)).toBe('We will not be intimidated by these maneuvres');
  });

  it('orphans a clip whose passage was rewritten, rather than moving it to a look-alike', () => {
    const selectors = clip(article, quote);
    const edited = article.replace(quote, 'Aldmark reserves the right to respond to any provocation');
    const result = anchorClip(edited, selectors);
    expect(result.status).toBe('orphaned');
    if (result.status === 'orphaned') expect(result.reason).toMatch(/changed too much|no longer/);
  });

  it('tells repeated passages apart by their context', () => {
    const text = 'Varga said: "No comment." Later, asked about the convoy, Reyne said: "No comment." Both left.';
    const second = clip(text, 'No comment.', 1);
    const edited = `Breaking. ${text}`;
    const result = anchorClip(edited, second);
    expect(result.status).toBe('anchored');
    if (result.status !== 'anchored') return;
    expect(edited.slice(result.start - 13, result.start)).toBe('Reyne said: "');
  });

  it('orphans a repeated passage whose context no longer tells which one it was', () => {
    const text = 'Intro. "Hold the line." Middle part here. "Hold the line." End.';
    const first = clip(text, 'Hold the line.', 0);
    const edited = 'Totally different opening words! "Hold the line." Other words entirely here! "Hold the line." Fin';
    expect(anchorClip(edited, first).status).toBe('orphaned');
  });

  it('never splits an emoji or other non-BMP character', () => {
    const text = 'The minister posted 🇦🇽 "Steady as she goes 🚢" at dawn, then 𝒳 replied.';
    const start = text.indexOf('Steady');
    const end = text.indexOf('🚢') + 1; // in the middle of the ship's surrogate pair
    const selectors = describeRange(text, start, end);
    expect(selectors.quote.exact).toBe('Steady as she goes 🚢');
    const edited = `😀 ${text}`;
    const result = anchorClip(edited, selectors);
    expect(result.status).toBe('anchored');
    if (result.status === 'anchored') expect(edited.slice(result.start, result.end)).toBe('Steady as she goes 🚢');
  });

  it('anchors in text with Windows line endings', () => {
    const crlf = article.replace(/\n/g, '\r\n');
    const selectors = clip(crlf, 'Nobody gains from a blockade');
    const edited = `Preface line\r\n\r\n${crlf}`;
    const result = anchorClip(edited, selectors);
    expect(result.status).toBe('anchored');
    if (result.status === 'anchored') expect(edited.slice(result.start, result.end)).toBe('Nobody gains from a blockade');
  });

  it('handles an edit inside the clip that removes it entirely', () => {
    const selectors = clip(article, 'Nobody gains from a blockade');
    const edited = article.replace('"Nobody gains from a blockade," he said.', '');
    expect(anchorClip(edited, selectors)).toMatchObject({ status: 'orphaned' });
  });
});
