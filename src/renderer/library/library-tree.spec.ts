import { describe, expect, it } from 'vitest';
import compiledKnowledgeBase from 'virtual:knowledge-base';
import { createKbLookup } from '../../core/kb/kb-lookup';
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import { URGENCIES } from '../../core/kb/vocabulary';
import type { EditorInput } from '../../shared/workbench-layout';
import { ATLAS_ITEM_MIME } from '../workbench-api/item-drag';
import { describeInput } from '../workbench/registry/contribution';
import { EDITORS } from '../workbench/registry/contributions.svelte';
import {
  buildLibraryTree,
  exerciseFilterOptions,
  handoutDragPayload,
  matchesExerciseFilter,
  NO_EXERCISE_FILTER,
  toExerciseFilter,
  type ExerciseFilter,
} from './library-tree';
import { countLeaves, type TreeNode } from './tree-model';

// Typed here because the virtual module's declaration resolves to `any` in the type checker.
const knowledgeBase: KnowledgeBase = compiledKnowledgeBase;
const lookup = createKbLookup(knowledgeBase);
const labelOf = (input: EditorInput) => describeInput(EDITORS, lookup, input);
const tree = (filter: ExerciseFilter = NO_EXERCISE_FILTER) =>
  buildLibraryTree(knowledgeBase, lookup, { favourites: [], recent: [], filter, describe: labelOf });
const section = (nodes: TreeNode<unknown>[], id: string) => nodes.find((n) => n.id === id)!;

describe('buildLibraryTree', () => {
  it('gives every row a unique id, even where one condition sits under several regions', () => {
    const ids: string[] = [];
    const walk = (nodes: readonly TreeNode<unknown>[]) =>
      nodes.forEach((n) => (ids.push(n.id), n.type === 'group' && walk(n.children)));
    walk(tree());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every clinical test by name under "Clinical tests", saying which have no accuracy study', () => {
    const tests = section(tree(), 'clinical-tests');
    expect(tests.label).toBe('Clinical tests');
    expect(countLeaves(tests)).toBe(knowledgeBase.tests.length);
    const rows = tests.type === 'group' ? tests.children : [];
    const logRoll = rows.find((n) => n.label === 'Log roll test');
    expect(logRoll).toMatchObject({ type: 'leaf', value: { kind: 'clinical-test', id: 'log-roll' } });
    expect(logRoll?.description).toBe('accuracy not established');
    expect(rows.find((n) => n.label === 'Trendelenburg sign')?.description).toBeUndefined();
    expect(labelOf({ kind: 'clinical-test', id: 'fadir' })).toMatchObject({ kindLabel: 'Clinical test' });
  });

  it('puts every condition, exercise, topic and red flag in the tree', () => {
    const nodes = tree();
    const primaryPlacements = knowledgeBase.conditions.reduce(
      (n, c) => n + c.regions.filter((r) => r.role === 'primary').length,
      0,
    );
    expect(countLeaves(section(nodes, 'conditions'))).toBe(primaryPlacements);
    expect(countLeaves(section(nodes, 'exercises'))).toBe(knowledgeBase.exercises.length);
    expect(countLeaves(section(nodes, 'topics'))).toBe(knowledgeBase.topics.length);
    expect(countLeaves(section(nodes, 'red-flags'))).toBe(knowledgeBase.redFlags.length);
  });

  it('lists red flags most urgent first, with their urgency', () => {
    const flags = section(tree(), 'red-flags');
    const urgencies = flags.type === 'group' ? flags.children.map((n) => n.description!.toLowerCase()) : [];
    const rank = (urgency: string) => URGENCIES.findIndex((u) => u === urgency);
    expect(urgencies.every((u) => rank(u) >= 0)).toBe(true);
    expect(urgencies).toEqual([...urgencies].sort((a, b) => rank(a) - rank(b)));
    expect(urgencies.length).toBe(knowledgeBase.redFlags.length);
  });

  it('counts filtered exercises against the whole library', () => {
    const filter = { ...NO_EXERCISE_FILTER, position: 'standing' } as const;
    const standing = knowledgeBase.exercises.filter((e) => e.position === 'standing').length;
    expect(section(tree(filter), 'exercises').description).toBe(`${standing} of ${knowledgeBase.exercises.length}`);
  });
});

describe('exercise filters', () => {
  it('count each choice as if it were picked alongside the other filters', () => {
    const filter: ExerciseFilter = { ...NO_EXERCISE_FILTER, phase: 'load' };
    const options = exerciseFilterOptions(knowledgeBase.exercises, filter);
    for (const option of options.equipment) {
      const expected = knowledgeBase.exercises.filter(
        (e) => e.phases.includes('load') && e.equipment.includes(option.value),
      ).length;
      expect(option.count, option.value).toBe(expected);
    }
    // Only values some exercise uses are offered.
    expect(options.position.every((o) => knowledgeBase.exercises.some((e) => e.position === o.value))).toBe(true);
  });

  it('combine: an exercise must match every chosen filter', () => {
    const exercise = knowledgeBase.exercises[0]!;
    const own: ExerciseFilter = {
      equipment: exercise.equipment[0]!,
      position: exercise.position,
      phase: exercise.phases[0]!,
    };
    expect(matchesExerciseFilter(exercise, own)).toBe(true);
    const otherPosition = knowledgeBase.exercises.find((e) => e.position !== exercise.position)!.position;
    expect(matchesExerciseFilter(exercise, { ...own, position: otherPosition })).toBe(false);
  });

  it('read form values, treating anything unknown as "any"', () => {
    expect(toExerciseFilter({ equipment: 'step', position: 'upside-down', phase: '' })).toEqual({
      equipment: 'step',
      position: '',
      phase: '',
    });
  });
});

describe('handoutDragPayload', () => {
  it('carries conditions, exercises and topics as { kind, id }, and nothing else', () => {
    expect(handoutDragPayload({ kind: 'topic', id: 'x' })).toEqual({
      type: ATLAS_ITEM_MIME,
      data: '{"kind":"topic","id":"x"}',
    });
    expect(handoutDragPayload({ kind: 'red-flag', id: 'x' })).toBeUndefined();
    expect(handoutDragPayload({ kind: 'handout' })).toBeUndefined();
  });
});
