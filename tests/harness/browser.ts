import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright';

/** Flags that keep Chromium quiet: no background traffic, no GPU needs on CI machines. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** The Chromium to drive: $DOSSIER_CHROMIUM, the system's, or Playwright's own download. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.DOSSIER_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`DOSSIER_CHROMIUM points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined; // Playwright finds its own
  throw new Error(
    'No Chromium found: install one (apt-get install chromium), run `npx playwright install chromium`, ' +
      'or set DOSSIER_CHROMIUM to a Chromium executable.',
  );
}

export function launchChromium(headless: boolean): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless, args: ARGS });
}
