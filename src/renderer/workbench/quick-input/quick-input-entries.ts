import type { SearchEngine } from '../../../core/search/search-engine';
import type { EditorInput } from '../../../shared/workbench-layout';
import type { Command } from '../commands/command-registry.svelte';
import { fuzzyMatch, type MatchRange } from '../commands/fuzzy-match';
import type { IconName } from '../../ui/icons';
import type { EditorLabel } from '../../workbench-api/workbench-actions';

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

function itemEntry(input: EditorInput, label: EditorLabel, query: string): QuickInputEntry {
  return {
    key: 'id' in input ? `${input.kind}:${input.id}` : input.kind,
    label: label.title,
    ranges: fuzzyMatch(query, label.title)?.ranges ?? [],
    icon: label.icon,
    detail: label.kindLabel ?? '',
    keybinding: undefined,
    target: { type: 'item', input },
  };
}

/**
 * Quick Open: with an empty box, the recently opened pages; otherwise the search index's ranking
 * (typos, synonyms and symptom phrases included), with the name's fuzzy match highlighted. Names,
 * icons and kinds come from the registry (`describe`).
 */
export function itemEntries(
  engine: SearchEngine,
  query: string,
  recent: readonly EditorInput[],
  describe: (input: EditorInput) => EditorLabel | undefined,
): QuickInputEntry[] {
  if (!query.trim()) {
    return recent.flatMap((input) => {
      const label = 'id' in input ? describe(input) : undefined;
      return label ? [{ ...itemEntry(input, label, ''), detail: `${label.kindLabel} · recently opened` }] : [];
    });
  }
  const result = engine.search(query, { limit: ITEM_LIMIT });
  const hits = result.hits.length > 0 ? result.hits : result.suggestions;
  return hits.flatMap((hit) => {
    const input: EditorInput = { kind: hit.kind, id: hit.id };
    const label = describe(input);
    return label ? [itemEntry(input, { ...label, title: hit.title }, query)] : [];
  });
}
