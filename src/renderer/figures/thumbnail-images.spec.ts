import { afterEach, describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { prepareThumbnails, thumbnailSvg, type ThumbnailOptions } from './thumbnail-images';
import { CARD_THUMBNAIL_SIZE } from './thumbnail-size';

const card: ThumbnailOptions = { side: 'right', theme: 'light', size: CARD_THUMBNAIL_SIZE, showEnd: true };
const [first, second] = knowledgeBase.figures;

afterEach(() => vi.unstubAllGlobals());

describe('thumbnail images', () => {
  it('draws a figure once per size, side and theme, and reuses the drawing', () => {
    const image = thumbnailSvg(first!, card);
    expect(thumbnailSvg(first!, { ...card })).toBe(image);
    for (const other of [
      thumbnailSvg(first!, { ...card, theme: 'dark' }),
      thumbnailSvg(first!, { ...card, side: 'left' }),
      thumbnailSvg(second!, card),
    ]) {
      expect(other.isEqualNode(image)).toBe(false);
    }
    const [height, width] = [Number(image.getAttribute('height')), Number(image.getAttribute('width'))];
    expect(height).toBe(CARD_THUMBNAIL_SIZE);
    expect(width / height).toBeCloseTo(4 / 3, 1);
    expect(image.getAttribute('aria-hidden')).toBe('true');
  });

  it('prepares every card thumbnail in idle time, only as long as the browser has time', () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => callbacks.push(cb));
    const figures = knowledgeBase.figures.slice(0, 12);
    const options = { ...card, theme: 'high-contrast' as const };
    prepareThumbnails(figures, options);
    expect(callbacks).toHaveLength(1);
    // No time left: nothing is drawn and the rest waits for the next idle period.
    callbacks.shift()!({ didTimeout: false, timeRemaining: () => 0 });
    expect(callbacks).toHaveLength(1);
    // Each idle period has room for two drawings: twelve figures take six periods.
    let periods = 0;
    while (callbacks.length > 0 && periods < 100) {
      let room = 2;
      periods++;
      callbacks.shift()!({ didTimeout: false, timeRemaining: () => (room-- > 0 ? 50 : 0) });
    }
    expect(periods).toBe(6);
    const prepared = figures.map((f) => thumbnailSvg(f, options));
    expect(new Set(prepared).size).toBe(figures.length);
  });
});
