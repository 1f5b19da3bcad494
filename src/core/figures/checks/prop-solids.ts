/**
 * The props a body can bump into, as simple solids (boxes, a ball, a roller, the space behind a
 * wall face), with a signed distance: negative inside. Built from the same geometry the drawers
 * use (`props/prop-geometry.ts`), so a limb the check lets pass is a limb the picture shows clear.
 */
import type { ExerciseFigure, FigureProp } from '../../kb/figure-schema';
import type { Body3D } from '../forward-kinematics';
import { propFollowsBody } from '../props';
import { benchGeometry, floorBallGeometry, stepGeometry, wallGeometry, chairGeometry } from '../props/prop-geometry';
import { vec, type Vec3 } from '../vector';

export type Solid =
  | { shape: 'box'; min: Vec3; max: Vec3 }
  | { shape: 'ball'; centre: Vec3; radius: number }
  /** A cylinder lying across the view (a foam roller). */
  | { shape: 'roller'; centre: Vec3; radius: number; halfLength: number }
  /** Everything beyond a plane: the inside of a wall. `normal` points into the wall. */
  | { shape: 'beyond'; point: Vec3; normal: Vec3 };

export function signedDistance(solid: Solid, p: Vec3): number {
  switch (solid.shape) {
    case 'box': {
      const d = vec(
        Math.max(solid.min.x - p.x, p.x - solid.max.x),
        Math.max(solid.min.y - p.y, p.y - solid.max.y),
        Math.max(solid.min.z - p.z, p.z - solid.max.z),
      );
      const outside = Math.hypot(Math.max(d.x, 0), Math.max(d.y, 0), Math.max(d.z, 0));
      return outside > 0 ? outside : Math.max(d.x, d.y, d.z);
    }
    case 'ball':
      return Math.hypot(p.x - solid.centre.x, p.y - solid.centre.y, p.z - solid.centre.z) - solid.radius;
    case 'roller': {
      const radial = Math.hypot(p.x - solid.centre.x, p.y - solid.centre.y) - solid.radius;
      const along = Math.abs(p.z - solid.centre.z) - solid.halfLength;
      return radial > 0 && along > 0 ? Math.hypot(radial, along) : Math.max(radial, along);
    }
    case 'beyond': {
      const n = solid.normal;
      return -((p.x - solid.point.x) * n.x + (p.y - solid.point.y) * n.y + (p.z - solid.point.z) * n.z);
    }
  }
}

const box = (x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): Solid => ({
  shape: 'box',
  min: vec(Math.min(x0, x1), Math.min(y0, y1), Math.min(z0, z1)),
  max: vec(Math.max(x0, x1), Math.max(y0, y1), Math.max(z0, z1)),
});

/** The solids of one prop, placed against `body` (the body that places it). */
export function propSolids(prop: FigureProp, body: Body3D): Solid[] {
  switch (prop.kind) {
    case 'wall': {
      const g = wallGeometry(prop, body);
      return g.placement === 'beside'
        ? [{ shape: 'beyond', point: vec(g.face, 0, 0), normal: vec(g.side, 0, 0) }]
        : [{ shape: 'beyond', point: vec(0, 0, g.face), normal: vec(0, 0, -1) }];
    }
    case 'bench': {
      const g = benchGeometry(prop, body);
      const { x, z } = g.centre;
      const ends = [z + g.halfLength - g.legDepth, z - g.halfLength];
      return [
        box(x - g.halfWidth, g.height - g.topThickness, z - g.halfLength, x + g.halfWidth, g.height, z + g.halfLength),
        ...g.legs.flatMap(([x0, x1]) => ends.map((z0) => box(x0, 0, z0, x1, g.height - 0.05, z0 + g.legDepth))),
      ];
    }
    case 'step': {
      const g = stepGeometry(prop, body);
      return [box(g.centre.x - g.halfWidth, 0, g.centre.z - 0.2, g.centre.x + g.halfWidth, g.height, g.centre.z + 0.2)];
    }
    case 'chair': {
      const g = chairGeometry(prop, body);
      const [z0, z1] = [g.centre.z - 0.22, g.centre.z + 0.22];
      return [
        box(g.back, g.height - 0.045, z0, g.front, g.height, z1),
        box(g.back - g.facing * 0.015, g.height, z0, g.back + g.facing * 0.03, g.height + 0.46, z1),
      ];
    }
    case 'stability-ball': {
      const g = floorBallGeometry(prop, body);
      return [{ shape: 'ball', centre: g.centre, radius: g.radius }];
    }
    case 'foam-roller': {
      const g = floorBallGeometry(prop, body);
      return [{ shape: 'roller', centre: g.centre, radius: g.radius, halfLength: 0.45 }];
    }
    default:
      return [];
  }
}

/** The body that places a prop in key pose `index`: that pose's if it follows the body, else its own key pose's. */
export function propBody(figure: ExerciseFigure, prop: FigureProp, bodies: readonly Body3D[], index: number): Body3D {
  return propFollowsBody(prop.kind, prop.follow) ? bodies[index]! : bodies[prop.pose ?? 0]!;
}
