import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LatestValueWriter } from './latest-value-writer';

describe('LatestValueWriter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const written: string[] = [];
    const errors: unknown[] = [];
    const write = vi.fn(async (value: string) => void written.push(value));
    const writer = new LatestValueWriter(write, 400, (error) => errors.push(error));
    return { writer, write, written, errors };
  }

  it('writes a burst of changes once, the last value, after the pause', async () => {
    const { writer, written } = setup();
    for (const value of ['M', 'Ma', 'Mar', 'Mary']) {
      writer.schedule(value);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(written).toEqual(['Mary']);
  });

  it('writes what is waiting at once when flushed (the page is going away), and nothing twice', async () => {
    const { writer, written } = setup();
    writer.schedule('Mary');
    await writer.flush();
    expect(written).toEqual(['Mary']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual(['Mary']);
  });

  it('reports a failed write and still writes the next change', async () => {
    const { writer, write, written, errors } = setup();
    write.mockRejectedValueOnce(new Error('disk full'));
    writer.schedule('first');
    await vi.advanceTimersByTimeAsync(400);
    expect(errors).toEqual([new Error('disk full')]);
    writer.schedule('second');
    await vi.advanceTimersByTimeAsync(400);
    expect(written).toEqual(['second']);
  });
});
