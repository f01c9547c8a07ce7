import path from 'node:path';
import { parseArgs } from 'node:util';

/** The environment variable that names the library folder when `--library` is not given. */
export const LIBRARY_ENV = 'DOSSIER_LIBRARY';

export const USAGE = `Usage:
  dossier import [--library DIR] FILE_OR_FOLDER...
      Imports .txt, .md and .html files; folders are searched recursively.
  dossier list [--library DIR] [--json] [--trash]
      Lists the library's articles; --json prints one JSON object per line.
  dossier clips [--library DIR] [--json]
      Lists clips: quote, speaker, about, tags, date, article id, selectors, status.
  dossier actors [--library DIR] [--json]
      Lists the actor registry.
  dossier suggest [--library DIR] ARTICLE_ID [--json]
      Actors found and proposed in an article, and each quotation's likely speaker.
  dossier export [--library DIR] --briefing ID_OR_TITLE --format md|html|pdf --out FILE
                 [--page-size A4|Letter] [--force]
      Exports a briefing after checking every quote (--force exports despite problems).
  dossier --help

The library folder is --library DIR, else the ${LIBRARY_ENV} environment variable.
Exit codes: 0 done, 1 a file failed or the library could not be read, 2 usage error.
Quit the Dossier app before changing the same library from the command line.`;

export type CliCommand =
  | { kind: 'help' }
  /** `paths` as typed, so messages name files the way the user did. */
  | { kind: 'import'; library: string; paths: string[] }
  | { kind: 'list'; library: string; json: boolean; trash: boolean }
  | { kind: 'clips' | 'actors'; library: string; json: boolean }
  | { kind: 'suggest'; library: string; json: boolean; articleId: string }
  | {
      kind: 'export';
      library: string;
      briefing: string;
      format: 'md' | 'html' | 'pdf';
      out: string;
      pageSize: 'A4' | 'Letter';
      force: boolean;
    };

const COMMANDS = ['import', 'list', 'clips', 'actors', 'suggest', 'export'];

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
        briefing: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        'page-size': { type: 'string', default: 'A4' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help' || command === undefined) return { kind: 'help' };
  if (!COMMANDS.includes(command)) throw new UsageError(`Unknown command "${command}".`);

  const chosen = values.library?.trim() || env[LIBRARY_ENV]?.trim();
  if (!chosen) throw new UsageError(`No library folder: pass --library DIR or set ${LIBRARY_ENV}.`);
  const library = path.resolve(cwd, chosen);

  if (command === 'import') {
    if (values.json || values.trash) throw new UsageError('import takes no --json or --trash.');
    if (rest.length === 0) throw new UsageError('import needs at least one file or folder.');
    return { kind: 'import', library, paths: rest };
  }
  if (command === 'suggest') {
    if (rest.length !== 1) throw new UsageError('suggest needs one article id (see dossier list --json).');
    return { kind: 'suggest', library, json: values.json, articleId: rest[0] };
  }
  if (command === 'export') {
    const format = values.format;
    if (format !== 'md' && format !== 'html' && format !== 'pdf') throw new UsageError('export needs --format md, html or pdf.');
    if (!values.briefing) throw new UsageError('export needs --briefing ID_OR_TITLE.');
    if (!values.out) throw new UsageError('export needs --out FILE.');
    const pageSize = values['page-size'];
    if (pageSize !== 'A4' && pageSize !== 'Letter') throw new UsageError('--page-size is A4 or Letter.');
    return { kind: 'export', library, briefing: values.briefing, format, out: path.resolve(cwd, values.out), pageSize, force: values.force };
  }
  if (rest.length > 0) throw new UsageError(`${command} takes no files (got "${rest[0]}").`);
  if (command === 'clips' || command === 'actors') return { kind: command, library, json: values.json };
  return { kind: 'list', library, json: values.json, trash: values.trash };
}
