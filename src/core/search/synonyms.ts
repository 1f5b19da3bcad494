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

  /** The table for the knowledge base's synonym groups, as written. */
  static fromTerms(groups: readonly (readonly string[])[]): SynonymTable {
    return new SynonymTable(
      groups.map((terms) => terms.map((t) => analyze(t).map((w) => w.stem)).filter((s) => s.length > 0)),
    );
  }

  /** `groups`: each group's terms already analysed into stems (see `stemGroups`). */
  constructor(groups: string[][][]) {
    this.groups = groups;
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

  /** Every group's terms as stem sequences: what a prebuilt index stores to skip the analysis. */
  stemGroups(): string[][][] {
    return this.groups;
  }

  /** Every term of a group, as stem sequences. */
  terms(group: number): string[][] {
    return this.groups[group] ?? [];
  }
}
