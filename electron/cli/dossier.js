#!/usr/bin/env node
// The `dossier` command. The CLI is TypeScript sharing the library's code with the app,
// so this launcher registers tsx (a dependency) and runs it without a build step.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// Our own tsconfig, not whatever tsconfig sits in the folder the command runs from.
register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });

const { runCli } = await import('./main.ts');
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  env: process.env,
});
// Exit once the output has drained; nothing else should keep the process alive.
const drained = (stream) => new Promise((resolve) => stream.write('', resolve));
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit(code);
