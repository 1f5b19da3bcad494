import { afterEach, describe, expect, it, vi } from 'vitest';
import { PendingWrites } from './pending-writes';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

afterEach(() => vi.useRealTimers());

describe('PendingWrites', () => {
  it('counts writes until they finish or fail, and hands back each write unchanged', async () => {
    const writes = new PendingWrites();
    const ok = deferred();
    const failing = deferred();
    const tracked = writes.track(failing.promise);
    void writes.track(ok.promise);
    expect(writes.count).toBe(2);

    failing.reject(new Error('disk full'));
    await expect(tracked).rejects.toThrow('disk full');
    await Promise.resolve();
    expect(writes.count).toBe(1);
    ok.resolve();
    expect(await writes.settled(60_000)).toBe('settled');
    expect(writes.count).toBe(0);
  });

  it('also waits for writes that start while it waits', async () => {
    const writes = new PendingWrites();
    const first = deferred();
    const second = deferred();
    void writes.track(first.promise);
    let settled = false;
    const waiting = writes.settled(60_000).then((outcome) => ((settled = true), outcome));

    void writes.track(second.promise);
    first.resolve();
    await first.promise;
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    second.resolve();
    expect(await waiting).toBe('settled');
  });

  it('gives up after the limit when a write never ends', async () => {
    vi.useFakeTimers();
    const writes = new PendingWrites();
    void writes.track(new Promise(() => {}));
    const waiting = writes.settled(10_000);
    await vi.advanceTimersByTimeAsync(9_999);
    await vi.advanceTimersByTimeAsync(1);
    expect(await waiting).toBe('timed out');
  });
});
