/**
 * A briefing's body, read as data: the serialised Lexical editor state (Lexical 0.52),
 * our `dossier-clip` node, and the citation rules every export and the editor share.
 * Pure: no lexical import, so the library and the CLI read bodies without an editor.
 */
import type { Actor, ArticleMeta, Clip, IsoDate } from './model';

/** The serialised type of the clip block node the editor embeds. */
export const DOSSIER_CLIP_TYPE = 'dossier-clip';

/** What the editor's clip node writes in `exportJSON`: only the id, so the quote stays live. */
export type SerializedDossierClipNode = {
  type: typeof DOSSIER_CLIP_TYPE;
  version: 1;
  clipId: string;
};

/**
 * Any serialised Lexical node, read loosely: parsing must tolerate fields the compact
 * form omits and node types we do not know.
 */
export interface SerializedNode {
  type: string;
  version?: number;
  children?: SerializedNode[];
  [field: string]: unknown;
}

export interface SerializedBriefingState {
  root: SerializedNode;
}

/** Lexical's text format bits (TextNode `format`). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

/** A clip with everything an export or the editor shows beside its quote. */
export interface ResolvedClip {
  clip: Clip;
  article: ArticleMeta;
  /** The article's canonical text, to verify the quote against. */
  articleText: string;
  speaker: Actor | null;
  /** The speaker's affiliation (Ilse Varga -> Aldmark), when set. */
  speakerAffiliation: Actor | null;
}

export function emptyBriefingState(): SerializedBriefingState {
  return { root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 } };
}

/** Reads a briefing body; an empty body is an empty document, a broken one an error. */
export function parseBriefingBody(body: string): SerializedBriefingState {
  if (!body.trim()) return emptyBriefingState();
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new Error('The briefing body is not valid JSON; it may be damaged.');
  }
  const root = (parsed as { root?: unknown } | null)?.root as SerializedNode | undefined;
  if (!root || typeof root !== 'object' || root.type !== 'root') {
    throw new Error('The briefing body is not a Lexical editor state (no root node).');
  }
  return { root: { ...root, children: Array.isArray(root.children) ? root.children : [] } };
}

export function isClipNode(node: SerializedNode): node is SerializedNode & SerializedDossierClipNode {
  return node.type === DOSSIER_CLIP_TYPE && typeof node.clipId === 'string';
}

export function childrenOf(node: SerializedNode): SerializedNode[] {
  return Array.isArray(node.children) ? node.children : [];
}

/** Visits every node depth-first in document order. */
export function walkNodes(node: SerializedNode, visit: (node: SerializedNode) => void): void {
  visit(node);
  for (const child of childrenOf(node)) walkNodes(child, visit);
}

/** The ids of the clips a body embeds, once each, in the order they first appear. */
export function collectClipIds(body: string | SerializedBriefingState): string[] {
  const state = typeof body === 'string' ? parseBriefingBody(body) : body;
  const ids = new Set<string>();
  walkNodes(state.root, (node) => {
    if (isClipNode(node)) ids.add(node.clipId);
  });
  return [...ids];
}

// ---------------------------------------------------------------------------
// Citation rules

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * "5 November 2025". Reads the calendar date written in the ISO string rather than
 * converting time zones, so a date never shifts by a day between machines.
 */
export function formatLongDate(iso: IsoDate | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return '';
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  return name ? `${Number(day)} ${name} ${year}` : '';
}

/** The YYYY-MM-DD part of an ISO date, or '' when there is none. */
export function isoDay(iso: IsoDate | null | undefined): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso ?? '')?.[0] ?? '';
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  const clean = names.map((n) => n.trim()).filter(Boolean);
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} and ${clean[clean.length - 1]}`;
}

/** Only web and mail links leave the app in a citation or a link. */
export function isSafeUrl(url: unknown): url is string {
  return typeof url === 'string' && /^(https?:\/\/|mailto:)\S+$/i.test(url.trim());
}

/**
 * A speaker's role as a reader needs it: role "Foreign Minister" with affiliation Aldmark
 * reads "Foreign Minister of Aldmark". The affiliation is left out when the role already
 * names it ("Foreign Minister of Aldmark" is not repeated), and stands alone without a role.
 */
export function speakerRole(speaker: Actor | null, affiliation: Actor | null): string {
  const role = speaker?.role.trim() ?? '';
  const org = affiliation?.name.trim() ?? '';
  if (!org || role.toLowerCase().includes(org.toLowerCase())) return role;
  return role ? `${role} of ${org}` : org;
}

/** "Ilse Varga, Foreign Minister of Aldmark", or '' when nobody is recorded as speaker. */
export function speakerLabel(speaker: Actor | null, affiliation: Actor | null): string {
  if (!speaker) return '';
  return [speaker.name.trim(), speakerRole(speaker, affiliation)].filter(Boolean).join(', ');
}

/** When the clip's statement was made: its own date, else its article's. */
export function statementDateOf(resolved: Pick<ResolvedClip, 'clip' | 'article'>): IsoDate | null {
  return resolved.clip.statementDate ?? resolved.article.published ?? null;
}

/** The line under a quote: "Ilse Varga, Foreign Minister of Aldmark, Meridian Wire, 5 November 2025". */
export function attributionFor(resolved: ResolvedClip): string {
  const who = speakerLabel(resolved.speaker, resolved.speakerAffiliation);
  const date = formatLongDate(statementDateOf(resolved));
  return [who, resolved.article.outlet.trim(), date].filter(Boolean).join(', ');
}

/** The parts of a source citation, each already formatted; empty when unknown. */
export interface Citation {
  authors: string;
  title: string;
  outlet: string;
  published: string;
  url: string;
  retrieved: string;
  /** The whole citation as one line of plain text. */
  text: string;
}

/**
 * How a source article is cited in footnotes and the sources appendix:
 * `Jane Doe and John Roe, “Title”, Meridian Wire, 5 November 2025. https://… (retrieved 6 November 2025).`
 */
export function citationFor(article: ArticleMeta): Citation {
  const authors = joinNames(article.authors);
  const title = article.title.trim();
  const outlet = article.outlet.trim();
  const published = formatLongDate(article.published) || 'undated';
  const url = isSafeUrl(article.url) ? article.url.trim() : '';
  const retrieved = formatLongDate(article.importedAt);
  const head = [authors, title && `“${title}”`, outlet, published].filter(Boolean).join(', ');
  const tail = [url, retrieved && `(retrieved ${retrieved})`].filter(Boolean).join(' ');
  return { authors, title, outlet, published, url, retrieved, text: tail ? `${head}. ${tail}.` : `${head}.` };
}
