/**
 * The handout's look: a calm, print-friendly palette and a type scale that large print enlarges
 * as a whole (every size is a multiple of the body size, so proportions hold).
 */
import { HANDOUT_FONT_FAMILY } from '../fonts/handout-font';
import type { PdfStyle } from './pdfmake-types';

export const COLORS = {
  ink: '#1f2933',
  muted: '#52606d',
  accent: '#0b5d6b',
  accentLight: '#e3f1f3',
  line: '#c3ccd5',
  panel: '#f4f6f8',
  alert: '#b42318',
  alertLight: '#fdf0ee',
} as const;

/** Body text in points: 10.5 normally, 14 in large print (the common "large print" minimum). */
export function bodySize(largePrint: boolean): number {
  return largePrint ? 14 : 10.5;
}

export interface HandoutTypeScale {
  body: number;
  small: number;
  /** Multiplies a body-relative factor into points, rounded to a tenth. */
  size(factor: number): number;
}

export function typeScale(largePrint: boolean): HandoutTypeScale {
  const body = bodySize(largePrint);
  const size = (factor: number) => Math.round(body * factor * 10) / 10;
  return { body, small: size(0.85), size };
}

export function handoutStyles(largePrint: boolean): { defaultStyle: PdfStyle; styles: Record<string, PdfStyle> } {
  const t = typeScale(largePrint);
  return {
    defaultStyle: { font: HANDOUT_FONT_FAMILY, fontSize: t.body, lineHeight: 1.25, color: COLORS.ink },
    styles: {
      clinicName: { fontSize: t.size(1.45), bold: true, color: COLORS.accent },
      clinicContact: { fontSize: t.small, color: COLORS.muted },
      title: { fontSize: t.size(1.9), bold: true, margin: [0, 14, 0, 8] },
      panelLabel: { fontSize: t.size(0.75), color: COLORS.muted, characterSpacing: 0.3 },
      panelValue: { fontSize: t.body, bold: true },
      sectionHeading: { fontSize: t.size(1.4), bold: true, color: COLORS.accent, margin: [0, 16, 0, 6] },
      itemHeading: { fontSize: t.size(1.12), bold: true, margin: [0, 8, 0, 3] },
      subHeading: { fontSize: t.body, bold: true, margin: [0, 6, 0, 2] },
      paragraph: { margin: [0, 0, 0, 6] },
      exerciseName: { fontSize: t.size(1.2), bold: true },
      exerciseNumber: { color: COLORS.accent },
      exerciseSummary: { italics: true, color: COLORS.muted, margin: [0, 2, 0, 8] },
      steps: { margin: [0, 0, 0, 4], markerColor: COLORS.accent },
      figureCaption: { fontSize: t.size(0.75), color: COLORS.muted, alignment: 'center', margin: [0, 2, 0, 0] },
      dosageLabel: { fontSize: t.small, bold: true, color: COLORS.accent },
      dosageValue: {},
      dosageMain: { bold: true },
      tableHeader: { bold: true, fontSize: t.small, color: COLORS.accent },
      tableCell: { fontSize: t.size(0.92) },
      alertHeading: { fontSize: t.size(1.3), bold: true, color: COLORS.alert, margin: [0, 0, 0, 6] },
      alertLead: { bold: true, margin: [0, 4, 0, 2] },
      notes: { margin: [0, 0, 0, 6] },
    },
  };
}
