import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exerciseFigureSchema, type ExerciseFigure } from '../../kb/figure-schema';
import { checkFigure } from '../plausibility';

/**
 * The figures as they were when issue 23 was filed (copied from main before the fix): each new
 * check must find the fault a physio saw in them. The corrected figures pass every check (see
 * plausibility.spec.ts, which checks the whole knowledge base).
 */
const before = (id: string): ExerciseFigure =>
  exerciseFigureSchema.parse(
    parse(readFileSync(join(import.meta.dirname, '__fixtures__', 'before-issue-23', `${id}.yaml`), 'utf8')),
  );
const messages = (figure: ExerciseFigure): string[] => checkFigure(figure).map((p) => `${p.pose ?? ''}: ${p.message}`);

const standing = (change: object = {}): ExerciseFigure =>
  exerciseFigureSchema.parse({
    id: 'test',
    view: 'side',
    working: ['leg'],
    targets: [{ area: 'quadriceps' }],
    props: [],
    poses: [
      { name: 'start', label: 'Standing', contact: ['work-foot', 'other-foot'] },
      { name: 'end', label: 'Knee up', workLeg: { hip: { flex: 90 }, knee: 90 }, contact: ['other-foot'] },
    ],
    ...change,
  });

describe('hands that should hold or touch something are within reach of it', () => {
  it('fails the back squat whose hands reach forward instead of holding the bar on the back', () => {
    const found = messages(before('back-squat'));
    expect(found).toContain('start: work-hand should hold the barbell but is 33 cm from it');
    expect(found).toContain('down: other-hand should hold the barbell but is 33 cm from it');
  });

  it('fails the wall calf stretch whose hands stop short of the wall', () => {
    expect(messages(before('calf-stretch-wall'))).toContain(
      'start: work-hand should rest on the wall but is 32 cm from it',
    );
  });

  it('fails a forearm that sticks up from an elbow resting on the floor (foam roller)', () => {
    expect(messages(before('foam-roller-thigh-release'))).toContain(
      'roll: resting on the work-elbow, its forearm should lie on the floor, but work-hand is 21 cm up',
    );
  });

  it('measures what a pose declares it touches, hand to body or hand to prop', () => {
    const wish = { touch: [{ point: 'work-hand', to: 'work-ankle' }] };
    const far = standing({
      poses: [
        { name: 'start', label: 'Standing', contact: ['work-foot', 'other-foot'], ...wish },
        { name: 'end', label: 'Standing', contact: ['work-foot', 'other-foot'], workLeg: { knee: 5 }, ...wish },
      ],
    });
    expect(messages(far).some((m) => /work-hand should touch the work-ankle but is \d+ cm from it/.test(m))).toBe(true);
    const wall = exerciseFigureSchema.safeParse({
      ...standing(),
      poses: [{ ...standing().poses[0], touch: [{ point: 'hands', on: 'wall' }] }, standing().poses[1]],
    });
    expect(wall.success ? [] : wall.error.issues.map((i) => i.message)).toContain('no "wall" in props');
  });
});

describe('no limb passes through a prop', () => {
  it('fails an arm standing inside the wall it is pressed against', () => {
    expect(messages(before('standing-isometric-hip-abduction'))).toContain(
      'start: the working forearm passes 12 cm into the wall',
    );
  });

  it('fails the Copenhagen plank whose top thigh sinks into the bench', () => {
    expect(messages(before('copenhagen-adductor-plank'))).toContain(
      'start: the working thigh passes 3 cm into the bench',
    );
  });

  it('fails barbell plates sunk into the floor', () => {
    const sunk = standing({ props: [{ kind: 'barbell', at: 'work-ankle' }] });
    expect(messages(sunk)).toContain("start: the barbell's plates sink 13 cm into the floor");
    expect(messages(standing({ props: [{ kind: 'barbell', at: 'work-knee' }] })).join()).not.toMatch(/plates sink/);
  });
});

describe("a plank's supporting arm stands under its shoulder", () => {
  it('fails the side plank whose supporting arm is splayed out to the side', () => {
    const found = messages(before('side-plank'));
    expect(found).toContain('start: the supporting work-elbow should be under the shoulder but is 20 cm away from it');
    expect(found).toContain('lift: the supporting work-elbow should be under the shoulder but is 17 cm away from it');
  });

  it('fails the Copenhagen plank with the same splayed arm', () => {
    expect(messages(before('copenhagen-adductor-plank'))).toContain(
      'lift: the supporting other-elbow should be under the shoulder but is 16 cm away from it',
    );
  });
});

