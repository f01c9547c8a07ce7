/**
 * What the library asks of its host, done the Electron way: links in the system
 * browser, a Save dialog for exports, and PDFs printed by Chromium's printToPDF.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, session, shell, type FileFilter, type Session } from 'electron';
import type { ExportFormat, PageSize } from '../common/model';
import type { Platform } from '../library';
import { electronPrintOptions } from '../library/export';
import { isAllowedRequest, isWebLink } from './trust';

const FILTERS: Record<ExportFormat, FileFilter> = {
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Web page', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

// Printing gets its own in-memory session so its rules (files from its own temporary
// folder and data: URIs, nothing else) never loosen the app window's. Set up once:
// webRequest keeps one listener per event, so concurrent prints share the rule.
let printSetup: Promise<{ session: Session; root: string }> | null = null;

function printSession(): Promise<{ session: Session; root: string }> {
  printSetup ??= mkdtemp(path.join(os.tmpdir(), 'dossier-print-')).then((root) => {
    const printing = session.fromPartition('dossier-print');
    const rootUrl = pathToFileURL(root).href;
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    printing.setPermissionCheckHandler(() => false);
    printing.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isAllowedRequest(details.url, [rootUrl]) });
    });
    app.once('will-quit', () => rmSync(root, { recursive: true, force: true }));
    return { session: printing, root };
  });
  return printSetup;
}

async function saveFile(
  parent: BrowserWindow | undefined,
  defaultName: string,
  format: ExportFormat,
  data: Uint8Array,
): Promise<string | null> {
  const options = {
    title: 'Export briefing',
    defaultPath: path.join(app.getPath('documents'), path.basename(defaultName)),
    filters: [FILTERS[format]],
  };
  const chosen = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return null;
  await writeFile(chosen.filePath, data);
  return chosen.filePath;
}

/**
 * Prints self-contained briefing HTML (fonts inlined as data: URIs) in a hidden,
 * sandboxed window. The HTML goes through a temporary file because a data: URL that
 * large would exceed Chromium's URL limit.
 */
async function printPdf(html: string, pageSize: PageSize): Promise<Uint8Array> {
  const { session: printing, root } = await printSession();
  const dir = await mkdtemp(path.join(root, 'job-'));
  const file = path.join(dir, 'briefing.html');
  const win = new BrowserWindow({
    show: false,
    webPreferences: { session: printing, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  try {
    await writeFile(file, html, 'utf8');
    await win.loadFile(file);
    // The footer names the briefing; its fonts must be decoded before the layout is printed.
    const title = String(await win.webContents.executeJavaScript('document.fonts.ready.then(() => document.title)'));
    const pdf = await win.webContents.printToPDF(electronPrintOptions(pageSize, title));
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/** `appWindow` is the window a Save dialog belongs to (never the hidden print window). */
export function electronPlatform(appWindow: () => BrowserWindow | undefined): Platform {
  return {
    openExternal: async (url) => {
      // The API checks this too; main repeats it because it is the one holding shell.
      if (!isWebLink(url)) throw { code: 'bad-url', message: 'Only http and https links can be opened.' };
      await shell.openExternal(url);
    },
    saveFile: (defaultName, format, data) => saveFile(appWindow(), defaultName, format, data),
    printPdf,
  };
}
