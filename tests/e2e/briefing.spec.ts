import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { JSDOM } from 'jsdom';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { ExportFormat } from '../../electron/common/model';
import { setClipsDeleted, updateClip } from '../../electron/library/clips/clips';
import type { Workbench } from '../harness/launch';
import { expect, test } from './fixtures';
import { arrangeClips, BRIEFING, BriefingScreen, QUOTES, SOURCES } from './pages/briefing';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasTool('pdftotext') && hasTool('pdffonts') && hasTool('pdftoppm');

/** The file the app last asked to save in a format, as the harness recorded it. */
function savedFile(workbench: Workbench, format: ExportFormat): Uint8Array {
  const file = workbench.calls.savedFiles.findLast((f) => f.format === format);
  if (!file) throw new Error(`No ${format} file was saved.`);
  return file.data;
}

async function exportAs(screen: BriefingScreen, format: 'PDF' | 'Markdown' | 'HTML', extension: string) {
  await screen.export(format);
  await expect(
    screen.page.getByRole('status').filter({ hasText: `Exported “${BRIEFING.title}” to Skarren Strait what each side said.${extension}` }),
  ).toBeVisible();
}

test('three clips by two speakers, written around, export to Markdown that parses back to the same quotes and footnotes', async ({
  workbench,
}, testInfo) => {
  const { page } = workbench;
  await arrangeClips(workbench.library);
  const screen = new BriefingScreen(page);
  await screen.show();
  await screen.writeAroundClips();

  // Each block shows its clip: quote, speaker with role, outlet and date.
  await expect(screen.clipBlocks).toHaveCount(3);
  await expect(screen.clipBlocks.nth(0)).toContainText(QUOTES.reinholt);
  await expect(screen.clipBlocks.nth(0)).toContainText('Mattias Reinholt, Foreign Minister of Aldmark, Meridian Wire, 3 November 2025');
  await expect(screen.clipBlocks.nth(1)).toContainText(QUOTES.ilvanovShelf);
  await expect(screen.clipBlocks.nth(2)).toContainText(QUOTES.ilvanovFleet);
  await expect(screen.clipBlocks.nth(2)).toContainText(
    'Anton Ilvanov, Defence Ministry spokesman of Vessonia, Harbourside Gazette, 6 November 2025',
  );
  await screen.saved();
  await page.screenshot({ path: testInfo.outputPath('briefing-editor.png') });

  await exportAs(screen, 'Markdown', 'md');
  const markdown = new TextDecoder().decode(savedFile(workbench, 'md'));
  await writeFile(testInfo.outputPath('briefing.md'), markdown);
  expect(markdown).toMatch(/^---\ntitle: "Skarren Strait: what each side said"\nauthor: "Desk analyst"\ndate: \d{4}-\d{2}-\d{2}\n---\n/);

  // Front matter is set aside, as a GFM reader that knows it does.
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const html = micromark(body, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const doc = new JSDOM(html).window.document;
  expect(doc.querySelector('h2')?.textContent).toBe(BRIEFING.heading);
  const blocks = [...doc.body.children].map((el) => flat(el.textContent ?? ''));
  const order = [BRIEFING.paragraphs[0], QUOTES.reinholt, BRIEFING.paragraphs[1], QUOTES.ilvanovShelf, BRIEFING.paragraphs[2], QUOTES.ilvanovFleet];
  const positions = order.map((text) => blocks.indexOf(text));
  expect(positions.every((at) => at >= 0), `every paragraph and quote is a block of its own: ${blocks.join(' | ')}`).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));

  const quotes = [...doc.querySelectorAll('blockquote')];
  expect(quotes.map((q) => flat(q.textContent ?? ''))).toEqual([QUOTES.reinholt, QUOTES.ilvanovShelf, QUOTES.ilvanovFleet]);
  const expected = [
    { speaker: 'Mattias Reinholt', source: SOURCES.frigates },
    { speaker: 'Anton Ilvanov', source: SOURCES.frigates },
    { speaker: 'Anton Ilvanov', source: SOURCES.hotline },
  ];
  quotes.forEach((quote, i) => {
    const attribution = quote.nextElementSibling;
    expect(attribution?.textContent).toContain(expected[i].speaker);
    const ref = attribution?.querySelector('a[data-footnote-ref]');
    expect(ref, `quote ${i + 1} has a footnote`).not.toBeNull();
    const note = doc.getElementById(ref!.getAttribute('href')!.slice(1));
    expect(note, `footnote of quote ${i + 1} resolves`).not.toBeNull();
    expect(note!.textContent).toContain(expected[i].source.outlet);
    expect(note!.querySelector('a')?.getAttribute('href')).toBe(expected[i].source.url);
  });

  await exportAs(screen, 'HTML', 'html');
  const page2 = new JSDOM(new TextDecoder().decode(savedFile(workbench, 'html'))).window.document;
  expect([...page2.querySelectorAll('figure blockquote')].map((q) => flat(q.textContent ?? ''))).toEqual([
    QUOTES.reinholt,
    QUOTES.ilvanovShelf,
    QUOTES.ilvanovFleet,
  ]);
  // One self-contained file: nothing to fetch.
  expect(page2.querySelectorAll('link[rel=stylesheet], script[src], img[src^="http"]')).toHaveLength(0);
});

