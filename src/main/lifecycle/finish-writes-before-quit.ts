import type { App } from 'electron';
import type { PendingWrites } from './pending-writes';

/** How long quitting waits for unfinished writes before it goes ahead anyway. */
export const QUIT_WAIT_LIMIT_MS = 10_000;

/**
 * Holds the app's exit until the writes in flight (settings, layout, documents, the window's size
 * and position, a PDF) are on disk: `will-quit` comes after the last window has closed, which is
 * when the window's own state is written. If the writes take longer than `limitMs` the app quits
 * anyway; each write is atomic, so the file then keeps its previous content.
 */
export function finishWritesBeforeQuit(
  app: Pick<App, 'on' | 'quit'>,
  writes: PendingWrites,
  limitMs: number = QUIT_WAIT_LIMIT_MS,
): void {
  let gaveUp = false;
  app.on('will-quit', (event) => {
    if (writes.count === 0 || gaveUp) return;
    event.preventDefault();
    void writes.settled(limitMs).then((outcome) => {
      gaveUp = outcome === 'timed out';
      app.quit();
    });
  });
}
