import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandoutDocument } from '../../src/core/handout/document/build-handout-document';
import type { KbLookup } from '../../src/core/kb/kb-lookup';
import { renderPdf } from '../../src/node/pdf/render-pdf';
import { pdfPages } from './support/pdf-text';
import { realLookup, representativeContext, representativeHandout } from './support/representative-handout';

const NAMES = [
  'Zoë Łukasz',
  'Ørsted Çelik',
  'Ελένη Παπαδοπούλου',
  'Дмитрий Шостакович',
  'Nguyễn Thị Ánh',
  'Şükrü Ağaoğlu',
  'Žofia Čapková',
];

let lookup: KbLookup;
beforeAll(async () => {
  lookup = await realLookup();
});

describe('unicode names', () => {
  it.each(NAMES)(
    '%s round-trips through the PDF',
    async (name) => {
      const handout = representativeHandout(lookup, {
        patientName: name,
        clinicianName: name,
        exercises: [],
        topics: [],
      });
      const clinic = { ...representativeContext(lookup).clinic, name: `Клиника ${name}` };
      const pages = pdfPages(await renderPdf(buildHandoutDocument(handout, representativeContext(lookup, { clinic }))));
      expect(pages[0]).toContain(`NEXT REVIEW CLINICIAN ${name} 2 March 2026 30 March 2026 ${name}`);
      expect(pages[0]).toContain(`Клиника ${name}`);
      for (const page of pages) expect(page).toContain(`${name} · 2 March 2026`);
    },
    20_000,
  );

  it('a decomposed name (e + combining diaeresis) prints as the composed letter', async () => {
    const handout = representativeHandout(lookup, { patientName: 'Zoe\u0308', exercises: [], topics: [] });
    const pages = pdfPages(await renderPdf(buildHandoutDocument(handout, representativeContext(lookup))));
    expect(pages[0]).toContain('Zoë');
  }, 20_000);
});
