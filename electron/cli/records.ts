/**
 * `dossier clips`, `dossier actors`, `dossier suggest` and `dossier export`: the clip,
 * actor and briefing records from a terminal, one JSON object per line with --json.
 */
import { writeFile } from 'node:fs/promises';
import type { Actor, ClipCheck, ExportFormat, PageSize } from '../common/model';
import type { Library } from '../library';
import { suggestForArticle } from '../library/actors/suggestions';
import { listBriefings, renderBriefing } from '../library/briefings/briefings';
import { listClips, verifyClips } from '../library/clips/clips';
import type { CliIo } from './main';

const nameOf = (actors: Map<string, Actor>, id: string | null) => (id ? (actors.get(id)?.name ?? null) : null);

export async function printClips(lib: Library, json: boolean, io: CliIo): Promise<number> {
  const clips = await listClips(lib, {});
  const actors = new Map(lib.actors.all().map((a) => [a.id, a]));
  const checks = new Map<string, ClipCheck>((await verifyClips(lib, clips.map((c) => c.id))).map((c) => [c.clipId, c]));
  for (const clip of clips) {
    const check = checks.get(clip.id);
    const record = {
      id: clip.id,
      articleId: clip.articleId,
      quote: clip.selectors.quote.exact,
      speaker: nameOf(actors, clip.speakerId),
      speakerId: clip.speakerId,
      about: clip.aboutIds.map((id) => nameOf(actors, id)),
      aboutIds: clip.aboutIds,
      tags: clip.tags,
      date: clip.statementDate,
      selectors: [clip.selectors.quote, clip.selectors.position],
      status: clip.status,
      verbatim: check?.verbatim ?? false,
    };
    if (json) io.out(JSON.stringify(record));
    else io.out(`${record.date ?? '----------'}  ${(record.speaker ?? '(no speaker)').padEnd(24)}  “${record.quote}”  [${record.status}]`);
  }
  if (!json) io.out(`${clips.length} clip${clips.length === 1 ? '' : 's'}.`);
  return 0;
}

export function printActors(lib: Library, json: boolean, io: CliIo): number {
  const actors = lib.actors.list();
  const byId = new Map(lib.actors.all().map((a) => [a.id, a]));
  for (const a of actors) {
    const record = {
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      role: a.role,
      affiliation: nameOf(byId, a.affiliationId),
      affiliationId: a.affiliationId,
      description: a.description,
    };
    if (json) io.out(JSON.stringify(record));
    else io.out(`${a.name.padEnd(28)} ${a.kind.padEnd(12)} ${a.role}${record.affiliation ? ` (${record.affiliation})` : ''}`);
  }
  if (!json) io.out(`${actors.length} actor${actors.length === 1 ? '' : 's'}.`);
  return 0;
}

export async function printSuggestions(lib: Library, articleId: string, json: boolean, io: CliIo): Promise<number> {
  const article = await lib.getArticle(articleId);
  const actors = lib.actors.list();
  const found = suggestForArticle(article.content.text, actors);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const known = [...new Set(found.known.map((m) => m.actorId))].map((id) => ({
    actorId: id,
    name: byId.get(id)?.name ?? id,
    mentions: found.known.filter((m) => m.actorId === id).length,
  }));
  const quotations = found.quotations.map((q) => ({ quote: q.text, start: q.start, end: q.end, speaker: q.speaker }));
  if (json) {
    io.out(JSON.stringify({ articleId, title: article.title, known, proposed: found.proposed, quotations }));
    return 0;
  }
  io.out(`${article.title}\n\nKnown actors: ${known.map((k) => `${k.name} (${k.mentions})`).join(', ') || 'none'}`);
  io.out(`Proposed: ${found.proposed.map((p) => `${p.name} [${p.kind}]`).join(', ') || 'none'}\n`);
  for (const q of quotations) io.out(`“${q.quote}”\n    — ${q.speaker ? `${q.speaker.name} (${q.speaker.pattern})` : 'speaker unknown'}`);
  return 0;
}

export interface ExportCommand {
  briefing: string;
  format: ExportFormat;
  out: string;
  pageSize: PageSize;
  force: boolean;
}

export async function exportFromCli(lib: Library, command: ExportCommand, io: CliIo): Promise<number> {
  const briefings = await listBriefings(lib);
  const wanted = command.briefing.toLowerCase();
  const matches = briefings.filter((b) => b.id === command.briefing || b.title.toLowerCase() === wanted);
  if (matches.length !== 1) {
    io.err(
      matches.length
        ? `dossier: ${matches.length} briefings are titled "${command.briefing}"; use the id (${matches.map((b) => b.id).join(', ')}).`
        : `dossier: no briefing "${command.briefing}". Briefings: ${briefings.map((b) => `"${b.title}" (${b.id})`).join(', ') || 'none'}.`,
    );
    return 1;
  }
  const { content, problems } = await renderBriefing(lib, matches[0].id, command.format === 'md' ? 'md' : 'html', command.pageSize);
  for (const problem of problems) io.err(`quote problem (${problem.kind}) in clip ${problem.clipId}: ${problem.message}`);
  if (problems.length && !command.force) {
    io.err('dossier: not exported because of the quote problems above; fix them or pass --force.');
    return 1;
  }
  if (command.format === 'pdf') {
    const { printPdfWithChromium } = await import('../library/export/chromium-pdf');
    await writeFile(command.out, await printPdfWithChromium(content, command.pageSize));
  } else {
    await writeFile(command.out, content, 'utf8');
  }
  io.out(`exported "${matches[0].title}" to ${command.out}`);
  return 0;
}
