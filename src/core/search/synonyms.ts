import { analyze } from './text-analysis';

interface Entry {
  stems: string[];
  group: number;
}

/**
 * The knowledge base's synonym groups ("ITB" = "iliotibial band" = "IT band"), matched against the
 * query's words, longest phrase first, and expanded in both directions.
 */
export class SynonymTable {
  private readonly byFirstStem = new Map<string, Entry[]>();
  private readonly groups: string[][][];

  constructor(groups: readonly (readonly string[])[]) {
    this.groups = groups.map((terms) => terms.map((t) => analyze(t).map((w) => w.stem)).filter((s) => s.length > 0));
    this.groups.forEach((terms, group) => {
      for (const stems of terms) {
        const list = this.byFirstStem.get(stems[0]!) ?? [];
        list.push({ stems, group });
        this.byFirstStem.set(stems[0]!, list);
      }
    });
    for (const list of this.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** The longest synonym phrase starting at word `i` of the query, if any. */
  matchAt(stems: readonly string[], i: number): { length: number; group: number } | undefined {
    for (const entry of this.byFirstStem.get(stems[i]!) ?? []) {
      if (entry.stems.every((s, k) => stems[i + k] === s)) return { length: entry.stems.length, group: entry.group };
    }
    return undefined;
  }

  /** Every term of a group, as stem sequences. */
  terms(group: number): string[][] {
    return this.groups[group] ?? [];
  }
}
