import { pdfBytesProblem, safePdfFileName } from '../../../shared/pdf-file';
import type { SavePdfResult } from '../../../shared/user-files';

/**
 * How long the object URL outlives the click. Revoking at once can cancel the download in some
 * browsers, which read the blob only after the click returns.
 */
export const REVOKE_AFTER_MS = 40_000;

/** Saves a PDF in the web build: the browser downloads it, to wherever it keeps downloads. */
export async function downloadPdf(
  bytes: Uint8Array,
  suggestedName: string,
  page: Document = document,
): Promise<SavePdfResult> {
  const problem = pdfBytesProblem(bytes);
  if (problem) throw new Error(`The PDF could not be saved: ${problem}`);
  // Bytes from the PDF worker sit in an ordinary ArrayBuffer (this page cannot share memory).
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = page.createElement('a');
  link.href = url;
  link.download = safePdfFileName(suggestedName);
  link.hidden = true;
  page.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
  return { status: 'saved', location: "your browser's downloads" };
}
