import type { EditorInput } from '../../shared/workbench-layout';

export type { EditorInput };

/** A stable key for an editor input: two tabs never show the same input. */
export function inputKey(input: EditorInput): string {
  return 'id' in input ? `${input.kind}:${input.id}` : input.kind;
}

export function sameInput(a: EditorInput, b: EditorInput): boolean {
  return inputKey(a) === inputKey(b);
}
