import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import compiledKnowledgeBase from 'virtual:knowledge-base';
import { createKbLookup } from '../../core/kb/kb-lookup';
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import type { EditorInput } from '../../shared/workbench-layout';
import { ATLAS_ITEM_MIME } from '../workbench-api/item-drag';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';
import { humanise } from '../../core/text/humanise';
import { describeInput } from '../workbench/registry/contribution';
import { EDITORS } from '../workbench/registry/contributions.svelte';
import { buildLibraryTree, NO_EXERCISE_FILTER } from './library-tree';
import LibraryView from './LibraryView.svelte';
import ViewSwitchingHost from './test-support/ViewSwitchingHost.svelte';
import type { TreeNode } from './tree-model';

// Typed here because the virtual module's declaration resolves to `any` in the type checker.
const knowledgeBase: KnowledgeBase = compiledKnowledgeBase;
const lookup = createKbLookup(knowledgeBase);
const labelOf = (input: EditorInput) => describeInput(EDITORS, lookup, input);

function setup(options: { expanded?: string[]; favourites?: EditorInput[]; recent?: EditorInput[] } = {}) {
  const { actions, context } = fakeWorkbench({ describe: labelOf });
  const props = {
    knowledgeBase,
    lookup,
    favourites: options.favourites ?? [],
    recent: options.recent ?? [],
    ...(options.expanded ? { expanded: new Set(options.expanded) } : {}),
  };
  render(LibraryView, { props, context });
  return { actions, tree: screen.getByRole('tree', { name: 'Library' }) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A group row: its name is its label followed by its count. */
const groupItem = (label: string, root: HTMLElement = document.body) =>
  within(root).getByRole('treeitem', { name: new RegExp(`^${escape(label)} `) });
const leafItem = (name: string, root: HTMLElement = document.body) => within(root).getByRole('treeitem', { name });
const childLeaves = (group: HTMLElement) =>
  within(group)
    .queryAllByRole('treeitem')
    .filter((el) => !el.hasAttribute('aria-expanded'));
const focused = () => document.activeElement as HTMLElement;
async function press(key: string) {
  await fireEvent.keyDown(focused(), { key });
  await tick();
}
const primaryRegions = (conditionId: string) =>
  lookup
    .condition(conditionId)!
    .regions.filter((r) => r.role === 'primary')
    .map((r) => r.id);

describe('LibraryView', () => {
  it('lists the sections in order, with favourites and recent pages on top', () => {
    const { tree } = setup();
    const topLevel = within(tree)
      .getAllByRole('treeitem')
      .filter((el) => el.getAttribute('aria-level') === '1');
    expect(topLevel.map((el) => el.querySelector('.label')!.textContent)).toEqual([
      'Favourites',
      'Recently opened',
      'Conditions',
      'Exercises',
      'Advice topics',
      'Red flags',
      'Clinical tests',
    ]);
  });

  it('groups conditions under each of their primary body regions, by the regions’ names', () => {
    const shared = knowledgeBase.conditions.find((c) => primaryRegions(c.id).length >= 2)!;
    const regionIds = primaryRegions(shared.id);
    setup({ expanded: ['conditions', ...regionIds.map((id) => `conditions/${id}`)] });
    for (const regionId of regionIds) {
      expect(leafItem(shared.name, groupItem(lookup.region(regionId)!.label))).toBeTruthy();
    }
  });

  it('does not list a condition under a region where it only refers pain', () => {
    const referred = knowledgeBase.conditions
      .flatMap((c) =>
        c.regions
          .filter((r) => r.role === 'referred' && !primaryRegions(c.id).includes(r.id))
          .map((r) => ({ condition: c, regionId: r.id })),
      )
      .find(({ regionId }) => knowledgeBase.conditions.some((other) => primaryRegions(other.id).includes(regionId)))!;
    expect(referred).toBeDefined();
    setup({ expanded: ['conditions', `conditions/${referred.regionId}`] });
    const names = childLeaves(groupItem(lookup.region(referred.regionId)!.label)).map((el) => el.textContent.trim());
    expect(names).not.toContain(referred.condition.name);
    expect(names).toHaveLength(
      knowledgeBase.conditions.filter((c) => primaryRegions(c.id).includes(referred.regionId)).length,
    );
  });

  it('groups exercises by kind with a count per kind', () => {
    const kinds = [...new Set(knowledgeBase.exercises.map((e) => e.kind))];
    setup({ expanded: ['exercises'] });
    const exercises = groupItem('Exercises');
    const kindGroups = within(exercises)
      .getAllByRole('treeitem')
      .filter((el) => el.getAttribute('aria-level') === '2');
    expect(kindGroups.map((el) => el.querySelector('.label')!.textContent).sort()).toEqual(kinds.map(humanise).sort());
    for (const kind of kinds) {
      const count = knowledgeBase.exercises.filter((e) => e.kind === kind).length;
      expect(screen.getByRole('treeitem', { name: `${humanise(kind)} ${count}` })).toBeTruthy();
    }
  });

  it('narrows the exercises with the equipment, position and phase filters, and shows the counts', async () => {
    setup();
    const equipment = screen.getByLabelText('Equipment') as HTMLSelectElement;
    const band = [...equipment.options].find((o) => o.value === 'resistance-band')!;
    const expected = knowledgeBase.exercises.filter((e) => e.equipment.includes('resistance-band'));
    expect(band.textContent).toBe(`Resistance band (${expected.length})`);
    await fireEvent.change(equipment, { target: { value: 'resistance-band' } });

    // Choosing a filter opens the exercises; * opens every kind.
    groupItem(humanise(expected[0]!.kind)).focus();
    await press('*');
    const shown = childLeaves(groupItem('Exercises')).map((el) => el.textContent.trim());
    expect(shown.sort()).toEqual(expected.map((e) => e.name).sort());
    expect(shown.length).toBeLessThan(knowledgeBase.exercises.length);
    expect(
      screen.getByText(`${expected.length} of ${knowledgeBase.exercises.length} exercises`, { exact: false }),
    ).toBeTruthy();

    const phase = screen.getByLabelText('Phase') as HTMLSelectElement;
    await fireEvent.change(phase, { target: { value: 'settle' } });
    const both = expected.filter((e) => e.phases.includes('settle'));
    expect(childLeaves(groupItem('Exercises')).length).toBe(both.length);

    await fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(equipment.value).toBe('');
    expect(screen.getByRole('treeitem', { name: `Exercises ${knowledgeBase.exercises.length}` })).toBeTruthy();
  });

  it('opens a preview tab on click and a kept tab on double click', async () => {
    const condition = knowledgeBase.conditions[0]!;
    const { actions } = setup({ expanded: ['conditions', `conditions/${primaryRegions(condition.id)[0]}`] });
    const row = leafItem(condition.name);
    await fireEvent.click(within(row).getByText(condition.name));
    expect(actions.open).toHaveBeenLastCalledWith({ kind: 'condition', id: condition.id }, { pinned: false });
    await fireEvent.dblClick(within(row).getByText(condition.name));
    expect(actions.open).toHaveBeenLastCalledWith({ kind: 'condition', id: condition.id }, { pinned: true });
  });

  it('is walked with the keyboard: into Conditions, a region, and Enter opens the condition', async () => {
    const { actions } = setup();
    groupItem('Conditions').focus();
    await press('ArrowRight');
    expect(focused().getAttribute('aria-level')).toBe('2');
    await press('ArrowRight');
    await press('ArrowRight');
    expect(focused().getAttribute('aria-level')).toBe('3');
    const name = focused().textContent.trim();
    await press('Enter');
    const opened = knowledgeBase.conditions.find((c) => c.name === name)!;
    expect(actions.open).toHaveBeenLastCalledWith({ kind: 'condition', id: opened.id }, { pinned: true });
  });

  it('carries conditions, exercises and advice into the handout by drag and drop, but not red flags', async () => {
    const exercise = knowledgeBase.exercises[0]!;
    const flag = knowledgeBase.redFlags[0]!;
    setup({ expanded: ['exercises', `exercises/${exercise.kind}`, 'red-flags'] });
    const setData = vi.fn();
    await fireEvent.dragStart(leafItem(exercise.name), { dataTransfer: { setData, effectAllowed: 'all' } });
    expect(setData).toHaveBeenCalledWith(ATLAS_ITEM_MIME, JSON.stringify({ kind: 'exercise', id: exercise.id }));
    expect(screen.getByRole('treeitem', { name: new RegExp(`^${escape(flag.name)}`) }).hasAttribute('draggable')).toBe(
      false,
    );
  });

  it('shows a start-pose picture on exercise rows', async () => {
    const exercise = knowledgeBase.exercises[0]!;
    setup({ expanded: ['exercises', `exercises/${exercise.kind}`] });
    // The drawing code loads on first use; the picture follows as soon as it is in.
    const svg = await vi.waitFor(
      () => {
        const picture = leafItem(exercise.name).querySelector('.thumbnail svg');
        expect(picture).not.toBeNull();
        return picture!;
      },
      { timeout: 20_000 },
    );
    expect(svg.getAttribute('height')).toBe('24');
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(5);
  });

  it('lists favourites and recent pages by name, leaving out ones that no longer exist', async () => {
    const exercise = knowledgeBase.exercises[1]!;
    const topic = knowledgeBase.topics[0]!;
    const { actions } = setup({
      favourites: [
        { kind: 'exercise', id: exercise.id },
        { kind: 'condition', id: 'no-longer-in-the-library' },
      ],
      recent: [{ kind: 'topic', id: topic.id }, { kind: 'handout' }],
    });
    expect(childLeaves(groupItem('Favourites')).map((el) => el.textContent.trim())).toEqual([exercise.name]);
    expect(childLeaves(groupItem('Recently opened')).map((el) => el.textContent.trim())).toEqual([
      topic.name,
      'Handout builder',
    ]);
    await fireEvent.click(within(groupItem('Favourites')).getByText(exercise.name));
    expect(actions.open).toHaveBeenLastCalledWith({ kind: 'exercise', id: exercise.id }, { pinned: false });
  });

  it('says when there are no favourites yet', () => {
    setup();
    expect(screen.getByRole('treeitem', { name: 'Favourites none yet' })).toBeTruthy();
  });

  it('keeps its open groups when the workbench switches views and back', async () => {
    render(ViewSwitchingHost, {
      props: { knowledgeBase, lookup },
      context: fakeWorkbench({ describe: labelOf }).context,
    });
    await fireEvent.click(within(groupItem('Advice topics')).getAllByText('Advice topics')[0]!);
    expect(groupItem('Advice topics').getAttribute('aria-expanded')).toBe('true');
    await fireEvent.click(screen.getByRole('button', { name: 'Switch view' }));
    expect(screen.queryByRole('tree')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Switch view' }));
    expect(groupItem('Advice topics').getAttribute('aria-expanded')).toBe('true');
  });

  // Every group of the whole knowledge base open: seconds in jsdom on two busy cores.
  it('renders the whole library, every group open', { timeout: 30_000 }, () => {
    const allGroups = (nodes: readonly TreeNode<EditorInput>[]): string[] =>
      nodes.flatMap((n) => (n.type === 'group' ? [n.id, ...allGroups(n.children)] : []));
    const expanded = allGroups(
      buildLibraryTree(knowledgeBase, lookup, {
        favourites: [],
        recent: [],
        filter: NO_EXERCISE_FILTER,
        describe: labelOf,
      }),
    );
    const { tree } = setup({ expanded });
    expect(within(tree).getAllByRole('treeitem').length).toBeGreaterThan(100);
  });
});
