/** Messages between the UI and the PDF worker. Definitions are plain data (structured-cloned). */
import type { HandoutDocumentDefinition } from '../../core/handout/document/build-handout-document';
import type { TDocumentDefinitions } from '../../core/handout/document/pdfmake-types';

export type PdfDefinition = HandoutDocumentDefinition | TDocumentDefinitions;

/** loading: pdfmake and the fonts (first PDF only); layout: pages are composed; rendering: drawn. */
export type PdfStage = 'loading' | 'layout' | 'rendering' | 'finishing';

export interface PdfProgress {
  stage: PdfStage;
  /** Overall progress, 0 to 1. */
  fraction: number;
}

export interface PdfRenderRequest {
  type: 'render';
  id: number;
  definition: PdfDefinition;
}

export type PdfWorkerMessage =
  | ({ type: 'progress'; id: number } & PdfProgress)
  | { type: 'done'; id: number; bytes: Uint8Array }
  | { type: 'error'; id: number; message: string };

/** Where each stage starts on the overall 0-1 scale (rendering fills the span up to finishing). */
export const STAGE_START: Record<PdfStage, number> = { loading: 0, layout: 0.15, rendering: 0.4, finishing: 0.95 };
