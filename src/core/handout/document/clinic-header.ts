/**
 * Page one's header: the clinic's logo, name and contact details over an accent rule, then the
 * title and the patient panel (patient, date, review date, clinician).
 */
import { formatHandoutDate } from '../handout-dates';
import type { BuildState } from './build-state';
import { COLORS } from './handout-styles';
import type { PdfContent, PdfText, PdfWidth } from './pdfmake-types';
import { printable, printableLine } from './printable-text';

export const LOGO_IMAGE_KEY = 'clinicLogo';

/** Only an embedded PNG or JPEG is printed: never a path or URL, which the renderers refuse anyway. */
export function printableLogo(logoDataUrl: string | null): string | undefined {
  return logoDataUrl && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(logoDataUrl) ? logoDataUrl : undefined;
}
export const HANDOUT_TITLE = 'Your exercise and advice plan';

function contactLines(state: BuildState): PdfText[] {
  const { address, phone, email } = state.context.clinic;
  const lines: PdfText[] = [];
  const addressText = printable(address.trim()).replace(/\n+/g, ', ');
  if (addressText) lines.push({ text: addressText, style: 'clinicContact' });
  const reach = [phone.trim() && `Tel. ${printable(phone.trim())}`, email.trim() && printable(email.trim())]
    .filter(Boolean)
    .join('   ·   ');
  if (reach) lines.push({ text: reach, style: 'clinicContact' });
  return lines;
}

export function clinicHeader(state: BuildState): PdfContent[] {
  const { clinic } = state.context;
  const name = printableLine(clinic.name);
  const contact = contactLines(state);
  const logo = printableLogo(clinic.logoDataUrl);
  if (!name && contact.length === 0 && !logo) return [];
  const details: PdfContent = { stack: [...(name ? [{ text: name, style: 'clinicName' }] : []), ...contact] };
  const columns: PdfContent[] = logo
    ? [
        { image: LOGO_IMAGE_KEY, fit: [150, 56], width: 'auto' },
        { ...details, width: '*', alignment: 'right' },
      ]
    : [{ ...details, width: '*' }];
  return [
    { columns, columnGap: 16 },
    {
      margin: [0, 10, 0, 0],
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: state.contentWidth, y2: 0, lineWidth: 1.5, lineColor: COLORS.accent }],
    },
  ];
}

/** Dates never wrap ("2 March / 2026"); names may. */
function panelCell(label: string, value: string, noWrap = false): PdfContent {
  return {
    stack: [
      { text: label.toUpperCase(), style: 'panelLabel', noWrap },
      { text: value, style: 'panelValue', noWrap },
    ],
  };
}

export function patientPanel(state: BuildState): PdfContent[] {
  const { handout, context } = state;
  const clinician = printableLine(handout.clinicianName || context.clinicianName || '');
  // Names share the spare width; dates take what they need, so a long name wraps last.
  const cells: [PdfContent, PdfWidth][] = [];
  const patient = printableLine(handout.patientName);
  if (patient) cells.push([panelCell('Patient', patient), '*']);
  cells.push([panelCell('Date', formatHandoutDate(handout.date), true), 'auto']);
  if (handout.reviewDate) cells.push([panelCell('Next review', formatHandoutDate(handout.reviewDate), true), 'auto']);
  if (clinician) cells.push([panelCell('Clinician', clinician), '*']);
  const widths = cells.some(([, w]) => w === '*') ? cells.map(([, w]) => w) : cells.map(() => '*' as const);
  return [
    { text: HANDOUT_TITLE, style: 'title' },
    { table: { widths, body: [cells.map(([cell]) => cell)] }, layout: 'infoPanel', margin: [0, 0, 0, 4] },
  ];
}
