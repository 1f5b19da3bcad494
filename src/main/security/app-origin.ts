/** The renderer is served from this origin by the app:// protocol handler. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'stride-atlas';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for URLs of our own renderer: the app:// origin, or in `npm run dev` only, the Vite dev
 * server's exact origin.
 */
export function isOwnOrigin(url: string, devServerOrigin?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return devServerOrigin !== undefined && parsed.origin === devServerOrigin;
}
