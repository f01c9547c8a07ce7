import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../common/model';

export interface MenuActions {
  /** Asks the window to carry out a command (its import controls live in the page). */
  command(command: AppCommand): void;
  /** Shows the library folder in the system file manager. */
  showLibraryFolder(): void;
}

/**
 * The application menu. macOS keeps its app menu first and Quit there; elsewhere File
 * ends with Quit. Built as plain data so a unit test can read it.
 */
export function menuTemplate(
  actions: MenuActions,
  platform: { isMac: boolean; isPackaged: boolean },
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => actions.command('import-files') },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.command('import-folder') },
      // No accelerator: Ctrl+Shift+V is Chromium's paste-as-plain-text, which editors need.
      { label: 'Paste Article Text…', click: () => actions.command('paste-text') },
      { type: 'separator' },
      { label: 'Show Library Folder', click: () => actions.showLibraryFolder() },
      { type: 'separator' },
      platform.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // Reloading and DevTools help while developing; users have no use for them.
      ...(platform.isPackaged
        ? []
        : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
    ],
  };
  return [
    ...(platform.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}
