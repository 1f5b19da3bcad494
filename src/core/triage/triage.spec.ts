import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../kb/knowledge-base';
import type { Condition, Finding, RedFlag } from '../kb/schema';
import type { BodyRegionId } from '../kb/vocabulary';
import { triage } from './triage';
import type { FindingAnswer, RegionSelection, TriageInput } from './triage-types';

/** A tiny knowledge base whose weights we control, so each rule of the scoring can be seen on its own. */
function finding(id: string, excludes?: string[]): Finding {
  return {
    id,
    label: `L-${id}`,
    group: 'symptoms',
    question: `Q-${id}?`,
    clinician: id,
    ...(excludes ? { excludes } : {}),
  };
}

function condition(id: string, c: Partial<Condition> & Pick<Condition, 'regions' | 'findings'>): Condition {
  return {
    id,
    name: `N-${id}`,
    aliases: [],
    category: 'tendon',
    prevalence: 'common',
    summary: { clinician: 'c', patient: 'p' },
    presentation: ['p'],
    assessment: { ask: ['a'], check: [] },
    differentiate: [],
    redFlags: [],
    management: [{ phase: 'settle', goals: 'g', patient: 'p', sources: ['s'], exercises: [], advice: [] }],
    topics: [],
    related: [],
    facts: [],
    disagreements: [],
    sources: ['clinical-consensus'],
    ...c,
  };
}

function flag(id: string, urgency: RedFlag['urgency'], when: RedFlag['when']): RedFlag {
  return {
    id,
    name: `F-${id}`,
    urgency,
    clinician: 'c',
    patient: 'p',
    action: `do-${id}`,
    when,
    sources: ['clinical-consensus'],
  };
}

const KB: KnowledgeBase = {
  meta: { version: '1.0.0', updated: '2024-01-01' },
  sources: [
    { id: 'clinical-consensus', kind: 'clinical-consensus', title: 'Consensus', note: 'Established practice.' },
  ],
  regions: (['lateral-hip', 'groin', 'buttock', 'heel-sole'] as const).map((id) => ({
    id,
    label: `R-${id}`,
    patientLabel: id,
    description: id,
    sided: true,
    views: ['front'],
  })),
  findings: [
    finding('sudden', ['gradual']),
    finding('gradual', ['sudden']),
    finding('lying'),
    finding('tender'),
    finding('pop'),
    finding('load'),
    finding('thin-bones'),
    finding('pregnant'),
    finding('fever'),
  ],
  synonyms: [],
  rules: [],
  redFlags: [
    flag('bone', 'urgent', [{ findingsAll: ['load'], findingsAny: ['thin-bones', 'gradual'], regionsAny: ['groin'] }]),
    flag('infection', 'emergency', [{ findingsAny: ['fever'] }]),
    flag('two-of-three', 'soon', [
      { findingsAll: ['gradual'], atLeast: { count: 2, of: ['lying', 'tender', 'load'] } },
    ]),
  ],
  conditions: [
    condition('tendon', {
      regions: [
        { id: 'lateral-hip', role: 'primary', weight: 3 },
        { id: 'buttock', role: 'referred', weight: 1 },
      ],
      findings: {
        for: [
          { id: 'tender', weight: 3 },
          { id: 'lying', weight: 2 },
          { id: 'gradual', weight: 1 },
        ],
        against: [{ id: 'pop', weight: 3 }],
      },
      differentiate: [{ from: 'bursa', how: 'Tendon pain eases once warm.', sources: ['s'] }],
    }),
    condition('bursa', {
      prevalence: 'occasional',
      regions: [{ id: 'lateral-hip', role: 'primary', weight: 3 }],
      findings: {
        for: [
          { id: 'tender', weight: 3 },
          { id: 'lying', weight: 3 },
        ],
        against: [],
      },
    }),
    condition('fracture', {
      prevalence: 'rare',
      regions: [{ id: 'groin', role: 'primary', weight: 3 }],
      findings: {
        for: [
          { id: 'load', weight: 3 },
          { id: 'gradual', weight: 2 },
        ],
        against: [{ id: 'sudden', weight: 2 }],
      },
      referral: { urgency: 'urgent', reason: 'refer', redFlag: 'bone', sources: ['s'] },
    }),
    condition('groin-strain', {
      regions: [{ id: 'groin', role: 'primary', weight: 3 }],
      findings: {
        for: [
          { id: 'sudden', weight: 3 },
          { id: 'pop', weight: 2 },
        ],
        against: [{ id: 'gradual', weight: 2 }],
      },
    }),
    condition('pregnancy-pain', {
      regions: [{ id: 'groin', role: 'primary', weight: 3 }],
      findings: { for: [{ id: 'pregnant', weight: 3 }], against: [] },
      requiresAnyFinding: ['pregnant'],
    }),
  ],
  exercises: [],
  figures: [],
  topics: [],
  tests: [
    {
      id: 'stance',
      name: 'T-stance',
      aliases: [],
      purpose: 'p',
      how: 'h',
      positive: 'p',
      interpretation: 'i',
      accuracy: [
        // Best evidence first: this entry is the one triage uses for the tendon.
        {
          condition: 'tendon',
          target: 't',
          referenceStandard: 'MRI',
          population: 'n',
          lrPositive: 12,
          sensitivity: 0.5,
          specificity: 0.9,
          sources: ['clinical-consensus'],
        },
        {
          condition: 'tendon',
          target: 't',
          referenceStandard: 'r',
          population: 'n',
          lrPositive: 1.1,
          sources: ['clinical-consensus'],
        },
      ],
      reliability: [],
      related: [],
      sources: ['clinical-consensus'],
    },
  ],
  outcomeMeasures: [],
};

