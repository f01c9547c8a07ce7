import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { JSDOM } from 'jsdom';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { collectClipIds } from '../../../../electron/common/briefing-doc';
import { toHtml, toMarkdown } from '../../../../electron/library/export';
import { briefing, clipIds, exportInput, quotes } from '../../../fixtures/export/briefing-fixture';
import { briefingEditor, ClipNodeStandIn } from '../../../fixtures/export/lexical-editor';

/** A body typed in the real editor: every node the toolbar offers, around two clips. */
function typedBody(): string {
  const editor = briefingEditor();
  editor.update(
    () => {
      const formatted = (text: string, format: number) => $createTextNode(text).setFormat(format);
      $getRoot().append(
        $createHeadingNode('h1').append($createTextNode('Overview')),
        $createParagraphNode().append(
          $createTextNode('Plain, '),
          formatted('bold', 1),
          $createTextNode(', '),
          formatted('italic', 2),
          $createTextNode(', '),
          formatted('underlined', 8),
          $createLineBreakNode(),
          $createTextNode('after a line break, a '),
          $createLinkNode('https://example.org/report').append($createTextNode('link')),
          $createTextNode('.'),
        ),
        new ClipNodeStandIn(clipIds.warning),
        $createQuoteNode().append($createTextNode('An analyst’s aside.')),
        $createListNode('number').append(
          $createListItemNode().append($createTextNode('first')),
          $createListItemNode().append(
            $createListNode('bullet').append($createListItemNode().append($createTextNode('nested'))),
          ),
          $createListItemNode().append($createTextNode('second')),
        ),
        new ClipNodeStandIn(clipIds.routine),
      );
    },
    { discrete: true },
  );
  return JSON.stringify(editor.getEditorState().toJSON());
}

describe('exporting a body the Lexical editor wrote', () => {
  const input = { ...exportInput(), briefing: { ...briefing, body: typedBody() } };

  it('finds the clips in it', () => {
    expect(collectClipIds(input.briefing.body)).toEqual([clipIds.warning, clipIds.routine]);
  });

  it('converts every node to Markdown that parses back to the same structure', () => {
    const html = micromark(toMarkdown(input).replace(/^---\n[\s\S]*?\n---\n/, ''), {
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
    });
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('h1')?.textContent).toBe('Overview');
    expect(doc.querySelector('p strong')?.textContent).toBe('bold');
    expect(doc.querySelector('p em')?.textContent).toBe('italic');
    expect(doc.querySelector('p br')).not.toBeNull();
    expect(doc.querySelector('a[href="https://example.org/report"]')?.textContent).toBe('link');
    const blockquotes = [...doc.querySelectorAll('blockquote')].map((b) => b.textContent?.trim());
    expect(blockquotes).toEqual([quotes.warning, 'An analyst’s aside.', quotes.routine]);
    expect([...(doc.querySelector('ol')?.children ?? [])].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'first nested',
      'second',
    ]);
    expect(doc.querySelector('ol ul li')?.textContent).toBe('nested');
  });

  it('converts every node to HTML', () => {
    const doc = new JSDOM(toHtml(input)).window.document;
    const body = doc.querySelector('.briefing-body');
    expect(body?.querySelector('h2')?.textContent).toBe('Overview');
    expect(body?.querySelector('u')?.textContent).toBe('underlined');
    expect(body?.querySelector('blockquote.quote')?.textContent).toBe('An analyst’s aside.');
    expect(body?.querySelector('ol li.nested ul li')?.textContent).toBe('nested');
    expect([...(body?.querySelectorAll('figure.clip blockquote') ?? [])].map((b) => b.textContent)).toEqual([
      quotes.warning,
      quotes.routine,
    ]);
  });
});
