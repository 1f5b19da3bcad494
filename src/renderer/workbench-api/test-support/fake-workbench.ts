/**
 * The one fake of WorkbenchActions, for component specs (test code: never imported by shipped
 * code, which the layer rules check). Every action is a spy, and the calls are also kept as
 * plain lists:
 *   const workbench = fakeWorkbench({ favourites: [input] });
 *   render(Page, { props, context: workbench.context });
 *   expect(workbench.actions.open).toHaveBeenCalledWith(…)  or  expect(workbench.calls.open).toEqual([…])
 */
import { vi } from 'vitest';
import type { EditorInput } from '../../../shared/workbench-layout';
import { inputKey } from '../editor-input';
import {
  WORKBENCH_ACTIONS_CONTEXT,
  type EditorLabel,
  type HandoutItemRef,
  type WorkbenchActions,
} from '../workbench-actions';

export interface WorkbenchCalls {
  open: [EditorInput, { pinned?: boolean } | undefined][];
  addToHandout: HandoutItemRef[];
  toggleFavourite: EditorInput[];
}

/** Names an input by its id (a spec that shows names passes the registry's `describe`). */
const describeById = (input: EditorInput): EditorLabel => ({
  title: 'id' in input ? input.id : input.kind,
  icon: 'library',
});

export function fakeWorkbench(options: { favourites?: readonly EditorInput[] } & Partial<WorkbenchActions> = {}) {
  const { favourites = [], ...overrides } = options;
  const favouriteKeys = new Set(favourites.map(inputKey));
  const calls: WorkbenchCalls = { open: [], addToHandout: [], toggleFavourite: [] };
  const actions = {
    open: vi.fn<WorkbenchActions['open']>((input, openOptions) => void calls.open.push([input, openOptions])),
    addToHandout: vi.fn<WorkbenchActions['addToHandout']>((item) => void calls.addToHandout.push(item)),
    startHandout: vi.fn<WorkbenchActions['startHandout']>(),
    isFavourite: (input: EditorInput) => favouriteKeys.has(inputKey(input)),
    toggleFavourite: vi.fn<WorkbenchActions['toggleFavourite']>((input) => void calls.toggleFavourite.push(input)),
    runCommand: vi.fn<WorkbenchActions['runCommand']>(),
    describe: describeById,
    ...overrides,
  };
  return {
    actions,
    calls,
    context: new Map<symbol, WorkbenchActions>([[WORKBENCH_ACTIONS_CONTEXT, actions]]),
  };
}
