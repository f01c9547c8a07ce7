/**
 * The one API contract between the UI and the library.
 *
 * Each method is one IPC channel named `area:verb` (`articles:list`, ...). The main
 * process binds the library's implementation of {@link LibraryApi} to `ipcMain.handle`;
 * the preload builds the same shape from `ipcRenderer.invoke`; the test harness binds
 * it over Playwright's `exposeBinding`. Rejections are {@link DossierError} values.
 */
import type {
  Article,
  ArticleMeta,
  ArticleMetaPatch,
  ArticleQuery,
  ImportItem,
  ImportReport,
  LibraryEventName,
  LibraryEvents,
  LibraryInfo,
} from './model';

/** The request/response part of the API: what the library implements. */
export interface LibraryApi {
  library: {
    /** Where the library is, how big it is, and warnings the user must see. */
    info(): Promise<LibraryInfo>;
  };
  articles: {
    /** Lists articles (or the trash), filtered and sorted. */
    list(query: ArticleQuery): Promise<ArticleMeta[]>;
    /** Opens one article with its text; rejects with `not-found`. */
    get(id: string): Promise<Article>;
    /** Imports files or pasted text; one bad item never stops the batch. */
    import(items: ImportItem[]): Promise<ImportReport>;
    /** Changes metadata; returns the updated article. */
    update(id: string, patch: ArticleMetaPatch): Promise<ArticleMeta>;
    /** Moves articles to the trash. */
    trash(ids: string[]): Promise<void>;
    /** Brings articles back from the trash. */
    restore(ids: string[]): Promise<void>;
    /** Deletes articles in the trash for good. */
    purge(ids: string[]): Promise<void>;
  };
  shell: {
    /** Opens an http(s) link in the system browser; anything else is refused. */
    openExternal(url: string): Promise<void>;
  };
}

/** What `window.dossier` exposes: the library API plus change notifications. */
export interface DossierApi extends LibraryApi {
  /** Subscribes to a change notification; returns the unsubscribe function. */
  on<E extends LibraryEventName>(event: E, listener: (payload: LibraryEvents[E]) => void): () => void;
}

type Area = keyof LibraryApi;

/** Every channel name, derived from the contract so the two cannot drift. */
export type Channel = {
  [A in Area]: `${A}:${Extract<keyof LibraryApi[A], string>}`;
}[Area];

/** The channel list, checked against the contract at compile time. */
export const CHANNELS = [
  'library:info',
  'articles:list',
  'articles:get',
  'articles:import',
  'articles:update',
  'articles:trash',
  'articles:restore',
  'articles:purge',
  'shell:openExternal',
] as const satisfies readonly Channel[];

// Fails to compile when a method of the contract has no entry in CHANNELS.
type MissingChannel = Exclude<Channel, (typeof CHANNELS)[number]>;
const allChannelsListed: MissingChannel extends never ? true : MissingChannel = true;
void allChannelsListed;

/** The IPC channel for change notifications main -> renderer. */
export const EVENT_CHANNEL = 'dossier:event';

export function splitChannel(channel: Channel): [Area, string] {
  const [area, verb] = channel.split(':') as [Area, string];
  return [area, verb];
}

/** Calls the contract method a channel names, on any implementation of it. */
export function callChannel(api: LibraryApi, channel: Channel, args: unknown[]): Promise<unknown> {
  const [area, verb] = splitChannel(channel);
  const method = (api[area] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[verb];
  return method.apply(api[area], args);
}

/**
 * Builds the API shape from one transport function, so the preload and the harness
 * expose named methods without repeating the contract by hand.
 */
export function buildApi(invoke: (channel: Channel, args: unknown[]) => Promise<unknown>): LibraryApi {
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [area, verb] = splitChannel(channel);
    api[area] ??= {};
    api[area][verb] = (...args: unknown[]) => invoke(channel, args);
  }
  return api as unknown as LibraryApi;
}
