/**
 * Scales and moves a finished shape: for the second view, drawn smaller beside the main one. Reads
 * the absolute commands the figure paths use (M, L, Q, A, Z), like `flatten-path.ts`.
 */
import { fmt, type Box } from './path-geometry';
import type { SceneShape } from './scene-types';

const ARITY: Record<string, number> = { M: 2, L: 2, Q: 4, A: 7, Z: 0 };

/** Path data scaled by `k` about the origin, then moved by (dx, dy). */
export function transformPath(d: string, k: number, dx: number, dy: number): string {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let out = '';
  let i = 0;
  while (i < tokens.length) {
    const command = tokens[i++]!;
    const arity = ARITY[command];
    if (arity === undefined) throw new Error(`transformPath: unsupported path command "${command}"`);
    const n = tokens.slice(i, i + arity).map(Number);
    i += arity;
    const x = (v: number) => fmt(v * k + dx);
    const y = (v: number) => fmt(v * k + dy);
    switch (command) {
      case 'M':
      case 'L':
        out += `${command}${x(n[0]!)} ${y(n[1]!)}`;
        break;
      case 'Q':
        out += `Q${x(n[0]!)} ${y(n[1]!)} ${x(n[2]!)} ${y(n[3]!)}`;
        break;
      case 'A':
        out += `A${fmt(n[0]! * k)} ${fmt(n[1]! * k)} ${fmt(n[2]!)} ${n[3]} ${n[4]} ${x(n[5]!)} ${y(n[6]!)}`;
        break;
      default:
        out += 'Z';
    }
  }
  return out;
}

export const transformBox = (b: Box, k: number, dx: number, dy: number): Box => [
  b[0] * k + dx,
  b[1] * k + dy,
  b[2] * k + dx,
  b[3] * k + dy,
];

export function transformShape(s: SceneShape, k: number, dx: number, dy: number): SceneShape {
  return {
    ...s,
    d: transformPath(s.d, k, dx, dy),
    box: transformBox(s.box, k, dx, dy),
    ...(s.strokeWidth !== undefined ? { strokeWidth: s.strokeWidth * k } : {}),
  };
}
