/**
 * Writes to the user's files that have started and not yet finished. Quitting waits for them
 * (`finishWritesBeforeQuit`): Electron ends the process as soon as the last window has closed, and a
 * write still in flight then would be lost (the atomic write keeps the old file, so the user's
 * latest change is what goes).
 */
const ignore = (): void => {};

export class PendingWrites {
  private readonly pending = new Set<Promise<void>>();

  /** Remembers `write` until it settles; returns it unchanged, so callers still see its outcome. */
  track<T>(write: Promise<T>): Promise<T> {
    const settled: Promise<void> = write.then(ignore, ignore).finally(() => this.pending.delete(settled));
    this.pending.add(settled);
    return write;
  }

  get count(): number {
    return this.pending.size;
  }

  /**
   * Resolves once every write started so far has finished or failed ('settled'), or after
   * `limitMs` ('timed out'): a disk that stopped answering must not keep the app from ever quitting.
   */
  async settled(limitMs: number): Promise<'settled' | 'timed out'> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), limitMs)));
    const all = (async () => {
      // Writes started while waiting (a last layout save, say) are waited for too.
      while (this.pending.size > 0) await Promise.all(this.pending);
      return 'settled' as const;
    })();
    try {
      return await Promise.race([all, limit]);
    } finally {
      clearTimeout(timer);
    }
  }
}
