import type { ItemKind } from '../../core/kb/knowledge-base';
import type { SearchEngine } from '../../core/search/search-engine';
import type { EditorInput } from '../../shared/workbench-layout';
import type { Command } from '../commands/command-registry.svelte';
import { fuzzyMatch, type MatchRange } from '../commands/fuzzy-match';
import type { IconName } from '../workbench/icons';

/** One row of the quick input: what it shows and what choosing it does. */
export interface QuickInputEntry {
  key: string;
  label: string;
  /** Characters of `label` to highlight. */
  ranges: readonly MatchRange[];
  icon: IconName | undefined;
  /** Shown muted after the label: the kind of item, or where it is. */
  detail: string;
  keybinding: string | undefined;
  target: { type: 'command'; id: string } | { type: 'item'; input: EditorInput };
}

export const COMMAND_PREFIX = '>';
const ITEM_LIMIT = 40;
const KIND_LABELS: Record<ItemKind, string> = {
  condition: 'Condition',
  exercise: 'Exercise',
  topic: 'Advice',
  'red-flag': 'Red flag',
};
const KIND_ICONS: Record<ItemKind, IconName> = {
  condition: 'condition',
  exercise: 'exercise',
  topic: 'topic',
  'red-flag': 'redFlag',
};

export function commandEntries(commands: readonly Command[], query: string): QuickInputEntry[] {
  const scored = commands.flatMap((command, order) => {
    const match = fuzzyMatch(query, command.title);
    return match ? [{ command, match, order }] : [];
  });
  // An empty query keeps the registry's order (recently used first); typing ranks by match.
  if (query.trim()) scored.sort((a, b) => b.match.score - a.match.score || a.order - b.order);
  return scored.map(({ command, match }) => ({
    key: `command:${command.id}`,
    label: command.title,
    ranges: match.ranges,
    icon: undefined,
    detail: '',
    keybinding: command.keybindings?.[0],
    target: { type: 'command', id: command.id },
  }));
}

function itemEntry(kind: ItemKind, id: string, label: string, query: string): QuickInputEntry {
  return {
    key: `${kind}:${id}`,
    label,
    ranges: fuzzyMatch(query, label)?.ranges ?? [],
    icon: KIND_ICONS[kind],
    detail: KIND_LABELS[kind],
    keybinding: undefined,
    target: { type: 'item', input: { kind, id } },
  };
}

/**
 * Quick Open: with an empty box, the recently opened pages; otherwise the search index's ranking
 * (typos, synonyms and symptom phrases included), with the name's fuzzy match highlighted.
 */
export function itemEntries(
  engine: SearchEngine,
  query: string,
  recent: readonly EditorInput[],
  titleOf: (input: EditorInput) => string,
): QuickInputEntry[] {
  if (!query.trim()) {
    return recent.flatMap((input) =>
      'id' in input
        ? [
            {
              ...itemEntry(input.kind, input.id, titleOf(input), ''),
              detail: `${KIND_LABELS[input.kind]} · recently opened`,
            },
          ]
        : [],
    );
  }
  const result = engine.search(query, { limit: ITEM_LIMIT });
  const hits = result.hits.length > 0 ? result.hits : result.suggestions;
  return hits.map((hit) => itemEntry(hit.kind, hit.id, hit.title, query));
}
