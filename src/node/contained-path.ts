import { resolve, sep } from 'node:path';

/**
 * Maps a URL path onto a file inside `rootDir`, or returns null when it would escape it
 * (`..`, encoded separators, NUL bytes, malformed escapes). Used by the app:// protocol and the
 * local web server, so neither can be made to serve a file outside the built renderer.
 */
export function resolveContainedPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const root = resolve(rootDir);
  const full = resolve(root, relative);
  return full.startsWith(root + sep) ? full : null;
}
