/**
 * A page's citation numbers: each source is numbered in the order the page first cites it, as in
 * a paper's reference list, so [3] means the same source wherever it appears on that page.
 */
export interface CitationNumbers {
  /** Source ids in citation order: the page's reference list. */
  readonly order: readonly string[];
  /** The number of a cited source (1-based); undefined for a source the page does not cite. */
  numberOf(id: string): number | undefined;
}

/**
 * Numbers the sources of `groups`, the statements' source lists in the order the page shows them.
 * A source cited again keeps its first number.
 */
export function numberCitations(groups: Iterable<readonly string[]>): CitationNumbers {
  const numbers = new Map<string, number>();
  for (const group of groups) for (const id of group) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return { order: [...numbers.keys()], numberOf: (id) => numbers.get(id) };
}
