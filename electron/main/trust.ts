/**
 * Pure rules that decide what the app's windows may load and who may call the API.
 * Kept free of Electron so unit tests check them directly.
 */

/**
 * The policy for the app's own pages, sent as a response header in addition to the
 * `<meta>` tag in renderer/index.html (keep the two equal: both apply, so the stricter
 * wins). No remote anything; images only from the app or data: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
].join('; ');

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/**
 * True when an IPC message comes from the app's own page: a file: URL naming the very
 * same document as `appUrl`. Query and fragment may differ (the UI may route with the
 * hash); anything else (another file, a remote page, a data: URL, about:blank) is refused.
 */
export function isTrustedSender(senderUrl: string, appUrl: string): boolean {
  const sender = parse(senderUrl);
  const app = parse(appUrl);
  if (!sender || !app || app.protocol !== 'file:') return false;
  if (sender.protocol !== 'file:' || sender.host !== app.host) return false;
  const senderPath = decodedPath(sender);
  return senderPath !== null && senderPath === decodedPath(app);
}

/** True for a link the system browser may open: http and https only. */
export function isWebLink(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}

// Schemes the page and DevTools use internally; none reaches the network.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:', 'chrome-extension:', 'chrome:']);

/**
 * Decides whether the app's session may make a request. Nothing remote is ever loaded
 * (an article's tracking pixel or web font must not phone home), and file: requests stay
 * inside the folders the app ships (`allowedFolders`, as file: URLs of directories).
 */
export function isAllowedRequest(url: string, allowedFolders: readonly string[]): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol !== 'file:') return false;
  const path = decodedPath(parsed);
  if (path === null) return false;
  return allowedFolders.some((folder) => {
    const root = parse(folder);
    if (!root || root.protocol !== 'file:' || root.host !== parsed.host) return false;
    const rootPath = decodedPath(root);
    if (rootPath === null) return false;
    const prefix = rootPath.endsWith('/') ? rootPath : `${rootPath}/`;
    return path.startsWith(prefix);
  });
}
