/**
 * Hot exit: the consult in progress (the handout in the builder, the body map and its answers) is
 * kept as the physio works and comes back when the window starts again, after a reload, a crash
 * or a restart. It is stored through the AppApi as the `draft` user file, like every other thing
 * the app keeps; see shared/consult-draft.ts for what it holds.
 */
import type { AppApi } from '../../../shared/app-api';
import {
  CONSULT_DRAFT_ID,
  CONSULT_DRAFT_SCHEMA_VERSION,
  type ConsultDraft,
  type KeptHandout,
  type KeptTriage,
} from '../../../shared/consult-draft';
import type { NotificationTone } from '../notifications.svelte';
import { LatestValueWriter } from './latest-value-writer';

/** The draft is written this long after the last change: a burst of typing is one write. */
export const DRAFT_WRITE_DELAY_MS = 400;

/** What the consult holds now; both parts absent means there is nothing to keep. */
export interface ConsultState {
  handout?: KeptHandout | undefined;
  triage?: KeptTriage | undefined;
}

export interface ConsultDraftKeeperOptions {
  appApi: Pick<AppApi, 'listUserFiles' | 'saveUserFile' | 'deleteUserFile'>;
  notify: (message: string, tone: NotificationTone) => void;
  now?: () => Date;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class ConsultDraftKeeper {
  #kept: Promise<ConsultDraft | undefined> | undefined;
  /**
   * The store could not be asked, or holds a newer version's draft: then nothing is written over it
   * (a damaged draft is moved aside by the store, so a new one may be written).
   */
  #unreadable = false;
  #failing = false;
  readonly #options: ConsultDraftKeeperOptions;
  readonly #writer: LatestValueWriter<ConsultState>;

  constructor(options: ConsultDraftKeeperOptions) {
    this.#options = options;
    this.#writer = new LatestValueWriter(
      (state) => this.#write(state),
      DRAFT_WRITE_DELAY_MS,
      (error) => {
        // Said once, not at every keystroke; said again if it fails again after working.
        if (!this.#failing)
          options.notify(
            `The consult in progress could not be kept, so a restart would lose it: ${messageOf(error)}`,
            'warning',
          );
        this.#failing = true;
      },
    );
  }

  /**
   * The draft kept by the last window, read once (every session waits for the same answer). A
   * damaged one was moved aside by the store: it is reported here and the window starts clean.
   */
  read(): Promise<ConsultDraft | undefined> {
    this.#kept ??= this.#readKept();
    return this.#kept;
  }

  /**
   * Keeps what `current` returns from now on, written shortly after each change and removed when
   * the consult is empty again ("New patient"), until the returned function is called. `restored`
   * is what the sessions were given back, so a change made between a session's restore and this
   * call is written too. A change not yet written is written at once when the page goes away.
   */
  watch(current: () => ConsultState, restored: ConsultState): () => void {
    if (this.#unreadable) return () => {};
    let last = JSON.stringify(restored);
    const stop = $effect.root(() => {
      $effect(() => {
        const state = current();
        const key = JSON.stringify(state);
        if (key !== last) this.#writer.schedule(state);
        last = key;
      });
    });
    const flush = () => void this.#writer.flush();
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      stop();
      flush();
    };
  }

  async #readKept(): Promise<ConsultDraft | undefined> {
    const { notify } = this.#options;
    try {
      const { files, damaged } = await this.#options.appApi.listUserFiles('draft');
      for (const file of damaged) {
        // A newer version's draft stays where it is for that version to open: never written over.
        if (file.reason === 'newer') this.#unreadable = true;
        notify(
          file.reason === 'newer'
            ? `The consult in progress was kept by a newer version of Stride Atlas, so this version leaves it as it is (${file.keptAs}). This window starts with a new consult and does not keep it.`
            : `The consult in progress could not be brought back (${file.message}). It was kept as ${file.keptAs}; this window starts with a new consult.`,
          'warning',
        );
      }
      return files.find((file) => file.id === CONSULT_DRAFT_ID);
    } catch (error) {
      this.#unreadable = true;
      notify(
        `The consult in progress could not be read (${messageOf(error)}). This window starts with a new consult and does not keep it, so the one kept is not replaced; restart Stride Atlas to try again.`,
        'warning',
      );
      return undefined;
    }
  }

  async #write({ handout, triage }: ConsultState): Promise<void> {
    const { appApi, now = () => new Date() } = this.#options;
    if (!handout && !triage) await appApi.deleteUserFile('draft', CONSULT_DRAFT_ID);
    else
      await appApi.saveUserFile('draft', {
        schemaVersion: CONSULT_DRAFT_SCHEMA_VERSION,
        id: CONSULT_DRAFT_ID,
        updatedAt: now().toISOString(),
        ...(handout && { handout }),
        ...(triage && { triage }),
      });
    this.#failing = false;
  }
}
