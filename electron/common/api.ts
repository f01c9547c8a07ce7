/**
 * The one API contract between the UI and the library.
 *
 * Each method is one IPC channel named `area:verb` (`articles:list`, ...). The main
 * process binds the library's implementation of {@link LibraryApi} to `ipcMain.handle`;
 * the preload builds the same shape from `ipcRenderer.invoke`; the test harness binds
 * it over Playwright's `exposeBinding`. Rejections are {@link DossierError} values.
 */
import type {
  Actor,
  ActorInput,
  Article,
  ArticleSuggestions,
  Briefing,
  BriefingInput,
  BriefingTemplate,
  ClipView,
  ExportRequest,
  ExportResult,
  QuoteProblem,
  Clip,
  ClipCheck,
  ClipInput,
  ClipListItem,
  ClipPatch,
  ClipQuery,
  ClipSummary,
  SpeakerSuggestion,
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
    /** Replaces the text (the old one is kept as a version) and re-anchors its clips. */
    editText(id: string, text: string): Promise<Article>;
    /** Actors named in the article, proposed new ones, and each quotation's likely speaker. */
    suggest(id: string): Promise<ArticleSuggestions>;
  };
  clips: {
    /** Clips matching a filter, oldest statement first. */
    list(query: ClipQuery): Promise<ClipListItem[]>;
    get(id: string): Promise<Clip>;
    /** How many clips there are, their tags, and each actor's counts. */
    summary(): Promise<ClipSummary>;
    /** Clips a passage [start, end) of an article's canonical text. */
    create(input: ClipInput): Promise<Clip>;
    update(id: string, patch: ClipPatch): Promise<Clip>;
    trash(ids: string[]): Promise<void>;
    restore(ids: string[]): Promise<void>;
    /** Checks that each clip (all when ids is empty) is verbatim in its article. */
    verify(ids: string[]): Promise<ClipCheck[]>;
    /** The likely speaker of the passage [start, end) of an article. */
    suggestSpeaker(articleId: string, start: number, end: number): Promise<SpeakerSuggestion | null>;
    /** Clips as a briefing shows them now; null for a deleted clip. */
    resolve(ids: string[]): Promise<Record<string, ClipView | null>>;
  };
  briefings: {
    list(query: { trash?: boolean }): Promise<Briefing[]>;
    get(id: string): Promise<Briefing>;
    create(input: BriefingInput): Promise<Briefing>;
    /** Saves title, author, date or body; the editor calls it as the user types. */
    update(id: string, patch: BriefingInput): Promise<Briefing>;
    duplicate(id: string): Promise<Briefing>;
    trash(ids: string[]): Promise<void>;
    restore(ids: string[]): Promise<void>;
    /** Starts a briefing from clips, grouped by actor or as a timeline. */
    fromTemplate(template: BriefingTemplate, clipIds: string[], input: BriefingInput): Promise<Briefing>;
    /** Lists the quotes that are not verbatim in their sources, or whose clip is gone. */
    verify(id: string): Promise<QuoteProblem[]>;
    /** Exports to a file the user chooses; stops at quote problems unless `force`. */
    export(id: string, request: ExportRequest): Promise<ExportResult>;
  };
  actors: {
    list(query: { trash?: boolean }): Promise<Actor[]>;
    create(input: ActorInput): Promise<Actor>;
    update(id: string, patch: Partial<ActorInput>): Promise<Actor>;
    trash(ids: string[]): Promise<void>;
    restore(ids: string[]): Promise<void>;
    /** Moves every clip of `fromId` to `intoId` and keeps its names as aliases. */
    merge(fromId: string, intoId: string): Promise<{ actor: Actor; movedClips: number }>;
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
  'articles:editText',
  'articles:suggest',
  'clips:list',
  'clips:get',
  'clips:summary',
  'clips:create',
  'clips:update',
  'clips:trash',
  'clips:restore',
  'clips:verify',
  'clips:suggestSpeaker',
  'clips:resolve',
  'briefings:list',
  'briefings:get',
  'briefings:create',
  'briefings:update',
  'briefings:duplicate',
  'briefings:trash',
  'briefings:restore',
  'briefings:fromTemplate',
  'briefings:verify',
  'briefings:export',
  'actors:list',
  'actors:create',
  'actors:update',
  'actors:trash',
  'actors:restore',
  'actors:merge',
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
