/**
 * The Library's tree, built from the knowledge base: favourites, recently opened, conditions by
 * body region, exercises by kind (narrowed by the exercise filters), advice by category, red
 * flags and clinical tests. Pure data, so the grouping is tested without rendering anything.
 */
import { humanise } from '../../core/text/humanise';
import type { KbLookup } from '../../core/kb/kb-lookup';
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import type { Exercise } from '../../core/kb/schema';
import { compareNames } from '../../core/text/compare-names';
import {
  BODY_REGION_IDS,
  EQUIPMENT,
  EXERCISE_KINDS,
  PHASES,
  POSITIONS,
  TOPIC_CATEGORIES,
  URGENCIES,
  type Equipment,
  type Phase,
  type Position,
} from '../../core/kb/vocabulary';
import type { EditorInput } from '../../shared/workbench-layout';
import { ATLAS_ITEM_MIME } from '../workbench-api/item-drag';
import type { EditorLabel } from '../workbench-api/workbench-actions';
import type { DragPayload, TreeGroup, TreeLeaf, TreeNode } from './tree-model';

/** The ids of the top-level sections, which the workbench may list in a saved `expanded` set. */
export const LIBRARY_SECTIONS = [
  'favourites',
  'recent',
  'conditions',
  'exercises',
  'topics',
  'red-flags',
  'clinical-tests',
] as const;
export type LibrarySection = (typeof LIBRARY_SECTIONS)[number];

/** Open on first use: the short personal lists and the conditions, the usual way in. */
export const DEFAULT_LIBRARY_EXPANDED: ReadonlySet<string> = new Set<LibrarySection>([
  'favourites',
  'recent',
  'conditions',
]);

/** Each filter is either one value or "any" (the empty string, as a select's value). */
export interface ExerciseFilter {
  equipment: Equipment | '';
  position: Position | '';
  phase: Phase | '';
}
export const NO_EXERCISE_FILTER: ExerciseFilter = { equipment: '', position: '', phase: '' };

/** Reads filter values from form controls: anything outside the vocabulary means "any". */
export function toExerciseFilter(raw: Readonly<Record<keyof ExerciseFilter, string>>): ExerciseFilter {
  const known = <V extends string>(values: readonly V[], value: string): V | '' =>
    values.find((v) => v === value) ?? '';
  return {
    equipment: known(EQUIPMENT, raw.equipment),
    position: known(POSITIONS, raw.position),
    phase: known(PHASES, raw.phase),
  };
}

export function isFiltering(filter: ExerciseFilter): boolean {
  return filter.equipment !== '' || filter.position !== '' || filter.phase !== '';
}

export function matchesExerciseFilter(exercise: Exercise, filter: ExerciseFilter): boolean {
  return (
    (filter.equipment === '' || exercise.equipment.includes(filter.equipment)) &&
    (filter.position === '' || exercise.position === filter.position) &&
    (filter.phase === '' || exercise.phases.includes(filter.phase))
  );
}

/** Vocabulary ids as plain words for the filters and groups; equipment "none" reads as "No equipment". */
export function vocabularyLabel(id: string): string {
  return id === 'none' ? 'No equipment' : humanise(id);
}

/** One choice of a filter, with how many exercises it would leave given the other filters. */
export interface FilterOption<V extends string> {
  value: V;
  label: string;
  count: number;
}

export interface ExerciseFilterOptions {
  equipment: FilterOption<Equipment>[];
  position: FilterOption<Position>[];
  phase: FilterOption<Phase>[];
}

/**
 * The choices each filter offers: only values some exercise uses (in vocabulary order), each
 * counted as if it were chosen with the other two filters kept, so a choice leading to nothing
 * shows (0) before it is picked.
 */
export function exerciseFilterOptions(exercises: readonly Exercise[], filter: ExerciseFilter): ExerciseFilterOptions {
  // One plain copy: the view passes reactive state, and reading a proxy in this loop costs tens of ms at start-up.
  const chosen: ExerciseFilter = { ...filter };
  const options = <K extends keyof ExerciseFilter, V extends ExerciseFilter[K] & string>(
    key: K,
    values: readonly V[],
    used: (exercise: Exercise, value: V) => boolean,
    label: (value: V) => string,
  ): FilterOption<V>[] => {
    // Choosing `value` for this filter leaves the exercises the other two keep that use `value`.
    const keptByOthers = exercises.filter((exercise) => matchesExerciseFilter(exercise, { ...chosen, [key]: '' }));
    return values
      .filter((value) => exercises.some((exercise) => used(exercise, value)))
      .map((value) => ({
        value,
        label: label(value),
        count: keptByOthers.filter((exercise) => used(exercise, value)).length,
      }));
  };
  return {
    equipment: options('equipment', EQUIPMENT, (e, v) => e.equipment.includes(v), vocabularyLabel),
    position: options('position', POSITIONS, (e, v) => e.position === v, vocabularyLabel),
    phase: options('phase', PHASES, (e, v) => e.phases.includes(v), vocabularyLabel),
  };
}

