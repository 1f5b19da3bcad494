import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import { contentTypeFor } from '../../node/content-types';
import { resolveContainedPath } from '../../node/contained-path';
import { APP_HOST, APP_SCHEME } from '../security/app-origin';

/** Must run before `app.ready`: makes app:// a secure, standard origin (fetch, workers, storage). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** The response for one app:// request: a file from the built renderer, or 404. */
export async function respondToAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  const path = url.host === APP_HOST ? resolveContainedPath(rendererDir, url.pathname) : null;
  if (!path) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(path);
    return new Response(body, {
      headers: {
        'content-type': contentTypeFor(path),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cross-origin-opener-policy': 'same-origin',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

export function serveRendererOverAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rendererDir, request.url));
}
