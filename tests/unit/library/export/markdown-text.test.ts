import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { textNode } from '../../../../electron/library/briefings/templates';
import { escapeMarkdown, inlineMarkdown } from '../../../../electron/library/export/markdown-text';

const render = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }).trim();
const decode = (html: string) =>
  html.replace(/<\/?p>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('Markdown escaping keeps text as text', () => {
  const samples = [
    '1. This looks like a numbered list',
    '2) So does this',
    '- or a bullet',
    '+ or another',
    '# or a heading',
    '===',
    '---',
    '> or a quote',
    'a `code` span, *stars*, _underscores_, ~~strike~~ and ~tilde~',
    '[a link](https://example.org) and ![an image](x.png) and [^1]',
    '<b>tags</b> &amp; entities &copy; and a | pipe | table',
    'back\\slash and trailing hash #',
    'https://bare.example/url?x=1&y=2',
    'see www.example.org/a_b*c or write to first_last@example.org',
  ];
  for (const sample of samples) {
    it(`reads back ${JSON.stringify(sample)}`, () => {
      const html = render(escapeMarkdown(sample));
      expect(html.startsWith('<p>'), html).toBe(true);
      expect(decode(html.replace(/<a href="[^"]*">|<\/a>/g, ''))).toBe(sample);
    });
  }
});

describe('Markdown emphasis from Lexical text formats', () => {
  it('moves spaces outside the delimiters so a bold run with a trailing space stays bold', () => {
    const md = inlineMarkdown([textNode('very bold ', 1), textNode('then plain')]);
    expect(render(md)).toBe('<p><strong>very bold</strong> then plain</p>');
  });

  it('nests italic inside an open bold run', () => {
    const md = inlineMarkdown([textNode('bold ', 1), textNode('both', 3), textNode(' plain')]);
    expect(render(md)).toBe('<p><strong>bold <em>both</em></strong> plain</p>');
  });

  it('writes code with a fence longer than the backticks inside it', () => {
    const md = inlineMarkdown([textNode('a `tick`', 16)]);
    expect(render(md)).toBe('<p><code>a `tick`</code></p>');
  });
});
