/** The drawn picture as data: shapes in paint order, shared by the SVG writer and the Svelte view. */
import type { Box } from './path-geometry';

export type ShapeRole = 'floor' | 'prop' | 'ghost' | 'halo' | 'body' | 'tint' | 'arrow';

export interface SceneShape {
  role: ShapeRole;
  d: string;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  /** Opacity of the fill only (water, the far side of a band). */
  fillOpacity?: number;
  /** Round caps and joins for stroked lines. */
  round?: boolean;
  box: Box;
}

/** Shapes that belong together and are painted in order of their distance from the viewer. */
export interface DepthItem {
  /** Larger is nearer the viewer. */
  z: number;
  /** Breaks ties between items at the same depth: larger is painted later. */
  order: number;
  shapes: SceneShape[];
}

export interface FigureScene {
  /** x, y, width, height in picture units (centimetres). */
  viewBox: [number, number, number, number];
  width: number;
  height: number;
  title: string;
  description: string;
  shapes: SceneShape[];
}
