/**
 * Runs inside the page (bundled by esbuild and added as an init script): builds
 * `window.dossier` the way the preload does, with buildApi over one transport, here
 * Playwright's exposeBinding instead of ipcRenderer.invoke.
 */
import { buildApi, type Channel, type DossierApi } from '../../electron/common/api';
import type { DossierError, LibraryEventName } from '../../electron/common/model';
import { BYTES_KEY, DELIVER_EVENT, INVOKE_BINDING } from './wire';

type Answer = { ok: true; value: unknown } | { ok: false; error: DossierError };

const page = window as unknown as Record<string, unknown>;
const invokeBinding = page[INVOKE_BINDING] as (channel: Channel, args: unknown) => Promise<Answer>;

// The binding carries JSON-like values only: bytes travel as base64 and are decoded in Node.
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_KEY]: toBase64(value) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

async function invoke(channel: Channel, args: unknown[]): Promise<unknown> {
  const answer = await invokeBinding(channel, encode(args));
  if (answer.ok) return answer.value;
  throw { code: answer.error.code, message: answer.error.message };
}

const listeners = new Map<LibraryEventName, Set<(payload: never) => void>>();

const api: DossierApi = {
  ...buildApi(invoke),
  on(event, listener) {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener as (payload: never) => void);
    return () => {
      set.delete(listener as (payload: never) => void);
    };
  },
};

Object.defineProperty(window, 'dossier', { value: Object.freeze(api), enumerable: true });
// The harness delivers library events by calling this from Node (page.evaluate).
Object.defineProperty(window, DELIVER_EVENT, {
  value: (event: LibraryEventName, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload as never);
  },
});