const at = (
  region: BodyRegionId,
  role: RegionSelection['role'] = 'main',
  side: RegionSelection['side'] = 'left',
): RegionSelection => ({ region, side, role });
const answers = (yes: string[], other: Record<string, FindingAnswer> = {}) => ({
  ...Object.fromEntries(yes.map((id) => [id, 'yes' as const])),
  ...other,
});
const ids = (input: TriageInput) => triage(KB, input).candidates.map((c) => c.conditionId);
const candidate = (input: TriageInput, id: string) => triage(KB, input).candidates.find((c) => c.conditionId === id);

describe('triage ranking', () => {
  it('returns nothing for empty input', () => {
    expect(triage(KB, { regions: [], findings: {} })).toEqual({
      redFlags: [],
      candidates: [],
      unknownFindings: [],
      unknownTests: [],
    });
  });

  it('adds the region and finding weights of the knowledge base, and lists them as reasons', () => {
    const tendon = candidate({ regions: [at('lateral-hip')], findings: answers(['tender', 'gradual']) }, 'tendon');
    expect(tendon?.score).toBe(3 + 3 + 1);
    expect(tendon?.supporting.map((r) => [r.kind, r.id, r.weight])).toEqual([
      ['region', 'lateral-hip', 3],
      ['finding', 'tender', 3],
      ['finding', 'gradual', 1],
    ]);
    expect(tendon?.supporting[0]?.label).toBe('R-lateral-hip');
  });

  it('an "against" finding lowers the score and the rank', () => {
    const base = { regions: [at('lateral-hip')], findings: answers(['tender', 'lying']) };
    expect(ids(base)[0]).toBe('bursa');
    const withGradual = { ...base, findings: answers(['tender', 'lying', 'gradual']) };
    expect(ids(withGradual)[0]).toBe('tendon');
    const withPop = { ...withGradual, findings: answers(['tender', 'lying', 'gradual', 'pop']) };
    expect(candidate(withPop, 'tendon')?.score).toBe((candidate(withGradual, 'tendon')?.score ?? 0) - 3);
    expect(ids(withPop)[0]).toBe('bursa');
    expect(candidate(withPop, 'tendon')?.against.map((r) => r.id)).toEqual(['pop']);
  });

  it('"unsure" counts neither for nor against', () => {
    const base = { regions: [at('lateral-hip')], findings: answers(['tender']) };
    const unsure = { ...base, findings: answers(['tender'], { lying: 'unsure', pop: 'unsure' }) };
    expect(triage(KB, unsure).candidates).toEqual(triage(KB, base).candidates);
  });

  it('"no" to a typical finding argues against with one step less weight; "no" to a minor one says nothing', () => {
    const base = { regions: [at('lateral-hip')], findings: answers(['tender']) };
    const noLying = { ...base, findings: answers(['tender'], { lying: 'no', gradual: 'no' }) };
    expect(candidate(noLying, 'bursa')?.score).toBe((candidate(base, 'bursa')?.score ?? 0) - 2);
    expect(candidate(noLying, 'tendon')?.against.map((r) => [r.id, r.weight])).toEqual([['lying', 1]]);
  });

  it('leaves out conditions felt in none of the painful regions', () => {
    expect(ids({ regions: [at('heel-sole')], findings: answers(['tender']) })).toEqual([]);
    expect(ids({ regions: [at('buttock')], findings: {} })).toEqual(['tendon']);
  });

  it('ranks by findings alone when no region is selected', () => {
    expect(ids({ regions: [], findings: answers(['sudden', 'pop']) })[0]).toBe('groin-strain');
  });

  it('gives the same result for left, right and both sides', () => {
    const left = triage(KB, { regions: [at('groin', 'main', 'left')], findings: answers(['load', 'gradual']) });
    expect(triage(KB, { regions: [at('groin', 'main', 'right')], findings: answers(['load', 'gradual']) })).toEqual(
      left,
    );
    expect(
      triage(KB, {
        regions: [at('groin', 'main', 'right'), at('groin', 'spread', 'left')],
        findings: answers(['load', 'gradual']),
      }),
    ).toEqual(left);
  });

  it('ranks a gated condition only when its required finding is present', () => {
    expect(ids({ regions: [at('groin')], findings: {} })).not.toContain('pregnancy-pain');
    expect(ids({ regions: [at('groin')], findings: answers(['pregnant']) })[0]).toBe('pregnancy-pain');
  });

  it('ignores unknown finding ids and reports them without throwing', () => {
    const result = triage(KB, {
      regions: [at('lateral-hip')],
      findings: answers(['tender', 'made-up', 'also-unknown']),
    });
    expect(result.unknownFindings).toEqual(['also-unknown', 'made-up']);
    expect(result.candidates[0]?.score).toBe(6);
  });

  it('puts the common condition first on a tie', () => {
    const result = triage(KB, { regions: [at('lateral-hip')], findings: answers(['tender']) });
    expect(result.candidates.slice(0, 2).map((c) => [c.conditionId, c.score])).toEqual([
      ['tendon', 6],
      ['bursa', 6],
    ]);
  });

  it('bands scores in weight units', () => {
    const bands = (yes: string[]) => candidate({ regions: [at('lateral-hip')], findings: answers(yes) }, 'bursa')?.band;
    expect(bands([])).toBe('weak');
    expect(bands(['lying'])).toBe('possible');
    expect(bands(['lying', 'tender'])).toBe('strong');
  });
});

