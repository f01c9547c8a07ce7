import type { Locator, Page } from '@playwright/test';
import type { Actor, Clip } from '../../../electron/common/model';
import type { Library } from '../../../electron/library';
import { createClip } from '../../../electron/library/clips/clips';

/** The Briefings section: the list, the open briefing's header, toolbar and text, the clips panel. */
export class BriefingScreen {
  readonly list: Locator;
  readonly briefings: Locator;
  readonly title: Locator;
  readonly author: Locator;
  readonly date: Locator;
  readonly saveStatus: Locator;
  readonly toolbar: Locator;
  readonly text: Locator;
  readonly clipBlocks: Locator;
  readonly clipsPanel: Locator;
  readonly panelClips: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('complementary', { name: 'Briefings' });
    this.briefings = this.list.getByRole('list', { name: 'Your briefings' }).getByRole('button');
    const main = page.getByRole('main');
    this.title = main.getByRole('textbox', { name: 'Title' });
    this.author = main.getByRole('textbox', { name: 'Author' });
    this.date = main.getByLabel('Date');
    this.saveStatus = main.locator('.BriefingHeader-status');
    this.toolbar = main.getByRole('toolbar', { name: 'Formatting' });
    this.text = main.getByRole('textbox', { name: 'Briefing text' });
    this.clipBlocks = this.text.locator('.ClipBlock');
    this.clipsPanel = main.getByRole('complementary', { name: 'Clips' });
    this.panelClips = this.clipsPanel.getByRole('list', { name: 'Clips to insert' }).getByRole('listitem');
  }

  /** Goes to the Briefings section with the rail. */
  async show(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Briefings' }).click();
    await this.list.waitFor();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  briefing(title: string | RegExp): Locator {
    return this.briefings.filter({ hasText: title });
  }

  /** Creates a briefing with the New button and waits for its editor. */
  async create(): Promise<void> {
    await this.list.getByRole('button', { name: 'New briefing' }).click();
    await this.text.waitFor();
  }

  panelClip(text: string | RegExp): Locator {
    return this.panelClips.filter({ hasText: text });
  }

  async insert(text: string | RegExp): Promise<void> {
    await this.panelClip(text).getByRole('button', { name: /^Insert/ }).click();
  }

  /** Puts the caret at the end of the text and leaves the keyboard there. */
  async caretAtEnd(): Promise<void> {
    await this.text.click();
    await this.page.keyboard.press('Control+End');
  }

  /** Waits until everything typed has reached the library. */
  async saved(): Promise<void> {
    await this.saveStatus.filter({ hasText: /^Saved$/ }).waitFor();
  }

  /**
   * Writes the briefing the export tests check, as a user would: a title and author, a
   * heading, text between the quotes, two clips put in with Insert and the last one
   * dragged from the panel to the end of the text.
   */
  async writeAroundClips(): Promise<void> {
    const { keyboard } = this.page;
    await this.create();
    await this.title.fill(BRIEFING.title);
    await this.author.fill(BRIEFING.author);
    await this.text.click();
    await keyboard.type(BRIEFING.heading);
    await this.tool('Heading 2').click();
    await keyboard.press('End');
    await keyboard.press('Enter');
    await keyboard.type(BRIEFING.paragraphs[0]);
    await this.insert(/forty years/);
    await keyboard.type(BRIEFING.paragraphs[1]);
    await this.insert(/continental shelf/);
    await keyboard.type(BRIEFING.paragraphs[2]);
    // Dropped right of the paragraph's last word: the clip goes after the paragraph.
    const last = this.text.locator('p').filter({ hasText: BRIEFING.paragraphs[2] });
    const box = await last.boundingBox();
    if (!box) throw new Error('The last paragraph is not on screen.');
    await this.panelClip(/half of anything/).dragTo(last, { targetPosition: { x: box.width - 2, y: box.height / 2 } });
    await this.clipBlocks.nth(2).waitFor();
  }

  /** Opens the export dialog, chooses, and exports. */
  async export(format: 'PDF' | 'Markdown' | 'HTML', pageSize: 'A4' | 'Letter' = 'A4'): Promise<Locator> {
    await this.button('Export…').click();
    const dialog = this.page.getByRole('dialog', { name: 'Export briefing' });
    await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
    if (format !== 'Markdown') await dialog.getByRole('radio', { name: pageSize }).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    return dialog;
  }
}

