/**
 * The Content Security Policy of the renderer. Served as a response header (app:// protocol in
 * Electron, the local web server) and as a <meta> tag in index.html. No remote source of any kind
 * and no 'unsafe-eval'; PDFs and previews are produced locally as blob: URLs.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'self'", 'blob:'],
  'media-src': ["'none'"],
  'manifest-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = serializeCsp(CONTENT_SECURITY_POLICY_DIRECTIVES);

/**
 * Vite's development server injects styles and talks to its HMR websocket; only `npm run dev`
 * uses this. Production builds and every test use CONTENT_SECURITY_POLICY.
 */
export const DEVELOPMENT_CONTENT_SECURITY_POLICY = serializeCsp({
  ...CONTENT_SECURITY_POLICY_DIRECTIVES,
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*', 'data:', 'blob:'],
});
