import type { Locator, Page } from '@playwright/test';

/** Clipping in the reader: the text's highlights, the Clip button, the column beside the text. */
export class ReaderClips {
  readonly article: Locator;
  readonly body: Locator;
  /** The button that appears beside a selection. */
  readonly clipButton: Locator;
  /** The open clip, in the column beside the text. */
  readonly panel: Locator;
  readonly orphans: Locator;
  readonly clipsTab: Locator;
  readonly actorsTab: Locator;
  readonly sidePanel: Locator;

  constructor(readonly page: Page) {
    this.article = page.getByRole('main').getByRole('article');
    this.body = this.article.locator('.Reader-body');
    this.clipButton = this.article.getByRole('button', { name: 'Clip', exact: true });
    this.panel = this.article.getByRole('region', { name: 'Clip', exact: true });
    this.orphans = this.article.getByRole('region', { name: 'Clips that lost their place' });
    this.clipsTab = this.article.getByRole('tab', { name: /^Clips/ });
    this.actorsTab = this.article.getByRole('tab', { name: 'Actors in this article' });
    this.sidePanel = this.article.getByRole('tabpanel');
  }

  /**
   * Selects a passage of the rendered text as a user would by dragging: a DOM Range from
   * the first character of `from` to the last of `to` (or of `from`), wherever the
   * pieces of text around it begin and end.
   */
  async select(from: string, to: string = from): Promise<void> {
    await this.body.evaluate(
      (body, [first, last]) => {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) nodes.push(walker.currentNode as Text);
        const all = nodes.map((n) => n.data).join('');
        const start = all.indexOf(first);
        const end = all.indexOf(last, start) + last.length;
        if (start < 0 || end < start + last.length) throw new Error(`"${first}" … "${last}" is not in the text`);
        const locate = (offset: number, isEnd: boolean): [Text, number] => {
          let seen = 0;
          for (const node of nodes) {
            if (offset < seen + node.length || (isEnd && offset === seen + node.length)) return [node, offset - seen];
            seen += node.length;
          }
          const tail = nodes[nodes.length - 1];
          return [tail, tail.length];
        };
        const range = document.createRange();
        range.setStart(...locate(start, false));
        range.setEnd(...locate(end, true));
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      [from, to] as const,
    );
  }

  /** The highlighted pieces of text holding `text`. */
  highlight(text: string | RegExp): Locator {
    return this.body.locator('mark').filter({ hasText: text });
  }

  /** The open clip's quote. */
  quote(): Locator {
    return this.panel.getByRole('blockquote');
  }

  /** The open clip's save state ("Saved", "Saving…"). */
  saveState(): Locator {
    return this.panel.getByRole('status');
  }
}
