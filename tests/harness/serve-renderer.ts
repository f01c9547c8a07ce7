import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/trust';

/** A made-up origin: requests to it are answered from disk by the route below, never sent. */
export const APP_ORIGIN = 'http://dossier.localhost';
export const APP_URL = `${APP_ORIGIN}/index.html`;

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** The file under RENDERER_DIR a path names, or null for anything outside it. */
function fileFor(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return null;
  }
  const file = path.join(RENDERER_DIR, path.normalize(decoded));
  return file.startsWith(RENDERER_DIR + path.sep) ? file : null;
}

export function assertRendererBuilt(): void {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR} is missing): run \`npm run build:renderer\`.`);
  }
}

/**
 * Serves the built renderer on APP_ORIGIN and aborts every other request, keeping the
 * URLs so a test can assert that reading an article never touched the network.
 */
export async function serveRenderer(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    }
    const file = fileFor(url.pathname);
    if (!file || !existsSync(file)) {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
    return route.fulfill({
      status: 200,
      body: await readFile(file),
      headers: {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        // The same policy the app's session sends, on top of the <meta> tag.
        'content-security-policy': CONTENT_SECURITY_POLICY,
      },
    });
  });
}
