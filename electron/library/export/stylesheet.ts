/**
 * Finds the print stylesheet (resources/print/briefing.css) wherever the code runs:
 * from the checkout (tests, CLI through tsx), from out/main when built, and from the
 * packaged app's resources folder (where resources/* is shipped as extra resources).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const STYLESHEET = path.join('print', 'briefing.css');
let cached: string | null = null;

function candidates(): string[] {
  const found: string[] = [];
  if (process.env.DOSSIER_RESOURCES) found.push(path.join(process.env.DOSSIER_RESOURCES, STYLESHEET));
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up += 1) {
    found.push(path.join(dir, 'resources', STYLESHEET));
    dir = path.dirname(dir);
  }
  // Electron sets this in the main process; plain Node has no such field.
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) found.push(path.join(resourcesPath, STYLESHEET));
  return found;
}

/** The print stylesheet's text; read once. */
export function printStylesheet(): string {
  if (cached !== null) return cached;
  const file = candidates().find((candidate) => existsSync(candidate));
  if (!file) throw new Error('The briefing print stylesheet (resources/print/briefing.css) is missing; reinstall Dossier.');
  cached = readFileSync(file, 'utf8');
  return cached;
}
