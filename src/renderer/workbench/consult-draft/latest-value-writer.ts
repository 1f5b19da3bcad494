/**
 * Writes the latest of a stream of values shortly after the changes pause: a burst of typing is
 * one write, not one per keystroke. A write starts at once when it is due, without waiting for the
 * one before: both stores carry out writes in the order they were asked for (the desktop store
 * queues them per folder, IndexedDB orders transactions on one store), and a write asked for as
 * the page goes away must leave before it does.
 */
export class LatestValueWriter<T> {
  #pending: { value: T } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastWrite: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (value: T) => Promise<void>,
    private readonly delayMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Writes `value` once no newer one has arrived for the delay; it replaces any not yet written. */
  schedule(value: T): void {
    this.#pending = { value };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Starts writing the value still waiting, now; resolves when the last write has finished. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) this.#lastWrite = this.write(pending.value).catch((error: unknown) => this.onError(error));
    return this.#lastWrite;
  }
}
