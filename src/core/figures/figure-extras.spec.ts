import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../../../tests/support/bundled-knowledge-base';
import { exerciseFigureSchema } from '../kb/figure-schema';
import { FIGURE_PALETTES } from './palettes';
import { transformPath } from './path-transform';
import { buildFigureScene } from './scene';

const kb = await loadBundledKnowledgeBase();
const figure = (id: string) => kb.figures.find((f) => f.id === id)!;
const light = FIGURE_PALETTES.light;

describe('a second view beside the main picture', () => {
  const rotation = figure('single-leg-bridge-with-hip-rotation');
  const { secondView: _second, ...mainOnly } = rotation;

  it('draws the same pose again, smaller, to the right of a divider, in a wider frame', () => {
    const both = buildFigureScene(rotation, { pose: 'end' });
    const alone = buildFigureScene(mainOnly, { pose: 'end' });
    expect(both.viewBox[2]).toBeGreaterThan(alone.viewBox[2] * 1.2);
    const bodies = (s: typeof both) => s.shapes.filter((x) => x.role === 'body').length;
    // Every body part again (a head seen from the feet may lose its hair cap).
    expect(bodies(both)).toBeGreaterThanOrEqual(2 * bodies(alone) - 2);
    const divider = both.shapes.find((s) => s.role === 'floor' && s.strokeWidth === 0.5);
    expect(divider).toBeDefined();
    const mainRight = Math.max(...alone.shapes.filter((s) => s.role === 'body').map((s) => s.box[2]));
    expect(divider!.box[0]).toBeGreaterThan(mainRight);
  });

  it('shows its own arrow: the knee turning out, seen from the feet', () => {
    const start = buildFigureScene(rotation, { pose: 'start' });
    const arrows = start.shapes.filter((s) => s.role === 'arrow');
    const divider = start.shapes.find((s) => s.role === 'floor' && s.strokeWidth === 0.5)!;
    expect(arrows.some((a) => a.box[0] > divider.box[0])).toBe(true);
    expect(arrows.some((a) => a.box[2] < divider.box[0])).toBe(true);
  });

  it('mirrors with the picture for the left side and says so to a screen reader', () => {
    const left = buildFigureScene(rotation, { side: 'left' });
    const right = buildFigureScene(rotation, { side: 'right' });
    expect(left.viewBox[2]).toBeCloseTo(right.viewBox[2], 0);
    expect(right.description).toContain('A smaller view from the front is beside it.');
  });
});

describe('the pelvic floor cue', () => {
  const pelvicFloor = figure('pelvic-floor-contractions');

  it('shows a change between two poses whose bodies are the same: the sling lifts, with an arrow', () => {
    const relax = buildFigureScene(pelvicFloor, { pose: 'start', arrow: false });
    const squeeze = buildFigureScene(pelvicFloor, { pose: 'end', arrow: false });
    const body = (s: typeof relax) => s.shapes.filter((x) => x.role === 'body').map((x) => x.d);
    expect(body(squeeze)).toEqual(body(relax));
    const sling = (s: typeof relax) => s.shapes.find((x) => x.role === 'prop' && x.stroke === light.accent)!;
    expect(sling(squeeze).d).not.toBe(sling(relax).d);
    expect(relax.shapes.some((s) => s.role === 'arrow')).toBe(false);
    expect(squeeze.shapes.some((s) => s.role === 'arrow')).toBe(true);
    expect(squeeze.description).toContain('A close-up shows the pelvic floor lifted.');
  });
});

describe('the pace timeline under a walk-and-run figure', () => {
  const segments = (id: string, pose: 'start' | 'end') =>
    buildFigureScene(figure(id), { pose }).shapes.filter((s) => s.role === 'prop' && s.box[1] > 0);

  it('draws one block per stretch and highlights the stretches of the pose on show', () => {
    const start = segments('walk-run-intervals', 'start');
    expect(start).toHaveLength(21);
    const lit = (shapes: typeof start) => shapes.filter((s) => s.fill === light.accent).length;
    expect(lit(start)).toBe(10);
    expect(lit(segments('walk-run-intervals', 'end'))).toBe(11);
  });

  it('tells the two walk-and-run figures apart: one switch against runs and walks taking turns', () => {
    expect(segments('walk-jog-warm-up', 'start')).toHaveLength(2);
    const tall = (s: { box: [number, number, number, number] }) => s.box[3] - s.box[1];
    const [walk, jog] = segments('walk-jog-warm-up', 'end');
    expect(tall(jog!)).toBeGreaterThan(tall(walk!) * 2);
    expect(buildFigureScene(figure('walk-run-intervals'), { pose: 'start' }).description).toContain(
      '5 minutes walking, then 1 minute running and 1 minute walking, 10 times; this is the running part.',
    );
  });

  it('is checked: every pose it names exists, and it has two paces', () => {
    const base = figure('walk-jog-warm-up');
    const typo = exerciseFigureSchema.safeParse({
      ...base,
      timeline: [
        { poses: ['walk-a', 'jogg-a'], minutes: 3, pace: 'walk' },
        { poses: ['jog-b'], minutes: 5, pace: 'run' },
      ],
    });
    expect(typo.success ? [] : typo.error.issues.map((i) => i.message)).toContain('there is no pose "jogg-a"');
    const onePace = exerciseFigureSchema.safeParse({
      ...base,
      timeline: [
        { poses: ['walk-a'], minutes: 3, pace: 'walk' },
        { poses: ['jog-b'], minutes: 5, pace: 'walk' },
      ],
    });
    expect(onePace.success).toBe(false);
  });
});

describe('transformPath', () => {
  it('scales points and arc radii about the origin and moves them, keeping the arc flags', () => {
    expect(transformPath('M1 2L3 4Q5 6 7 8A2 3 0 1 0 9 10Z', 2, 10, -1)).toBe(
      'M12 3L16 7Q20 11 24 15A4 6 0 1 0 28 19Z',
    );
  });

  it('rejects a path command it cannot scale, so a new kind of shape fails here rather than drawing wrongly', () => {
    expect(() => transformPath('M0 0C1 1 2 2 3 3', 1, 0, 0)).toThrow(/unsupported path command "C"/);
  });
});
