import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfRenderRequest, PdfWorkerMessage } from './pdf-worker-protocol';
import { disposePdfWorker, renderPdfInWorker, warmPdfWorker } from './render-pdf-in-worker';

/** Stands in for the module worker: records requests, and the test answers for it. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<PdfWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: PdfRenderRequest[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }
  postMessage(message: PdfRenderRequest): void {
    this.requests.push(structuredClone(message));
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: PdfWorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<PdfWorkerMessage>);
  }
}

beforeEach(() => {
  FakeWorker.instances = [];
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  disposePdfWorker();
  vi.unstubAllGlobals();
});

const definition = {
  content: ['Hello'],
  pageFooter: { left: 'a', right: 'b', fontSize: 8, color: '#000', lineColor: '#000', ruleWidth: 1, margin: 0 },
};

describe('renderPdfInWorker', () => {
  it('starts one module worker, sends the definition and resolves with the bytes, reporting progress', async () => {
    const progress: string[] = [];
    const result = renderPdfInWorker(definition, (p) => progress.push(`${p.stage} ${p.fraction}`));
    const worker = FakeWorker.instances[0]!;
    expect(worker.options).toMatchObject({ type: 'module' });
    expect(String(worker.url)).toMatch(/pdf-worker\.ts/);
    const [request] = worker.requests;
    expect(request).toEqual({ type: 'render', id: request!.id, definition });
    worker.answer({ type: 'progress', id: request!.id, stage: 'loading', fraction: 0 });
    worker.answer({ type: 'progress', id: request!.id, stage: 'rendering', fraction: 0.5 });
    worker.answer({ type: 'done', id: request!.id, bytes: new Uint8Array([37, 80, 68, 70]) });
    expect(await result).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(progress).toEqual(['loading 0', 'rendering 0.5']);

    const again = renderPdfInWorker(definition);
    expect(FakeWorker.instances).toHaveLength(1);
    worker.answer({ type: 'done', id: worker.requests[1]!.id, bytes: new Uint8Array([1]) });
    expect(await again).toEqual(new Uint8Array([1]));
  });

  it('keeps concurrent requests apart by id', async () => {
    const a = renderPdfInWorker(definition);
    const b = renderPdfInWorker(definition);
    const worker = FakeWorker.instances[0]!;
    const [ra, rb] = worker.requests;
    worker.answer({ type: 'done', id: rb!.id, bytes: new Uint8Array([2]) });
    worker.answer({ type: 'error', id: ra!.id, message: 'Invalid image' });
    await expect(a).rejects.toThrow('The PDF could not be made: Invalid image');
    expect(await b).toEqual(new Uint8Array([2]));
  });

  it('fails pending requests when the worker dies, and starts a new worker next time', async () => {
    const pending = renderPdfInWorker(definition);
    const first = FakeWorker.instances[0]!;
    first.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    await expect(pending).rejects.toThrow('The PDF worker stopped: boom');
    expect(first.terminated).toBe(true);
    void renderPdfInWorker(definition).catch(() => undefined);
    expect(FakeWorker.instances).toHaveLength(2);
  });

  it('rejects a definition that cannot be cloned (a function footer)', async () => {
    await expect(renderPdfInWorker({ content: 'x', footer: () => 'page' })).rejects.toThrow(
      /cannot be sent to the worker/,
    );
  });
});

describe('warmPdfWorker', () => {
  it('starts the worker with a throw-away page once, so the first export does not load pdfmake', async () => {
    const warm = warmPdfWorker();
    expect(warmPdfWorker()).toBe(warm);
    const worker = FakeWorker.instances[0]!;
    expect(worker.requests).toHaveLength(1);
    const request = worker.requests[0]!;
    worker.answer({ type: 'done', id: request.id, bytes: new Uint8Array([37, 80, 68, 70]) });
    await warm;
    const exported = renderPdfInWorker(definition);
    expect(FakeWorker.instances).toHaveLength(1);
    expect(worker.requests).toHaveLength(2);
    worker.answer({ type: 'done', id: worker.requests[1]!.id, bytes: new Uint8Array([1]) });
    await expect(exported).resolves.toEqual(new Uint8Array([1]));
  });

  it('tries again after a failed warm-up, and never throws where no worker can start', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(warmPdfWorker()).resolves.toBeUndefined();
    vi.stubGlobal('Worker', FakeWorker);
    const retried = warmPdfWorker();
    expect(FakeWorker.instances).toHaveLength(1);
    FakeWorker.instances[0]!.answer({
      type: 'error',
      id: FakeWorker.instances[0]!.requests[0]!.id,
      message: 'no fonts',
    });
    await expect(retried).resolves.toBeUndefined();
  });
});
