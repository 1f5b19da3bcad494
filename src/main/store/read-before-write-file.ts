import type { z } from 'zod';
import type { Loaded } from '../../shared/loaded';
import type { JsonFileStore } from './json-file-store';

type ReadState = { read: 'not yet' } | { read: 'done' } | { read: 'failed'; reason: string };

/**
 * One JSON file the renderer reads when its window opens and replaces afterwards (the settings, the
 * layout). It is replaced only after this run of the app has read it: a save that comes before the
 * read, or after a read that failed, is refused with a message the renderer shows, so a window that
 * never saw the clinic's settings cannot write its defaults over them. A damaged file was moved to
 * `damaged/` by the read, so replacing it loses nothing. Reads and saves run one after another in
 * the order they were asked for, so a save never races the read, and an older save never lands
 * after a newer one.
 */
export class ReadBeforeWriteFile<T> {
  private state: ReadState = { read: 'not yet' };
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: JsonFileStore,
    private readonly name: string,
    private readonly schema: z.ZodType<T>,
    private readonly migrate: (raw: unknown) => unknown = (raw) => raw,
  ) {}

  load(): Promise<Loaded<T>> {
    return this.serially(async () => {
      try {
        const loaded = await this.store.read(this.name, this.schema, this.migrate);
        // A newer version's file is still where it was: replacing it would lose what that version saved.
        this.state =
          loaded.status === 'damaged' && loaded.reason === 'newer'
            ? { read: 'failed', reason: loaded.message }
            : { read: 'done' };
        return loaded;
      } catch (error) {
        this.state = { read: 'failed', reason: error instanceof Error ? error.message : String(error) };
        throw error;
      }
    });
  }

  save(value: T): Promise<void> {
    return this.serially(async () => {
      if (this.state.read === 'not yet')
        throw new Error(
          `${this.name} was not replaced: it has not been read since Stride Atlas started, so what it holds would be lost.`,
        );
      if (this.state.read === 'failed')
        throw new Error(
          `${this.name} was not replaced: it could not be read when the window opened (${this.state.reason}), so it is kept as it is. Restart Stride Atlas to try again.`,
        );
      await this.store.write(this.name, value);
    });
  }

  private serially<R>(operation: () => Promise<R>): Promise<R> {
    const result = this.queue.then(operation);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
