/**
 * Which items' names look most like some text (Dice similarity of letter pairs), for "no results:
 * did you mean…". An index from each letter pair to the names holding it means a lookup only
 * touches the names that share something with the text.
 */

/** Names are short; a longer query cannot look like one, and comparing it would only cost time. */
const MAX_COMPARED_CHARS = 64;
const MIN_SIMILARITY = 0.3;

/** The distinct letter pairs of ` text `, each packed into one number. */
function letterPairs(text: string): Set<number> {
  const s = ` ${text.slice(0, MAX_COMPARED_CHARS)} `;
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < s.length; i++) pairs.add((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1));
  return pairs;
}

export class NameSimilarity {
  /** Per name (all items' names in a row): its item, and how many distinct letter pairs it has. */
  private readonly itemOf: Int32Array;
  private readonly pairCount: Int32Array;
  private readonly namesWith = new Map<number, number[]>();
  private readonly itemCount: number;

  /** `names[i]`: item i's names, already normalized (lowercase words joined by single spaces). */
  constructor(names: readonly (readonly string[])[]) {
    const itemOf: number[] = [];
    const pairCount: number[] = [];
    names.forEach((list, item) => {
      for (const name of list) {
        const pairs = letterPairs(name);
        for (const pair of pairs) {
          const holders = this.namesWith.get(pair);
          if (holders) holders.push(itemOf.length);
          else this.namesWith.set(pair, [itemOf.length]);
        }
        itemOf.push(item);
        pairCount.push(pairs.size);
      }
    });
    this.itemOf = Int32Array.from(itemOf);
    this.pairCount = Int32Array.from(pairCount);
    this.itemCount = names.length;
  }

  /** Up to `limit` items, most similar first, whose best name is at least 30% similar to `text`. */
  closest(text: string, limit: number): number[] {
    const typed = letterPairs(text);
    if (typed.size < 3) return [];
    const shared = new Int32Array(this.itemOf.length);
    for (const pair of typed) for (const name of this.namesWith.get(pair) ?? []) shared[name]! += 1;
    const best = new Float64Array(this.itemCount);
    for (let name = 0; name < shared.length; name++) {
      if (shared[name] === 0) continue;
      const similarity = (2 * shared[name]!) / (typed.size + this.pairCount[name]!);
      const item = this.itemOf[name]!;
      if (similarity > best[item]!) best[item] = similarity;
    }
    const found: number[] = [];
    best.forEach((similarity, item) => similarity >= MIN_SIMILARITY && found.push(item));
    return found.sort((a, b) => best[b]! - best[a]! || a - b).slice(0, limit);
  }
}
