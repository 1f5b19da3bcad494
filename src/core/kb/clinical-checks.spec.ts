import { describe, expect, it } from 'vitest';
import { minimalFiles } from '../../../tests/support/minimal-knowledge-base';
import { formatKbIssue } from './knowledge-base';
import { parseKnowledgeBase, type KbSourceFile } from './parse-knowledge-base';

function edit(path: string, change: (text: string) => string, files = minimalFiles()): KbSourceFile[] {
  return files.map((f) => (f.path === path ? { ...f, text: change(f.text) } : f));
}

function problems(files: KbSourceFile[]): string[] {
  const result = parseKnowledgeBase(files);
  return result.ok ? [] : result.issues.map(formatKbIssue);
}

const CONDITION = 'data/conditions/tendon.yaml';

describe('clinical consistency checks', () => {
  // The minimal condition's finding, as tests/support/minimal-knowledge-base.ts writes it.
  const WARMS_UP = '{ id: warms-up, weight: 2, consensus: Tendon pain often eases once warm. }';
  const withWarmsUp = (entry: string) => edit(CONDITION, (t) => t.replace(WARMS_UP, entry));

  it('requires every region and finding weight to say where it comes from', () => {
    expect(problems(minimalFiles())).toEqual([]);
    const region = edit(CONDITION, (t) => t.replace('weight: 3, basis: [trial-2020] }', 'weight: 3 }'));
    expect(problems(region)).toEqual([
      'data/conditions/tendon.yaml › tendon › regions[0]: "lateral-hip" has no provenance: give basis (source ids) or consensus (a one-line clinical reason)',
    ]);
    expect(problems(withWarmsUp('{ id: warms-up, weight: 2 }'))).toEqual([
      'data/conditions/tendon.yaml › tendon › findings.for[0]: "warms-up" has no provenance: give basis (source ids) or consensus (a one-line clinical reason)',
    ]);
    const against = edit(CONDITION, (t) => t.replace('against: []', 'against: [{ id: night-pain, weight: 1 }]'));
    expect(problems(against)).toEqual([
      'data/conditions/tendon.yaml › tendon › findings.against[0]: "night-pain" has no provenance: give basis (source ids) or consensus (a one-line clinical reason)',
    ]);
  });

  it('asks consensus for a reason, not a label or the consensus source', () => {
    expect(problems(withWarmsUp('{ id: warms-up, weight: 2, consensus: Clinical consensus. }'))).toEqual([
      'data/conditions/tendon.yaml › tendon › findings.for[0]: "warms-up" needs a consensus reason of at least 5 words that says why, not a label',
    ]);
    expect(problems(withWarmsUp('{ id: warms-up, weight: 2, basis: [clinical-consensus] }'))).toEqual([
      'data/conditions/tendon.yaml › tendon › findings.for[0]: "warms-up" cites "clinical-consensus" as a source: write consensus with the clinical reason instead',
    ]);
  });

  it('caps a triage weight that only an article for runners supports, and keeps it from counting against', () => {
    expect(problems(withWarmsUp('{ id: warms-up, weight: 2, basis: [article] }'))).toEqual([
      'data/conditions/tendon.yaml › tendon › findings.for[0]: "warms-up" rests only on articles for runners, so its weight may be at most 1',
    ]);
    const against = edit(CONDITION, (t) =>
      t.replace('against: []', 'against: [{ id: night-pain, weight: 1, basis: [article] }]'),
    );
    expect(problems(against)).toEqual([
      'data/conditions/tendon.yaml › tendon › findings.against[0]: "night-pain" rests only on articles for runners, so it may not count against a condition',
    ]);
    expect(problems(withWarmsUp('{ id: warms-up, weight: 1, basis: [article] }'))).toEqual([]);
    // A checked study, alone or beside an article, carries a stronger weight.
    expect(problems(withWarmsUp('{ id: warms-up, weight: 3, basis: [trial-2020] }'))).toEqual([]);
    expect(problems(withWarmsUp('{ id: warms-up, weight: 3, basis: [article, trial-2020] }'))).toEqual([]);
  });

  it('refuses a weight with both sources and a consensus reason, or an unknown source', () => {
    const both = withWarmsUp(
      '{ id: warms-up, weight: 1, basis: [article], consensus: Tendon pain often eases once warm. }',
    );
    expect(problems(both).some((m) => m.includes('give either basis'))).toBe(true);
    const unknown = edit(CONDITION, (t) => t.replace('basis: [trial-2020]', 'basis: [trial-2020, nobody-2020]'));
    expect(problems(unknown)).toEqual([
      'data/conditions/tendon.yaml › tendon › regions[0].basis[1]: unknown source "nobody-2020"',
    ]);
  });

  it('asks for a reason where a condition doses an exercise differently from the exercise itself', () => {
    const override = (dosage: string) =>
      edit(CONDITION, (t) => t.replace('{ id: bridge }', `{ id: bridge, dosage: ${dosage} }`));
    expect(problems(override('{ sets: 5, perDay: 2 }'))).toEqual([
      "data/conditions/tendon.yaml › tendon › management[0].exercises[0].dosage: prescribes sets, perDay differently from the exercise's own dosage: add a reason",
    ]);
    expect(problems(override('{ sets: 5, perDay: 2, reason: Acute phase. }'))).toEqual([]);
    // The same numbers, or only a note, need no reason.
    expect(problems(override('{ sets: 3, reps: 10, note: Go slowly. }'))).toEqual([]);
  });

  it('keeps a red flag’s "rule out before" list and the conditions’ red flags in step', () => {
    const files = edit('data/red-flags.yaml', (t) =>
      t.replace('sources: [article]', 'ruleOutBefore: [tendon], sources: [article]'),
    );
    expect(problems(files)).toEqual([]);
    const missing = edit(CONDITION, (t) => t.replace('redFlags: [night]', 'redFlags: []'), files);
    expect(problems(missing)).toEqual([
      'data/conditions/tendon.yaml › tendon › redFlags: must list "night": that red flag is to be ruled out before this condition',
    ]);
    const unknown = edit('data/red-flags.yaml', (t) =>
      t.replace('sources: [article]', 'ruleOutBefore: [tendons], sources: [article]'),
    );
    expect(problems(unknown)).toEqual(['data/red-flags.yaml › night › ruleOutBefore[0]: unknown condition "tendons"']);
  });
});

describe('retired ids', () => {
  const retire = (entry: string) => edit('data/meta.yaml', (t) => `${t}retired:\n  - ${entry}\n`);

  it('finds the item that replaced a retired id', async () => {
    const { createKbLookup } = await import('./kb-lookup');
    const result = parseKnowledgeBase(retire('{ id: old-tendon, now: tendon, why: Merged. }'));
    if (!result.ok) throw new Error(result.issues.map(formatKbIssue).join('\n'));
    const lookup = createKbLookup(result.kb);
    expect(lookup.condition('old-tendon')?.id).toBe('tendon');
    expect(lookup.item('old-tendon')).toMatchObject({ kind: 'condition', item: { id: 'tendon' } });
  });

  it('refuses a retired id that is still in use, or that points at nothing', () => {
    expect(problems(retire('{ id: tendon, now: bridge, why: Merged. }'))).toEqual([
      'data/meta.yaml › retired[0].id: "tendon" is still an item\'s id',
    ]);
    expect(problems(retire('{ id: old-tendon, now: tendons, why: Merged. }'))).toEqual([
      'data/meta.yaml › retired[0].now: unknown item "tendons"',
    ]);
  });
});
