import type { Locator, Page } from '@playwright/test';
import type { Library } from '../../../electron/library';
import { createClip } from '../../../electron/library/clips/clips';
import type { ActorInput } from '../../../electron/common/model';

/** The Clips section: filters, the count, the table of clips and the briefing buttons. */
export class ClipsScreen {
  readonly region: Locator;
  readonly count: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly filters: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Clips' });
    this.count = this.region.getByRole('status');
    this.table = this.region.getByRole('table', { name: 'Clips' });
    this.rows = this.table.locator('tbody').getByRole('row');
    this.filters = this.region.getByRole('search', { name: 'Filter clips' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Clips' }).click();
    await this.count.filter({ hasText: /\d+ clips?/ }).waitFor();
  }

  filter(label: 'Actor' | 'Speaker' | 'Tag' | 'Article' | 'From' | 'To' | 'Status'): Locator {
    return this.filters.getByLabel(label, { exact: true });
  }

  row(quote: string | RegExp): Locator {
    return this.rows.filter({ hasText: quote });
  }

  /** The quotes in the order the table shows them. */
  async quotes(): Promise<string[]> {
    const texts = await this.table.locator('tbody .ClipTable-quote').allTextContents();
    return texts.map((t) => t.replace(/^“|”$/g, ''));
  }

  button(name: string | RegExp): Locator {
    return this.region.getByRole('button', { name });
  }
}

/** The quotes the arranged clips hold, by a short name. */
export const QUOTES = {
  mapped: 'We have mapped these banks for forty years.',
  shelf: 'Vessonia will not accept foreign survey work on its continental shelf.',
  ownWaters: 'When Minister Reinholt says ‘our own waters’, he is describing a map that only Aldmark recognises',
  radar: 'A fire-control radar has one purpose.',
  givenUp: 'We have given up nothing',
  vigil: 'The Vigil will not be back on our shelf next week.',
} as const;

export const TITLES = {
  frigates: 'Vessonia sends frigates to Skarren Strait after survey ship row',
  shipping: 'Shipping lines reroute and insurers raise rates as Skarren standoff deepens',
  radar: 'Aldmark says Vessonian frigate locked weapons radar on patrol boat',
  talks: 'Aldmark and Vessonia agree to talks, pull warships back from Merrow Banks',
} as const;

export interface Arranged {
  actors: Record<'aldmark' | 'vessonia' | 'reinholt' | 'valesku' | 'ilvanov' | 'brandquist', string>;
  clips: Record<keyof typeof QUOTES, string>;
  articles: Record<keyof typeof TITLES, string>;
}

/**
 * Arranges, through the library's own services, six actors and six clips over four of
 * the sample articles (dated 3, 4, 7 and 10 November 2025), as a user would have.
 */
export async function arrangeClips(library: Library): Promise<Arranged> {
  const now = new Date().toISOString();
  const actor = async (input: ActorInput) => (await library.actors.create(input, now)).id;
  const aldmark = await actor({ name: 'Aldmark', kind: 'state' });
  const vessonia = await actor({ name: 'Vessonia', kind: 'state' });
  const actors = {
    aldmark,
    vessonia,
    reinholt: await actor({ name: 'Mattias Reinholt', kind: 'person', role: 'Foreign minister', affiliationId: aldmark }),
    valesku: await actor({ name: 'Teodor Valesku', kind: 'person', role: 'Foreign minister', affiliationId: vessonia }),
    ilvanov: await actor({ name: 'Anton Ilvanov', kind: 'person', role: 'Defence ministry spokesman', affiliationId: vessonia }),
    brandquist: await actor({ name: 'Liesel Brandquist', kind: 'person', role: 'Defence ministry spokeswoman', affiliationId: aldmark }),
  };

  const byTitle = new Map(library.listArticles().map((a) => [a.title, a.id]));
  const articles = Object.fromEntries(
    Object.entries(TITLES).map(([key, title]) => {
      const id = byTitle.get(title);
      if (!id) throw new Error(`fixture: the sample library has no article “${title}”`);
      return [key, id];
    }),
  ) as Arranged['articles'];

  const clip = async (
    article: keyof typeof TITLES,
    quote: keyof typeof QUOTES,
    fields: { speakerId: string; aboutIds?: string[]; tags?: string[]; statementDate?: string },
  ) => {
    const { text } = (await library.getArticle(articles[article])).content;
    const start = text.indexOf(QUOTES[quote]);
    if (start < 0) throw new Error(`fixture: “${QUOTES[quote]}” is not in “${TITLES[article]}”`);
    return (await createClip(library, { articleId: articles[article], start, end: start + QUOTES[quote].length, ...fields })).id;
  };
  const clips = {
    mapped: await clip('frigates', 'mapped', { speakerId: actors.reinholt, aboutIds: [vessonia], tags: ['naval'] }),
    shelf: await clip('frigates', 'shelf', { speakerId: actors.ilvanov, aboutIds: [aldmark], tags: ['naval'] }),
    ownWaters: await clip('shipping', 'ownWaters', {
      speakerId: actors.valesku,
      aboutIds: [actors.reinholt, aldmark],
      tags: ['territory'],
      statementDate: '2025-11-04',
    }),
    radar: await clip('radar', 'radar', { speakerId: actors.brandquist, aboutIds: [vessonia], tags: ['naval'], statementDate: '2025-11-07' }),
    givenUp: await clip('talks', 'givenUp', { speakerId: actors.reinholt, tags: ['talks'] }),
    vigil: await clip('talks', 'vigil', { speakerId: actors.valesku, aboutIds: [aldmark], tags: ['talks'] }),
  };
  return { actors, clips, articles };
}
