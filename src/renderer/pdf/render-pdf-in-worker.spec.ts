import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfRenderRequest, PdfWorkerMessage } from './pdf-worker-protocol';
import { disposePdfWorker, renderPdfInWorker } from './render-pdf-in-worker';

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

const definition = { content: ['Hello'], pageFooter: { left: 'a', right: 'b', fontSize: 8, color: '#000', lineColor: '#000', ruleWidth: 1, margin: 0 } };

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
    await expect(renderPdfInWorker({ content: 'x', footer: () => 'page' })).rejects.toThrow(/cannot be sent to the worker/);
  });
});
