/**
 * Starting a briefing from a set of clips: a section per speaker ("what each government
 * said"), or a timeline by statement date. The result is a serialised Lexical state in
 * the exact form the editor writes (Lexical 0.52 exportJSON), so the editor opens it as is.
 */
import {
  DOSSIER_CLIP_TYPE,
  formatLongDate,
  isoDay,
  speakerLabel,
  statementDateOf,
  type ResolvedClip,
  type SerializedDossierClipNode,
  type SerializedNode,
} from '../../common/briefing-doc';
import type { Actor } from '../../common/model';

export type BriefingTemplate = 'by-actor' | 'timeline';

const ELEMENT = { direction: null, format: '', indent: 0, version: 1 };

export function textNode(text: string, format = 0): SerializedNode {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

export function paragraphNode(children: SerializedNode[] = []): SerializedNode {
  return { children, ...ELEMENT, textFormat: 0, textStyle: '', type: 'paragraph' };
}

export function headingNode(tag: 'h1' | 'h2' | 'h3', text: string): SerializedNode {
  return { children: [textNode(text)], ...ELEMENT, tag, type: 'heading' };
}

export function clipNode(clipId: string): SerializedDossierClipNode {
  return { type: DOSSIER_CLIP_TYPE, version: 1, clipId };
}

export function briefingState(children: SerializedNode[]): string {
  return JSON.stringify({ root: { children, ...ELEMENT, type: 'root' } });
}

/**
 * Statement day first; within a day the time when both have one (a plain date says
 * nothing about the hour), else the order the quotes appear in their articles.
 */
function byStatement(a: ResolvedClip, b: ResolvedClip): number {
  const da = statementDateOf(a) ?? '';
  const db = statementDateOf(b) ?? '';
  const dayA = isoDay(da);
  const dayB = isoDay(db);
  if (dayA !== dayB) return !dayA ? 1 : !dayB ? -1 : dayA < dayB ? -1 : 1;
  if (da.length > 10 && db.length > 10 && da !== db) return da < db ? -1 : 1;
  if (a.article.id !== b.article.id) return a.article.id < b.article.id ? -1 : 1;
  return a.clip.selectors.position.start - b.clip.selectors.position.start;
}

interface Section {
  heading: string;
  clips: ResolvedClip[];
}

function sectionsByActor(clips: ResolvedClip[], actors: Actor[]): Section[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const groups = new Map<string, Section>();
  for (const resolved of clips) {
    const speaker = (resolved.clip.speakerId && byId.get(resolved.clip.speakerId)) || resolved.speaker;
    const key = speaker?.id ?? '';
    let group = groups.get(key);
    if (!group) {
      const affiliation = (speaker?.affiliationId && byId.get(speaker.affiliationId)) || resolved.speakerAffiliation;
      group = { heading: speaker ? speakerLabel(speaker, affiliation) : 'Unattributed', clips: [] };
      groups.set(key, group);
    }
    group.clips.push(resolved);
  }
  const unattributed = groups.get('');
  groups.delete('');
  const named = [...groups.values()].sort((a, b) => a.heading.localeCompare(b.heading));
  return unattributed ? [...named, unattributed] : named;
}

function sectionsByDate(clips: ResolvedClip[]): Section[] {
  const groups = new Map<string, Section>();
  for (const resolved of [...clips].sort(byStatement)) {
    const day = isoDay(statementDateOf(resolved));
    let group = groups.get(day);
    if (!group) {
      group = { heading: formatLongDate(day) || 'Undated', clips: [] };
      groups.set(day, group);
    }
    group.clips.push(resolved);
  }
  return [...groups.values()];
}

/**
 * A new briefing body over `clips`: an h2 per section, its clips, then an empty paragraph
 * where the user writes. Speaker names and roles are read from `actors` (the registry),
 * falling back to what the resolved clip carries.
 */
export function briefingFromTemplate(kind: BriefingTemplate, clips: ResolvedClip[], actors: Actor[]): string {
  const sections = kind === 'by-actor' ? sectionsByActor(clips, actors) : sectionsByDate(clips);
  const children: SerializedNode[] = [];
  for (const section of sections) {
    children.push(headingNode('h2', section.heading));
    const ordered = kind === 'by-actor' ? [...section.clips].sort(byStatement) : section.clips;
    for (const resolved of ordered) children.push(clipNode(resolved.clip.id));
    children.push(paragraphNode());
  }
  if (!children.length) children.push(paragraphNode());
  return briefingState(children);
}
