import { describe, expect, it } from 'vitest';
import { pdfFileName } from './pdf-file-name';

describe('pdfFileName', () => {
  it('names the PDF after the patient and the date, keeping letters of any script', () => {
    expect(pdfFileName({ patientName: 'Zoë Çelik', date: '2026-03-07' })).toBe('Zoë-Çelik-2026-03-07.pdf');
    expect(pdfFileName({ patientName: '  Łukasz   Ørsted ', date: '2026-03-07' })).toBe('Łukasz-Ørsted-2026-03-07.pdf');
  });

  it('falls back to "handout" without a patient, and never yields a path', () => {
    expect(pdfFileName({ patientName: '', date: '2026-03-07' })).toBe('handout-2026-03-07.pdf');
    expect(pdfFileName({ patientName: '../../etc/passwd', date: '2026-03-07' })).toBe('etc-passwd-2026-03-07.pdf');
    expect(pdfFileName({ patientName: 'A:B*C?"<>|', date: '2026-03-07' })).toBe('A-B-C-2026-03-07.pdf');
    expect(pdfFileName({ patientName: '...', date: '2026-03-07' })).toBe('handout-2026-03-07.pdf');
  });
});
