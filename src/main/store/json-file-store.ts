import * as fsp from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { NewerFormatError } from '../../core/handout/migrate-stored-file';
import type { Loaded } from '../../shared/loaded';
import {
  PRIVATE_FOLDER_MODE,
  TEMP_SUFFIX,
  writeFileAtomically,
  type AtomicWriteFileSystem,
} from '../../node/atomic-write';

/** The file operations the store needs; tests substitute failing ones to simulate crashes. */
export interface StoreFileSystem extends AtomicWriteFileSystem {
  readFile: typeof fsp.readFile;
  readdir: typeof fsp.readdir;
  mkdir: typeof fsp.mkdir;
}

export const DAMAGED_FOLDER = 'damaged';

/**
 * JSON files in one folder, written atomically: the new content goes to a temporary file that is
 * flushed to disk, then renamed over the old one, so a crash leaves either the old file or the new
 * one, never half of either. A file that cannot be read back is moved to `damaged/` and reported,
 * never overwritten.
 */
export class JsonFileStore {
  constructor(
    readonly folder: string,
    private readonly fs: StoreFileSystem = fsp,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private path(name: string): string {
    if (!/^[a-z0-9][a-z0-9._-]*\.json$/i.test(name) || name.includes('..')) {
      throw new Error(`invalid store file name: ${JSON.stringify(name)}`);
    }
    return join(this.folder, name);
  }

  async write(name: string, value: unknown): Promise<void> {
    const target = this.path(name);
    await this.fs.mkdir(this.folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    await writeFileAtomically(target, JSON.stringify(value, null, 2) + '\n', this.fs);
  }

  /** A file's text as it is, or undefined when there is none. */
  async readText(name: string): Promise<string | undefined> {
    try {
      return await this.fs.readFile(this.path(name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async read<T>(
    name: string,
    schema: z.ZodType<T>,
    migrate: (raw: unknown) => unknown = (raw) => raw,
  ): Promise<Loaded<T>> {
    const path = this.path(name);
    let text: string;
    try {
      text = await this.fs.readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
      throw error;
    }
    let problem: string;
    try {
      const parsed = schema.safeParse(migrate(JSON.parse(text)));
      if (parsed.success) return { status: 'ok', value: parsed.data };
      problem = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`)
        .join('; ');
    } catch (error) {
      // Not damaged: left where it is, so the updated app finds it again.
      if (error instanceof NewerFormatError)
        return { status: 'damaged', reason: 'newer', message: `${name} was skipped: ${error.message}`, keptAs: path };
      problem =
        error instanceof SyntaxError
          ? `not valid JSON (${error.message})`
          : error instanceof Error
            ? error.message
            : String(error);
    }
    const keptAs = await this.quarantine(name);
    return { status: 'damaged', reason: 'damaged', message: `${name} could not be read: ${problem}`, keptAs };
  }

  /**
   * Moves a damaged file to `damaged/<name>.<timestamp>.json` and returns where it went. A file
   * already kept there is never replaced: a second one at the same moment gets a numbered name.
   */
  async quarantine(name: string): Promise<string> {
    const from = this.path(name);
    const folder = join(this.folder, DAMAGED_FOLDER);
    await this.fs.mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    const kept = new Set(await this.fs.readdir(folder));
    const stem = `${basename(name, '.json')}.${this.now().toISOString().replace(/[:.]/g, '-')}`;
    let keptName = `${stem}.json`;
    for (let n = 2; kept.has(keptName); n++) keptName = `${stem}-${n}.json`;
    const to = join(folder, keptName);
    await this.fs.rename(from, to);
    return to;
  }

  /** Names of the stored JSON files (leftover temporary files from a crash are ignored). */
  async list(): Promise<string[]> {
    try {
      const entries = await this.fs.readdir(this.folder, { withFileTypes: true });
      return entries
        .filter((e) => e.isFile() && e.name.endsWith('.json'))
        .map((e) => e.name)
        .sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async remove(name: string): Promise<void> {
    await this.fs.rm(this.path(name), { force: true });
  }

  /** Deletes temporary files a crash left behind; the real files were never touched by them. */
  async removeLeftoverTempFiles(): Promise<number> {
    let entries: string[];
    try {
      entries = await this.fs.readdir(this.folder);
    } catch {
      return 0;
    }
    const leftovers = entries.filter((e) => e.endsWith(TEMP_SUFFIX));
    await Promise.all(leftovers.map((e) => this.fs.rm(join(this.folder, e), { force: true })));
    return leftovers.length;
  }
}
