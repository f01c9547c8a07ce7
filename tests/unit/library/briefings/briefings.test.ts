import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectClipIds } from '../../../../electron/common/briefing-doc';
import { openLibrary, type Library } from '../../../../electron/library';
import {
  briefingFromClips,
  createBriefing,
  duplicateBriefing,
  exportBriefing,
  listBriefings,
  setBriefingsDeleted,
  updateBriefing,
  viewClips,
  type ExportPlatform,
} from '../../../../electron/library/briefings/briefings';
import { createClip, setClipsDeleted } from '../../../../electron/library/clips/clips';
import { encode, tempDir } from '../../support/temp-library';

let dir: string;
let cleanup: () => Promise<void>;
let lib: Library;
let clipIds: string[];

const story = [
  'Envoy proposes a hotline',
  'By Saskia Mendel',
  '2025-11-06',
  '',
  '"A hotline costs nothing and could save lives," envoy Orla Kennerley said in Skelde.',
  '',
  'Foreign Minister Mattias Reinholt said: "We welcome any channel that lowers the temperature."',
].join('\n');

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  lib = await openLibrary(dir);
  await lib.importItems([{ name: 'story.txt', data: encode(story) }]);
  const [article] = lib.listArticles();
  const { text } = (await lib.getArticle(article.id)).content;
  const now = new Date().toISOString();
  const kennerley = await lib.actors.create({ name: 'Orla Kennerley', role: 'special envoy' }, now);
  const reinholt = await lib.actors.create({ name: 'Mattias Reinholt', role: 'foreign minister' }, now);
  const clip = async (quote: string, speakerId: string) => {
    const start = text.indexOf(quote);
    return (await createClip(lib, { articleId: article.id, start, end: start + quote.length, speakerId })).id;
  };
  clipIds = [
    await clip('A hotline costs nothing and could save lives', kennerley.id),
    await clip('We welcome any channel that lowers the temperature.', reinholt.id),
  ];
});
afterEach(async () => {
  await lib.close();
  await cleanup();
});

function fakePlatform(saved: Map<string, Uint8Array>): ExportPlatform {
  return {
    saveFile: async (name, _format, data) => {
      saved.set(name, data);
      return name;
    },
    printPdf: async (html) => encode(`%PDF-fake ${html.length}`),
  };
}

describe('briefings', () => {
  it('are created, renamed, duplicated, trashed and restored', async () => {
    const briefing = await createBriefing(lib, { title: 'Hotline week', author: 'A. Analyst' });
    await updateBriefing(lib, briefing.id, { title: 'Hotline week, revised' });
    const copy = await duplicateBriefing(lib, briefing.id);
    expect(copy.title).toBe('Hotline week, revised (copy)');
    await setBriefingsDeleted(lib, [briefing.id], true);
    expect((await listBriefings(lib)).map((b) => b.id)).toEqual([copy.id]);
    expect((await listBriefings(lib, true)).map((b) => b.id)).toEqual([briefing.id]);
    await setBriefingsDeleted(lib, [briefing.id], false);
    await lib.close();
    const again = await openLibrary(dir);
    expect((await listBriefings(again)).map((b) => b.title).sort()).toEqual(['Hotline week, revised', 'Hotline week, revised (copy)']);
    await again.close();
  });

  it('start from a template holding every chosen clip', async () => {
    const briefing = await briefingFromClips(lib, 'by-actor', clipIds);
    expect(collectClipIds(briefing.body).sort()).toEqual([...clipIds].sort());
    expect(briefing.body).toContain('Orla Kennerley');
  });

  it('show a deleted clip as missing and stop an export at the problem until the user goes on', async () => {
    const briefing = await briefingFromClips(lib, 'timeline', clipIds);
    await setClipsDeleted(lib, [clipIds[0]], true);
    const views = await viewClips(lib, clipIds);
    expect(views[clipIds[0]]).toBeNull();
    expect(views[clipIds[1]]?.speaker?.name).toBe('Mattias Reinholt');
    const saved = new Map<string, Uint8Array>();
    const first = await exportBriefing(lib, fakePlatform(saved), briefing.id, { format: 'md' });
    expect(first).toMatchObject({ status: 'problems', problems: [{ clipId: clipIds[0], kind: 'missing' }] });
    expect(saved.size).toBe(0);
    const forced = await exportBriefing(lib, fakePlatform(saved), briefing.id, { format: 'md', force: true });
    expect(forced).toMatchObject({ status: 'saved', fileName: 'Timeline of statements.md' });
    const markdown = new TextDecoder().decode(saved.get('Timeline of statements.md'));
    expect(markdown).toContain('We welcome any channel that lowers the temperature.');
  });
});
