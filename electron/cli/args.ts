import path from 'node:path';
import { parseArgs } from 'node:util';

/** The environment variable that names the library folder when `--library` is not given. */
export const LIBRARY_ENV = 'DOSSIER_LIBRARY';

export const USAGE = `Usage:
  dossier import [--library DIR] FILE_OR_FOLDER...
      Imports .txt, .md and .html files; folders are searched recursively.
  dossier list [--library DIR] [--json] [--trash]
      Lists the library's articles; --json prints one JSON object per line.
  dossier --help

The library folder is --library DIR, else the ${LIBRARY_ENV} environment variable.
Exit codes: 0 done, 1 a file failed or the library could not be read, 2 usage error.
Quit the Dossier app before changing the same library from the command line.`;

export type CliCommand =
  | { kind: 'help' }
  /** `paths` as typed, so messages name files the way the user did. */
  | { kind: 'import'; library: string; paths: string[] }
  | { kind: 'list'; library: string; json: boolean; trash: boolean };

/** A mistake in how the command was typed: reported with the usage, exit code 2. */
export class UsageError extends Error {}

/** Reads the command line (without `node` and the script); throws UsageError when it is wrong. */
export function parseCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        library: { type: 'string', short: 'l' },
        json: { type: 'boolean', default: false },
        trash: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help' || command === undefined) return { kind: 'help' };
  if (command !== 'import' && command !== 'list') throw new UsageError(`Unknown command "${command}".`);

  const chosen = values.library?.trim() || env[LIBRARY_ENV]?.trim();
  if (!chosen) throw new UsageError(`No library folder: pass --library DIR or set ${LIBRARY_ENV}.`);
  const library = path.resolve(cwd, chosen);

  if (command === 'import') {
    if (values.json || values.trash) throw new UsageError('import takes no --json or --trash.');
    if (rest.length === 0) throw new UsageError('import needs at least one file or folder.');
    return { kind: 'import', library, paths: rest };
  }
  if (rest.length > 0) throw new UsageError(`list takes no files (got "${rest[0]}").`);
  return { kind: 'list', library, json: values.json, trash: values.trash };
}