describe('a standing quadriceps stretch keeps the bent knee beside the standing knee', () => {
  const quad = before('quadriceps-stretch');
  const withThigh = (flex: number): ExerciseFigure => ({
    ...quad,
    poses: quad.poses.map((p, i) => (i === 1 ? { ...p, workLeg: { ...p.workLeg, hip: { flex } } } : p)),
  });

  it('fails a bent knee drawn in front of the standing knee', () => {
    expect(messages(withThigh(20)).some((m) => /the bent knee is \d+ cm in front of the standing knee/.test(m))).toBe(
      true,
    );
  });

  it("passes the figure's own thigh, which hangs 8° behind the standing one (its knee 6 cm behind)", () => {
    expect(messages(quad).filter((m) => /bent knee/.test(m))).toEqual([]);
  });

  it('asks for a hand on the ankle of the bent leg', () => {
    const letGo: ExerciseFigure = {
      ...quad,
      poses: quad.poses.map((p, i) => (i === 1 ? { ...p, workArm: { shoulder: { flex: 0 }, elbow: 0 } } : p)),
    };
    expect(messages(letGo).some((m) => /a hand should hold the ankle of the bent leg/.test(m))).toBe(true);
  });
});

describe('the picture shows the movement', () => {
  it('fails start and end poses that look the same without a cue (pelvic floor)', () => {
    expect(messages(before('pelvic-floor-contractions'))).toContain(
      'squeeze: "relax" and "squeeze" look the same: show what changes (a cue with squeeze, a press arrow) or change the pose',
    );
  });

  it('accepts the same body when a cue shows the squeeze change, or a press arrow shows the push', () => {
    const same = (extra: { cue?: string; arrow?: object }, squeeze: [number, number] = [0, 0]) =>
      standing({
        ...extra,
        poses: [
          {
            name: 'start',
            label: 'Standing',
            contact: ['work-foot', 'other-foot'],
            ...(extra.cue ? { squeeze: squeeze[0] } : {}),
          },
          {
            name: 'end',
            label: 'Standing',
            contact: ['work-foot', 'other-foot'],
            ...(extra.cue ? { squeeze: squeeze[1] } : {}),
          },
        ],
      });
    expect(messages(same({})).some((m) => /look the same/.test(m))).toBe(true);
    expect(messages(same({ cue: 'pelvic-floor' }, [0, 1])).some((m) => /look the same/.test(m))).toBe(false);
    expect(messages(same({ cue: 'pelvic-floor' }, [0, 0])).some((m) => /look the same/.test(m))).toBe(true);
    expect(messages(same({ arrow: { point: 'work-knee', press: [1, 0] } })).some((m) => /look the same/.test(m))).toBe(
      false,
    );
  });

  it('fails a movement along the line of sight (the bridge knee turning out, seen from the side)', () => {
    expect(
      messages(before('single-leg-bridge-with-hip-rotation')).some((m) =>
        /from "up" to "turn" the other-knee moves 30 cm, but the picture shows only 17%/.test(m),
      ),
    ).toBe(true);
  });

  it('lets a second view show what the main view cannot', () => {
    const side = before('single-leg-bridge-with-hip-rotation');
    const withFront: ExerciseFigure = { ...side, secondView: { view: 'front', elevation: 45 } };
    expect(messages(withFront).some((m) => /line of sight/.test(m))).toBe(false);
  });

  it('fails the clamshell whose opening knee points at the viewer, so the top leg looks straight', () => {
    expect(messages(before('clamshell'))).toContain(
      'open: the work-knee is bent 90° but looks straight from this camera (drawn 9°)',
    );
  });
});

describe('a planted foot does not slide, along the line of sight either', () => {
  it('fails the lateral step-up whose foot on the step moves 28 cm towards the viewer', () => {
    expect(messages(before('lateral-step-up'))).toContain(
      'up: work-foot stays on the ground from "start" but slides 28 cm; lift it in between or keep it still',
    );
  });
});
