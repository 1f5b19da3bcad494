/**
 * One exercise as a card that never splits across pages: number and name, which side, the
 * patient's one-line summary, start/finish illustrations beside numbered steps, then the dosage
 * box (amount, how often, side, load, tempo) and the clinician's notes for this patient.
 */
import type { Exercise } from '../../kb/schema';
import type { DistanceUnits } from '../distance-units';
import { prescriptionLines, type PrescriptionLines } from '../exercise-prescription';
import type { HandoutExercise } from '../handout';
import { fitsOnPage, type BuildState } from './build-state';
import { figureColumn } from './figure-frame';
import type { PdfContent } from './pdfmake-types';
import { kbText, printable } from './printable-text';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Tempo and notes start as knowledge-base text, so their distances follow the handout's units. */
function dosageRows(lines: PrescriptionLines, units: DistanceUnits): [string, string][] {
  const rows: [string, string][] = [];
  const amount = capitalise([lines.amount, lines.frequency].filter(Boolean).join('  ·  '));
  if (amount) rows.push(['Do', amount]);
  if (lines.side) rows.push(['Side', lines.side]);
  if (lines.load) rows.push(['Load', printable(lines.load)]);
  if (lines.tempo) rows.push(['Tempo', kbText(lines.tempo, units)]);
  if (lines.notes) rows.push(['Notes', kbText(lines.notes, units)]);
  return rows;
}

function dosageBox(lines: PrescriptionLines, units: DistanceUnits): PdfContent[] {
  const rows = dosageRows(lines, units);
  if (rows.length === 0) return [];
  return [
    {
      margin: [0, 8, 0, 0],
      table: {
        widths: ['auto', '*'],
        body: rows.map(([label, value], i) => [
          { text: label, style: 'dosageLabel', margin: [0, 1, 0, 0] },
          { text: value, style: i === 0 && label === 'Do' ? 'dosageMain' : 'dosageValue' },
        ]),
      },
      layout: 'dosageBox',
    },
  ];
}

export function exerciseCard(
  state: BuildState,
  entry: HandoutExercise,
  exercise: Exercise,
  position: number,
): PdfContent {
  const units = state.handout.options.units;
  const lines = prescriptionLines(entry, exercise);
  const figures = figureColumn(state.context.figureFor?.(exercise.id, entry.side));
  const inner: PdfContent = {
    stack: [
      { text: [{ text: `${position}   `, style: 'exerciseNumber' }, printable(exercise.name)], style: 'exerciseName' },
      { text: kbText(exercise.summary.patient, units), style: 'exerciseSummary' },
      {
        columnGap: 14,
        columns: [
          { width: figures.width, stack: [figures.content] },
          { width: '*', ol: exercise.instructions.map((step) => kbText(step, units)), style: 'steps' },
        ],
      },
      ...dosageBox(lines, units),
    ],
  };
  const card: PdfContent = { margin: [0, 0, 0, 10], table: { widths: ['*'], body: [[inner]] }, layout: 'handoutCard' };
  // Always true in practice; only a card taller than a page (huge notes in large print) may split.
  return fitsOnPage(state, card) ? { ...card, unbreakable: true } : card;
}
