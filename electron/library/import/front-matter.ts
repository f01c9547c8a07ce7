/**
 * YAML front matter as notes apps and static-site tools write it: `key: value` lines and
 * simple lists between `---` fences. Only the keys Dossier uses are read, so a small
 * reader suffices (no YAML library, no surprises from anchors or tags).
 */

export interface FrontMatter {
  title?: string;
  authors?: string[];
  date?: string;
  source?: string;
  url?: string;
  language?: string;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const KEYS: Record<string, keyof FrontMatter> = {
  title: 'title', headline: 'title',
  author: 'authors', authors: 'authors', byline: 'authors', by: 'authors',
  date: 'date', published: 'date', publishdate: 'date', pubdate: 'date', published_at: 'date', created: 'date',
  source: 'source', outlet: 'source', publisher: 'source', site: 'source', site_name: 'source', publication: 'source',
  url: 'url', link: 'url', canonical: 'url', canonical_url: 'url', source_url: 'url', original_url: 'url',
  lang: 'language', language: 'language',
};

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1).trim();
  return v;
}

function listOf(value: string): string[] {
  const v = value.trim();
  const inner = v.startsWith('[') && v.endsWith(']') ? v.slice(1, -1) : v;
  return inner.split(',').map(unquote).filter(Boolean);
}

/** The front matter (if any) and the Markdown after it. */
export function splitFrontMatter(source: string): { meta: FrontMatter; body: string } {
  const match = FENCE.exec(source);
  if (!match) return { meta: {}, body: source };
  const meta: FrontMatter = {};
  let listKey: keyof FrontMatter | null = null;
  for (const line of match[1]!.split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && listKey === 'authors') {
      (meta.authors ??= []).push(unquote(item[1]!));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) continue;
    const key = KEYS[pair[1]!.toLowerCase()];
    listKey = key ?? null;
    if (!key || !pair[2]!.trim()) continue;
    if (key === 'authors') meta.authors = listOf(pair[2]!);
    else meta[key] ??= unquote(pair[2]!);
  }
  return { meta, body: source.slice(match[0].length) };
}
