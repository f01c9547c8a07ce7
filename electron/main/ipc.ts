import { CHANNELS, EVENT_CHANNEL, callChannel, type LibraryApi } from '../common/api';
import { parseChannelArgs } from '../common/ipc-schemas';
import type { DossierError, LibraryEventName, LibraryEvents } from '../common/model';
import { toDossierError } from '../library/errors';

/** What an IPC answer looks like: Electron would strip an Error's fields, so errors travel as values. */
export type IpcAnswer = { ok: true; value: unknown } | { ok: false; error: DossierError };

/** The part of an `IpcMainInvokeEvent` the binding reads. */
export interface InvokeEventLike {
  /** The frame that sent the message; null once it navigated away or was destroyed. */
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  readonly sender: unknown;
}

/** The part of Electron's `ipcMain` the binding uses, so tests can hand in a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<IpcAnswer>): void;
  removeHandler(channel: string): void;
}

export interface BindOptions {
  /** Decides whether a message comes from one of the app's own pages. */
  isTrusted(event: InvokeEventLike): boolean;
  /** Where failures that are Dossier's fault are written (never shown raw to the user). */
  logError(message: string, error?: unknown): void;
  /** Calls still being answered, so quitting can wait for a last save to land. */
  inFlight?: Set<Promise<unknown>>;
}

const FORBIDDEN: DossierError = {
  code: 'forbidden',
  message: 'This request did not come from a Dossier window and was refused.',
};

/**
 * Binds every channel of the API contract to `ipcMain.handle`: refuse senders that are
 * not the app's page, validate the arguments against the channel's schema, call the
 * library, and answer `{ ok, value }` or `{ ok: false, error: { code, message } }`.
 * Returns a function that removes the handlers.
 */
export function bindLibraryApi(ipcMain: IpcMainLike, api: LibraryApi, options: BindOptions): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, ...args): Promise<IpcAnswer> => {
      if (!options.isTrusted(event)) {
        options.logError(`refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return { ok: false, error: FORBIDDEN };
      }
      try {
        const call = callChannel(api, channel, parseChannelArgs(channel, args));
        options.inFlight?.add(call);
        const value = await call.finally(() => options.inFlight?.delete(call));
        return { ok: true, value };
      } catch (thrown) {
        const error = toDossierError(thrown);
        if (error.code === 'internal') options.logError(`${channel} failed`, thrown);
        return { ok: false, error };
      }
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

/**
 * A trust check for one window: the message must come from that window's main frame
 * (not an iframe inside it), currently showing the app page `isAppUrl` accepts.
 */
export function trustMainFrameOf(
  ownsSender: (sender: unknown) => boolean,
  isAppUrl: (url: string) => boolean,
): (event: InvokeEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && ownsSender(event.sender) && isAppUrl(frame.url);
  };
}

/** Every event the library emits, listed so a new one cannot be forgotten here. */
const LIBRARY_EVENTS = {
  'articles:changed': true,
  'clips:changed': true,
  'actors:changed': true,
  'briefings:changed': true,
  'library:warning': true,
  'app:command': true,
} satisfies Record<LibraryEventName, true>;

interface EventSource {
  on<E extends LibraryEventName>(event: E, listener: (payload: LibraryEvents[E]) => void): () => void;
}

/** Forwards the library's change notifications to a window; returns the unsubscribe. */
export function forwardLibraryEvents(
  events: EventSource,
  send: (channel: string, name: LibraryEventName, payload: unknown) => void,
): () => void {
  const names = Object.keys(LIBRARY_EVENTS) as LibraryEventName[];
  const offs = names.map((name) => events.on(name, (payload) => send(EVENT_CHANNEL, name, payload)));
  return () => offs.forEach((off) => off());
}
