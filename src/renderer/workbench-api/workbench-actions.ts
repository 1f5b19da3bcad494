import { getContext, setContext } from 'svelte';
import type { EditorInput } from '../../shared/workbench-layout';
import type { IconName } from '../ui/icons';

/** A knowledge-base item that can go into a handout. */
export type HandoutItemRef = { kind: 'condition' | 'exercise' | 'topic'; id: string };

/** How the workbench names an editor input: on its tab, in the Library and in Quick Open. */
export interface EditorLabel {
  title: string;
  icon: IconName;
  /** What kind of page it is, in words ("Condition", "Advice"); absent for the tools. */
  kindLabel?: string;
}

/**
 * What any part of the workbench may ask of the workbench: open a page, add to the handout, run
 * a command, name a page. Views and pages get it from context instead of importing the workbench,
 * so they stay testable with a fake (test-support/fake-workbench.ts) and the workbench stays the
 * one place that owns tabs and the handout.
 */
export interface WorkbenchActions {
  /** Opens an editor; a preview tab unless `pinned` (double click, Enter with Ctrl, or an edit). */
  open(input: EditorInput, options?: { pinned?: boolean }): void;
  addToHandout(item: HandoutItemRef): void;
  /** Starts a fresh handout for a condition (from triage) and opens it. */
  startHandout(conditionId: string): void;
  isFavourite(input: EditorInput): boolean;
  toggleFavourite(input: EditorInput): void;
  runCommand(commandId: string): void;
  /** The input's label, from its editor kind's entry in the registry; undefined once it names nothing. */
  describe(input: EditorInput): EditorLabel | undefined;
}

/** Exported so component specs can supply a fake: `render(C, { props, context: new Map([[WORKBENCH_ACTIONS_CONTEXT, fake]]) })`. */
export const WORKBENCH_ACTIONS_CONTEXT = Symbol('workbench-actions');

export function setWorkbenchActions(actions: WorkbenchActions): void {
  setContext(WORKBENCH_ACTIONS_CONTEXT, actions);
}

export function getWorkbenchActions(): WorkbenchActions {
  const actions = getContext<WorkbenchActions | undefined>(WORKBENCH_ACTIONS_CONTEXT);
  if (!actions) throw new Error('getWorkbenchActions() called outside the workbench');
  return actions;
}
