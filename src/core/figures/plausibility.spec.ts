import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../../../tests/support/bundled-knowledge-base';
import { exerciseFigureSchema, type ExerciseFigure } from '../kb/figure-schema';
import { checkFigure } from './plausibility';
import { renderExerciseFigure } from './render-svg';

const kb = await (async () => {
  return loadBundledKnowledgeBase();
})();

const standing: ExerciseFigure = exerciseFigureSchema.parse({
  id: 'test',
  view: 'side',
  working: ['leg'],
  targets: [{ area: 'quadriceps' }],
  props: [],
  poses: [
    { name: 'start', label: 'Standing', contact: ['work-foot', 'other-foot'] },
    { name: 'end', label: 'Knee up', workLeg: { hip: { flex: 90 }, knee: 90 }, contact: ['other-foot'] },
  ],
});

function withPose(index: number, change: object): ExerciseFigure {
  return { ...standing, poses: standing.poses.map((p, i) => (i === index ? { ...p, ...change } : p)) };
}

describe('every exercise in the knowledge base has a plausible figure that renders', () => {
  it('has one figure per exercise, and no figure without an exercise', () => {
    const figures = new Set(kb.figures.map((f) => f.id));
    expect(kb.exercises.map((e) => e.id).filter((id) => !figures.has(id))).toEqual([]);
    expect(kb.figures.map((f) => f.id).filter((id) => !kb.exercises.some((e) => e.id === id))).toEqual([]);
    expect(kb.figures.length).toBe(kb.exercises.length);
  });

  it.each(kb.exercises.map((e) => [e.id, e] as const))('%s', (id, exercise) => {
    const figure = kb.figures.find((f) => f.id === id)!;
    expect(checkFigure(figure, exercise)).toEqual([]);
    expect(figure.poses.length).toBeGreaterThanOrEqual(2);
    for (const pose of ['start', 'end'] as const) {
      for (const side of ['left', 'right'] as const) {
        const svg = renderExerciseFigure(figure, { pose, side, title: exercise.name });
        expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThan(15);
        expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });
});

describe('the plausibility check', () => {
  it('accepts a plain standing figure', () => {
    expect(checkFigure(standing)).toEqual([]);
  });

  it('rejects a joint bent beyond its human range', () => {
    const problems = checkFigure(withPose(1, { workLeg: { hip: { flex: 90 }, knee: 175 } }));
    expect(problems.map((p) => p.message)).toContain(
      'working leg knee flexion 175° is outside the human range -5..160°',
    );
    expect(problems[0]?.field).toBe('poses[1].workLeg.knee');
  });

  it('rejects a standing foot that is not on the floor', () => {
    const problems = checkFigure(withPose(0, { workLeg: { knee: 60 } }));
    expect(
      problems.some(
        (p) => p.pose === 'start' && /work-foot should rest on the floor but is \d+ cm above it/.test(p.message),
      ),
    ).toBe(true);
  });

  it('rejects a limb below the floor', () => {
    const problems = checkFigure(
      withPose(1, { workLeg: { hip: { flex: 0, abd: 0 } }, otherLeg: { knee: 90 }, contact: ['other-knee'] }),
    );
    expect(problems.some((p) => /below the floor/.test(p.message))).toBe(true);
  });

  it('rejects a standing body whose weight is far beyond its feet', () => {
    // Leaning forward stiff as a plank from the ankles, feet flat.
    const problems = checkFigure(withPose(0, { body: { tilt: 20 }, legs: { ankle: 20 } }));
    expect(problems.some((p) => /would fall/.test(p.message))).toBe(true);
  });

  it('rejects a planted foot that slides between poses', () => {
    const problems = checkFigure(withPose(1, { workLeg: { hip: { flex: 30 } }, contact: ['work-heel', 'other-foot'] }));
    expect(problems.some((p) => /slides/.test(p.message))).toBe(false);
    const sliding = checkFigure({
      ...standing,
      anchor: 'other-foot',
      poses: [standing.poses[0]!, { ...standing.poses[0]!, name: 'moved', shift: 0, workLeg: { hip: { abd: 25 } } }],
    });
    expect(sliding.some((p) => /work-foot/.test(p.message))).toBe(true);
  });

  it('checks that the figure shows its exercise: position and equipment', () => {
    const bridge = kb.exercises.find((e) => e.id === 'glute-bridge')!;
    const messages = checkFigure(standing, bridge).map((p) => p.message);
    expect(messages).toContain('the exercise uses "mat" but the figure does not draw it');
    expect(messages).toContain('the exercise starts lying on the back (chest facing up), but the first pose does not');
  });
});
