import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright';
import type { LibraryApi } from '../../electron/common/api';
import type { LibraryEventName, LibraryEvents } from '../../electron/common/model';
import {
  bindLibraryApi,
  forwardLibraryEvents,
  trustMainFrameOf,
  type IpcAnswer,
  type InvokeEventLike,
} from '../../electron/main/ipc';
import { APP_ORIGIN } from './serve-renderer';
import { BYTES_KEY, DELIVER_EVENT, INVOKE_BINDING } from './wire';

export interface EventSource {
  on<E extends LibraryEventName>(event: E, listener: (payload: LibraryEvents[E]) => void): () => void;
}

type Handler = (event: InvokeEventLike, ...args: unknown[]) => Promise<IpcAnswer>;

let pageScript: Promise<string> | undefined;

/** page-api.ts bundled for the page, once per process. */
function pageApiScript(): Promise<string> {
  pageScript ??= build({
    entryPoints: [fileURLToPath(new URL('./page-api.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return pageScript;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record[BYTES_KEY] === 'string' && Object.keys(record).length === 1) {
      // A plain Uint8Array, as structured clone delivers it over IPC (not a Buffer).
      return new Uint8Array(Buffer.from(record[BYTES_KEY], 'base64'));
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/**
 * Binds a LibraryApi to the page exactly as the main process binds it to IPC: the very
 * same bindLibraryApi (sender check, schema validation, `{ code, message }` errors)
 * behind a stand-in for ipcMain, and the same event forwarding. Returns the unbind.
 */
export async function bindApi(
  context: BrowserContext,
  page: Page,
  api: LibraryApi,
  events: EventSource,
  logError: (message: string, error?: unknown) => void,
): Promise<() => void> {
  const handlers = new Map<string, Handler>();
  const unbind = bindLibraryApi(
    { handle: (channel, listener) => handlers.set(channel, listener), removeHandler: (c) => handlers.delete(c) },
    api,
    {
      isTrusted: trustMainFrameOf(
        (sender) => sender === page,
        (url) => new URL(url).origin === APP_ORIGIN,
      ),
      logError,
    },
  );

  await context.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, args: unknown) => {
    const handler = handlers.get(String(channel));
    if (!handler) return { ok: false, error: { code: 'bad-request', message: `Unknown channel ${String(channel)}` } };
    const event: InvokeEventLike = {
      senderFrame: { url: source.frame.url(), parent: source.frame.parentFrame() },
      sender: source.page,
    };
    return handler(event, ...(Array.isArray(args) ? (decode(args) as unknown[]) : [args]));
  });
  await context.addInitScript({ content: await pageApiScript() });

  const stopEvents = forwardLibraryEvents(events, (_channel, name, payload) => {
    if (page.isClosed()) return;
    page
      .evaluate(([n, p, fn]) => (window as unknown as Record<string, (n: unknown, p: unknown) => void>)[fn]?.(n, p), [
        name,
        payload,
        DELIVER_EVENT,
      ] as const)
      .catch(() => {}); // the page may be navigating or closing; its next load lists afresh
  });

  return () => {
    stopEvents();
    unbind();
  };
}
