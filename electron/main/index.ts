/**
 * The main process: opens the library, binds it to IPC and shows the window. It owns
 * nothing else; everything about articles lives in electron/library.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { EVENT_CHANNEL } from '../common/api';
import { isDossierError, type AppCommand } from '../common/model';
import { createLibraryApi, openLibrary, seedSampleLibrary, type Library } from '../library';
import { bindLibraryApi, forwardLibraryEvents, trustMainFrameOf } from './ipc';
import { resolveLibraryDir, sampleLibraryDir } from './library-path';
import { menuTemplate } from './menu';
import { electronPlatform } from './platform';
import { guardWebContents, secureSession } from './security';
import { isTrustedSender } from './trust';
import { windowOptions } from './window';

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererDir = path.join(here, '../renderer');
const appPage = path.join(rendererDir, 'index.html');
const appUrl = pathToFileURL(appPage).href;

const log = (message: string) => console.warn(`[dossier] ${message}`);
const logError = (message: string, error?: unknown) => console.error(`[dossier] ${message}`, error ?? '');

let library: Library | null = null;
/** The app's own windows (not the hidden ones that print PDFs). */
const appWindows = new Set<BrowserWindow>();
const anyAppWindow = (): BrowserWindow | undefined => {
  const focused = BrowserWindow.getFocusedWindow();
  return focused && appWindows.has(focused) ? focused : appWindows.values().next().value;
};
let libraryDir = '';
let closed = false;
/** IPC calls still being answered; quitting waits for them before closing the library. */
const inFlight = new Set<Promise<unknown>>();

// Every renderer runs sandboxed, whatever options a window is created with.
app.enableSandbox();
// Any web contents, including ones a page might manage to create, gets the guards.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log));

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadPath));
  appWindows.add(win);
  win.once('closed', () => appWindows.delete(win));
  win.once('ready-to-show', () => win.show());
  win.loadFile(appPage).catch((error: unknown) => {
    logError(`could not load ${appPage}`, error);
    // Without this the app would look hung: say what is wrong.
    dialog.showErrorBox('Dossier could not open its window', `${appPage} did not load. If you run from a checkout, run npm run build.`);
    app.quit();
  });
  return win;
}

/** The window a menu command is for: the focused one, else any, else a new one once it has loaded. */
function sendCommand(command: AppCommand): void {
  const send = (win: BrowserWindow) => win.webContents.send(EVENT_CHANNEL, 'app:command', { command });
  const win = anyAppWindow();
  if (win) return send(win);
  const created = createWindow();
  created.webContents.once('did-finish-load', () => send(created));
}

async function openTheLibrary(): Promise<Library> {
  libraryDir = resolveLibraryDir(process.argv, process.env, path.join(app.getPath('userData'), 'Library'), process.cwd());
  const lib = await openLibrary(libraryDir);
  if (lib.isNew) {
    const sampleDir = sampleLibraryDir({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
    });
    // A library without the samples still works: log and carry on.
    await seedSampleLibrary(lib, sampleDir).catch((error: unknown) => logError('could not add the sample articles', error));
  }
  return lib;
}

async function start(): Promise<void> {
  try {
    library = await openTheLibrary();
  } catch (error) {
    const reason = isDossierError(error) ? error.message : String(error);
    dialog.showErrorBox('Dossier cannot open the library', `${libraryDir}\n\n${reason}`);
    app.exit(1);
    return;
  }
  const lib = library;

  secureSession(session.defaultSession, [pathToFileURL(rendererDir).href], log);

  const api = createLibraryApi(lib, electronPlatform(anyAppWindow));
  const ownWindow = (sender: unknown) => [...appWindows].some((w) => w.webContents === sender);
  bindLibraryApi(ipcMain, api, {
    isTrusted: trustMainFrameOf(ownWindow, (url) => isTrustedSender(url, appUrl)),
    logError,
    inFlight,
  });
  forwardLibraryEvents(lib.events, (channel, name, payload) => {
    for (const win of appWindows) win.webContents.send(channel, name, payload);
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        { command: sendCommand, showLibraryFolder: () => void shell.openPath(lib.dir) },
        { isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
      ),
    ),
  );

  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Dossier is running and writing its library: hand over to it.
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = anyAppWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  // macOS keeps the app running without windows; the Dock icon opens a new one.
  app.on('activate', () => {
    if (library && appWindows.size === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Quitting waits for the library to write what is pending, then quits for real.
  app.on('before-quit', (event) => {
    if (closed || !library) return;
    event.preventDefault();
    const lib = library;
    library = null;
    // A save sent as the window closed (the briefing editor's last keystrokes) lands first.
    Promise.allSettled([...inFlight])
      .then(() => lib.close())
      .catch((error: unknown) => logError('could not save everything before quitting', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app.whenReady().then(start, (error: unknown) => {
    logError('Electron failed to start', error);
    app.exit(1);
  });
}
