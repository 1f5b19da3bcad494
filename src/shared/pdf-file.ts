/** Far above any handout (a 12-page illustrated one is a few MB); a guard against a runaway buffer. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Why these bytes are not a PDF the app may save, or undefined when they are. */
export function pdfBytesProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_PDF_BYTES) return `the PDF is too large (${bytes.length} bytes; at most ${MAX_PDF_BYTES})`;
  if (!PDF_MAGIC.every((byte, i) => bytes[i] === byte)) return 'the bytes are not a PDF (they do not start with %PDF-)';
  return undefined;
}

const MAX_BASE_NAME = 120;
/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A file name that is safe on every desktop system and ends in .pdf: no folders, no control or
 * invisible formatting characters (which can disguise an extension), none of the characters
 * Windows forbids, no leading dot, bounded length. Letters of any script are kept (Zoë, Łukasz).
 */
export function safePdfFileName(suggested: string): string {
  let base = suggested
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[/\\:*?"<>|]/g, '-')
    .trim()
    .replace(/\.pdf$/i, '')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  base = Array.from(base)
    .slice(0, MAX_BASE_NAME)
    .join('')
    .replace(/[\s.]+$/, '');
  if (base === '') base = 'handout';
  if (WINDOWS_DEVICE_NAME.test(base)) base = `handout-${base}`;
  return `${base}.pdf`;
}
