/**
 * `dossier import` and `dossier list`: the library's services from a terminal, without
 * the app. Same library code as the app, so a folder imported here opens there.
 */
import { stat } from 'node:fs/promises';
import { isDossierError, type ImportItem } from '../common/model';
import type { Library } from '../library';
import { parseCommandLine, USAGE, UsageError, type CliCommand } from './args';
import { findImportFiles, readImportFile, type FoundFile, type FoundFiles } from './files';
import { articleJson, articleTable, importSummary, outcomeLine } from './output';
import { exportFromCli, printActors, printClips, printSuggestions } from './records';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

// Import hands the library a batch at a time so a large folder never sits in memory at once.
const BATCH_FILES = 50;
const BATCH_BYTES = 32 * 1024 * 1024;

const reason = (error: unknown) =>
  isDossierError(error) ? error.message : error instanceof Error ? error.message : String(error);

async function importFiles(lib: Library, found: FoundFiles, io: CliIo): Promise<number> {
  const counts = { imported: 0, duplicates: 0, failed: 0 };
  for (const problem of found.problems) {
    io.err(`failed     ${problem.shown}: ${problem.message}`);
    counts.failed += 1;
  }
  for (const folder of found.emptyFolders) io.err(`note: ${folder} holds no .txt, .md or .html files`);

  let batch: { file: FoundFile; item: ImportItem }[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const report = await lib.importItems(batch.map((b) => b.item));
    report.outcomes.forEach((outcome, i) => {
      const line = outcomeLine(batch[i]?.file.shown ?? outcome.name, outcome);
      if (outcome.status === 'failed') io.err(line);
      else io.out(line);
    });
    counts.imported += report.imported;
    counts.duplicates += report.duplicates;
    counts.failed += report.failed;
    batch = [];
    batchBytes = 0;
  };

  for (const file of found.files) {
    const read = await readImportFile(file);
    if (!read.ok) {
      io.err(`failed     ${file.shown}: ${read.message}`);
      counts.failed += 1;
      continue;
    }
    batch.push({ file, item: read.item });
    batchBytes += read.item.data.byteLength;
    if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) await flush();
  }
  await flush();

  io.out(importSummary(counts));
  return counts.failed > 0 ? 1 : 0;
}

type ListCommand = Extract<CliCommand, { kind: 'list' }>;

function listArticles(lib: Library, command: ListCommand, io: CliIo): number {
  const articles = lib.listArticles({ sort: 'published', direction: 'desc', trash: command.trash });
  if (command.json) {
    for (const article of articles) io.out(articleJson(article));
    return 0;
  }
  const where = command.trash ? `the trash of ${lib.dir}` : lib.dir;
  if (articles.length === 0) io.out(`No articles in ${where}.`);
  else io.out(`${articleTable(articles)}\n\n${articles.length} article${articles.length === 1 ? '' : 's'} in ${where}.`);
  return 0;
}

/** Runs one command; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCommandLine(argv, io.env, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`dossier: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  // Listing a folder that does not exist would create an empty library there: say so instead.
  if (command.kind !== 'import' && !(await stat(command.library).catch(() => null))?.isDirectory()) {
    io.err(`dossier: there is no library at ${command.library}`);
    return 1;
  }

  let found: FoundFiles | null = null;
  if (command.kind === 'import') {
    found = await findImportFiles(command.paths, io.cwd);
    if (found.files.length === 0) {
      for (const problem of found.problems) io.err(`failed     ${problem.shown}: ${problem.message}`);
      io.err('dossier: nothing to import (no .txt, .md or .html files found).');
      return 1;
    }
  }

  let lib: Library;
  try {
    // Loaded only now: the library pulls in the HTML parser, which --help does not need.
    const { openLibrary } = await import('../library');
    lib = await openLibrary(command.library);
  } catch (error) {
    io.err(`dossier: cannot open the library at ${command.library}: ${reason(error)}`);
    return 1;
  }
  try {
    for (const warning of lib.warnings) io.err(`warning: ${warning.message}`);
    if (command.kind === 'list') return listArticles(lib, command, io);
    if (command.kind === 'clips') return await printClips(lib, command.json, io);
    if (command.kind === 'actors') return printActors(lib, command.json, io);
    if (command.kind === 'suggest') return await printSuggestions(lib, command.articleId, command.json, io);
    if (command.kind === 'export') return await exportFromCli(lib, command, io);
    return await importFiles(lib, found ?? { files: [], problems: [], emptyFolders: [] }, io);
  } catch (error) {
    io.err(`dossier: ${reason(error)}`);
    return 1;
  } finally {
    // Pending writes are flushed before the process exits.
    await lib.close();
  }
}
