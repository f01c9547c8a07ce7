import { anchorClip, describeRange } from '../../common/anchoring';
import type { Clip, ClipCheck, ClipInput, ClipListItem, ClipPatch, ClipQuery, ClipSummary } from '../../common/model';
import { isValidDate, newId } from '../articles/metadata';
import { libraryError } from '../errors';
import type { Library } from '../library';
import { articleIdOfClip } from './clip-store';

/** Trims white space off the ends of a selection so the quote starts and ends on words. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return [start, end];
}

function checkDate(value: string | null | undefined): void {
  if (value && !isValidDate(value)) throw libraryError('bad-date', `"${value}" is not a date Dossier understands; use YYYY-MM-DD.`);
}

function checkActors(lib: Library, ids: (string | null | undefined)[]): void {
  for (const id of ids) if (id) lib.actors.get(id);
}

/** Clips a passage of an article's canonical text. */
export async function createClip(lib: Library, input: ClipInput): Promise<Clip> {
  const article = await lib.getArticle(input.articleId);
  const { text } = article.content;
  if (input.start < 0 || input.end > text.length || input.start >= input.end) {
    throw libraryError('bad-range', 'Select some text in the article to clip it.');
  }
  const [start, end] = trimRange(text, input.start, input.end);
  if (start >= end) throw libraryError('bad-range', 'The selection holds only white space; select the words to quote.');
  checkDate(input.statementDate);
  checkActors(lib, [input.speakerId, ...(input.aboutIds ?? [])]);
  const now = new Date().toISOString();
  const clip: Clip = {
    id: `${article.id}-${newId().slice(0, 8)}`,
    articleId: article.id,
    selectors: describeRange(text, start, end),
    status: 'anchored',
    statusReason: '',
    speakerId: input.speakerId ?? null,
    aboutIds: [...new Set(input.aboutIds ?? [])],
    tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
    statementDate: input.statementDate ?? article.published?.slice(0, 10) ?? null,
    noteJson: input.noteJson ?? '',
    noteText: input.noteText ?? '',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  await lib.clips.put(article.id, [clip]);
  lib.events.emit('clips:changed', { ids: [clip.id], articleIds: [article.id] });
  return clip;
}

export async function updateClip(lib: Library, id: string, patch: ClipPatch): Promise<Clip> {
  const current = await lib.clips.get(id);
  checkDate(patch.statementDate);
  checkActors(lib, [patch.speakerId, ...(patch.aboutIds ?? [])]);
  const next: Clip = { ...current, ...patch, updatedAt: new Date().toISOString() };
  if (patch.aboutIds) next.aboutIds = [...new Set(patch.aboutIds)];
  if (patch.tags) next.tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
  await lib.clips.put(current.articleId, [next]);
  lib.events.emit('clips:changed', { ids: [id], articleIds: [current.articleId] });
  return next;
}

/** Moves clips to the trash (or back): briefings then show them as missing sources. */
export async function setClipsDeleted(lib: Library, ids: string[], deleted: boolean): Promise<void> {
  const byArticle = new Map<string, Clip[]>();
  const now = new Date().toISOString();
  for (const id of ids) {
    const clip = await lib.clips.get(id);
    const list = byArticle.get(clip.articleId) ?? [];
    list.push({ ...clip, deletedAt: deleted ? now : null, updatedAt: now });
    byArticle.set(clip.articleId, list);
  }
  for (const [articleId, clips] of byArticle) await lib.clips.put(articleId, clips);
  lib.events.emit('clips:changed', { ids, articleIds: [...byArticle.keys()] });
}

function matches(clip: Clip, q: ClipQuery, published: string | null): boolean {
  if (Boolean(clip.deletedAt) !== Boolean(q.trash)) return false;
  if (q.articleId && clip.articleId !== q.articleId) return false;
  if (q.speakerId && clip.speakerId !== q.speakerId) return false;
  if (q.aboutId && !clip.aboutIds.includes(q.aboutId)) return false;
  if (q.actorId && clip.speakerId !== q.actorId && !clip.aboutIds.includes(q.actorId)) return false;
  if (q.tag && !clip.tags.some((t) => t.toLowerCase() === q.tag!.toLowerCase())) return false;
  if (q.status && clip.status !== q.status) return false;
  const date = clip.statementDate ?? published?.slice(0, 10) ?? '';
  if (q.from && (!date || date < q.from)) return false;
  if (q.to && (!date || date.slice(0, 10) > q.to)) return false;
  return true;
}

/** Clips matching a filter, by statement date (oldest first), with their article's title and outlet. */
export async function listClips(lib: Library, query: ClipQuery = {}): Promise<ClipListItem[]> {
  const source = query.articleId ? await lib.clips.forArticle(query.articleId) : (await lib.clips.all()).values();
  const items: ClipListItem[] = [];
  for (const clip of source) {
    const article = lib.articleMeta(clip.articleId);
    if (!article || article.deletedAt) continue;
    if (!matches(clip, query, article.published)) continue;
    items.push({ ...clip, articleTitle: article.title, articleOutlet: article.outlet, articlePublished: article.published });
  }
  // ISO dates sort as plain strings; a locale-aware compare is needlessly slow for 100k clips.
  const dateOf = (c: ClipListItem) => c.statementDate ?? c.articlePublished ?? '';
  items.sort((a, b) => {
    const x = dateOf(a);
    const y = dateOf(b);
    return x < y ? -1 : x > y ? 1 : a.selectors.position.start - b.selectors.position.start;
  });
  return query.limit ? items.slice(0, query.limit) : items;
}

/** Totals for the clips view and the actor list, without sending every clip to the UI. */
export async function summarizeClips(lib: Library): Promise<ClipSummary> {
  const summary: ClipSummary = { total: 0, tags: [], byActor: {} };
  const tags = new Set<string>();
  const entry = (id: string) => (summary.byActor[id] ??= { said: 0, about: 0 });
  for (const clip of (await lib.clips.all()).values()) {
    const article = lib.articleMeta(clip.articleId);
    if (clip.deletedAt || !article || article.deletedAt) continue;
    summary.total += 1;
    for (const tag of clip.tags) tags.add(tag);
    if (clip.speakerId) entry(clip.speakerId).said += 1;
    for (const id of clip.aboutIds) entry(id).about += 1;
  }
  summary.tags = [...tags].sort((a, b) => a.localeCompare(b));
  return summary;
}

/** Says, for every clip, whether its quote is a verbatim substring of its article at its position. */
export async function verifyClips(lib: Library, ids?: string[]): Promise<ClipCheck[]> {
  const clips = ids ? await Promise.all(ids.map((id) => lib.clips.get(id))) : [...(await lib.clips.all()).values()];
  const checks: ClipCheck[] = [];
  for (const clip of clips) {
    const { text } = (await lib.getArticle(clip.articleId)).content;
    const { start, end } = clip.selectors.position;
    const verbatim = text.slice(start, end) === clip.selectors.quote.exact;
    const message = !verbatim
      ? 'The quote does not match its article at its position.'
      : clip.status === 'orphaned'
        ? clip.statusReason
        : 'Verbatim in its article.';
    checks.push({ clipId: clip.id, articleId: clip.articleId, verbatim, status: clip.status, message });
  }
  return checks;
}

/** After an article's text changed: re-anchor each of its clips, or mark it orphaned. */
export async function reanchorArticleClips(lib: Library, articleId: string, text: string): Promise<Clip[]> {
  const clips = await lib.clips.forArticle(articleId);
  const now = new Date().toISOString();
  const next = clips.map((clip): Clip => {
    const result = anchorClip(text, clip.selectors);
    if (result.status === 'orphaned') return { ...clip, status: 'orphaned', statusReason: result.reason, updatedAt: now };
    return { ...clip, status: 'anchored', statusReason: '', selectors: describeRange(text, result.start, result.end), updatedAt: now };
  });
  if (next.length) {
    await lib.clips.put(articleId, next);
    lib.events.emit('clips:changed', { ids: next.map((c) => c.id), articleIds: [articleId] });
  }
  return next;
}

export { articleIdOfClip };
