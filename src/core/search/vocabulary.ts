import { boundedEditDistance } from './edit-distance';

export interface TermCandidate {
  term: string;
  /** 0 exact, 1-2 edits; prefix completions report 0. */
  distance: number;
  /** How many documents contain the term. */
  documentFrequency: number;
}

function bigrams(term: string): string[] {
  const padded = `^${term}$`;
  const out: string[] = [];
  for (let i = 0; i + 2 <= padded.length; i++) out.push(padded.slice(i, i + 2));
  return out;
}

/**
 * Every indexed term with its document frequency. Answers the two questions the query planner
 * asks: which terms complete a half-typed word (binary search over the sorted terms), and which
 * terms are one or two typos away (a bigram index narrows the candidates, then edit distance).
 */
export class Vocabulary {
  private readonly sorted: string[];
  private readonly frequency: Map<string, number>;
  private bigramIndex: Map<string, Int32Array> | undefined;
  /** Scratch marks for `corrections`, reused so a keystroke allocates nothing large. */
  private shared: Uint8Array | undefined;

  constructor(frequency: Map<string, number>) {
    this.frequency = frequency;
    this.sorted = [...frequency.keys()].sort();
  }

  /** Every term with its document frequency, in term order (so rebuilding from them sorts fast). */
  entries(): [string, number][] {
    return this.sorted.map((term) => [term, this.frequency.get(term)!]);
  }

  get size(): number {
    return this.sorted.length;
  }

  has(term: string): boolean {
    return this.frequency.has(term);
  }

  documentFrequency(term: string): number {
    return this.frequency.get(term) ?? 0;
  }

  /** Up to `limit` terms starting with `prefix`, most frequent first (the term itself included). */
  completions(prefix: string, limit: number): TermCandidate[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: TermCandidate[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) {
      const term = this.sorted[i]!;
      found.push({ term, distance: 0, documentFrequency: this.frequency.get(term)! });
      // Enough to choose from without walking a long run of rare completions.
      if (found.length >= limit * 8) break;
    }
    return found
      .sort((a, b) => b.documentFrequency - a.documentFrequency || a.term.length - b.term.length)
      .slice(0, limit);
  }

  private ensureBigramIndex(): Map<string, Int32Array> {
    if (this.bigramIndex) return this.bigramIndex;
    const lists = new Map<string, number[]>();
    this.sorted.forEach((term, i) => {
      if (term.length < 4) return;
      for (const g of new Set(bigrams(term))) {
        const list = lists.get(g);
        if (list) list.push(i);
        else lists.set(g, [i]);
      }
    });
    this.bigramIndex = new Map([...lists].map(([g, list]) => [g, Int32Array.from(list)]));
    this.shared = new Uint8Array(this.sorted.length);
    return this.bigramIndex;
  }

  /** Terms within `maxDistance` edits of any of `words`, closest and most frequent first. */
  corrections(words: readonly string[], maxDistance: number, limit: number): TermCandidate[] {
    const index = this.ensureBigramIndex();
    const shared = this.shared!;
    const best = new Map<string, TermCandidate>();
    for (const word of words) {
      const grams = [...new Set(bigrams(word))];
      // q-gram lemma: k edits destroy at most 2k bigrams (of the padded word).
      const needed = Math.max(1, grams.length - 2 * maxDistance);
      const touched: number[] = [];
      for (const g of grams) {
        const list = index.get(g);
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const i = list[k]!;
          if (shared[i] === 0) touched.push(i);
          shared[i]! += 1;
        }
      }
      for (const i of touched) {
        const count = shared[i]!;
        shared[i] = 0;
        if (count < needed) continue;
        const term = this.sorted[i]!;
        if (Math.abs(term.length - word.length) > maxDistance) continue;
        const distance = boundedEditDistance(word, term, maxDistance);
        const known = best.get(term);
        if (distance <= maxDistance && (!known || known.distance > distance)) {
          best.set(term, { term, distance, documentFrequency: this.frequency.get(term)! });
        }
      }
    }
    return [...best.values()]
      .sort((a, b) => a.distance - b.distance || b.documentFrequency - a.documentFrequency)
      .slice(0, limit);
  }
}
