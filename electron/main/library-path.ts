import path from 'node:path';

/** The environment variable that selects a library folder when `--library` is not given. */
export const LIBRARY_ENV = 'DOSSIER_LIBRARY';

/** Reads `--library DIR` or `--library=DIR` from a command line; the last one wins. */
export function libraryArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--library' && i + 1 < argv.length) found = argv[(i += 1)];
    else if (arg.startsWith('--library=')) found = arg.slice('--library='.length);
  }
  return found?.trim() ? found : undefined;
}

/**
 * Which library folder the app opens: `--library DIR` on the command line, else the
 * DOSSIER_LIBRARY environment variable, else `defaultDir` (the OS user-data folder).
 * Relative folders are taken from the folder the app was started in.
 */
export function resolveLibraryDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaultDir: string,
  cwd: string,
): string {
  const chosen = libraryArgument(argv) ?? (env[LIBRARY_ENV]?.trim() ? env[LIBRARY_ENV] : undefined) ?? defaultDir;
  return path.resolve(cwd, chosen);
}

/** Where the sample articles are: beside the app's resources when packaged, in the checkout otherwise. */
export function sampleLibraryDir(where: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return where.isPackaged
    ? path.join(where.resourcesPath, 'sample-library')
    : path.join(where.appPath, 'resources', 'sample-library');
}
