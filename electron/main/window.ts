import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The options of every Dossier window. Articles are untrusted HTML shown in this
 * window, so the page gets no Node, no Electron and no way around the sandbox; the
 * only door out is the typed API the preload exposes. Pure, so a unit test can read it.
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Dossier',
    // Shown once the first paint is ready, so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped outside the drop zone must not replace the app with the file.
      navigateOnDragDrop: false,
      // Stops a page from locking the user in with endless alert() loops.
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
