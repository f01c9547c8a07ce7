import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../../electron/library/actors/suggest';

const texts = (text: string) => findQuotations(text).map((q) => q.text);

describe('findQuotations', () => {
  it('finds straight and curly double quotes, offsets inside the marks', () => {
    const text = 'He said "we will stay" and she said “we will go”.';
    const found = findQuotations(text);
    expect(found.map((q) => q.text)).toEqual(['we will stay', 'we will go']);
    for (const q of found) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect('"“'.includes(text[q.start - 1])).toBe(true);
    }
  });

  it('does not take apostrophes in words for quotation marks', () => {
    expect(texts("Aldmark's navy doesn't say; the ministers' talks and six days’ notice, Vessonia’s reply.")).toEqual([]);
    expect(texts("“We don't know, and Aldmark’s ships aren't ours,” she said.")).toEqual(["We don't know, and Aldmark’s ships aren't ours,"]);
  });

  it('keeps a quote nested in single marks inside the outer quotation', () => {
    expect(texts('“He told me ‘forty is reasonable’. Then it was thirty,” Oduya said.')).toEqual(['He told me ‘forty is reasonable’. Then it was thirty,']);
    expect(texts(`"He told me 'forty is reasonable'. Then it was thirty," Oduya said.`)).toEqual(["He told me 'forty is reasonable'. Then it was thirty,"]);
  });

  it('reads British single quotes, with apostrophes and a nested double quote inside', () => {
    expect(texts(`'It's weak, but it's there,' she said. 'He told me, "We'll find it," and I believe him.'`)).toEqual([
      "It's weak, but it's there,",
      `He told me, "We'll find it," and I believe him.`,
    ]);
  });

  it('ignores a stray opening apostrophe such as the one in the ’70s', () => {
    expect(texts(`Back in the '70s, "nobody sailed there," he said.`)).toEqual(['nobody sailed there,']);
  });

  it('keeps a quotation of several sentences whole', () => {
    expect(texts('“One. Two? Three!” he said.')).toEqual(['One. Two? Three!']);
  });

  it('joins a quote that runs over paragraphs (opening mark on each, closing mark on the last)', () => {
    const text = 'The ministry said:\n\n“Fishing will be suspended.\n\n“It is temporary.”\n\nNext paragraph.';
    const [q, ...rest] = findQuotations(text);
    expect(rest).toEqual([]);
    expect(q.text).toBe('Fishing will be suspended.\n\n“It is temporary.');
    expect(q.parts.map((p) => text.slice(p.start, p.end))).toEqual(['Fishing will be suspended.', 'It is temporary.']);
  });

  it('ends an unclosed quote at its paragraph when the next paragraph does not continue it', () => {
    expect(texts('He said "we will stay\n\nThe next paragraph.')).toEqual(['we will stay']);
  });
});
