/**
 * A stand-in for the parts of Electron the main process uses, recording what it is
 * asked to do, so the app's start-up and shutdown can be checked where Electron's
 * binary cannot run. Only the calls electron/main makes are modelled.
 */
type Listener = (...args: never[]) => unknown;

export const recorded = {
  appListeners: new Map<string, Listener[]>(),
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  windows: [] as FakeWindow[],
  menu: null as unknown,
  opened: [] as string[],
  quits: 0,
  beforeRequest: null as null | ((details: { url: string }, callback: (v: { cancel: boolean }) => void) => void),
  permissionRequest: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
};

class FakeWebContents {
  readonly sent: unknown[][] = [];
  readonly listeners = new Map<string, Listener[]>();
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(...message: unknown[]) {
    this.sent.push(message);
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  setWindowOpenHandler(handler: FakeWebContents['openHandler']) {
    this.openHandler = handler;
  }
}

export class FakeWindow {
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  constructor(readonly options: unknown) {
    recorded.windows.push(this);
    for (const listener of recorded.appListeners.get('web-contents-created') ?? []) {
      (listener as (event: unknown, contents: unknown) => void)({}, this.webContents);
    }
  }
  once() {}
  isMinimized() {
    return false;
  }
  async loadFile(file: string) {
    this.loaded = file;
  }
  static getAllWindows() {
    return recorded.windows;
  }
  static getFocusedWindow() {
    return recorded.windows[0] ?? null;
  }
}

export const app = {
  isPackaged: false,
  enableSandbox() {},
  on(event: string, listener: Listener) {
    recorded.appListeners.set(event, [...(recorded.appListeners.get(event) ?? []), listener]);
  },
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: () => '/nonexistent/user-data',
  getAppPath: () => process.cwd(),
  /** Like Electron: before-quit listeners may call preventDefault to hold the quit. */
  quit() {
    recorded.quits += 1;
    let held = false;
    for (const listener of recorded.appListeners.get('before-quit') ?? []) {
      (listener as (event: { preventDefault(): void }) => void)({ preventDefault: () => (held = true) });
    }
    return held;
  },
  exit() {},
};

export const ipcMain = {
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) {
    recorded.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    recorded.handlers.delete(channel);
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu(menu: unknown) {
    recorded.menu = menu;
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: typeof recorded.permissionRequest) {
      recorded.permissionRequest = handler;
    },
    setPermissionCheckHandler() {},
    setDevicePermissionHandler() {},
    webRequest: {
      onBeforeRequest(handler: typeof recorded.beforeRequest) {
        recorded.beforeRequest = handler;
      },
      onHeadersReceived() {},
    },
  },
};

export const shell = {
  async openExternal(url: string) {
    recorded.opened.push(url);
  },
  async openPath() {
    return '';
  },
};

export const dialog = { showErrorBox() {} };

export const BrowserWindow = FakeWindow;