/** What the export tests type. */
export const BRIEFING = {
  title: 'Skarren Strait: what each side said',
  author: 'Desk analyst',
  heading: 'What each government said',
  paragraphs: [
    'Aldmark says its survey ship never left its own waters.',
    'Vessonia answered within the day.',
    'Three days later the ministry played down reports of more ships.',
  ],
} as const;

/** The quotes the briefing tests arrange: three clips by two speakers from two sample articles. */
export const QUOTES = {
  reinholt: 'We have mapped these banks for forty years. Nothing about Sunday\'s work was new,',
  ilvanovShelf: 'Vessonia will not accept foreign survey work on its continental shelf.',
  ilvanovFleet: 'Two frigates and a tanker are not half of anything.',
} as const;

export interface ArrangedClips {
  reinholt: Actor;
  ilvanov: Actor;
  clips: Record<keyof typeof QUOTES, Clip>;
}

/** The sources as the user confirmed them in the article details (the tests do not rely on what import guessed). */
export const SOURCES = {
  frigates: {
    title: 'Vessonia sends frigates',
    outlet: 'Meridian Wire',
    authors: ['Ilona Breck'],
    url: 'https://meridianwire.example/2025/11/03/vessonia-sends-frigates',
  },
  hotline: {
    title: 'Envoy proposes naval hotline',
    outlet: 'Harbourside Gazette',
    authors: ['Saskia Mendel'],
    url: 'https://harbourside.example/news/envoy-proposes-hotline',
  },
} as const;

async function confirmSource(library: Library, source: (typeof SOURCES)[keyof typeof SOURCES]): Promise<string> {
  const meta = library.listArticles().find((a) => a.title.startsWith(source.title));
  if (!meta) throw new Error(`The sample article "${source.title}…" is missing.`);
  await library.updateArticle(meta.id, { outlet: source.outlet, authors: [...source.authors], url: source.url });
  return meta.id;
}

async function clipQuote(library: Library, articleId: string, quote: string, speakerId: string, tags: string[]): Promise<Clip> {
  const meta = (await library.getArticle(articleId));
  const { text } = meta.content;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in "${meta.title}".`);
  return createClip(library, { articleId: meta.id, start, end: start + quote.length, speakerId, tags });
}

/** Two speakers with roles and affiliations, and three clips of what they said (sample library), tagged naval (one also survey). */
export async function arrangeClips(library: Library): Promise<ArrangedClips> {
  const now = new Date().toISOString();
  const aldmark = await library.actors.create({ name: 'Aldmark', kind: 'state' }, now);
  const vessonia = await library.actors.create({ name: 'Vessonia', kind: 'state' }, now);
  const reinholt = await library.actors.create(
    { name: 'Mattias Reinholt', kind: 'person', role: 'Foreign Minister', affiliationId: aldmark.id },
    now,
  );
  const ilvanov = await library.actors.create(
    { name: 'Anton Ilvanov', kind: 'person', role: 'Defence Ministry spokesman', affiliationId: vessonia.id },
    now,
  );
  library.events.emit('actors:changed', { ids: [aldmark.id, vessonia.id, reinholt.id, ilvanov.id] });
  const frigates = await confirmSource(library, SOURCES.frigates);
  const hotline = await confirmSource(library, SOURCES.hotline);
  return {
    reinholt,
    ilvanov,
    clips: {
      reinholt: await clipQuote(library, frigates, QUOTES.reinholt, reinholt.id, ['naval', 'survey']),
      ilvanovShelf: await clipQuote(library, frigates, QUOTES.ilvanovShelf, ilvanov.id, ['naval']),
      ilvanovFleet: await clipQuote(library, hotline, QUOTES.ilvanovFleet, ilvanov.id, ['naval']),
    },
  };
}
