import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL } from '../../../electron/common/api';
import type { ArticleMeta, ImportReport } from '../../../electron/common/model';
import { tempDir } from '../support/temp-library';
import { recorded } from './fake-electron';

// The main process runs against a stand-in Electron: the real one needs its binary.
vi.mock('electron', () => import('./fake-electron'));

let libraryDir: string;
let cleanup: () => Promise<void>;
const savedArgv = process.argv;
const signalListeners = () => [...process.listeners('SIGINT'), ...process.listeners('SIGTERM')];
let signalsBefore: NodeJS.SignalsListener[];

// The page URL main trusts, computed the way main computes it (from electron/main).
const appUrl = pathToFileURL(path.resolve('electron/renderer/index.html')).href;
const fromApp = () => ({ senderFrame: { url: appUrl, parent: null }, sender: recorded.windows[0].webContents });
const call = (channel: string, ...args: unknown[]) => recorded.handlers.get(channel)!(fromApp(), ...args);

beforeAll(async () => {
  ({ dir: libraryDir, cleanup } = await tempDir('dossier-main-'));
  signalsBefore = signalListeners();
  process.argv = [...savedArgv, '--library', libraryDir];
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1), { timeout: 30_000 });
});

afterAll(async () => {
  process.argv = savedArgv;
  // Main listens for SIGINT/SIGTERM to quit gracefully; the test runner must keep its own behaviour.
  for (const listener of signalListeners()) {
    if (!signalsBefore.includes(listener)) {
      process.removeListener('SIGINT', listener);
      process.removeListener('SIGTERM', listener);
    }
  }
  await cleanup();
});

describe('the main process', () => {
  it('opens the library given with --library and seeds a new one with the sample articles', async () => {
    const samples = (await readdir('resources/sample-library')).filter((n) => /\.(md|txt|html?)$/i.test(n) && n !== 'README.md');
    const answer = (await call('articles:list', {})) as { ok: true; value: ArticleMeta[] };
    expect(answer.ok).toBe(true);
    expect(answer.value).toHaveLength(samples.length);
    expect(await call('library:info')).toMatchObject({ ok: true, value: { path: libraryDir } });
  });

  it('shows the app page in a window with the safe options', () => {
    const [win] = recorded.windows;
    expect(win.loaded).toBe(path.resolve('electron/renderer/index.html'));
    expect(win.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
  });

  it('imports through IPC and tells the window what changed', async () => {
    const text = 'Ports stay open\n\nThe harbour master said on Monday that "no ship has been turned away."\n\nA second paragraph.';
    const answer = (await call('articles:import', [{ name: 'ports.txt', data: new TextEncoder().encode(text) }])) as {
      ok: true;
      value: ImportReport;
    };
    expect(answer.value.imported).toBe(1);
    const id = answer.value.outcomes[0].status === 'imported' ? answer.value.outcomes[0].article.id : '';
    expect(recorded.windows[0].webContents.sent).toContainEqual([EVENT_CHANNEL, 'articles:changed', { ids: [id] }]);
  });

  it('refuses a frame that is not the app page', async () => {
    const stranger = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: recorded.windows[0].webContents };
    expect(await recorded.handlers.get('library:info')!(stranger)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens web links only, and denies remote requests and permissions', async () => {
    expect(await call('shell:openExternal', 'file:///etc/passwd')).toMatchObject({ ok: false, error: { code: 'bad-url' } });
    expect(await call('shell:openExternal', 'https://news.example/story')).toEqual({ ok: true, value: undefined });
    expect(recorded.opened).toEqual(['https://news.example/story']);
    let verdict: { cancel: boolean } | undefined;
    recorded.beforeRequest!({ url: 'https://tracker.example/pixel.gif' }, (v) => (verdict = v));
    expect(verdict).toEqual({ cancel: true });
    let granted: boolean | undefined;
    recorded.permissionRequest!(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
  });

  it('denies navigation and new windows in its window', () => {
    const contents = recorded.windows[0].webContents;
    const attempt = { url: 'https://evil.example/', prevented: false, preventDefault() { this.prevented = true; } };
    for (const listener of contents.listeners.get('will-frame-navigate') ?? []) (listener as (e: typeof attempt) => void)(attempt);
    expect(attempt.prevented).toBe(true);
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('quits only after the library has saved what is pending', async () => {
    const { app } = await import('./fake-electron');
    expect(app.quit()).toBe(true); // held while the library closes
    await vi.waitFor(() => expect(recorded.quits).toBe(2), { timeout: 10_000 });
  });
});
