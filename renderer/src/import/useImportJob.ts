import { useCallback, useRef, useState } from 'react';
import type { ImportItem, ImportOutcome, ImportReport } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { readBatch, toBatches } from './batches';
import type { Picked } from './collectFiles';

export type ImportJob =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; report: ImportReport; skipped: string[] };

export interface ImportJobControl {
  job: ImportJob;
  importFiles(picked: Picked): Promise<ImportReport | null>;
  importText(text: string): Promise<ImportReport | null>;
  reset(): void;
}

function summarise(outcomes: ImportOutcome[]): ImportReport {
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return { outcomes, imported: count('imported'), duplicates: count('duplicate'), failed: count('failed') };
}

/** Runs one import at a time, in batches, and keeps the running totals for the progress bar. */
export function useImportJob(): ImportJobControl {
  const api = useApi();
  const [job, setJob] = useState<ImportJob>({ phase: 'idle' });
  const running = useRef(false);

  // One batch's call failing as a whole (e.g. refused as malformed) fails its files, not the job.
  const send = useCallback(
    async (items: ImportItem[]): Promise<ImportOutcome[]> => {
      if (items.length === 0) return [];
      try {
        return (await api.articles.import(items)).outcomes;
      } catch (error) {
        const message = errorMessage(error);
        return items.map((item) => ({ status: 'failed', name: item.name, code: 'io', message }));
      }
    },
    [api],
  );

  const importFiles = useCallback(
    async (picked: Picked) => {
      if (running.current) return null;
      running.current = true;
      const outcomes: ImportOutcome[] = picked.unreadable.map((name) => ({
        status: 'failed',
        name,
        code: 'io',
        message: `${name} could not be read from the disk.`,
      }));
      const total = picked.files.length;
      let done = 0;
      setJob({ phase: 'running', done, total });
      try {
        for (const batch of toBatches(picked.files)) {
          const { items, failed } = await readBatch(batch);
          outcomes.push(...failed, ...(await send(items)));
          done += batch.length;
          setJob({ phase: 'running', done, total });
        }
      } finally {
        running.current = false;
      }
      const report = summarise(outcomes);
      setJob({ phase: 'done', report, skipped: picked.skipped });
      return report;
    },
    [send],
  );

  const importText = useCallback(
    async (text: string) => {
      if (running.current) return null;
      running.current = true;
      setJob({ phase: 'running', done: 0, total: 1 });
      const outcomes = await send([{ name: 'pasted text', data: new TextEncoder().encode(text) }]);
      running.current = false;
      const report = summarise(outcomes);
      setJob({ phase: 'done', report, skipped: [] });
      return report;
    },
    [send],
  );

  const reset = useCallback(() => {
    if (!running.current) setJob({ phase: 'idle' });
  }, []);

  return { job, importFiles, importText, reset };
}
