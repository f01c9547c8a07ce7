import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/library';
import { mergeActors } from '../../../../electron/library/actors/actors';
import { createClip, listClips, setClipsDeleted, updateClip, verifyClips } from '../../../../electron/library/clips/clips';
import { encode, tempDir } from '../../support/temp-library';

let dir: string;
let cleanup: () => Promise<void>;
let lib: Library;
let articleId: string;
let text: string;

const story = [
  'Aldmark sends frigates to the strait',
  'By Ilona Breck',
  '03.11.2025, 07:42',
  '',
  '"We will not be intimidated," Foreign Minister Mattias Reinholt told reporters in Kelholm on Monday.',
  '',
  'Vessonia\'s foreign minister Teodor Valesku said: "The strait is not Aldmark\'s to close."',
  '',
  'Insurers raised premiums for the route by a fifth.',
].join('\n');

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  lib = await openLibrary(dir);
  await lib.importItems([{ name: 'story.txt', data: encode(story) }]);
  const [meta] = lib.listArticles();
  articleId = meta.id;
  text = (await lib.getArticle(articleId)).content.text;
});
afterEach(async () => {
  await lib.close();
  await cleanup();
});

const rangeOf = (quote: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in article`);
  return { start, end: start + quote.length };
};

describe('clips', () => {
  it('stores a verbatim quote with its selectors in its article\'s own file', async () => {
    const clip = await createClip(lib, { articleId, ...rangeOf('We will not be intimidated') });
    expect(clip.selectors.quote.exact).toBe('We will not be intimidated');
    expect(clip.selectors.quote.prefix).toBe(text.slice(Math.max(0, clip.selectors.position.start - 32), clip.selectors.position.start));
    expect(clip.statementDate).toBe('2025-11-03');
    const saved = JSON.parse(await readFile(path.join(dir, 'clips', `${articleId}.json`), 'utf8'));
    expect(saved.clips.map((c: { id: string }) => c.id)).toEqual([clip.id]);
  });

  it('trims white space off a selection', async () => {
    const { start, end } = rangeOf('Insurers raised premiums');
    const clip = await createClip(lib, { articleId, start: start - 2, end: end + 1 });
    expect(clip.selectors.quote.exact).toBe('Insurers raised premiums');
  });

  it('refuses an empty or out-of-range selection', async () => {
    await expect(createClip(lib, { articleId, start: 5, end: 5 })).rejects.toMatchObject({ code: 'bad-range' });
    await expect(createClip(lib, { articleId, start: 0, end: text.length + 10 })).rejects.toMatchObject({ code: 'bad-range' });
  });

  it('filters clips by speaker, subject, tag and date range', async () => {
    const reinholt = await lib.actors.create({ name: 'Mattias Reinholt', kind: 'person' }, new Date().toISOString());
    const valesku = await lib.actors.create({ name: 'Teodor Valesku', kind: 'person' }, new Date().toISOString());
    const a = await createClip(lib, { articleId, ...rangeOf('We will not be intimidated'), speakerId: reinholt.id, aboutIds: [valesku.id], tags: ['naval'] });
    const b = await createClip(lib, { articleId, ...rangeOf("The strait is not Aldmark's to close."), speakerId: valesku.id, statementDate: '2025-11-04' });
    expect((await listClips(lib, { speakerId: reinholt.id })).map((c) => c.id)).toEqual([a.id]);
    expect((await listClips(lib, { actorId: valesku.id })).map((c) => c.id)).toEqual([a.id, b.id]);
    expect((await listClips(lib, { tag: 'Naval' })).map((c) => c.id)).toEqual([a.id]);
    expect((await listClips(lib, { from: '2025-11-04', to: '2025-11-04' })).map((c) => c.id)).toEqual([b.id]);
    const [item] = await listClips(lib, { speakerId: valesku.id });
    expect(item.articleTitle).toBe('Aldmark sends frigates to the strait');
  });

  it('keeps deleted clips in a trash they can be restored from', async () => {
    const clip = await createClip(lib, { articleId, ...rangeOf('We will not be intimidated') });
    await setClipsDeleted(lib, [clip.id], true);
    expect(await listClips(lib)).toEqual([]);
    expect((await listClips(lib, { trash: true })).map((c) => c.id)).toEqual([clip.id]);
    await setClipsDeleted(lib, [clip.id], false);
    expect((await listClips(lib)).map((c) => c.id)).toEqual([clip.id]);
  });

  it('follows its quote when the article text is edited, and orphans one whose passage was rewritten', async () => {
    const kept = await createClip(lib, { articleId, ...rangeOf('Insurers raised premiums for the route by a fifth.') });
    const lost = await createClip(lib, { articleId, ...rangeOf("The strait is not Aldmark's to close.") });
    const edited = `Editor's note: updated with Vessonia's response.\n\n${text.replace("The strait is not Aldmark's to close.", 'We reject these claims entirely.')}`;
    const article = await lib.editArticleText(articleId, edited);
    expect(article.content.versions).toHaveLength(1);
    const after = new Map((await listClips(lib)).map((c) => [c.id, c]));
    const movedKept = after.get(kept.id)!;
    expect(movedKept.status).toBe('anchored');
    const { start, end } = movedKept.selectors.position;
    expect(article.content.text.slice(start, end)).toBe('Insurers raised premiums for the route by a fifth.');
    expect(after.get(lost.id)).toMatchObject({ status: 'orphaned' });
    expect(after.get(lost.id)!.statusReason).not.toBe('');
    const checks = await verifyClips(lib);
    expect(checks.find((c) => c.clipId === kept.id)).toMatchObject({ verbatim: true, status: 'anchored' });
    expect(checks.find((c) => c.clipId === lost.id)).toMatchObject({ status: 'orphaned' });
  });

  it('updates speaker, tags and note', async () => {
    const speaker = await lib.actors.create({ name: 'Mattias Reinholt' }, new Date().toISOString());
    const clip = await createClip(lib, { articleId, ...rangeOf('We will not be intimidated') });
    const next = await updateClip(lib, clip.id, { speakerId: speaker.id, tags: ['naval', 'naval', ' talks '], noteText: 'Key line' });
    expect(next).toMatchObject({ speakerId: speaker.id, tags: ['naval', 'talks'], noteText: 'Key line' });
    await expect(updateClip(lib, clip.id, { speakerId: 'nosuchactor' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('actors', () => {
  it('merges two actors, moving every clip and keeping the names as aliases', async () => {
    const now = new Date().toISOString();
    const full = await lib.actors.create({ name: 'Mattias Reinholt', kind: 'person', role: 'Foreign minister' }, now);
    const short = await lib.actors.create({ name: 'Reinholt', kind: 'person', aliases: ['the Aldmark foreign minister'] }, now);
    const c1 = await createClip(lib, { articleId, ...rangeOf('We will not be intimidated'), speakerId: short.id });
    const c2 = await createClip(lib, { articleId, ...rangeOf('Insurers raised premiums'), aboutIds: [short.id, full.id] });
    const { actor, movedClips } = await mergeActors(lib, short.id, full.id);
    expect(movedClips).toBe(2);
    expect(actor.aliases).toEqual(expect.arrayContaining(['Reinholt', 'the Aldmark foreign minister']));
    expect((await lib.clips.get(c1.id)).speakerId).toBe(full.id);
    expect((await lib.clips.get(c2.id)).aboutIds).toEqual([full.id]);
    expect(lib.actors.list().map((a) => a.name)).toEqual(['Mattias Reinholt']);
    expect(lib.actors.findByName('the aldmark foreign minister')?.id).toBe(full.id);
  });

  it('refuses a second actor with a name already in the registry', async () => {
    const now = new Date().toISOString();
    await lib.actors.create({ name: 'Aldmark', kind: 'state', aliases: ['Kingdom of Aldmark'] }, now);
    await expect(lib.actors.create({ name: 'kingdom of aldmark' }, now)).rejects.toMatchObject({ code: 'duplicate-actor' });
  });

  it('refuses an affiliation loop', async () => {
    const now = new Date().toISOString();
    const state = await lib.actors.create({ name: 'Aldmark', kind: 'state' }, now);
    const person = await lib.actors.create({ name: 'Mattias Reinholt', affiliationId: state.id }, now);
    await expect(lib.actors.update(state.id, { affiliationId: person.id }, now)).rejects.toMatchObject({ code: 'affiliation-loop' });
  });
});
