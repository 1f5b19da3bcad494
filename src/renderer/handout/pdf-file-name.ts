import type { Handout } from '../../core/handout/handout';

/** Characters that no file system accepts in a name, and controls. */
// Control characters are exactly what this must remove from a file name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/**
 * The name a handout's PDF is offered under: "<patient>-<date>.pdf", or "handout-<date>.pdf"
 * without a patient. Letters in any script are kept (Zoë stays Zoë); spaces become dashes.
 */
export function pdfFileName(handout: Pick<Handout, 'patientName' | 'date'>): string {
  const patient = handout.patientName
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 60);
  return `${patient || 'handout'}-${handout.date}.pdf`;
}
