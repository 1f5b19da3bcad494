import { describe, expect, it } from 'vitest';
import { figureColumn, svgAspect } from './figure-frame';

const svg = (attrs: string) => `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}><path d="M0 0L1 1"/></svg>`;

describe('figure frames', () => {
  it('reads an SVG’s shape from width/height, else its viewBox', () => {
    expect(svgAspect(svg('width="420" height="240" viewBox="0 0 10 10"'))).toBeCloseTo(1.75);
    expect(svgAspect(svg('viewBox="-52.1 -100.1 184.8 105.6"'))).toBeCloseTo(1.75, 2);
    expect(svgAspect(svg(''))).toBeUndefined();
  });

  it('puts upright figures side by side and wide ones stacked in a wider column', () => {
    const upright = figureColumn({ start: svg('width="100" height="120"'), end: svg('width="100" height="120"') });
    const wide = figureColumn({ start: svg('width="420" height="240"'), end: svg('width="420" height="240"') });
    expect(JSON.stringify(upright.content)).toContain('"columns"');
    expect(JSON.stringify(wide.content)).not.toContain('"columns"');
    expect(wide.width).toBeLessThan(upright.width);
    const placeholder = figureColumn(undefined);
    expect(placeholder.width).toBe(upright.width);
    expect(JSON.stringify(placeholder.content)).toContain('"dash"');
  });
});
