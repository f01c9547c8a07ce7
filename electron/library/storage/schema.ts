/**
 * The files of a library folder and their schemas.
 *
 *   library.json          the manifest: marks the folder as a library
 *   catalog/<xx>.json     article metadata, sharded by the first two hex digits of the id,
 *                         so a metadata edit rewrites ~1/256 of the catalog
 *   articles/<id>.json    one article's text, blocks and previous versions
 *   clips/<id>.json       the clips of one article (so saving a clip rewrites one small file)
 *   actors.json           the actor registry
 *   damaged/...           files that failed to parse, moved aside untouched
 */
import type { Actor, ArticleContent, ArticleMeta, Briefing, Clip } from '../../common/model';
import type { DocKind, Versioned } from './doc-file';

/** The format version this build writes. Bump it with a migration in every kind below. */
export const SCHEMA_VERSION = 1;

export interface LibraryManifest extends Versioned {
  kind: 'library';
  createdAt: string;
}

export interface CatalogShard extends Versioned {
  kind: 'catalog';
  articles: ArticleMeta[];
}

export interface ArticleFile extends Versioned {
  kind: 'article';
  content: ArticleContent;
}

export interface ClipsFile extends Versioned {
  kind: 'clips';
  articleId: string;
  clips: Clip[];
}

export interface ActorsFile extends Versioned {
  kind: 'actors';
  actors: Actor[];
}

export const MANIFEST_FILE = 'library.json';
export const CLIPS_DIR = 'clips';
export const ACTORS_FILE = 'actors.json';

export function clipsPath(articleId: string): string {
  return `${CLIPS_DIR}/${articleId}.json`;
}
export const CATALOG_DIR = 'catalog';
export const ARTICLES_DIR = 'articles';

export function shardOf(id: string): string {
  return id.slice(0, 2).toLowerCase();
}

export function catalogPath(shard: string): string {
  return `${CATALOG_DIR}/${shard}.json`;
}

export function articlePath(id: string): string {
  return `${ARTICLES_DIR}/${id}.json`;
}

/** Fields added to article metadata after the first drafts of the format (version 0). */
function withMetaDefaults(meta: Record<string, unknown>): Record<string, unknown> {
  return {
    outlet: '',
    authors: [],
    published: null,
    url: '',
    language: '',
    tags: [],
    sourceKind: 'text',
    fileName: '',
    guessed: [],
    excerpt: '',
    wordCount: 0,
    deletedAt: null,
    updatedAt: meta.importedAt ?? new Date(0).toISOString(),
    ...meta,
  };
}

export const manifestKind: DocKind<LibraryManifest> = {
  kind: 'library',
  version: SCHEMA_VERSION,
  empty: () => ({ schemaVersion: SCHEMA_VERSION, kind: 'library', createdAt: new Date().toISOString() }),
  migrations: {
    0: (old) => ({ createdAt: new Date().toISOString(), ...old }),
  },
};

export const catalogKind: DocKind<CatalogShard> = {
  kind: 'catalog',
  version: SCHEMA_VERSION,
  empty: () => ({ schemaVersion: SCHEMA_VERSION, kind: 'catalog', articles: [] }),
  migrations: {
    0: (old) => ({
      ...old,
      articles: Array.isArray(old.articles) ? old.articles.map((a) => withMetaDefaults(a as Record<string, unknown>)) : [],
    }),
  },
};

export const articleKind: DocKind<ArticleFile> = {
  kind: 'article',
  version: SCHEMA_VERSION,
  empty: () => ({ schemaVersion: SCHEMA_VERSION, kind: 'article', content: { id: '', text: '', blocks: [], versions: [] } }),
  migrations: {
    0: (old) => {
      const content = (old.content ?? {}) as Record<string, unknown>;
      return { ...old, content: { versions: [], blocks: [], ...content } };
    },
  },
};

export const clipsKind: DocKind<ClipsFile> = {
  kind: 'clips',
  version: SCHEMA_VERSION,
  empty: () => ({ schemaVersion: SCHEMA_VERSION, kind: 'clips', articleId: '', clips: [] }),
  migrations: { 0: (old) => ({ clips: [], ...old }) },
};

export const actorsKind: DocKind<ActorsFile> = {
  kind: 'actors',
  version: SCHEMA_VERSION,
  empty: () => ({ schemaVersion: SCHEMA_VERSION, kind: 'actors', actors: [] }),
  migrations: { 0: (old) => ({ actors: [], ...old }) },
};

export interface BriefingFile extends Versioned {
  kind: 'briefing';
  briefing: Briefing;
}

export const BRIEFINGS_DIR = 'briefings';

export function briefingPath(id: string): string {
  return `${BRIEFINGS_DIR}/${id}.json`;
}

export const briefingKind: DocKind<BriefingFile> = {
  kind: 'briefing',
  version: SCHEMA_VERSION,
  empty: () => ({
    schemaVersion: SCHEMA_VERSION,
    kind: 'briefing',
    briefing: { id: '', title: '', author: '', date: '', createdAt: '', updatedAt: '', deletedAt: null, body: '' },
  }),
  migrations: { 0: (old) => ({ ...old }) },
};
