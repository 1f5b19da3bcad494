/**
 * The UI's way to make a PDF: `renderPdfInWorker(definition, onProgress)` renders in a module
 * worker and resolves with the bytes (to save through the AppApi). The worker is started on the
 * first call and kept, so later PDFs skip loading pdfmake and the fonts.
 */
import type { PdfDefinition, PdfProgress, PdfWorkerMessage } from './pdf-worker-protocol';

export type { PdfProgress } from './pdf-worker-protocol';

interface Pending {
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
  onProgress?: ((progress: PdfProgress) => void) | undefined;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function startWorker(): Worker {
  const created = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  created.onmessage = (event: MessageEvent<PdfWorkerMessage>) => {
    const message = event.data;
    const request = pending.get(message.id);
    if (!request) return;
    if (message.type === 'progress') {
      request.onProgress?.({ stage: message.stage, fraction: message.fraction });
      return;
    }
    pending.delete(message.id);
    if (message.type === 'done') request.resolve(message.bytes);
    else request.reject(new Error(`The PDF could not be made: ${message.message}`));
  };
  created.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    failAll(new Error(`The PDF worker stopped: ${event.message || 'it could not be loaded'}`));
    stopWorker();
  };
  return created;
}

export function renderPdfInWorker(
  definition: PdfDefinition,
  onProgress?: (progress: PdfProgress) => void,
): Promise<Uint8Array> {
  const id = nextId++;
  // Inside the executor, so a worker that cannot start is a rejection, not a throw.
  return new Promise<Uint8Array>((resolve, reject) => {
    worker ??= startWorker();
    const target = worker;
    pending.set(id, { resolve, reject, onProgress });
    try {
      target.postMessage({ type: 'render', id, definition });
    } catch (error) {
      // A definition with functions (a hand-written footer, say) cannot be cloned into a worker.
      pending.delete(id);
      reject(new Error(`The PDF definition cannot be sent to the worker: ${(error as Error).message}`));
    }
  });
}

let warmed: Promise<void> | undefined;

/**
 * Gets the worker ready while the clinician is still building the handout: pdfmake and the fonts
 * load and a one-line page is drawn (and thrown away), so the first real export costs what any
 * later one does. Safe to call often; a failure is left for the real export to report.
 */
export function warmPdfWorker(): Promise<void> {
  warmed ??= renderPdfInWorker({
    content: [{ text: 'Stride Atlas' }, { text: 'ready', bold: true, italics: true }],
  }).then(
    () => undefined,
    () => {
      warmed = undefined;
    },
  );
  return warmed;
}

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
  warmed = undefined;
}

/** Stops the worker (for example when the app goes idle); the next PDF starts a new one. */
export function disposePdfWorker(): void {
  stopWorker();
  failAll(new Error('The PDF worker was stopped.'));
}
