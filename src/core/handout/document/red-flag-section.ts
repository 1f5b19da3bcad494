/**
 * "Contact us or a doctor if…": always printed, in an alert box that stays on one page, grouped
 * by what to do (emergency, within days, book a review), with the clinic's phone when known.
 */
import type { RedFlag } from '../../kb/schema';
import { groupRedFlags } from '../red-flags';
import { fitsOnPage, type BuildState } from './build-state';
import type { PdfContent } from './pdfmake-types';
import { kbText, printableLine } from './printable-text';

export const RED_FLAG_HEADING = 'Contact us or a doctor if…';

export function redFlagSection(state: BuildState, flags: readonly RedFlag[]): PdfContent {
  const units = state.handout.options.units;
  const groups = groupRedFlags(flags).flatMap((g): PdfContent[] => [
    { text: g.lead, style: 'alertLead' },
    { ul: g.flags.map((f) => kbText(f.patient, units)), margin: [0, 0, 0, 4] },
  ]);
  const phone = printableLine(state.context.clinic.phone);
  const clinicName = printableLine(state.context.clinic.name);
  const call: PdfContent[] = phone
    ? [
        {
          text: [{ text: 'Our number: ', bold: true }, clinicName ? `${clinicName}, ${phone}` : phone],
          margin: [0, 6, 0, 0],
        },
      ]
    : [];
  const box: PdfContent = {
    margin: [0, 14, 0, 0],
    table: {
      widths: ['*'],
      body: [[{ stack: [{ text: RED_FLAG_HEADING, style: 'alertHeading' }, ...groups, ...call] }]],
    },
    layout: 'alertBox',
  };
  return fitsOnPage(state, box) ? { ...box, unbreakable: true } : box;
}
