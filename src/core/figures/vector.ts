/** Small 3D vector and rotation helpers for the pose model. Metres and degrees throughout. */

export interface Vec3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** A rotation as its three column vectors: where the local x, y and z axes point. */
export interface Mat3 {
  readonly x: Vec3;
  readonly y: Vec3;
  readonly z: Vec3;
}

export const vec = (x: number, y: number, z: number): Vec3 => ({ x, y, z });
export const ZERO: Vec3 = vec(0, 0, 0);
export const add = (a: Vec3, b: Vec3): Vec3 => vec(a.x + b.x, a.y + b.y, a.z + b.z);
export const sub = (a: Vec3, b: Vec3): Vec3 => vec(a.x - b.x, a.y - b.y, a.z - b.z);
export const scale = (a: Vec3, k: number): Vec3 => vec(a.x * k, a.y * k, a.z * k);
export const dot = (a: Vec3, b: Vec3): number => a.x * b.x + a.y * b.y + a.z * b.z;
export const length = (a: Vec3): number => Math.hypot(a.x, a.y, a.z);
export const lerpVec = (a: Vec3, b: Vec3, t: number): Vec3 =>
  vec(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t);
export const midpoint = (a: Vec3, b: Vec3): Vec3 => lerpVec(a, b, 0.5);
export function normalize(a: Vec3): Vec3 {
  const l = length(a);
  return l < 1e-9 ? ZERO : scale(a, 1 / l);
}

export const IDENTITY: Mat3 = { x: vec(1, 0, 0), y: vec(0, 1, 0), z: vec(0, 0, 1) };

/** The rotation applied to a vector given in the rotation's local frame. */
export const apply = (m: Mat3, v: Vec3): Vec3 => add(add(scale(m.x, v.x), scale(m.y, v.y)), scale(m.z, v.z));

/** m · n: first n, then m (n's axes expressed through m). */
export const compose = (m: Mat3, n: Mat3): Mat3 => ({ x: apply(m, n.x), y: apply(m, n.y), z: apply(m, n.z) });

const rad = (deg: number): number => (deg * Math.PI) / 180;

export function rotX(deg: number): Mat3 {
  const c = Math.cos(rad(deg));
  const s = Math.sin(rad(deg));
  return { x: vec(1, 0, 0), y: vec(0, c, s), z: vec(0, -s, c) };
}

export function rotY(deg: number): Mat3 {
  const c = Math.cos(rad(deg));
  const s = Math.sin(rad(deg));
  return { x: vec(c, 0, -s), y: vec(0, 1, 0), z: vec(s, 0, c) };
}

export function rotZ(deg: number): Mat3 {
  const c = Math.cos(rad(deg));
  const s = Math.sin(rad(deg));
  return { x: vec(c, s, 0), y: vec(-s, c, 0), z: vec(0, 0, 1) };
}
