import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../../../tests/support/bundled-knowledge-base';
import { flattenPath } from './flatten-path';
import { buildFigureScene } from './scene';

describe('flattenPath', () => {
  it('turns a circle written as two arcs into one closed outline on that circle', () => {
    const [outline, ...more] = flattenPath('M-5 0A5 5 0 1 0 5 0A5 5 0 1 0 -5 0Z');
    expect(more).toEqual([]);
    expect(outline!.closed).toBe(true);
    expect(outline!.points.length).toBeGreaterThanOrEqual(24);
    for (const p of outline!.points) expect(Math.hypot(p.x, p.y)).toBeCloseTo(5, 6);
    // Both halves: points above and below the centre.
    expect(outline!.points.some((p) => p.y > 4) && outline!.points.some((p) => p.y < -4)).toBe(true);
  });

  it('keeps straight segments, follows a quadratic curve and starts a new outline at each move', () => {
    const outlines = flattenPath('M0 0L10 0L10 10ZM20 0Q25 10 30 0');
    expect(outlines).toHaveLength(2);
    expect(outlines[0]).toEqual({
      points: [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ],
      closed: true,
    });
    const curve = outlines[1]!;
    expect(curve.closed).toBe(false);
    expect(curve.points[0]).toEqual({ x: 20, y: 0 });
    expect(curve.points.at(-1)).toEqual({ x: 30, y: 0 });
    expect(Math.max(...curve.points.map((p) => p.y))).toBeCloseTo(5, 6); // a quadratic peaks halfway to its control point
  });

  it('refuses commands the figure renderer never writes, rather than drawing them wrongly', () => {
    expect(() => flattenPath('M0 0C1 1 2 2 3 3')).toThrow(/unsupported path command "C"/);
    expect(() => flattenPath('M0 0l5 5')).toThrow(/unsupported path command "l"/);
    expect(() => flattenPath('M0 0L5')).toThrow(/needs 2 numbers/);
  });

  it('flattens every shape of every exercise figure, both poses and sides', async () => {
    const kb = await loadBundledKnowledgeBase();
    let shapes = 0;
    for (const figure of kb.figures) {
      for (const pose of ['start', 'end'] as const) {
        for (const side of ['left', 'right'] as const) {
          for (const shape of buildFigureScene(figure, { pose, side, palette: 'print' }).shapes) {
            const outlines = flattenPath(shape.d);
            expect(
              outlines.every((o) => o.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))),
              `${figure.id} ${shape.role}`,
            ).toBe(true);
            shapes++;
          }
        }
      }
    }
    expect(shapes).toBeGreaterThan(kb.figures.length * 4 * 20);
    // A sweep over the whole knowledge base: its own time limit, generous for two busy cores.
  }, 60_000);
});
