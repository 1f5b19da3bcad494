import { describe, expect, it } from 'vitest';
import { EVIDENCE_BADGE_LABELS, strongestKind } from './evidence-level';
import { SOURCE_KINDS } from './source-kinds';

describe('strongestKind', () => {
  it('picks the strongest study design among the sources', () => {
    expect(strongestKind(['article-for-runners', 'rct', 'cohort'])).toBe('rct');
    expect(strongestKind(['rct', 'systematic-review'])).toBe('systematic-review');
    expect(strongestKind(['expert-opinion', 'consensus-statement'])).toBe('consensus-statement');
  });

  it('ranks peer-reviewed literature above the articles for runners and clinical consensus', () => {
    expect(strongestKind(['clinical-consensus', 'expert-opinion'])).toBe('expert-opinion');
    expect(strongestKind(['clinical-consensus', 'article-for-runners'])).toBe('article-for-runners');
  });

  it('has nothing to show without a source', () => {
    expect(strongestKind([])).toBeUndefined();
  });

  it('has a short badge word for every kind', () => {
    for (const kind of SOURCE_KINDS) expect(EVIDENCE_BADGE_LABELS[kind].length).toBeLessThanOrEqual(20);
  });
});
