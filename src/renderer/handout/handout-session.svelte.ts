/**
 * The handout being built: one per window, created by the workbench and shared by the builder
 * tab, the Handout side view, "Add to handout" on pages, triage's "Start handout" and drops from
 * the Library. Every change is an immutable replacement of the draft, so undo is a stack of
 * earlier drafts and a burst of typing in one field is one undo step.
 */
import {
  createHandout,
  draftHandout,
  templateProgramme,
  type NewHandoutInput,
} from '../../core/handout/create-handout';
import {
  HANDOUT_SCHEMA_VERSION,
  handoutExerciseSchema,
  handoutSchema,
  handoutTemplateSchema,
  type Handout,
  type HandoutExercise,
  type HandoutOptions,
  type HandoutOutcome,
  type HandoutSection,
  type HandoutTemplate,
} from '../../core/handout/handout';
import { untrack } from 'svelte';
import type { KbLookup } from '../../core/kb/kb-lookup';
import type { AppApi } from '../../shared/app-api';
import type { KeptHandout } from '../../shared/consult-draft';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import type { HandoutItemRef } from '../workbench-api/workbench-actions';
import { entryForExercise, programmeForCondition } from './condition-programme';
import { localDate } from './local-date';

/** Keystrokes in one field closer together than this are one undo step. */
export const TYPING_BURST_MS = 1000;
const UNDO_LIMIT = 200;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface AddResult {
  status: 'added' | 'duplicate' | 'full' | 'unknown';
  /** The item's name (its id when it is unknown). */
  title: string;
}

/** Something the builder tab should do as soon as it is shown (asked for from the side view). */
export type HandoutRequest = 'export' | 'print';

interface Draft {
  handout: Handout;
  revision: number;
}

export interface HandoutSessionOptions {
  lookup: KbLookup;
  appApi: Pick<AppApi, 'saveUserFile'>;
  /** The clock; tests pass a fake one. */
  now?: () => Date;
  newId?: () => string;
}

type TextField = 'patientName' | 'clinicianName' | 'notes';
const TEXT_LIMITS: Record<TextField, number> = { patientName: 120, clinicianName: 120, notes: 5000 };