const byName = <T extends { name: string }>(a: T, b: T) => compareNames(a.name, b.name);
const leafId = (parent: string, input: EditorInput) => `${parent}/${input.kind}${'id' in input ? `:${input.id}` : ''}`;
const count = (n: number) => String(n);

function group<T>(
  id: string,
  label: string,
  children: TreeNode<T>[],
  description = count(children.length),
): TreeGroup<T> {
  return { type: 'group', id, label, children, description };
}

function leaf(parent: string, input: EditorInput, label: string, description?: string): TreeLeaf<EditorInput> {
  return { type: 'leaf', id: leafId(parent, input), label, value: input, ...(description ? { description } : {}) };
}

/** Groups items by a key in a fixed order, dropping empty groups. */
function grouped<I extends { name: string }, K extends string>(
  parent: string,
  items: readonly I[],
  order: readonly K[],
  keysOf: (item: I) => readonly K[],
  labelOf: (key: K) => string,
  toLeaf: (groupId: string, item: I) => TreeLeaf<EditorInput>,
): TreeGroup<EditorInput>[] {
  return order.flatMap((key) => {
    const members = items.filter((item) => keysOf(item).includes(key)).sort(byName);
    const id = `${parent}/${key}`;
    return members.length > 0
      ? [
          group(
            id,
            labelOf(key),
            members.map((item) => toLeaf(id, item)),
          ),
        ]
      : [];
  });
}

function personalList(
  id: LibrarySection,
  label: string,
  inputs: readonly EditorInput[],
  describe: (input: EditorInput) => EditorLabel | undefined,
): TreeGroup<EditorInput> {
  const children = inputs.flatMap((input) => {
    const label = describe(input);
    return label ? [leaf(id, input, label.title)] : [];
  });
  return group(id, label, children, children.length === 0 ? 'none yet' : count(children.length));
}

export function buildLibraryTree(
  kb: KnowledgeBase,
  lookup: KbLookup,
  lists: {
    favourites: readonly EditorInput[];
    recent: readonly EditorInput[];
    filter: ExerciseFilter;
    /** How the workbench names a page (WorkbenchActions.describe); a page it cannot name is left out. */
    describe: (input: EditorInput) => EditorLabel | undefined;
  },
): TreeNode<EditorInput>[] {
  const regionLabel = (id: string) => lookup.region(id)?.label ?? humanise(id);
  const conditions = grouped(
    'conditions',
    kb.conditions,
    BODY_REGION_IDS,
    (c) => c.regions.filter((r) => r.role === 'primary').map((r) => r.id),
    regionLabel,
    (parent, c) => leaf(parent, { kind: 'condition', id: c.id }, c.name),
  );
  const filter: ExerciseFilter = { ...lists.filter };
  const shownExercises = kb.exercises.filter((e) => matchesExerciseFilter(e, filter));
  const exercises = grouped(
    'exercises',
    shownExercises,
    EXERCISE_KINDS,
    (e) => [e.kind],
    humanise,
    (parent, e) => leaf(parent, { kind: 'exercise', id: e.id }, e.name),
  );
  const topics = grouped(
    'topics',
    kb.topics,
    TOPIC_CATEGORIES,
    (t) => [t.category],
    humanise,
    (parent, t) => leaf(parent, { kind: 'topic', id: t.id }, t.name),
  );
  const redFlags = [...kb.redFlags]
    .sort((a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) || byName(a, b))
    .map((f) => leaf('red-flags', { kind: 'red-flag', id: f.id }, f.name, humanise(f.urgency)));
  // Described by what the evidence says of them, so a test without an accuracy study shows it.
  const clinicalTests = [...kb.tests]
    .sort(byName)
    .map((t) =>
      leaf(
        'clinical-tests',
        { kind: 'clinical-test', id: t.id },
        t.name,
        t.accuracy.length > 0 ? undefined : 'accuracy not established',
      ),
    );

  return [
    personalList('favourites', 'Favourites', lists.favourites, lists.describe),
    personalList('recent', 'Recently opened', lists.recent, lists.describe),
    group('conditions', 'Conditions', conditions, count(kb.conditions.length)),
    group(
      'exercises',
      'Exercises',
      exercises,
      isFiltering(filter) ? `${shownExercises.length} of ${kb.exercises.length}` : count(kb.exercises.length),
    ),
    group('topics', 'Advice topics', topics, count(kb.topics.length)),
    group('red-flags', 'Red flags', redFlags),
    group('clinical-tests', 'Clinical tests', clinicalTests),
  ];
}

/** Conditions, exercises and advice can be dropped into the handout builder; other rows cannot be dragged. */
export function handoutDragPayload(input: EditorInput): DragPayload | undefined {
  if (input.kind !== 'condition' && input.kind !== 'exercise' && input.kind !== 'topic') return undefined;
  return { type: ATLAS_ITEM_MIME, data: JSON.stringify({ kind: input.kind, id: input.id }) };
}
