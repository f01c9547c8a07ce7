import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../electron/common/model';
import { menuTemplate } from '../../../electron/main/menu';

function build(platform: { isMac: boolean; isPackaged: boolean }) {
  const commands: AppCommand[] = [];
  let shownFolder = 0;
  const menu = menuTemplate(
    { command: (c) => commands.push(c), showLibraryFolder: () => (shownFolder += 1) },
    platform,
  );
  return { menu, commands, shownFolder: () => shownFolder };
}

const items = (entry: MenuItemConstructorOptions | undefined) => (entry?.submenu ?? []) as MenuItemConstructorOptions[];
const fileMenu = (menu: MenuItemConstructorOptions[]) => items(menu.find((m) => m.label === '&File'));
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('the app menu', () => {
  it('asks the window to import files, a folder or pasted text', () => {
    const { menu, commands } = build({ isMac: false, isPackaged: true });
    for (const label of ['Import Files…', 'Import Folder…', 'Paste Article Text…']) {
      click(fileMenu(menu).find((i) => i.label === label));
    }
    expect(commands).toEqual(['import-files', 'import-folder', 'paste-text']);
  });

  it('shows the library folder on request', () => {
    const { menu, shownFolder } = build({ isMac: false, isPackaged: true });
    click(fileMenu(menu).find((i) => i.label === 'Show Library Folder'));
    expect(shownFolder()).toBe(1);
  });

  it('follows macOS: app menu first, Close in File; elsewhere Quit ends File', () => {
    const mac = build({ isMac: true, isPackaged: true }).menu;
    expect(mac[0].role).toBe('appMenu');
    expect(fileMenu(mac).at(-1)?.role).toBe('close');
    const linux = build({ isMac: false, isPackaged: true }).menu;
    expect(linux.some((m) => m.role === 'appMenu')).toBe(false);
    expect(fileMenu(linux).at(-1)?.role).toBe('quit');
  });

  it('offers reload and DevTools only while developing', () => {
    const roles = (isPackaged: boolean) =>
      build({ isMac: false, isPackaged }).menu.flatMap((m) => items(m).map((i) => i.role));
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