/** The first `limit` UTF-16 units of `value` (what the schema counts), never half an emoji or rare letter. */
function truncateText(value: string, limit: number): string {
  const cut = value.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
type ListKind = 'condition' | 'exercise' | 'topic';
const LIST_OF = { condition: 'conditions', exercise: 'exercises', topic: 'topics' } as const;

export class HandoutSession {
  readonly lookup: KbLookup;
  /** The draft. Replaced, never mutated: read it freely, change it through the methods. */
  handout: Handout;
  /** The last thing worth telling the user (a duplicate ignored, a draft replaced), for a live region. */
  notice = $state<string | undefined>(undefined);
  /** Bumped whenever a handout or template is saved or deleted, so lists of them reload. */
  storeVersion = $state(0);
  requested = $state<HandoutRequest | undefined>(undefined);

  #revision = $state(0);
  /** Revisions of the draft that are stored as they are (a fresh empty draft counts: nothing to lose). */
  #savedRevisions = $state.raw(new Set<number>([0]));
  /** Revisions that are a stored handout exactly as stored (saved here, or opened from the saved ones). */
  #storedRevisions = $state.raw(new Set<number>());
  #undo = $state.raw<Draft[]>([]);
  #redo = $state.raw<Draft[]>([]);
  #nextRevision = 1;
  #lastEdit: { key: string; at: number } | undefined;
  #settings: Settings = DEFAULT_SETTINGS;
  readonly #appApi: Pick<AppApi, 'saveUserFile'>;
  readonly #now: () => Date;
  readonly #newId: () => string;

  readonly dirty = $derived(!this.#savedRevisions.has(this.#revision));
  readonly canUndo = $derived(this.#undo.length > 0);
  readonly canRedo = $derived(this.#redo.length > 0);

  /** Conditions, exercises and advice topics in the draft (the status bar shows it). */
  get itemCount(): number {
    return this.handout.conditions.length + this.handout.exercises.length + this.handout.topics.length;
  }

  constructor(options: HandoutSessionOptions) {
    this.lookup = options.lookup;
    this.#appApi = options.appApi;
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? (() => crypto.randomUUID());
    this.handout = $state.raw(this.#blank());
  }

  /**
   * The clinic's defaults for new handouts (paper, units, large print, review interval,
   * clinician). A draft nobody has touched yet is remade with them.
   */
  useSettings(settings: Settings): void {
    if (settings === this.#settings) return;
    this.#settings = settings;
    // Untracked: an effect that passes the settings in must not rerun on every edit.
    untrack(() => {
      if (this.#revision === 0 && this.#undo.length === 0) this.handout = this.#blank(this.handout.id);
    });
  }

  // ---- items ----

  add(item: HandoutItemRef): AddResult {
    const h = this.handout;
    const title = this.#title(item);
    if (title === undefined)
      return this.#tell({ status: 'unknown', title: item.id }, `“${item.id}” is not in the knowledge base.`);
    if (this.#has(item)) return this.#tell({ status: 'duplicate', title }, `${title} is already in the handout.`);
    const list = LIST_OF[item.kind];
    const next: Handout =
      item.kind === 'exercise'
        ? {
            ...h,
            exercises: [
              ...h.exercises,
              entryForExercise(this.lookup, this.lookup.exercise(item.id)!, h.conditions, h.options.units),
            ],
          }
        : { ...h, [list]: [...h[list as 'conditions' | 'topics'], item.id] };
    // The handout schema caps each list (60 exercises…); a handout past a cap could not be saved.
    if (!handoutSchema.safeParse(next).success)
      return this.#tell({ status: 'full', title }, `The handout cannot hold more ${list}.`);
    this.#commit(next);
    return this.#tell({ status: 'added', title }, `${title} added to the handout.`);
  }

  remove(item: HandoutItemRef): void {
    const h = this.handout;
    if (!this.#has(item)) return;
    if (item.kind === 'exercise')
      this.#commit({ ...h, exercises: h.exercises.filter((e) => e.exerciseId !== item.id) });
    else this.#commit({ ...h, [LIST_OF[item.kind]]: h[LIST_OF[item.kind]].filter((id) => id !== item.id) });
  }

  /** Moves an entry of a list (the exercise programme by default) from one position to another. */
  move(from: number, to: number, kind: ListKind = 'exercise'): void {
    const list = this.handout[LIST_OF[kind]] as readonly unknown[];
    if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return;
    const next = [...list];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    this.#commit({ ...this.handout, [LIST_OF[kind]]: next });
  }

  /**
   * Changes an exercise's dosage. A change the handout schema refuses (0 sets, 11 times a day) is
   * ignored and reported as false, so the draft is always a valid handout.
   */
  updateExercise(index: number, patch: Partial<Omit<HandoutExercise, 'exerciseId'>>): boolean {
    const current = this.handout.exercises[index];
    if (!current) return false;
    const parsed = handoutExerciseSchema.safeParse({ ...current, ...patch });
    if (!parsed.success) return false;
    const exercises = this.handout.exercises.map((e, i) => (i === index ? parsed.data : e));
    this.#commit(
      { ...this.handout, exercises },
      `exercise:${current.exerciseId}:${Object.keys(patch).sort().join(',')}`,
    );
    return true;
  }

  // ---- details and options ----

  setPatientName(value: string): void {
    this.#setText('patientName', value);
  }

  setClinicianName(value: string): void {
    this.#setText('clinicianName', value);
  }

  setNotes(value: string): void {
    this.#setText('notes', value);
  }

  /** Ignores anything but a YYYY-MM-DD day (a half-typed date in the field). */
  setDate(value: string): void {
    if (DATE.test(value) && value !== this.handout.date) this.#commit({ ...this.handout, date: value }, 'date');
  }

  /** An empty value means no review date. */
  setReviewDate(value: string | null): void {
    const reviewDate = value === null || value === '' ? null : value;
    if (reviewDate !== null && !DATE.test(reviewDate)) return;
    if (reviewDate !== this.handout.reviewDate) this.#commit({ ...this.handout, reviewDate }, 'reviewDate');
  }

  setOptions(patch: Partial<Omit<HandoutOptions, 'include'>>): void {
    this.#commit({ ...this.handout, options: { ...this.handout.options, ...patch } });
  }

  setIncluded(section: HandoutSection, included: boolean): void {
    const { options } = this.handout;
    this.#commit({ ...this.handout, options: { ...options, include: { ...options.include, [section]: included } } });
  }

  // ---- outcome scores ----

  /**
   * Keeps an outcome score with the handout, in date order (a later entry of the same day after
   * the earlier ones), so "since last time" is always the one before it. False when the handout
   * cannot hold it.
   */
  addOutcome(record: HandoutOutcome): boolean {
    const outcomes = [...this.handout.outcomes];
    const at = outcomes.findIndex((o) => o.date > record.date);
    outcomes.splice(at === -1 ? outcomes.length : at, 0, record);
    const next = { ...this.handout, outcomes };
    if (!handoutSchema.safeParse(next).success) return false;
    this.#commit(next);
    return true;
  }

  removeOutcome(index: number): void {
    if (index < 0 || index >= this.handout.outcomes.length) return;
    this.#commit({ ...this.handout, outcomes: this.handout.outcomes.filter((_, i) => i !== index) });
  }

  // ---- history ----

  undo(): void {
    const previous = this.#undo.at(-1);
    if (!previous) return;
    this.#undo = this.#undo.slice(0, -1);
    this.#redo = [...this.#redo, this.#draft()];
    this.#restore(previous);
  }

  redo(): void {
    const next = this.#redo.at(-1);
    if (!next) return;
    this.#redo = this.#redo.slice(0, -1);
    this.#undo = [...this.#undo, this.#draft()];
    this.#restore(next);
  }

  // ---- whole handouts ----

  /** An empty handout with the clinic's defaults. Undo brings the previous draft back. */
  newHandout(): void {
    this.#replace(this.#blank(), 'saved');
  }

  /** A handout for a condition: it, its first phase's exercises and its advice topics. */
  startFromCondition(conditionId: string): AddResult {
    const condition = this.lookup.condition(conditionId);
    if (!condition)
      return this.#tell(
        { status: 'unknown', title: conditionId },
        `“${conditionId}” is not a condition in the knowledge base.`,
      );
    this.#replace(this.#fresh(programmeForCondition(this.lookup, condition, this.#settings.units)), 'unsaved');
    return { status: 'added', title: condition.name };
  }

  startFromTemplate(template: HandoutTemplate): void {
    this.#replace(this.#fresh(templateProgramme(template)), 'unsaved');
  }

  /** Opens a saved handout as it was saved. */
  load(handout: Handout): void {
    const draft = this.#replace(handoutSchema.parse(handout), 'saved');
    this.#storedRevisions = new Set([...this.#storedRevisions, draft.revision]);
  }

  /**
   * What the kept consult holds of the builder (see shared/consult-draft.ts): unsaved work whole,
   * a saved handout by its id only, and nothing for a blank handout. Reactive, so it can be watched.
   */
  get kept(): KeptHandout | undefined {
    if (this.dirty) return { state: 'unsaved', handout: this.handout };
    if (this.#storedRevisions.has(this.#revision)) return { state: 'saved', handoutId: this.handout.id };
    return undefined;
  }

  /**
   * Brings the builder back as the kept consult held it, when a window starts: a saved handout
   * (already read and checked by the caller) or unsaved work, which stays unsaved. Not an undo step.
   */
  restoreKept(handout: Handout, state: KeptHandout['state']): void {
    this.handout = handout;
    this.#revision = this.#nextRevision++;
    if (state === 'saved') {
      this.#savedRevisions = new Set([...this.#savedRevisions, this.#revision]);
      this.#storedRevisions = new Set([...this.#storedRevisions, this.#revision]);
    }
  }

  /**
   * A copy of a saved handout, as a new unsaved handout dated today. The outcome scores come too:
   * they are the patient's record, and today's score is compared with them.
   */
  duplicate(handout: Handout): void {
    const { conditions, exercises, topics, notes, options, patientName, clinicianName, outcomes } = handout;
    this.#replace(
      this.#fresh({ conditions, exercises, topics, notes, options, patientName, clinicianName, outcomes }),
      'unsaved',
    );
  }

  /** Asks the builder tab to export or print as soon as it shows (see `takeRequest`). */
  request(what: HandoutRequest): void {
    this.requested = what;
  }

  takeRequest(): HandoutRequest | undefined {
    const what = this.requested;
    this.requested = undefined;
    return what;
  }

  // ---- storage ----

  /** Saves the draft (creating or replacing the stored handout with its id). */
  async save(): Promise<Handout> {
    const revision = this.#revision;
    const saved = handoutSchema.parse({ ...this.handout, updatedAt: this.#now().toISOString() });
    await this.#appApi.saveUserFile('handout', saved);
    // Typing may have gone on while the file was written: only then is the draft not the saved one.
    if (this.#revision === revision) this.handout = saved;
    this.#savedRevisions = new Set([...this.#savedRevisions, revision]);
    this.#storedRevisions = new Set([...this.#storedRevisions, revision]);
    this.storeVersion += 1;
    return saved;
  }

  /** Saves the programme (no patient, no dates) as a named template. */
  async saveAsTemplate(name: string): Promise<HandoutTemplate> {
    const { conditions, exercises, topics, notes, options } = this.handout;
    const now = this.#now().toISOString();
    const template = handoutTemplateSchema.parse({
      schemaVersion: HANDOUT_SCHEMA_VERSION,
      id: this.#newId(),
      name: name.trim(),
      conditions,
      exercises,
      topics,
      notes,
      options,
      createdAt: now,
      updatedAt: now,
    });
    await this.#appApi.saveUserFile('template', template);
    this.storeVersion += 1;
    return template;
  }

  /** Called after a stored handout or template was deleted elsewhere, so lists reload. */
  storeChanged(): void {
    this.storeVersion += 1;
  }

  // ---- internals ----

  #title(item: HandoutItemRef): string | undefined {
    if (item.kind === 'condition') return this.lookup.condition(item.id)?.name;
    if (item.kind === 'exercise') return this.lookup.exercise(item.id)?.name;
    return this.lookup.topic(item.id)?.name;
  }

  #has(item: HandoutItemRef): boolean {
    const h = this.handout;
    return item.kind === 'exercise'
      ? h.exercises.some((e) => e.exerciseId === item.id)
      : h[LIST_OF[item.kind]].includes(item.id);
  }

  #tell<T>(result: T, notice: string): T {
    this.notice = notice;
    return result;
  }

  #setText(field: TextField, value: string): void {
    const text = truncateText(value, TEXT_LIMITS[field]);
    if (text !== this.handout[field]) this.#commit({ ...this.handout, [field]: text }, field);
  }

  #draft(): Draft {
    return { handout: this.handout, revision: this.#revision };
  }

  /** A new handout's input: `input`, with the clinic's defaults for what it leaves out. */
  #newInput(input: Partial<NewHandoutInput>): NewHandoutInput {
    const settings = this.#settings;
    const now = this.#now();
    return {
      id: this.#newId(),
      now: now.toISOString(),
      date: localDate(now),
      reviewAfterWeeks: settings.handoutDefaults.reviewAfterWeeks,
      // Settings allow a longer name than a handout holds.
      clinicianName: truncateText(settings.clinicianName, TEXT_LIMITS.clinicianName),
      ...input,
      options: input.options ?? {
        paperSize: settings.paperSize,
        units: settings.units,
        largePrint: settings.handoutDefaults.largePrint,
      },
    };
  }

  #fresh(input: Partial<NewHandoutInput>): Handout {
    return createHandout(this.#newInput(input));
  }

  /** An empty draft. Valid by construction (validated settings, limits applied), so not parsed: see draftHandout. */
  #blank(id?: string): Handout {
    return draftHandout(this.#newInput(id === undefined ? {} : { id }));
  }

  #commit(next: Handout, burstKey?: string): Draft {
    const at = this.#now().getTime();
    const sameBurst =
      burstKey !== undefined && this.#lastEdit?.key === burstKey && at - this.#lastEdit.at < TYPING_BURST_MS;
    if (!sameBurst) this.#undo = [...this.#undo, this.#draft()].slice(-UNDO_LIMIT);
    this.#redo = [];
    this.#lastEdit = burstKey === undefined ? undefined : { key: burstKey, at };
    this.handout = next;
    this.#revision = this.#nextRevision++;
    return this.#draft();
  }

  #restore(draft: Draft): void {
    this.handout = draft.handout;
    this.#revision = draft.revision;
    this.#lastEdit = undefined;
  }

  /** Replaces the whole draft as one undoable step, saying so when unsaved work was set aside. */
  #replace(next: Handout, state: 'saved' | 'unsaved'): Draft {
    const hadUnsavedWork =
      this.dirty && this.itemCount + this.handout.patientName.length + this.handout.notes.length > 0;
    const draft = this.#commit(next);
    if (state === 'saved') this.#savedRevisions = new Set([...this.#savedRevisions, draft.revision]);
    this.notice = hadUnsavedWork
      ? 'The previous handout had unsaved changes: Undo (Ctrl+Z) brings it back.'
      : undefined;
    return draft;
  }
}
