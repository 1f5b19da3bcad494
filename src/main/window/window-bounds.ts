import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const savedWindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof savedWindowStateSchema>;

export const MIN_WINDOW_SIZE = { width: 800, height: 600 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

function overlapArea(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where to open the window: the saved bounds when they are still mostly on a connected display
 * (a monitor may have been unplugged since), shrunk to fit; otherwise centred on the primary one.
 */
export function restoreWindowBounds(
  saved: SavedWindowState | undefined,
  workAreas: readonly Rectangle[],
): { bounds: Partial<Rectangle> & { width: number; height: number }; maximized: boolean } {
  const primary = workAreas[0];
  if (saved && primary) {
    const best = [...workAreas].sort((a, b) => overlapArea(saved, b) - overlapArea(saved, a))[0]!;
    // Mostly visible: at least half of the window, or of the display when the window is larger.
    const visible = overlapArea(saved, best) >= 0.5 * Math.min(saved.width * saved.height, best.width * best.height);
    if (visible) {
      const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(saved.width, best.width));
      const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(saved.height, best.height));
      const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - width);
      const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - height);
      return { bounds: { x, y, width, height }, maximized: saved.maximized };
    }
  }
  const width = primary ? Math.min(DEFAULT_WINDOW_SIZE.width, primary.width) : DEFAULT_WINDOW_SIZE.width;
  const height = primary ? Math.min(DEFAULT_WINDOW_SIZE.height, primary.height) : DEFAULT_WINDOW_SIZE.height;
  return { bounds: { width, height }, maximized: saved?.maximized ?? false };
}
