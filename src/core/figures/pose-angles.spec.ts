import { describe, expect, it } from 'vitest';
import { interpolatePose, resolvePose } from './pose-angles';
import { figureTimeline } from './timeline';
import type { ExerciseFigure } from '../kb/figure-schema';

const a = resolvePose({
  name: 'a',
  label: 'A',
  legs: { knee: 10 },
  workLeg: { hip: { flex: 20 } },
  contact: ['work-foot', 'other-foot'],
});
const b = resolvePose({ name: 'b', label: 'B', legs: { knee: 90 }, contact: ['other-foot'], shift: 1 });

describe('pose angles', () => {
  it('fills every omitted angle and merges the shared legs into each side', () => {
    expect(a.angles.workLeg).toEqual({ hipFlex: 20, hipAbd: 0, hipRot: 0, knee: 10, ankle: 0 });
    expect(a.angles.otherLeg.hipFlex).toBe(0);
    expect(a.angles.otherLeg.knee).toBe(10);
  });

  it('interpolates angles and travel linearly, keeping only the contacts both poses share', () => {
    const mid = interpolatePose(a, b, 0.5);
    expect(mid.angles.workLeg.knee).toBe(50);
    expect(mid.angles.workLeg.hipFlex).toBe(10);
    expect(mid.shift).toBe(0.5);
    expect(mid.contact).toEqual(['other-foot']);
    expect(interpolatePose(a, b, 0).angles).toEqual(a.angles);
    expect(interpolatePose(a, b, 1.5).angles).toEqual(b.angles);
  });
});

describe('the animation timeline', () => {
  const figure = { poses: [{}, {}, {}], cycle: undefined } as unknown as ExerciseFigure;

  it('goes to the last pose and back, holding each pose briefly', () => {
    const timeline = figureTimeline(figure);
    expect(timeline.at(0)).toEqual({ from: 0, to: 1, t: 0, key: 0 });
    expect(timeline.at(timeline.keyTime(2))).toMatchObject({ from: 2, to: 1, t: 0, key: 2 });
    const moving = timeline.at(timeline.keyTime(1) - 0.6);
    expect(moving.t).toBeGreaterThan(0.2);
    expect(moving.t).toBeLessThan(0.8);
    expect(timeline.at(timeline.duration)).toEqual(timeline.at(0));
  });

  it('loops round the poses when asked', () => {
    const timeline = figureTimeline({ ...figure, cycle: 'loop' });
    expect(timeline.at(timeline.duration - 0.01)).toMatchObject({ from: 2, to: 0 });
  });
});
