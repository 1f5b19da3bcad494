import type { Session, WebContents } from 'electron';
import { isOwnOrigin } from './app-origin';

/**
 * Applied to every WebContents the app creates: no navigation away from our origin, no new
 * windows, no <webview>. The knowledge base has no external links, so nothing is ever opened in a
 * browser either.
 */
export function hardenWebContents(contents: WebContents, devServerOrigin?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnOrigin(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnOrigin(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, microphone, geolocation, notifications or anything else: deny every request. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * A last line of defence behind the CSP: the session refuses every request that is not for our
 * own renderer (or, in development, the dev server). No network, ever.
 */
export function blockForeignRequests(session: Session, devServerOrigin?: string): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isOwnOrigin(details.url, devServerOrigin) ||
      details.url.startsWith('blob:') ||
      details.url.startsWith('data:') ||
      details.url.startsWith('devtools:') ||
      (devServerOrigin !== undefined && details.url.startsWith(devServerOrigin.replace(/^http/, 'ws')));
    callback({ cancel: !allowed });
  });
}
