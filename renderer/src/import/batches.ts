import { MAX_IMPORT_BYTES, type ImportItem, type ImportOutcome } from '../../../electron/common/model';
import type { PickedFile } from './collectFiles';

// Small enough that progress moves and memory stays flat, large enough to keep calls few.
const BATCH_FILES = 20;
const BATCH_BYTES = 8 * 1024 * 1024;

/** Splits files into batches by count and size; a large file gets a batch of its own. */
export function toBatches(files: PickedFile[]): PickedFile[][] {
  const batches: PickedFile[][] = [];
  let current: PickedFile[] = [];
  let bytes = 0;
  for (const picked of files) {
    const size = picked.file.size;
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + size > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(picked);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Reads one batch as bytes. Files over the import limit are refused here without
 * reading them, so a stray video never has to travel to the library.
 */
export async function readBatch(batch: PickedFile[]): Promise<{ items: ImportItem[]; failed: ImportOutcome[] }> {
  const items: ImportItem[] = [];
  const failed: ImportOutcome[] = [];
  await Promise.all(
    batch.map(async ({ name, file }, index) => {
      if (file.size > MAX_IMPORT_BYTES) {
        failed.push({
          status: 'failed',
          name,
          code: 'too-large',
          message: `${name} is ${megabytes(file.size)}; files over ${megabytes(MAX_IMPORT_BYTES)} are not imported.`,
        });
        return;
      }
      try {
        items[index] = { name, data: new Uint8Array(await file.arrayBuffer()) };
      } catch {
        failed.push({ status: 'failed', name, code: 'io', message: `${name} could not be read from the disk.` });
      }
    }),
  );
  return { items: items.filter(Boolean), failed };
}
