import type { KbLookup } from '../../core/kb/kb-lookup';
import { humanise } from '../../core/text/humanise';
import type { EditorInput } from '../../shared/workbench-layout';
import type { IconName } from './icons';

const TOOL_TITLES = {
  handout: 'Handout builder',
  gallery: 'Exercise illustrations',
  triage: 'Body map & triage',
  welcome: 'Welcome',
} as const;
const KIND_ICONS = {
  condition: 'condition',
  exercise: 'exercise',
  topic: 'topic',
  'red-flag': 'redFlag',
  handout: 'handout',
  gallery: 'exercise',
  triage: 'bodyMap',
  welcome: 'library',
} as const satisfies Record<EditorInput['kind'], IconName>;

function kbName(lookup: KbLookup, input: EditorInput): string | undefined {
  switch (input.kind) {
    case 'condition':
      return lookup.condition(input.id)?.name;
    case 'exercise':
      return lookup.exercise(input.id)?.name;
    case 'topic':
      return lookup.topic(input.id)?.name;
    case 'red-flag':
      return lookup.redFlag(input.id)?.name;
    default:
      return TOOL_TITLES[input.kind];
  }
}

/** Whether an editor input still refers to something that exists (restored layouts may not). */
export function inputExists(lookup: KbLookup, input: EditorInput): boolean {
  return kbName(lookup, input) !== undefined;
}

export function editorTitle(lookup: KbLookup, input: EditorInput): string {
  return kbName(lookup, input) ?? 'Missing item';
}

export function editorIcon(input: EditorInput): IconName {
  return KIND_ICONS[input.kind];
}

/** Where a page sits, as VS Code's breadcrumbs: "Lateral hip › Greater trochanteric pain syndrome". */
export function editorBreadcrumbs(lookup: KbLookup, input: EditorInput): string[] {
  const title = editorTitle(lookup, input);
  switch (input.kind) {
    case 'condition': {
      const primary = lookup.condition(input.id)?.regions.find((r) => r.role === 'primary');
      return ['Conditions', ...(primary ? [lookup.region(primary.id)?.label ?? primary.id] : []), title];
    }
    case 'exercise': {
      const kind = lookup.exercise(input.id)?.kind;
      return ['Exercises', ...(kind ? [humanise(kind)] : []), title];
    }
    case 'topic': {
      const category = lookup.topic(input.id)?.category;
      return ['Advice', ...(category ? [humanise(category)] : []), title];
    }
    case 'red-flag':
      return ['Red flags', title];
    default:
      return [title];
  }
}
