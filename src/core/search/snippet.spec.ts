import { describe, expect, it } from 'vitest';
import type { QueryPlan } from './query-plan';
import { buildSnippet } from './snippet';

const plan = (clauses: QueryPlan['clauses']): QueryPlan => ({ clauses, unmatched: [], corrections: [] });
const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const marked = (pieces: { text: string; match: boolean }[]) => pieces.filter((p) => p.match).map((p) => p.text);

describe('buildSnippet', () => {
  it('shows the passage holding the typed words rather than an earlier mention of a synonym', () => {
    const text = `Runners often get hip pain. ${filler(40)} Trochanteric bursitis is pain over the bony point. ${filler(40)}`;
    const pieces = buildSnippet(
      text,
      plan([
        {
          text: 'trochanteric bursitis',
          alternatives: [
            { terms: ['trochanteric', 'bursitis'], kind: 'exact', weight: 1 },
            { terms: ['run', 'hip'], kind: 'synonym', weight: 0.9 },
          ],
        },
      ]),
    );
    expect(marked(pieces)).toEqual(['Trochanteric', 'bursitis']);
    expect(pieces[0]?.text).toBe('… ');
  });

  it('marks completions of a half-typed word and keeps a little context before the first match', () => {
    const text = `${filler(20)} lie on your side with the knees bent ${filler(20)}`;
    const pieces = buildSnippet(
      text,
      plan([{ text: 'kne', alternatives: [{ terms: ['knee'], kind: 'prefix', weight: 0.85 }] }]),
      12,
    );
    expect(marked(pieces)).toEqual(['knees']);
    expect(pieces.map((p) => p.text).join('')).toContain('lie on your side with the knees');
  });

  it('returns the start of the text when nothing matches, and nothing for empty text', () => {
    expect(buildSnippet('Plain words here.', plan([]))).toEqual([{ text: 'Plain words here', match: false }]);
    expect(buildSnippet('', plan([]))).toEqual([]);
  });
});