describe('what to ask next', () => {
  it('gives the differentiate advice written for either condition, then unanswered questions that split them', () => {
    const result = triage(KB, { regions: [at('lateral-hip')], findings: answers(['tender']) });
    const [tendon, bursa] = result.candidates;
    expect(tendon?.askNext[0]).toBe('To tell it apart from N-bursa: Tendon pain eases once warm.');
    expect(bursa?.askNext[0]).toBe('To tell it apart from N-tendon: Tendon pain eases once warm.');
    expect(tendon?.askNext).toContain('Ask: Q-pop?');
    expect(tendon?.askNext.join(' ')).not.toContain('Q-tender?');
  });

  it('does not ask what an answer already rules out', () => {
    const result = triage(KB, { regions: [at('groin')], findings: answers(['gradual']) });
    const all = result.candidates.flatMap((c) => c.askNext).join(' ');
    expect(all).not.toContain('Q-sudden?');
    expect(all).toContain('Q-load?');
  });
});

describe('red flags', () => {
  it('raises a pattern only when all, any and region parts match', () => {
    const raised = (regions: RegionSelection[], yes: string[]) =>
      triage(KB, { regions, findings: answers(yes) }).redFlags.map((f) => f.redFlagId);
    expect(raised([at('groin')], ['load', 'thin-bones'])).toContain('bone');
    expect(raised([at('lateral-hip')], ['load', 'thin-bones'])).not.toContain('bone');
    expect(raised([at('groin')], ['thin-bones'])).not.toContain('bone');
    expect(raised([], ['load', 'thin-bones'])).not.toContain('bone');
  });

  it('says why, and puts the most urgent first', () => {
    const result = triage(KB, { regions: [at('groin')], findings: answers(['load', 'thin-bones', 'fever']) });
    expect(result.redFlags.map((f) => [f.redFlagId, f.urgency])).toEqual([
      ['infection', 'emergency'],
      ['bone', 'urgent'],
    ]);
    expect(result.redFlags[1]?.because).toEqual(expect.arrayContaining(['L-load', 'L-thin-bones', 'Pain in: R-groin']));
    expect(result.redFlags[1]?.action).toBe('do-bone');
  });

  it('raises the flag of a condition that needs referral when it leads the ranking, even without the pattern', () => {
    const leading = triage(KB, { regions: [at('groin')], findings: answers(['load']) });
    expect(leading.candidates[0]?.conditionId).toBe('fracture');
    expect(leading.candidates[0]?.referral).toEqual({ urgency: 'urgent', reason: 'refer' });
    expect(leading.redFlags.map((f) => f.redFlagId)).toEqual(['bone']);
    expect(leading.redFlags[0]?.because.join(' ')).toContain('N-fracture');
  });

  it('does not raise it when a clearly better fit leads', () => {
    const result = triage(KB, { regions: [at('groin')], findings: answers(['sudden', 'pop']) });
    expect(result.candidates[0]?.conditionId).toBe('groin-strain');
    expect(result.redFlags).toEqual([]);
  });

  it('merges a pattern and a referral for the same flag into one alert', () => {
    const result = triage(KB, { regions: [at('groin')], findings: answers(['load', 'gradual']) });
    expect(result.redFlags).toHaveLength(1);
    expect(result.redFlags[0]?.because.some((line) => line.includes('N-fracture'))).toBe(true);
    expect(result.redFlags[0]?.because).toContain('L-load');
    // Each reason once: the referral does not repeat what the pattern already said.
    expect(result.redFlags[0]!.because.filter((line) => line.includes('L-load'))).toHaveLength(1);
  });
});

