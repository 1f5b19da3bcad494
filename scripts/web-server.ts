import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../src/shared/content-security-policy';
import { contentTypeFor } from '../src/node/content-types';
import { resolveContainedPath } from '../src/node/contained-path';

/** Build outputs whose names carry a hash of their content (`assets/start-up-ndVEwtNI.js`). */
const CONTENT_HASHED = /^\/assets\/[^/]+-[\w-]{8,}\.\w+$/;

/** Content-hashed files never change under their name, so a browser may keep them; index.html is asked for every time. */
export function cacheControlFor(pathname: string): string {
  return CONTENT_HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built web renderer on loopback only, with the same CSP header the desktop app's
 * app:// protocol sends. Only GET and HEAD; nothing outside the build folder.
 */
export function createWebServer(rootDir: string): Server {
  // The handler answers every error itself, so nothing waits on its promise.
  return createServer((req, res) => void serve(rootDir, req, res));
}

async function serve(rootDir: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = resolveContainedPath(rootDir, url.pathname);
  try {
    if (!path) throw new Error('outside root');
    const body = await readFile(path);
    res.writeHead(200, {
      'content-type': contentTypeFor(path),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': cacheControlFor(url.pathname),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}
