/**
 * The import pool's worker thread: parses the items it is sent, one at a time, and
 * answers with the ParseResult (plain data, so it crosses threads as is).
 */
import { parentPort } from 'node:worker_threads';
import type { ImportItem } from '../../common/model';
import { failures } from './errors';
import { parseImportItem } from './parse';

export interface ParseRequest {
  id: number;
  item: ImportItem;
}

parentPort?.on('message', ({ id, item }: ParseRequest) => {
  let result;
  try {
    result = parseImportItem(item);
  } catch (error) {
    result = failures.malformed(error instanceof Error ? error.message : String(error));
  }
  parentPort!.postMessage({ id, result });
});
