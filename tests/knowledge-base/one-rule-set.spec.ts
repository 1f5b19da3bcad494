import { describe, expect, it } from 'vitest';
import { formatDosage } from '../../src/core/kb/dosage';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base';
import { loadBundledKnowledgeBase } from '../support/bundled-knowledge-base';
import { patientTexts, type PatientText } from './patient-texts';

/**
 * One rule set, printed the same everywhere. The numbers of the rules patients follow (how much
 * pain is acceptable, the walk-run steps, how fast to add distance) live only in data/rules.yaml,
 * and doses only in an exercise's dosage (or a condition's override, which must give its reason).
 * Any patient text that states one of them itself could print a different number on another
 * handout, so it fails here and must refer to the rule instead.
 */
interface RuleNumber {
  what: string;
  rule: string;
  pattern: RegExp | ((text: string) => boolean);
  appliesTo?: (where: string) => boolean;
}

const RULE_NUMBERS: RuleNumber[] = [
  {
    what: 'a pain score',
    rule: 'pain-rule',
    pattern: /\b\d+(\s*(-|–|to)\s*\d+)?\s*(out of (10|ten)|\/\s?10\b)|\blevel \d\b|\bpain score of \d/i,
  },
  {
    what: 'walk-run timings',
    rule: 'walk-run-sessions',
    // Two timings in one sentence that speaks of both running and walking.
    pattern: (text) =>
      text
        .split(/(?<=[.!?])\s+/)
        .some(
          (sentence) =>
            (sentence.match(/\b\d+\s*(minutes?|mins?)\b/gi) ?? []).length >= 2 &&
            /\b(run|running|jog|jogging)\b/i.test(sentence) &&
            /\bwalk/i.test(sentence),
        ),
  },
  {
    what: 'a test run',
    rule: 'return-to-running-stages',
    pattern: /\b(test|trial) run\b/i,
  },
  {
    what: 'a weekly increase',
    rule: 'weekly-increase',
    pattern: /\b\d+\s*(%|per ?cent)[^.]*\bweek|\bweek[^.]*\b\d+\s*(%|per ?cent)/i,
  },
  {
    what: 'a dose',
    rule: "the exercise's dosage",
    pattern: /\b\d+\s*(sets? of|x|×)\s*\d+\b|\b\d+\s*sets?\b[^.]*\b\d+\s*(reps|repetitions)\b/i,
    // An exercise's own note may name the dose at which to progress it; elsewhere a dose of a
    // named exercise would print beside that exercise's card with other numbers.
    appliesTo: (where) => !where.startsWith('exercises/'),
  },
];

const matches = (r: RuleNumber, text: string) =>
  typeof r.pattern === 'function' ? r.pattern(text) : r.pattern.test(text);

function ruleNumbersOutsideRules(texts: readonly PatientText[]): string[] {
  return texts
    .filter((t) => !t.fromRule)
    .flatMap((t) =>
      RULE_NUMBERS.filter((r) => (r.appliesTo?.(t.where) ?? true) && matches(r, t.text)).map(
        (r) => `${t.where}: states ${r.what} itself ("${t.text}"); refer to ${r.rule} instead`,
      ),
    );
}

/** Where one exercise is prescribed, with what dose, so differing doses can be listed side by side. */
function prescriptions(kb: KnowledgeBase): Map<string, { where: string; dose: string; reason?: string }[]> {
  const out = new Map<string, { where: string; dose: string; reason?: string }[]>();
  const add = (id: string, entry: { where: string; dose: string; reason?: string }) =>
    out.set(id, [...(out.get(id) ?? []), entry]);
  for (const e of kb.exercises) add(e.id, { where: `exercises/${e.id}`, dose: formatDosage(e.dosage) });
  for (const c of kb.conditions)
    for (const m of c.management)
      for (const entry of m.exercises) {
        const exercise = kb.exercises.find((e) => e.id === entry.id);
        if (!exercise || !entry.dosage) continue;
        const dose = formatDosage({ ...exercise.dosage, ...entry.dosage });
        add(entry.id, {
          where: `conditions/${c.id} ${m.phase}`,
          dose,
          ...(entry.dosage.reason ? { reason: entry.dosage.reason } : {}),
        });
      }
  return out;
}

describe('one rule set on every handout', async () => {
  const kb = await loadBundledKnowledgeBase();
  const texts = patientTexts(kb);

  it('no patient text states a shared rule’s numbers or a dose itself', () => {
    const problems = ruleNumbersOutsideRules(texts);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the rules the patient texts refer to exist', () => {
    for (const id of ['pain-rule', 'walk-run-sessions', 'return-to-running-stages', 'weekly-increase'])
      expect(
        kb.rules.map((r) => r.id),
        id,
      ).toContain(id);
  });

  it('every dose of an exercise that differs from its own says why', () => {
    const unexplained = [...prescriptions(kb)].flatMap(([id, list]) => {
      const own = list[0]!.dose;
      return list
        .slice(1)
        .filter((p) => p.dose !== own && !p.reason)
        .map((p) => `${id}: ${p.where} prints "${p.dose}" but the exercise prints "${own}"`);
    });
    expect(unexplained, unexplained.join('\n')).toEqual([]);
  });

  it('the walk-run figure draws the first walk-run session of the rule, no other', () => {
    const rule = kb.rules.find((r) => r.id === 'walk-run-sessions');
    const [, run, walk, times] = (rule?.table?.rows[0] ?? []).map((cell) => Number.parseInt(cell, 10));
    const figure = kb.figures.find((f) => f.id === 'walk-run-intervals');
    // The first walk is the warm-up; what follows must alternate the rule's run and walk minutes.
    const session = (figure?.timeline ?? []).slice(1).map((s) => `${s.pace} ${s.minutes}`);
    expect(session).toEqual(Array.from({ length: times! }, () => [`run ${run}`, `walk ${walk}`]).flat());
  });

  it('catches each kind of restated rule (the check can fail)', () => {
    const samples = [
      'Keep going if the pain stays below 3 out of 10.',
      'Run for 1 minute and walk for 2 minutes, ten times.',
      'Then try a test run of about 2 miles.',
      'Add no more than 10% to your weekly distance.',
      'Do 2 sets of 15 twice a week.',
    ];
    const found = ruleNumbersOutsideRules(samples.map((text, i) => ({ where: `sample ${i}`, text, fromRule: false })));
    expect(found).toHaveLength(samples.length);
    expect(ruleNumbersOutsideRules([{ where: 'rule', text: samples[0]!, fromRule: true }])).toEqual([]);
  });
});
