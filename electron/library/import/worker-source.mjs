// Starts the import worker from TypeScript source (tests, the CLI and the benchmark run
// from source under tsx or Vitest, and worker threads do not inherit their TypeScript
// loader). The app's bundle uses its compiled import-worker.js instead.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// Our own tsconfig, not whatever tsconfig sits in the folder the process runs from.
register({ tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)) });
await import('./worker.ts');
