import { beforeEach, describe, expect, it } from 'vitest';
import { buildApi, CHANNELS, EVENT_CHANNEL, type LibraryApi } from '../../../electron/common/api';
import type { ArticleMeta } from '../../../electron/common/model';
import { LibraryEmitter } from '../../../electron/library/events';
import {
  bindLibraryApi,
  forwardLibraryEvents,
  trustMainFrameOf,
  type InvokeEventLike,
  type IpcAnswer,
  type IpcMainLike,
} from '../../../electron/main/ipc';
import { isTrustedSender } from '../../../electron/main/trust';

const appUrl = 'file:///app/out/renderer/index.html';
const ourWindow = { id: 1 };
const fromApp: InvokeEventLike = { senderFrame: { url: `${appUrl}#/library`, parent: null }, sender: ourWindow };

type Handler = (event: InvokeEventLike, ...args: unknown[]) => Promise<IpcAnswer>;

/** A stand-in for Electron's ipcMain that records handlers so a test can call them. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<IpcAnswer> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  }
}

const meta = { id: 'a1', title: 'Strait talks stall' } as ArticleMeta;
let calls: string[];
let logged: string[];
let ipc: FakeIpcMain;
let unbind: () => void;

/** A library stand-in built from the contract itself, so it grows with it. */
function fakeApi(): LibraryApi {
  return buildApi(async (channel, args) => {
    calls.push(`${channel} ${JSON.stringify(args)}`);
    if (channel === 'articles:list') return [meta];
    // The library's own errors are plain { code, message } values.
    if (channel === 'articles:get') throw { code: 'not-found', message: 'That article is no longer in the library.' };
    if (channel === 'articles:import') throw new Error('EACCES: permission denied, open /home/ana/secret/catalog.json');
    return undefined;
  });
}

beforeEach(() => {
  calls = [];
  logged = [];
  ipc = new FakeIpcMain();
  unbind = bindLibraryApi(ipc, fakeApi(), {
    isTrusted: trustMainFrameOf((sender) => sender === ourWindow, (url) => isTrustedSender(url, appUrl)),
    logError: (message) => logged.push(message),
  });
});

describe('the IPC binding', () => {
  it('binds every channel of the contract, and unbinds them all', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });

  it('keeps a call in flight until it is answered, so quitting can wait for a last save', async () => {
    let finish!: () => void;
    const slow = buildApi((channel) => (channel === 'briefings:update' ? new Promise<undefined>((r) => (finish = () => r(undefined))) : Promise.resolve(undefined)));
    const inFlight = new Set<Promise<unknown>>();
    const other = new FakeIpcMain();
    bindLibraryApi(other, slow, { isTrusted: () => true, logError: () => {}, inFlight });
    const answer = other.invoke('briefings:update', fromApp, 'b1', { body: '{}' });
    await Promise.resolve();
    expect(inFlight.size).toBe(1);
    finish();
    expect(await answer).toEqual({ ok: true, value: undefined });
    expect(inFlight.size).toBe(0);
  });

  it('answers a valid request with the library value', async () => {
    const answer = await ipc.invoke('articles:list', fromApp, { sort: 'title' });
    expect(answer).toEqual({ ok: true, value: [meta] });
    expect(calls).toEqual(['articles:list [{"sort":"title"}]']);
  });

  it('refuses arguments that do not match the schema, before the library sees them', async () => {
    const answers = [
      await ipc.invoke('articles:list', fromApp, { sort: 'title', $where: 'x' }),
      await ipc.invoke('articles:trash', fromApp, ['../../etc']),
      await ipc.invoke('articles:get', fromApp),
      await ipc.invoke('shell:openExternal', fromApp, { url: 'https://x.example' }),
    ];
    for (const answer of answers) {
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('bad-request');
    }
    expect(calls).toEqual([]);
  });

  it("passes the library's own errors through as { code, message }", async () => {
    const answer = await ipc.invoke('articles:get', fromApp, 'a1');
    expect(answer).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That article is no longer in the library.' },
    });
    expect(logged).toEqual([]);
  });

  it('turns an unexpected failure into a safe internal error and logs it', async () => {
    const answer = await ipc.invoke('articles:import', fromApp, [{ name: 'a.txt', data: new Uint8Array([104, 105]) }]);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('internal');
    expect(answer.error.message).not.toContain('/home/ana');
    expect(logged).toEqual(['articles:import failed']);
  });

  it('refuses a message from an iframe inside the window', async () => {
    const fromIframe = { senderFrame: { url: appUrl, parent: {} }, sender: ourWindow };
    const answer = await ipc.invoke('articles:list', fromIframe, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('refuses a message from another page, another window or a destroyed frame', async () => {
    const strangers: InvokeEventLike[] = [
      { senderFrame: { url: 'https://evil.example/', parent: null }, sender: ourWindow },
      { senderFrame: { url: appUrl, parent: null }, sender: { id: 2 } },
      { senderFrame: null, sender: ourWindow },
    ];
    for (const event of strangers) {
      expect(await ipc.invoke('library:info', event)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
    expect(logged).toHaveLength(3);
  });
});

describe('change notifications', () => {
  it('go to the window on the event channel until unsubscribed', () => {
    const events = new LibraryEmitter();
    const sent: unknown[][] = [];
    const off = forwardLibraryEvents(events, (...message) => sent.push(message));
    events.emit('articles:changed', { ids: ['a1'] });
    off();
    events.emit('articles:changed', { ids: ['a2'] });
    expect(sent).toEqual([[EVENT_CHANNEL, 'articles:changed', { ids: ['a1'] }]]);
  });
});
