import type { EditorInput } from '../../shared/workbench-layout';

/** An editor input that names a knowledge-base item: what a link on a page opens. */
export type ItemInput = Extract<EditorInput, { id: string }>;

/** The in-page address of an item, so links are real links (hover shows where they go). */
export const itemHref = (input: ItemInput): string => `#${input.kind}/${input.id}`;
