/**
 * What a view or an editor kind contributes to the workbench, and what the workbench gives it.
 * The entries themselves are in ./contributions.svelte, one per view and per editor kind: the
 * workbench renders whatever is registered there (docs/ARCHITECTURE.md, "Adding a view").
 */
import type { Snippet } from 'svelte';
import type { FigurePaletteName } from '../../../core/figures';
import type { KbLookup } from '../../../core/kb/kb-lookup';
import type { KnowledgeBase } from '../../../core/kb/knowledge-base';
import type { SearchEngine } from '../../../core/search/search-engine';
import type { AppApi } from '../../../shared/app-api';
import type { Settings } from '../../../shared/settings';
import type { EditorInput } from '../../../shared/workbench-layout';
import type { IconName } from '../../ui/icons';
import type { EditorLabel } from '../../workbench-api/workbench-actions';
import type { CommandRegistry } from '../commands/command-registry.svelte';
import type { LazyPart } from './lazy-part.svelte';
import type { WorkbenchSessions } from './sessions';

/** What the workbench gives the views and editors it renders. Reading a field is reactive. */
export interface WorkbenchServices {
  readonly appApi: AppApi;
  readonly knowledgeBase: KnowledgeBase;
  /** Look-ups into `knowledgeBase`, built once for the window. */
  readonly lookup: KbLookup;
  readonly searchEngine: SearchEngine;
  /** The resolved colour theme, for the exercise figures. */
  readonly theme: FigurePaletteName;
  readonly settings: Settings;
  /** Applies new settings at once and saves them (see window-state/window-state.svelte.ts). */
  changeSettings(next: Settings): void;
  /** Where user data lives, in words (a folder, or "this browser"). */
  readonly dataLocation: string;
  readonly favourites: readonly EditorInput[];
  readonly recent: readonly EditorInput[];
  /** The patient's body map and handout, which outlive the views that show them. */
  readonly sessions: WorkbenchSessions;
  readonly commands: CommandRegistry;
  readonly isMac: boolean;
  /** A view's own state, created on first use and kept while the window is open (across view switches). */
  keep<T>(key: string, create: () => T): T;
}

/** A side-bar view: a button in the activity bar, a command (and key) that shows it, its content. */
export interface ViewContribution {
  /** Stored in the saved layout as the active view; kebab-case. */
  id: string;
  title: string;
  icon: IconName;
  keybinding?: string;
  /** The command palette's title; "View: Show <title>" if not given. */
  commandTitle?: string;
  /** The view's code when it is not on the first screen: loaded when first shown, prefetched after start-up. */
  part?: LazyPart<unknown>;
  render: Snippet<[WorkbenchServices]>;
  /** Where keyboard focus goes when the view is shown by its command or button; left alone if absent. */
  focus?: (content: HTMLElement) => void;
  /** Forgets what the view holds about the patient (the "New patient" command). */
  clear?: (services: WorkbenchServices) => void;
}

export type EditorKind = EditorInput['kind'];
export type InputOf<K extends EditorKind> = Extract<EditorInput, { kind: K }>;

/** An editor kind: what its tab says and shows. Its key in the registry is its kind in the saved layout. */
export interface EditorContribution<K extends EditorKind> {
  icon: IconName;
  /** What kind of page it is, in words ("Condition"); absent for the tools. */
  kindLabel?: string;
  /** The tab's title; undefined when the input names something no longer in the knowledge base. */
  title(lookup: KbLookup, input: InputOf<K>): string | undefined;
  /** Where the page sits, before its title: ["Conditions", "Lateral hip"]. */
  breadcrumbs?(lookup: KbLookup, input: InputOf<K>): string[];
  part?: LazyPart<unknown>;
  render: Snippet<[InputOf<K>, WorkbenchServices]>;
}

/** One entry per editor kind of the layout schema (src/shared/workbench-layout-schema.ts), checked by the type. */
export type EditorRegistry = { readonly [K in EditorKind]: EditorContribution<K> };

/** The entry for an input's kind. (TypeScript cannot tie a mapped type's key to its value here.) */
export function editorFor(editors: EditorRegistry, input: EditorInput): EditorContribution<EditorKind> {
  return editors[input.kind] as EditorContribution<EditorKind>;
}

export function describeInput(editors: EditorRegistry, lookup: KbLookup, input: EditorInput): EditorLabel | undefined {
  const editor = editorFor(editors, input);
  const title = editor.title(lookup, input);
  if (title === undefined) return undefined;
  return { title, icon: editor.icon, ...(editor.kindLabel ? { kindLabel: editor.kindLabel } : {}) };
}

/** Where a page sits, as VS Code's breadcrumbs: "Conditions › Lateral hip › Gluteal tendinopathy". */
export function breadcrumbsOf(editors: EditorRegistry, lookup: KbLookup, input: EditorInput): string[] {
  const editor = editorFor(editors, input);
  const title = editor.title(lookup, input);
  if (title === undefined) return ['Missing item'];
  return [...(editor.breadcrumbs?.(lookup, input) ?? []), title];
}