test('the same briefing prints to a PDF holding each quote, speaker and source, with its fonts embedded', async ({
  workbench,
}, testInfo) => {
  test.skip(!poppler, 'poppler-utils (pdftotext, pdffonts, pdftoppm) is not installed');
  await arrangeClips(workbench.library);
  const screen = new BriefingScreen(workbench.page);
  await screen.show();
  await screen.writeAroundClips();
  await exportAs(screen, 'PDF', 'pdf');

  const pdfFile = testInfo.outputPath('briefing.pdf');
  await writeFile(pdfFile, savedFile(workbench, 'pdf'));
  const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }));
  for (const quote of Object.values(QUOTES)) expect(text).toContain(quote);
  for (const speaker of ['Mattias Reinholt, Foreign Minister of Aldmark', 'Anton Ilvanov, Defence Ministry spokesman of Vessonia']) {
    expect(text).toContain(speaker);
  }
  for (const source of Object.values(SOURCES)) {
    expect(text).toContain(source.outlet);
    expect(text).toContain(source.url);
  }
  expect(text).toContain('Vessonia sends frigates to Skarren Strait after survey ship row');

  const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  for (const row of fonts) expect(row.split(/\s+/).at(-5), row).toBe('yes');

  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdfFile, testInfo.outputPath('briefing-page')]);
  const picture = testInfo.outputPath('briefing-page-1.png');
  expect(existsSync(picture)).toBe(true);
  await testInfo.attach('first PDF page', { path: picture, contentType: 'image/png' });
});

test('an embedded clip shows the clip as it is now; a deleted one shows "Missing source"', async ({ workbench }) => {
  const { page, library } = workbench;
  const { clips } = await arrangeClips(library);
  const screen = new BriefingScreen(page);
  await screen.show();
  await screen.create();
  await screen.insert(/forty years/);
  await screen.insert(/continental shelf/);
  await expect(screen.clipBlocks).toHaveCount(2);
  await expect(screen.clipBlocks.nth(1)).toContainText('Anton Ilvanov');

  // A new speaker for the second clip, recorded elsewhere.
  const now = new Date().toISOString();
  const ministry = await library.actors.create({ name: 'Vessonian Ministry of Defence', kind: 'organisation' }, now);
  library.events.emit('actors:changed', { ids: [ministry.id] });
  await updateClip(library, clips.ilvanovShelf.id, { speakerId: ministry.id });
  await expect(screen.clipBlocks.nth(1)).toContainText('Vessonian Ministry of Defence');
  await expect(screen.clipBlocks.nth(1)).not.toContainText('Anton Ilvanov');

  // The article's text is corrected: the quote re-anchors and the block shows its new words.
  const article = await library.getArticle(clips.reinholt.articleId);
  await library.editArticleText(article.id, article.content.text.replace('for forty years', 'for fifty years'));
  await expect(screen.clipBlocks.nth(0)).toContainText('We have mapped these banks for fifty years.');

  // The clip goes to the trash: the briefing says so where the quote was.
  await setClipsDeleted(library, [clips.reinholt.id], true);
  await expect(screen.clipBlocks.nth(0)).toContainText('Missing source');
  await expect(screen.clipBlocks.nth(0)).not.toContainText('fifty years');

  // Export stops at the missing quote and names it; the user can go on.
  await screen.saved();
  await screen.button('Export…').click();
  await page.getByRole('dialog', { name: 'Export briefing' }).getByRole('radio', { name: /^Markdown/ }).check();
  await page.getByRole('dialog', { name: 'Export briefing' }).getByRole('button', { name: 'Export', exact: true }).click();
  const problems = page.getByRole('dialog', { name: 'Some quotes cannot be vouched for' });
  await expect(problems.getByRole('list', { name: 'Quote problems' }).getByRole('listitem')).toHaveCount(1);
  await expect(problems.getByRole('listitem')).toContainText('Missing source');
  await expect(problems.getByRole('listitem')).toContainText('A deleted clip');
  expect(workbench.calls.savedFiles).toHaveLength(0);
  await problems.getByRole('button', { name: 'Export anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Exported “Untitled briefing” to Untitled briefing\.md/ })).toBeVisible();
  expect(new TextDecoder().decode(savedFile(workbench, 'md'))).toContain(QUOTES.ilvanovShelf);
});

/** Serious and critical axe violations on the screen as it is. */
async function seriousViolations(page: Workbench['page']): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the editor with clips in it, and its dialogs, have no serious accessibility problems', async ({ workbench }, testInfo) => {
  const { page } = workbench;
  await arrangeClips(workbench.library);
  const screen = new BriefingScreen(page);
  await screen.show();
  await screen.writeAroundClips();
  await screen.clipBlocks.nth(1).click();
  await page.screenshot({ path: testInfo.outputPath('briefing-a11y.png') });
  expect(await seriousViolations(page)).toEqual([]);

  await screen.button('Export…').click();
  await expect(page.getByRole('dialog', { name: 'Export briefing' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await screen.list.getByRole('button', { name: 'New from clips…' }).click();
  await expect(page.getByRole('dialog', { name: 'New briefing from clips' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
