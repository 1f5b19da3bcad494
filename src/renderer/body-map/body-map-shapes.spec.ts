import { describe, expect, it } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { BODY_REGION_IDS, BODY_VIEWS, SIDES } from '../../core/kb/vocabulary';
import { BODY_MAP_VIEWS, MAP_WIDTH, type RegionShape } from './body-map-shapes';
import { nextInDirection, type Direction } from './spatial-navigation';

const shapesOf = (view: (typeof BODY_VIEWS)[number]) => BODY_MAP_VIEWS[view].regions;
const find = (view: (typeof BODY_VIEWS)[number], region: string, side: string) =>
  shapesOf(view).find((s) => s.region === region && s.side === side)!;

describe('body map shapes', () => {
  it('draw every region, left and right, on exactly the views data/body-regions.yaml names', () => {
    expect(knowledgeBase.regions.map((r) => r.id).sort()).toEqual([...BODY_REGION_IDS].sort());
    for (const view of BODY_VIEWS) {
      const drawn = shapesOf(view)
        .map((s) => `${s.side}:${s.region}`)
        .sort();
      const expected = knowledgeBase.regions
        .filter((r) => r.views.includes(view))
        .flatMap((r) => SIDES.map((side) => `${side}:${r.id}`))
        .sort();
      expect(drawn, view).toEqual(expected);
    }
  });

  it('place the patient’s right on the viewer’s left from the front, and on the right from behind', () => {
    const middle = MAP_WIDTH / 2;
    for (const region of ['lateral-hip', 'lateral-thigh', 'ankle']) {
      expect(find('front', region, 'right').anchor.x).toBeLessThan(middle);
      expect(find('front', region, 'left').anchor.x).toBeGreaterThan(middle);
      expect(find('back', region, 'right').anchor.x).toBeGreaterThan(middle);
      expect(find('back', region, 'left').anchor.x).toBeLessThan(middle);
    }
    expect(find('side', 'buttock', 'right').anchor.x).toBeLessThan(middle);
    expect(find('side', 'buttock', 'left').anchor.x).toBeGreaterThan(middle);
  });

  it('draw left and right as mirror images', () => {
    for (const view of ['front', 'back'] as const) {
      for (const shape of shapesOf(view).filter((s) => s.side === 'left')) {
        const twin = find(view, shape.region, 'right');
        expect(twin.anchor.x).toBeCloseTo(MAP_WIDTH - shape.anchor.x, 5);
        expect(twin.anchor.y).toBeCloseTo(shape.anchor.y, 5);
      }
    }
  });

  it('put the front of the body toward the front in the side view (hip crease ahead of the buttock)', () => {
    expect(find('side', 'anterior-hip', 'right').anchor.x).toBeGreaterThan(find('side', 'buttock', 'right').anchor.x);
    expect(find('side', 'anterior-hip', 'left').anchor.x).toBeLessThan(find('side', 'buttock', 'left').anchor.x);
  });
});

describe('arrow-key navigation over the shapes', () => {
  const DIRECTIONS: Direction[] = ['up', 'down', 'left', 'right'];

  it('reaches every region of a view from any region', () => {
    for (const view of BODY_VIEWS) {
      const shapes = shapesOf(view);
      for (const start of shapes) {
        const seen = new Set<RegionShape>([start]);
        const queue = [start];
        while (queue.length > 0) {
          const at = queue.shift()!;
          for (const direction of DIRECTIONS) {
            const next = nextInDirection(shapes, at, direction);
            if (next && !seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
        expect(seen.size, `${view} from ${start.side} ${start.region}`).toBe(shapes.length);
      }
    }
  });

  it('moves as the eye expects: down the leg, and across the hip toward the joint', () => {
    const step = (view: 'front' | 'back', from: RegionShape, direction: Direction) =>
      nextInDirection(shapesOf(view), from, direction);
    expect(step('front', find('front', 'anterior-thigh', 'left'), 'down')).toBe(find('front', 'anterior-knee', 'left'));
    expect(step('front', find('front', 'anterior-knee', 'left'), 'up')).toBe(find('front', 'anterior-thigh', 'left'));
    expect(step('front', find('front', 'lateral-hip', 'right'), 'right')).toBe(find('front', 'anterior-hip', 'right'));
    expect(step('back', find('back', 'lower-back', 'left'), 'down')?.region).toMatch(/si-joint|buttock/);
    expect(nextInDirection(shapesOf('front'), find('front', 'lateral-hip', 'right'), 'left')).toBeUndefined();
  });
});
