import { describe, expect, it } from 'vitest';
import { fuzzyMatch, highlightPieces } from './fuzzy-match';

describe('fuzzyMatch', () => {
  it('matches characters in order and reports the ranges', () => {
    expect(fuzzyMatch('tgl', 'Toggle Side Bar')).not.toBeNull();
    expect(fuzzyMatch('zoom in', 'Zoom In')?.ranges).toEqual([
      [0, 4],
      [5, 7],
    ]);
    expect(fuzzyMatch('xyz', 'Zoom In')).toBeNull();
  });

  it('prefers word starts and runs', () => {
    const a = fuzzyMatch('sb', 'Toggle Side Bar')!;
    const b = fuzzyMatch('sb', 'Disable Subtitles')!;
    expect(a.score).toBeGreaterThan(b.score);
    expect(fuzzyMatch('new', 'New Patient')!.score).toBeGreaterThan(fuzzyMatch('new', 'Renew Handout')!.score);
  });

  it('ignores case and accents; an empty query matches everything', () => {
    expect(fuzzyMatch('zoe', 'Zoë')).not.toBeNull();
    expect(fuzzyMatch('   ', 'anything')).toEqual({ score: 0, ranges: [] });
  });

  it('never throws on odd input', () => {
    for (const q of ['(((', '.*', '\u0000', '🏃‍♀️', 'عربى', 'x'.repeat(10_000)]) {
      expect(() => fuzzyMatch(q, 'Quick Open (Ctrl+P)')).not.toThrow();
    }
  });

  it('splits text into highlight pieces without HTML', () => {
    expect(highlightPieces('<b>Zoom</b>', [[3, 7]])).toEqual([
      { text: '<b>', match: false },
      { text: 'Zoom', match: true },
      { text: '</b>', match: false },
    ]);
  });
});
