/**
 * The PDF worker: renders document definitions to PDF bytes off the UI thread and reports
 * progress. pdfmake (about 1 MB) is imported on the first request, so neither the app's start
 * nor the worker's start pays for it. Requests run one at a time: pdfmake's progress callback is
 * global to its instance.
 */
import type { PdfmakeApi } from '../../core/handout/document/pdfmake-types';
import { toPdfmakeDocument } from '../../core/handout/document/to-pdfmake-document';
import { loadBrowserPdfmake } from './load-browser-pdfmake';
import { STAGE_START, type PdfRenderRequest, type PdfStage, type PdfWorkerMessage } from './pdf-worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<PdfRenderRequest>) => void) | null;
  postMessage(message: PdfWorkerMessage, options?: { transfer?: Transferable[] }): void;
}

const scope = self as unknown as WorkerScope;
/** Progress is posted in steps of at least this much, not once per drawn item. */
const PROGRESS_STEP = 0.02;

function reporter(id: number) {
  let last = -1;
  return (stage: PdfStage, fraction: number) => {
    if (fraction - last < PROGRESS_STEP && fraction < 1) return;
    last = fraction;
    scope.postMessage({ type: 'progress', id, stage, fraction });
  };
}

async function render({ id, definition }: PdfRenderRequest): Promise<void> {
  const report = reporter(id);
  let pdfmake: PdfmakeApi | undefined;
  try {
    report('loading', STAGE_START.loading);
    pdfmake = await loadBrowserPdfmake();
    report('layout', STAGE_START.layout);
    const span = STAGE_START.finishing - STAGE_START.rendering;
    pdfmake.setProgressCallback((done) =>
      report(done >= 1 ? 'finishing' : 'rendering', STAGE_START.rendering + span * done),
    );
    const buffer = await pdfmake.createPdf(toPdfmakeDocument(definition)).getBuffer();
    // A copy that owns its memory, so it can be transferred rather than copied again.
    const bytes = new Uint8Array(buffer);
    report('finishing', 1);
    scope.postMessage({ type: 'done', id, bytes }, { transfer: [bytes.buffer] });
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    pdfmake?.setProgressCallback(undefined);
  }
}

let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  if (event.data?.type !== 'render') return;
  queue = queue.then(() => render(event.data));
};
