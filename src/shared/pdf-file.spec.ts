import { describe, expect, it } from 'vitest';
import { MAX_PDF_BYTES, pdfBytesProblem, safePdfFileName } from './pdf-file';

const pdf = (text = '%PDF-1.7\n%…') => new TextEncoder().encode(text);

describe('safePdfFileName', () => {
  it('keeps an ordinary name, letters of any script included, and ends it in .pdf', () => {
    expect(safePdfFileName('Handout Zoë Łukasz 2026-03-02')).toBe('Handout Zoë Łukasz 2026-03-02.pdf');
    expect(safePdfFileName('Ørsted.PDF')).toBe('Ørsted.pdf');
    expect(safePdfFileName('Çelik')).toBe('Çelik.pdf');
    expect(safePdfFileName(' handout.pdf ')).toBe('handout.pdf');
  });

  it('never names a folder or leaves the folder chosen', () => {
    expect(safePdfFileName('../../etc/passwd')).toBe('-..-etc-passwd.pdf');
    expect(safePdfFileName('..\\..\\Windows\\evil')).toBe('-..-Windows-evil.pdf');
    expect(safePdfFileName('/abs/path.pdf')).toBe('-abs-path.pdf');
    for (const name of ['../../etc/passwd', '..\\x', '/abs', 'C:\\x'])
      expect(safePdfFileName(name)).not.toMatch(/[/\\:]/);
  });

  it('removes characters that are forbidden, invisible or disguise the extension', () => {
    expect(safePdfFileName('a<b>c:d"e|f?g*h')).toBe('a-b-c-d-e-f-g-h.pdf');
    expect(safePdfFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe.pdf');
    expect(safePdfFileName('tab\there\nnewline\u0000')).toBe('tab here newline.pdf');
  });

  it('falls back to a plain name when nothing usable is left, and avoids Windows device names', () => {
    expect(safePdfFileName('')).toBe('handout.pdf');
    expect(safePdfFileName(' ... ')).toBe('handout.pdf');
    expect(safePdfFileName('.pdf')).toBe('handout.pdf');
    expect(safePdfFileName('CON')).toBe('handout-CON.pdf');
    expect(safePdfFileName('lpt1.notes')).toBe('handout-lpt1.notes.pdf');
  });

  it('bounds the length without splitting a character, and is stable when applied twice', () => {
    const long = safePdfFileName('Ø'.repeat(500));
    expect(long).toBe(`${'Ø'.repeat(120)}.pdf`);
    for (const name of ['Zoë', '../x', 'a.pdf', 'CON', ''])
      expect(safePdfFileName(safePdfFileName(name))).toBe(safePdfFileName(name));
  });
});

describe('pdfBytesProblem', () => {
  it('accepts bytes that start like a PDF', () => {
    expect(pdfBytesProblem(pdf())).toBeUndefined();
  });

  it('refuses bytes that are not a PDF', () => {
    expect(pdfBytesProblem(new TextEncoder().encode('<html>'))).toMatch(/not a PDF/);
    expect(pdfBytesProblem(new Uint8Array())).toMatch(/not a PDF/);
    expect(pdfBytesProblem(pdf('%PDF'))).toMatch(/not a PDF/);
  });

  it('refuses more than the size cap', () => {
    const huge = new Uint8Array(MAX_PDF_BYTES + 1);
    huge.set(pdf());
    expect(pdfBytesProblem(huge)).toMatch(/too large/);
    expect(pdfBytesProblem(huge.subarray(0, MAX_PDF_BYTES))).toBeUndefined();
  });
});