describe('red flags written as "at least N of" criteria', () => {
  const flags = (yes: string[]) => triage(KB, { regions: [at('lateral-hip')], findings: answers(yes) }).redFlags;

  it('raises the flag when enough of the criteria are present, and names the ones that were', () => {
    const [alert] = flags(['gradual', 'lying', 'tender']);
    expect(alert?.redFlagId).toBe('two-of-three');
    expect(alert?.because).toEqual(['L-gradual', 'L-lying', 'L-tender']);
  });

  it('does not raise it with one criterion short, or without the required finding', () => {
    expect(flags(['gradual', 'lying'])).toEqual([]);
    expect(flags(['lying', 'tender', 'load'])).toEqual([]);
  });
});

describe('clinical test results in triage', () => {
  const tendon = (tests: TriageInput['tests']) =>
    candidate({ regions: [at('lateral-hip')], findings: answers(['tender']), tests }, 'tendon');

  it('moves the condition by the points its likelihood ratio is worth, and says so', () => {
    const before = tendon({})!.score;
    const positive = tendon({ stance: 'positive' })!;
    // LR+ 12 is worth the maximum, 3 points.
    expect(positive.score).toBe(before + 3);
    expect(positive.supporting).toContainEqual({
      kind: 'test',
      id: 'stance',
      label: 'T-stance positive: LR+ 12 (clinical consensus)',
      weight: 3,
    });
    // No LR− is stated, so it is computed from 0.5 and 0.9: 0.56, worth one point against.
    const negative = tendon({ stance: 'negative' })!;
    expect(negative.score).toBe(before - 1);
    expect(negative.against).toContainEqual({
      kind: 'test',
      id: 'stance',
      label: 'T-stance negative: LR− 0.56 (computed) (clinical consensus)',
      weight: 1,
    });
  });

  it('leaves conditions the test was never studied for unchanged, and reports unknown tests', () => {
    const input = { regions: [at('lateral-hip')], findings: answers(['tender']) };
    expect(candidate({ ...input, tests: { stance: 'positive' } }, 'bursa')?.score).toBe(
      candidate(input, 'bursa')?.score,
    );
    expect(triage(KB, { ...input, tests: { 'no-such-test': 'positive' } }).unknownTests).toEqual(['no-such-test']);
  });

  it('a test result alone is enough to start a ranking', () => {
    expect(
      triage(KB, { regions: [], findings: {}, tests: { stance: 'positive' } }).candidates.map((c) => c.conditionId),
    ).toContain('tendon');
  });
});

describe('what to check next', () => {
  it('suggests the examination test not yet done that would separate the candidates most', () => {
    const withTest = {
      ...KB,
      conditions: KB.conditions.map((c) =>
        c.id === 'tendon' ? { ...c, assessment: { ask: ['a'], tests: ['stance'], check: [] } } : c,
      ),
    };
    const input = { regions: [at('lateral-hip')], findings: answers(['tender']) };
    const first = triage(withTest, input).candidates.find((c) => c.conditionId === 'tendon')!;
    expect(first.askNext).toContain('Check: T-stance. A positive result: LR+ 12 for N-tendon.');
    expect(first.testToCheck).toEqual({ id: 'stance', name: 'T-stance' });
    const done = triage(withTest, { ...input, tests: { stance: 'positive' } }).candidates.find(
      (c) => c.conditionId === 'tendon',
    )!;
    expect(done.askNext.some((line) => line.startsWith('Check: T-stance'))).toBe(false);
    expect(done.testToCheck).toBeUndefined();
  });
});
