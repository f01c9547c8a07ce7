import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportItem } from '../../common/model';
import { failures } from './errors';
import { parseImportItem } from './parse';
import type { ParseResult } from './types';
import type { ParseRequest } from './worker';

/**
 * Parses import items on worker threads. Readability over jsdom costs ~0.1 s of CPU per
 * real page, so a batch (a folder of saved pages) spreads over the cores; a page that
 * exhausts a worker's memory fails alone instead of taking the app down.
 *
 * The worker script is `worker-source.mjs` beside this file when running from source
 * (it loads worker.ts through tsx), or `import-worker.js` beside the bundle that contains
 * this code. Without either, items are parsed on the calling thread.
 */
export interface ImportPool {
  parse(item: ImportItem): Promise<ParseResult>;
  /** Stops the workers; items still queued are answered in-process. */
  close(): Promise<void>;
}

export interface ImportPoolOptions {
  /** Worker threads to use; defaults to the cores available, at most 4. */
  size?: number;
  /** The worker script, when it lives somewhere else than the defaults above. */
  workerUrl?: URL;
  /** Memory cap per worker; a page needing more fails with a clear message. */
  maxMemoryMb?: number;
}

interface Job {
  id: number;
  item: ImportItem;
  resolve: (result: ParseResult) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

function defaultWorker(): URL | null {
  const here = import.meta.url as string | undefined; // undefined if bundled to CommonJS
  if (!here) return null;
  if (here.endsWith('.ts')) return new URL('./worker-source.mjs', here);
  const url = new URL('./import-worker.js', here);
  return existsSync(fileURLToPath(url)) ? url : null;
}

export function createImportPool(options: ImportPoolOptions = {}): ImportPool {
  const size = Math.max(1, options.size ?? Math.min(4, os.availableParallelism()));
  const script = options.workerUrl ?? defaultWorker();
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 0;
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(script!, {
      execArgv: [],
      // jsdom makes masses of short-lived objects: a roomier young generation means less GC.
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? 1024, maxYoungGenerationSizeMb: 96 },
    });
    const slot: Slot = { worker, job: null };
    worker.on('message', ({ id, result }: { id: number; result: ParseResult }) => {
      const job = slot.job;
      if (!job || job.id !== id) return;
      slot.job = null;
      job.resolve(result);
      dispatch();
    });
    const lost = (reason: string) => {
      slots.splice(slots.indexOf(slot), 1);
      const job = slot.job;
      slot.job = null;
      job?.resolve(failures.malformed(reason));
      dispatch();
    };
    worker.on('error', (error) => lost(/memory/i.test(error.message) ? 'it needs more memory than Dossier allows one file' : error.message));
    worker.on('exit', (code) => {
      if (slots.includes(slot)) lost(`the importer stopped with code ${code}`);
    });
    slots.push(slot);
    return slot;
  }

  function dispatch(): void {
    while (queue.length) {
      let slot = slots.find((s) => !s.job);
      if (!slot && slots.length < size && !closed) slot = spawn();
      if (!slot) break;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, item: job.item } satisfies ParseRequest);
    }
    // Idle workers must not keep a CLI run alive.
    for (const slot of slots) if (!slot.job) slot.worker.unref();
  }

  return {
    parse(item) {
      if (!script || closed) return Promise.resolve(parseImportItem(item));
      return new Promise((resolve) => {
        queue.push({ id: nextId++, item, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      const stopping = slots.splice(0).map((slot) => {
        if (slot.job) queue.unshift(slot.job);
        return slot.worker.terminate();
      });
      for (const job of queue.splice(0)) job.resolve(parseImportItem(job.item));
      await Promise.all(stopping);
    },
  };
}
