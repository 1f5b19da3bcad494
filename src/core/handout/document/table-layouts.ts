/**
 * Named table layouts. Layouts are functions, which cannot travel to a worker or through JSON, so
 * definitions only name them and each renderer registers this map with pdfmake
 * (`setTableLayouts`) before rendering.
 */
import { COLORS } from './handout-styles';
import type { PdfTableLayout } from './pdfmake-types';

const none = () => 0;
const pad = (n: number) => () => n;

export const HANDOUT_TABLE_LAYOUTS: Readonly<Record<string, PdfTableLayout>> = {
  /** An exercise card: a thin rounded-looking frame with generous padding. */
  handoutCard: {
    hLineWidth: () => 0.8,
    vLineWidth: () => 0.8,
    hLineColor: () => COLORS.line,
    vLineColor: () => COLORS.line,
    paddingLeft: pad(10),
    paddingRight: pad(10),
    paddingTop: pad(9),
    paddingBottom: pad(9),
  },
  /** The dosage box: tinted, with an accent bar on the left and no inner lines. */
  dosageBox: {
    hLineWidth: none,
    vLineWidth: (i) => (i === 0 ? 3 : 0),
    vLineColor: () => COLORS.accent,
    paddingLeft: (i) => (i === 0 ? 8 : 6),
    paddingRight: pad(6),
    paddingTop: pad(2.5),
    paddingBottom: pad(2.5),
    fillColor: () => COLORS.accentLight,
  },
  /** Patient, date, review, clinician: a tinted strip. */
  infoPanel: {
    hLineWidth: none,
    vLineWidth: none,
    paddingLeft: pad(8),
    paddingRight: pad(8),
    paddingTop: pad(6),
    paddingBottom: pad(6),
    fillColor: () => COLORS.panel,
  },
  /** A figure's frame. */
  figureFrame: {
    hLineWidth: () => 0.6,
    vLineWidth: () => 0.6,
    hLineColor: () => COLORS.line,
    vLineColor: () => COLORS.line,
    paddingLeft: pad(3),
    paddingRight: pad(3),
    paddingTop: pad(3),
    paddingBottom: pad(3),
    fillColor: () => '#ffffff',
  },
  /** Topic tables: a tinted header row, light rules between rows, no vertical lines. */
  handoutTable: {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.5),
    vLineWidth: none,
    hLineColor: (i) => (i <= 1 ? COLORS.accent : COLORS.line),
    paddingLeft: pad(5),
    paddingRight: pad(5),
    paddingTop: pad(4),
    paddingBottom: pad(4),
    fillColor: (row) => (row === 0 ? COLORS.accentLight : row % 2 === 0 ? COLORS.panel : null),
  },
  /** The red-flag box: an alert-coloured frame. */
  alertBox: {
    hLineWidth: () => 1.2,
    vLineWidth: () => 1.2,
    hLineColor: () => COLORS.alert,
    vLineColor: () => COLORS.alert,
    paddingLeft: pad(12),
    paddingRight: pad(12),
    paddingTop: pad(10),
    paddingBottom: pad(10),
    fillColor: () => COLORS.alertLight,
  },
};
