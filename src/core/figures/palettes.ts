/**
 * Colours of the figure for each theme of the app and for print. The working limbs are the
 * strongest tone, the other side's lighter (further from the viewer = closer to the background),
 * and the target muscles take the accent. Props are a muted neutral so the body reads first.
 */
export const FIGURE_PALETTE_NAMES = ['light', 'dark', 'high-contrast', 'print'] as const;
export type FigurePaletteName = (typeof FIGURE_PALETTE_NAMES)[number];

export interface LimbTones {
  /** A working limb on the near side (or a working limb in a front or back view). */
  workNear: string;
  workFar: string;
  /** A limb that is not working. */
  restNear: string;
  restFar: string;
}

export interface FigurePalette {
  /** The page behind the figure; a thin halo in this colour separates overlapping parts. */
  background: string;
  skin: string;
  hair: string;
  trunk: string;
  pelvis: string;
  limb: LimbTones;
  shoe: { near: string; far: string };
  accent: string;
  /** The other key pose, drawn faintly behind. */
  ghost: string;
  floor: string;
  prop: { fill: string; stroke: string; dark: string; band: string; water: string };
  arrow: string;
}

const LIGHT: FigurePalette = {
  background: '#ffffff',
  skin: '#e6c3a4',
  hair: '#6d5647',
  trunk: '#7d9cbc',
  pelvis: '#4e6d8d',
  limb: { workNear: '#2f6595', workFar: '#6f95b9', restNear: '#93adc6', restFar: '#c4d4e3' },
  shoe: { near: '#4a5663', far: '#9aa5b0' },
  accent: '#ef7d3c',
  ghost: '#e3e8ee',
  floor: '#a9b2bc',
  prop: { fill: '#dfe3e8', stroke: '#9aa3ad', dark: '#68727d', band: '#7fa88f', water: '#9cc7e6' },
  arrow: '#3a4451',
};

const DARK: FigurePalette = {
  background: '#1f1f1f',
  skin: '#c9a488',
  hair: '#5b4536',
  trunk: '#5f7f9f',
  pelvis: '#3f5a77',
  limb: { workNear: '#8dbdf0', workFar: '#5e89b4', restNear: '#6f8aa5', restFar: '#465a6e' },
  shoe: { near: '#aeb8c3', far: '#5d6670' },
  accent: '#ff9858',
  ghost: '#33383e',
  floor: '#6b737c',
  prop: { fill: '#3a4047', stroke: '#79838e', dark: '#9aa4ae', band: '#86b99b', water: '#2f5c7d' },
  arrow: '#e8ebef',
};

const HIGH_CONTRAST: FigurePalette = {
  background: '#000000',
  skin: '#ffffff',
  hair: '#9a9a9a',
  trunk: '#bdbdbd',
  pelvis: '#8a8a8a',
  limb: { workNear: '#ffffff', workFar: '#d0d0d0', restNear: '#a6a6a6', restFar: '#6b6b6b' },
  shoe: { near: '#ffffff', far: '#8a8a8a' },
  accent: '#ffd400',
  ghost: '#3a3a3a',
  floor: '#ffffff',
  prop: { fill: '#000000', stroke: '#6fc3df', dark: '#6fc3df', band: '#7fffd4', water: '#0b3a5c' },
  arrow: '#66d9ff',
};

/** Prints well in colour and stays distinct in greyscale (tones differ in lightness). */
const PRINT: FigurePalette = {
  background: '#ffffff',
  skin: '#e2c2a6',
  hair: '#5e4a3d',
  trunk: '#8aa3bb',
  pelvis: '#4f6a85',
  limb: { workNear: '#24547f', workFar: '#6688a8', restNear: '#9bb0c4', restFar: '#cdd8e3' },
  shoe: { near: '#3b4450', far: '#a0a8b1' },
  accent: '#e2692a',
  ghost: '#e6e9ed',
  floor: '#8f98a2',
  prop: { fill: '#e4e7eb', stroke: '#8d96a0', dark: '#5b646e', band: '#6f9a80', water: '#b5d5ec' },
  arrow: '#222a33',
};

export const FIGURE_PALETTES: Record<FigurePaletteName, FigurePalette> = {
  light: LIGHT,
  dark: DARK,
  'high-contrast': HIGH_CONTRAST,
  print: PRINT,
};
