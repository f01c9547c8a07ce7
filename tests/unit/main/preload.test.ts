import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNEL, type DossierApi } from '../../../electron/common/api';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

// What the preload reaches in Electron, as a recording stand-in.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: [] as [string, (event: unknown, ...args: unknown[]) => void][],
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => bridge.exposed.set(name, api),
  },
  ipcRenderer: {
    async invoke(channel: string, ...args: unknown[]) {
      bridge.invoked.push([channel, ...args]);
      if (channel === 'articles:get') return { ok: false, error: { code: 'not-found', message: 'That article is gone.' } };
      return { ok: true, value: `answer from ${channel}` };
    },
    on: (channel: string, listener: IpcListener) => bridge.listeners.push([channel, listener]),
    removeListener: (channel: string, listener: IpcListener) => {
      bridge.listeners = bridge.listeners.filter(([c, l]) => c !== channel || l !== listener);
    },
  },
}));

let api: DossierApi;
beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = bridge.exposed.get('dossier') as DossierApi;
});

describe('the preload', () => {
  it('exposes only window.dossier: the contract areas and on()', () => {
    expect([...bridge.exposed.keys()]).toEqual(['dossier']);
    const areas = new Set(CHANNELS.map((channel) => channel.split(':')[0]));
    expect(Object.keys(api).sort()).toEqual([...areas, 'on'].sort());
  });

  it('sends each method on its own channel and returns the answer value', async () => {
    expect(await api.articles.list({ sort: 'title' })).toBe('answer from articles:list');
    expect(bridge.invoked.at(-1)).toEqual(['articles:list', { sort: 'title' }]);
  });

  it('rejects with the plain { code, message } the main process answered', async () => {
    const rejection = await api.articles.get('a1').catch((e: unknown) => e);
    expect(rejection).toEqual({ code: 'not-found', message: 'That article is gone.' });
    expect(rejection).not.toBeInstanceOf(Error);
  });

  it('delivers only the event asked for, never the IPC event object, until unsubscribed', () => {
    const received: unknown[][] = [];
    const off = api.on('articles:changed', (...args) => received.push(args));
    const deliver = (...message: unknown[]) => {
      for (const [channel, listener] of bridge.listeners) if (channel === EVENT_CHANNEL) listener({ sender: 'ipc' }, ...message);
    };
    deliver('articles:changed', { ids: ['a1'] });
    deliver('library:warning', { code: 'corrupt-file' });
    off();
    deliver('articles:changed', { ids: ['a2'] });
    expect(received).toEqual([[{ ids: ['a1'] }]]);
    expect(bridge.listeners).toEqual([]);
  });
});
