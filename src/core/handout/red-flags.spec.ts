import { beforeAll, describe, expect, it } from 'vitest';
import type { KbLookup } from '../kb/kb-lookup';
import { realLookup } from '../../../tests/pdf/support/representative-handout';
import { deriveRedFlags, GENERAL_RED_FLAG_IDS, groupRedFlags } from './red-flags';

let lookup: KbLookup;
beforeAll(async () => {
  lookup = await realLookup();
});

describe('red flags on a handout', () => {
  it('are the union of the conditions’ red flags, each once', () => {
    const ids = deriveRedFlags(['gluteal-tendinopathy', 'hip-flexor-strain'], lookup).map((f) => f.id);
    const expected = new Set([
      ...lookup.condition('gluteal-tendinopathy')!.redFlags,
      ...lookup.condition('hip-flexor-strain')!.redFlags,
    ]);
    expect(new Set(ids)).toEqual(expected);
    expect(ids).toHaveLength(expected.size);
  });

  it('fall back to the general set without conditions, and every general id exists', () => {
    expect(deriveRedFlags([], lookup).map((f) => f.id)).toEqual(GENERAL_RED_FLAG_IDS);
    expect(deriveRedFlags(['no-such-condition'], lookup).map((f) => f.id)).toEqual(GENERAL_RED_FLAG_IDS);
  });

  it('group most urgent first, with what to do', () => {
    const groups = groupRedFlags(deriveRedFlags(['pregnancy-related-hip-pain'], lookup));
    expect(groups.map((g) => g.urgency)).toEqual(['emergency', 'urgent']);
    expect(groups[0]!.lead).toMatch(/today/);
    expect(groups.flatMap((g) => g.flags)).toHaveLength(
      lookup.condition('pregnancy-related-hip-pain')!.redFlags.length,
    );
    // A clot after birth or in pregnancy is an emergency on the handout too.
    expect(groups[0]!.flags.map((f) => f.id)).toContain('suspected-blood-clot');
  });
});
