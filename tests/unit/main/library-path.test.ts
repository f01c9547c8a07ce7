import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLibraryDir, sampleLibraryDir } from '../../../electron/main/library-path';

const home = path.resolve('/home/ana/.config/Dossier/Library');
const cwd = path.resolve('/work');

describe('which library folder the app opens', () => {
  it('opens the folder given with --library', () => {
    expect(resolveLibraryDir(['electron', '.', '--library', '/data/crisis'], {}, home, cwd)).toBe(path.resolve('/data/crisis'));
    expect(resolveLibraryDir(['dossier', '--library=/data/crisis'], {}, home, cwd)).toBe(path.resolve('/data/crisis'));
  });

  it('prefers --library over DOSSIER_LIBRARY', () => {
    const env = { DOSSIER_LIBRARY: '/data/from-env' };
    expect(resolveLibraryDir(['dossier', '--library', '/data/flag'], env, home, cwd)).toBe(path.resolve('/data/flag'));
  });

  it('falls back to DOSSIER_LIBRARY, then to the user-data folder', () => {
    expect(resolveLibraryDir(['dossier'], { DOSSIER_LIBRARY: '/data/from-env' }, home, cwd)).toBe(path.resolve('/data/from-env'));
    expect(resolveLibraryDir(['dossier'], {}, home, cwd)).toBe(home);
    expect(resolveLibraryDir(['dossier'], { DOSSIER_LIBRARY: '  ' }, home, cwd)).toBe(home);
  });

  it('takes a relative folder from where the app was started', () => {
    expect(resolveLibraryDir(['dossier', '--library', 'libs/one'], {}, home, cwd)).toBe(path.join(cwd, 'libs/one'));
  });

  it('ignores a --library with nothing after it', () => {
    expect(resolveLibraryDir(['dossier', '--library'], {}, home, cwd)).toBe(home);
  });
});

describe('where the sample articles are', () => {
  it('comes from the checkout while developing and from the resources when packaged', () => {
    const where = { resourcesPath: '/opt/Dossier/resources', appPath: '/src/dossier' };
    expect(sampleLibraryDir({ ...where, isPackaged: false })).toBe(path.join('/src/dossier', 'resources', 'sample-library'));
    expect(sampleLibraryDir({ ...where, isPackaged: true })).toBe(path.join('/opt/Dossier/resources', 'sample-library'));
  });
});
