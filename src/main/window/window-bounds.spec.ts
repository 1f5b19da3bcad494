import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, restoreWindowBounds } from './window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restoreWindowBounds', () => {
  it('reopens where the window was', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: false };
    expect(restoreWindowBounds(saved, [laptop])).toEqual({
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximized: false,
    });
  });
  it('keeps the maximised state', () => {
    expect(restoreWindowBounds({ x: 0, y: 0, width: 1000, height: 700, maximized: true }, [laptop]).maximized).toBe(
      true,
    );
  });
  it('falls back to a centred default when the saved display is gone', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreWindowBounds(saved, [laptop])).toEqual({ bounds: DEFAULT_WINDOW_SIZE, maximized: false });
    expect(restoreWindowBounds(saved, [laptop, external]).bounds).toMatchObject({ x: 2000, y: 100 });
  });
  it('shrinks a window larger than the display, but not below the minimum size', () => {
    const saved = { x: 0, y: 0, width: 3000, height: 2000, maximized: false };
    expect(restoreWindowBounds(saved, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
  });
  it('uses the default size on first start', () => {
    expect(restoreWindowBounds(undefined, [laptop])).toEqual({ bounds: DEFAULT_WINDOW_SIZE, maximized: false });
  });
});
