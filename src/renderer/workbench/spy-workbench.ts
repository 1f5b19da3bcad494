/**
 * Spec support: WorkbenchActions made of the test runner's spies, and the context to render a
 * part with: `const { actions, context } = spyWorkbench(vi.fn); render(View, { props, context })`,
 * then `expect(actions.open).toHaveBeenCalledWith(…)`. The runner's spy factory is passed in
 * because shipped-code rules keep the test runner out of src/ outside spec files.
 */
import { WORKBENCH_ACTIONS_CONTEXT, type WorkbenchActions } from './workbench-actions';

type Spy = (...args: never[]) => unknown;

export function spyWorkbench(spy: () => Spy, overrides: Partial<WorkbenchActions> = {}) {
  const actions: WorkbenchActions = {
    open: spy() as WorkbenchActions['open'],
    addToHandout: spy() as WorkbenchActions['addToHandout'],
    startHandout: spy() as WorkbenchActions['startHandout'],
    isFavourite: () => false,
    toggleFavourite: spy() as WorkbenchActions['toggleFavourite'],
    runCommand: spy() as WorkbenchActions['runCommand'],
    ...overrides,
  };
  return { actions, context: new Map<symbol, WorkbenchActions>([[WORKBENCH_ACTIONS_CONTEXT, actions]]) };
}
