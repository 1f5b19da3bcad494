/**
 * Spec support: a fake workbench for document components that records what a page asks of it
 * (open a page, add to the handout, toggle a favourite). Shipped-code rules apply to this file,
 * so it records calls itself instead of importing the test runner's spies.
 * Use: `render(Page, { props, context: workbench.context })`, then look at `workbench.calls`.
 */
import type { EditorInput } from '../../shared/workbench-layout';
import { inputKey } from '../workbench/model/editor-input';
import { WORKBENCH_ACTIONS_CONTEXT, type HandoutItemRef, type WorkbenchActions } from '../workbench/workbench-actions';

export interface WorkbenchCalls {
  open: [EditorInput, { pinned?: boolean } | undefined][];
  addToHandout: HandoutItemRef[];
  toggleFavourite: EditorInput[];
}

export function fakeWorkbench(favourites: readonly EditorInput[] = []) {
  const favouriteKeys = new Set(favourites.map(inputKey));
  const calls: WorkbenchCalls = { open: [], addToHandout: [], toggleFavourite: [] };
  const actions: WorkbenchActions = {
    open: (input, options) => void calls.open.push([input, options]),
    addToHandout: (item) => void calls.addToHandout.push(item),
    startHandout: () => {},
    isFavourite: (input) => favouriteKeys.has(inputKey(input)),
    toggleFavourite: (input) => void calls.toggleFavourite.push(input),
    runCommand: () => {},
  };
  return { calls, context: new Map<symbol, WorkbenchActions>([[WORKBENCH_ACTIONS_CONTEXT, actions]]) };
}
