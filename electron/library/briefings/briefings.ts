import { collectClipIds, emptyBriefingState, type ResolvedClip } from '../../common/briefing-doc';
import type {
  Briefing,
  BriefingInput,
  BriefingTemplate,
  ClipView,
  ExportRequest,
  ExportResult,
} from '../../common/model';
import { isValidDate, newId } from '../articles/metadata';
import { libraryError } from '../errors';
import { toHtml, toMarkdown, verifyQuotes, type ExportInput } from '../export';
import type { Library } from '../library';
import { briefingFromTemplate } from './templates';

const today = () => new Date().toISOString().slice(0, 10);

function checked(input: BriefingInput): BriefingInput {
  if (input.date !== undefined && !isValidDate(input.date)) {
    throw libraryError('bad-date', `"${input.date}" is not a date Dossier understands; use YYYY-MM-DD.`);
  }
  if (input.title !== undefined && !input.title.trim()) throw libraryError('bad-title', 'A briefing needs a title.');
  if (input.body !== undefined && input.body) {
    try {
      JSON.parse(input.body);
    } catch {
      throw libraryError('bad-body', 'The briefing text could not be read; it was not saved.');
    }
  }
  return input;
}

export async function createBriefing(lib: Library, input: BriefingInput = {}): Promise<Briefing> {
  const { title, author, date, body } = checked(input);
  const now = new Date().toISOString();
  const briefing: Briefing = {
    id: newId(),
    title: title?.trim() || 'Untitled briefing',
    author: author?.trim() ?? '',
    date: date ?? today(),
    body: body || JSON.stringify(emptyBriefingState()),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  await lib.briefings.put(briefing);
  lib.events.emit('briefings:changed', { ids: [briefing.id] });
  return briefing;
}

export async function updateBriefing(lib: Library, id: string, patch: BriefingInput): Promise<Briefing> {
  const current = await lib.briefings.get(id);
  const { title, author, date, body } = checked(patch);
  const next: Briefing = {
    ...current,
    ...(title !== undefined && { title: title.trim() }),
    ...(author !== undefined && { author: author.trim() }),
    ...(date !== undefined && { date }),
    ...(body !== undefined && { body }),
    updatedAt: new Date().toISOString(),
  };
  await lib.briefings.put(next);
  lib.events.emit('briefings:changed', { ids: [id] });
  return next;
}

export async function duplicateBriefing(lib: Library, id: string): Promise<Briefing> {
  const source = await lib.briefings.get(id);
  return createBriefing(lib, { title: `${source.title} (copy)`, author: source.author, date: source.date, body: source.body });
}

export async function setBriefingsDeleted(lib: Library, ids: string[], deleted: boolean): Promise<void> {
  const now = new Date().toISOString();
  for (const id of ids) {
    const briefing = await lib.briefings.get(id);
    await lib.briefings.put({ ...briefing, deletedAt: deleted ? now : null, updatedAt: now });
  }
  lib.events.emit('briefings:changed', { ids });
}

export async function listBriefings(lib: Library, trash = false): Promise<Briefing[]> {
  return (await lib.briefings.list())
    .filter((b) => Boolean(b.deletedAt) === trash)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Looks up clips as a briefing shows them now; null for a clip that was deleted. */
export async function viewClips(lib: Library, ids: string[]): Promise<Record<string, ClipView | null>> {
  const views: Record<string, ClipView | null> = {};
  for (const id of ids) {
    const clip = await lib.clips.get(id).catch(() => null);
    const article = clip && lib.articleMeta(clip.articleId);
    if (!clip || clip.deletedAt || !article || article.deletedAt) {
      views[id] = null;
      continue;
    }
    const speaker = clip.speakerId ? lib.actors.all().find((a) => a.id === clip.speakerId) ?? null : null;
    const speakerAffiliation = speaker?.affiliationId ? lib.actors.all().find((a) => a.id === speaker.affiliationId) ?? null : null;
    views[id] = { clip, article, speaker, speakerAffiliation };
  }
  return views;
}

async function resolveClips(lib: Library, ids: string[]): Promise<Record<string, ResolvedClip | null>> {
  const views = await viewClips(lib, ids);
  const resolved: Record<string, ResolvedClip | null> = {};
  for (const [id, view] of Object.entries(views)) {
    resolved[id] = view && { ...view, articleText: (await lib.getArticle(view.article.id)).content.text };
  }
  return resolved;
}

/** Starts a briefing from clips: a section per speaker, or a timeline by statement date. */
export async function briefingFromClips(
  lib: Library,
  template: BriefingTemplate,
  clipIds: string[],
  input: BriefingInput = {},
): Promise<Briefing> {
  if (!clipIds.length) throw libraryError('no-clips', 'Choose at least one clip to start a briefing from.');
  const resolved = Object.values(await resolveClips(lib, clipIds)).filter((c): c is ResolvedClip => c !== null);
  const body = briefingFromTemplate(template, resolved, lib.actors.all());
  const title = input.title || (template === 'by-actor' ? 'What each actor said' : 'Timeline of statements');
  return createBriefing(lib, { ...input, title, body });
}

export async function exportInput(lib: Library, id: string): Promise<ExportInput> {
  const briefing = await lib.briefings.get(id);
  return { briefing, clips: await resolveClips(lib, collectClipIds(briefing.body)) };
}

/** Renders a briefing as Markdown or self-contained HTML, after checking every quote. */
export async function renderBriefing(lib: Library, id: string, format: 'md' | 'html', pageSize: ExportRequest['pageSize'] = 'A4') {
  const input = await exportInput(lib, id);
  const problems = verifyQuotes(input);
  const content = format === 'md' ? toMarkdown(input) : toHtml(input, { pageSize });
  return { briefing: input.briefing, content, problems };
}

/** What the host does for an export: where to save (the user chooses) and how to print. */
export interface ExportPlatform {
  saveFile(defaultName: string, format: ExportRequest['format'], data: Uint8Array): Promise<string | null>;
  printPdf(html: string, pageSize: NonNullable<ExportRequest['pageSize']>): Promise<Uint8Array>;
}

export function fileNameFor(title: string, format: ExportRequest['format']): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'Briefing';
  return `${base}.${format}`;
}

export async function exportBriefing(lib: Library, platform: ExportPlatform, id: string, request: ExportRequest): Promise<ExportResult> {
  const pageSize = request.pageSize ?? 'A4';
  const { briefing, content, problems } = await renderBriefing(lib, id, request.format === 'md' ? 'md' : 'html', pageSize);
  if (problems.length && !request.force) return { status: 'problems', problems };
  const data = request.format === 'pdf' ? await platform.printPdf(content, pageSize) : new TextEncoder().encode(content);
  const saved = await platform.saveFile(fileNameFor(briefing.title, request.format), request.format, data);
  return saved ? { status: 'saved', fileName: saved, problems } : { status: 'cancelled' };
}
