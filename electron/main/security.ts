import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAllowedRequest } from './trust';

type Log = (message: string) => void;

/**
 * Locks down the session every window uses: no permission is ever granted (camera,
 * notifications, clipboard reads...), nothing remote is requested, and the app's pages
 * carry the Content-Security-Policy as a header as well as in their meta tag.
 */
export function secureSession(session: Session, allowedFolders: readonly string[], log: Log): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, allowedFolders);
    if (!allowed) log(`blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  // Chromium may not report headers for file: responses; the meta tag in
  // renderer/index.html is then the policy, and this header a second line where it applies.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/**
 * Guards any web contents the app creates (windows, and anything a page might try to
 * create): no navigation away from the app, no redirects, no new windows, no webviews.
 * Links open in the system browser only through the API's `shell.openExternal`, which
 * the UI calls when the user clicks a link.
 */
export function guardWebContents(contents: WebContents, log: Log): void {
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
    log(`denied navigation to ${event.url.slice(0, 200)}`);
  });
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    log(`denied a new window for ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
}
