/** Matched character ranges [start, end) in the original text, for highlighting. */
export type MatchRange = readonly [number, number];

export interface FuzzyMatch {
  score: number;
  ranges: MatchRange[];
}

function fold(ch: string): string {
  return ch
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function isWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1]!;
  const cur = text[i]!;
  return /[\s\-_/.:(›]/.test(prev) || (prev === prev.toLowerCase() && cur !== cur.toLowerCase());
}

/**
 * VS Code-style fuzzy match: the query's characters appear in order in the text. Scores reward
 * matches at word starts and in runs, so "ohf" ranks "Open Handout File" above "brother hoof".
 * Returns null when the text does not contain the query's characters in order.
 */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = [...query.trim()].map(fold).filter((c) => c !== ' ' && c !== '');
  if (q.length === 0) return { score: 0, ranges: [] };
  const t = [...text].map(fold);
  if (q.length > t.length) return null;

  // best[i][j]: best score matching q[0..i] with q[i] at text position j (-Infinity if impossible).
  const n = q.length;
  const m = t.length;
  const best: Float64Array[] = Array.from({ length: n }, () => new Float64Array(m).fill(-Infinity));
  const from: Int32Array[] = Array.from({ length: n }, () => new Int32Array(m).fill(-1));
  for (let j = 0; j < m; j++) {
    if (t[j] === q[0]) best[0]![j] = (j === 0 ? 12 : isWordStart(text, j) ? 8 : 1) - Math.min(j, 10) * 0.1;
  }
  for (let i = 1; i < n; i++) {
    let runningBest = -Infinity;
    let runningFrom = -1;
    for (let j = i; j < m; j++) {
      const prev = best[i - 1]![j - 1]!;
      if (prev > runningBest) {
        runningBest = prev;
        runningFrom = j - 1;
      }
      if (t[j] !== q[i] || runningBest === -Infinity) continue;
      const contiguous = best[i - 1]![j - 1]!;
      const viaRun = contiguous !== -Infinity ? contiguous + 6 : -Infinity;
      const viaGap = runningBest + (isWordStart(text, j) ? 8 : 1) - 0.5;
      if (viaRun >= viaGap) {
        best[i]![j] = viaRun;
        from[i]![j] = j - 1;
      } else {
        best[i]![j] = viaGap;
        from[i]![j] = runningFrom;
      }
    }
  }
  let end = -1;
  let score = -Infinity;
  for (let j = 0; j < m; j++) {
    if (best[n - 1]![j]! > score) {
      score = best[n - 1]![j]!;
      end = j;
    }
  }
  if (end < 0) return null;

  const positions: number[] = [];
  for (let i = n - 1, j = end; i >= 0; j = from[i]![j]!, i--) positions.unshift(j);
  const ranges: [number, number][] = [];
  for (const p of positions) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === p) last[1] = p + 1;
    else ranges.push([p, p + 1]);
  }
  // Shorter texts are better matches for the same query.
  return { score: score - m * 0.01, ranges };
}

/** Splits text into plain and matched pieces, for rendering with <mark> (never as HTML). */
export function highlightPieces(text: string, ranges: readonly MatchRange[]): { text: string; match: boolean }[] {
  const chars = [...text];
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: chars.slice(at, start).join(''), match: false });
    pieces.push({ text: chars.slice(start, end).join(''), match: true });
    at = end;
  }
  if (at < chars.length) pieces.push({ text: chars.slice(at).join(''), match: false });
  return pieces;
}
