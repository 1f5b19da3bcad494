import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishWritesBeforeQuit } from './finish-writes-before-quit';
import { PendingWrites } from './pending-writes';

/** An app whose `quit()` emits `will-quit` and exits unless a listener prevents it. */
class QuittingApp extends EventEmitter {
  exits = 0;
  quit = () => {
    let prevented = false;
    this.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.exits++;
  };
}

afterEach(() => vi.useRealTimers());

describe('finishWritesBeforeQuit', () => {
  it('quits at once with nothing to write', () => {
    const app = new QuittingApp();
    finishWritesBeforeQuit(app as never, new PendingWrites());
    app.quit();
    expect(app.exits).toBe(1);
  });

  it('holds the exit until the writes in flight are done, then quits', async () => {
    const app = new QuittingApp();
    const writes = new PendingWrites();
    finishWritesBeforeQuit(app as never, writes);
    let finish!: () => void;
    void writes.track(new Promise<void>((resolve) => (finish = resolve)));

    app.quit();
    expect(app.exits).toBe(0);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.exits).toBe(1);
  });

  it('quits after the limit when a write never ends, instead of staying up without a window', async () => {
    vi.useFakeTimers();
    const app = new QuittingApp();
    const writes = new PendingWrites();
    finishWritesBeforeQuit(app as never, writes, 5_000);
    void writes.track(new Promise(() => {}));

    app.quit();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(app.exits).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.exits).toBe(1);
  });
});
