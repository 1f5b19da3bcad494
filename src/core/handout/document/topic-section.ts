/**
 * An advice topic as the patient reads it: its plain-language summary, then each section's
 * patient text, points and table. Clinician-only text is never printed.
 */
import type { Topic, TopicSection } from '../../kb/schema';
import { fitsOnPage, keepTogether, type BuildState } from './build-state';
import { textWidth } from './estimate-height';
import type { PdfContent, PdfTable } from './pdfmake-types';
import { kbText, printable } from './printable-text';

/** A column whose longest cell fits in this share of the width is sized to its content. */
const SHORT_COLUMN_SHARE = 0.28;
/** Long columns share the rest in proportion to their longest cell, within these bounds (characters). */
const MIN_SHARE = 10;
const MAX_SHARE = 60;
/** Cell padding left and right in the handoutTable layout. */
const CELL_PADDING = 10;
/**
 * A table this small (share of a page) moves with its heading; a longer one starts where it is
 * and flows on, its header row repeated, rather than leave a large gap.
 */
const SMALL_TABLE_SHARE = 0.3;

/**
 * Column widths in points: short columns (labels, numbers) as wide as their content, so they never
 * wrap; the others share what is left in proportion to how much they hold.
 */
function columnWidths(state: BuildState, header: string[], rows: string[][]): number[] {
  const headerSize = state.estimate.styles['tableHeader']?.fontSize ?? state.type.body;
  const cellSize = state.estimate.styles['tableCell']?.fontSize ?? state.type.body;
  const natural = header.map(
    (h, c) => Math.max(textWidth(h, headerSize), ...rows.map((r) => textWidth(r[c] ?? '', cellSize))) + 1,
  );
  const short = natural.map((w) => w <= state.contentWidth * SHORT_COLUMN_SHARE);
  const available =
    state.contentWidth - CELL_PADDING * header.length - natural.reduce((sum, w, c) => sum + (short[c] ? w : 0), 0);
  const shares = header.map((h, c) =>
    Math.min(MAX_SHARE, Math.max(MIN_SHARE, h.length, ...rows.map((r) => r[c]?.length ?? 0))),
  );
  const longTotal = shares.reduce((sum, share, c) => sum + (short[c] ? 0 : share), 0);
  // Only short columns: spread the spare width over them rather than leave a narrow table.
  const spread = longTotal === 0 ? 1 + available / natural.reduce((a, b) => a + b, 0) : 1;
  const widths = natural.map((w, c) => (short[c] ? w * spread : (available * shares[c]!) / longTotal));
  return widths.map((w) => Math.floor(w * 10) / 10);
}

export function topicTable(state: BuildState, table: NonNullable<TopicSection['table']>): PdfTable {
  const units = state.handout.options.units;
  const header = table.columns.map((c) => kbText(c, units));
  const rows = table.rows.map((r) => r.map((cell) => kbText(cell, units)));
  return {
    margin: [0, 2, 0, 8],
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: columnWidths(state, header, rows),
      body: [
        header.map((text) => ({ text, style: 'tableHeader' })),
        ...rows.map((r) => r.map((text) => ({ text, style: 'tableCell' }))),
      ],
    },
    layout: 'handoutTable',
  };
}

function isForPatients(section: TopicSection): boolean {
  if (section.audience === 'clinician') return false;
  return section.patient !== undefined || section.points !== undefined || section.table !== undefined;
}

function sectionBlocks(state: BuildState, section: TopicSection): PdfContent[] {
  const units = state.handout.options.units;
  const lead: PdfContent[] = [{ text: kbText(section.heading, units), style: 'subHeading' }];
  if (section.patient) lead.push({ text: kbText(section.patient, units), style: 'paragraph' });
  const points: PdfContent[] = section.points
    ? [{ ul: section.points.map((p) => kbText(p, units)), margin: [0, 0, 0, 6] }]
    : [];
  const table = section.table ? topicTable(state, section.table) : undefined;
  if (!table || fitsOnPage(state, table, SMALL_TABLE_SHARE))
    return [keepTogether(state, [...lead, ...points, ...(table ? [table] : [])])];
  // A heading never ends a page alone: it stays with its text (and points), the table flows.
  return [keepTogether(state, [...lead, ...points]), table];
}

/**
 * Shared rules already printed in this handout, by rule id, with the topic they were printed in:
 * a second topic that includes the same rule points back to it instead of printing it again.
 */
export type PrintedRules = Map<string, string>;

function repeatedRuleBlock(state: BuildState, section: TopicSection, firstIn: string): PdfContent {
  const units = state.handout.options.units;
  return keepTogether(state, [
    { text: kbText(section.heading, units), style: 'subHeading' },
    { text: `The same as under “${printable(firstIn)}” above.`, style: 'paragraph' },
  ]);
}

/** The topic as blocks: its title and summary, then one or two blocks per section. */
export function topicBlocks(state: BuildState, topic: Topic, printedRules: PrintedRules = new Map()): PdfContent[] {
  const units = state.handout.options.units;
  return [
    keepTogether(state, [
      { text: printable(topic.name), style: 'itemHeading' },
      { text: kbText(topic.summary.patient, units), style: 'paragraph' },
    ]),
    ...topic.sections.filter(isForPatients).flatMap((s) => {
      const firstIn = s.rule === undefined ? undefined : printedRules.get(s.rule);
      if (firstIn !== undefined) return [repeatedRuleBlock(state, s, firstIn)];
      if (s.rule !== undefined) printedRules.set(s.rule, topic.name);
      return sectionBlocks(state, s);
    }),
  ];
}
