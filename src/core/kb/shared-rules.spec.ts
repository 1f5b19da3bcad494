import { describe, expect, it } from 'vitest';
import { minimalFiles } from '../../../tests/support/minimal-knowledge-base';
import { formatKbIssue } from './knowledge-base';
import { parseKnowledgeBase, type KbSourceFile } from './parse-knowledge-base';

const RULE = `- id: pain-rule
  name: The pain rule
  heading: How much pain is OK
  short: Some pain is fine if it stays low and settles by the next morning.
  patient: Score your pain from 0 to 10. Keep it low. It should settle by the next morning.
  table: { columns: [Pain, What to do], rows: [[Low, Carry on]] }
  clinician: What the rule rests on.
  sources: [article]
`;

function withRule(files: KbSourceFile[]): KbSourceFile[] {
  return files.map((f) => (f.path === 'data/rules.yaml' ? { ...f, text: RULE } : f));
}

function edit(files: KbSourceFile[], path: string, change: (text: string) => string): KbSourceFile[] {
  return files.map((f) => (f.path === path ? { ...f, text: change(f.text) } : f));
}

const topic = (sections: string): KbSourceFile => ({
  path: 'data/topics/pain.yaml',
  text: `id: pain
name: Pain
aliases: []
category: safety
summary: { clinician: c, patient: p }
sections: ${sections}
exercises: []
conditions: []
related: []
facts: []
disagreements: []
sources: [article]
`,
});

describe('shared rules: written once, printed the same wherever they are used', () => {
  it('puts the rule’s short form where condition advice and exercise steps refer to it', () => {
    let files = withRule(minimalFiles());
    files = edit(files, 'data/conditions/tendon.yaml', (t) =>
      t.replace('advice: []', 'advice: [Sleep on the other side., { rule: pain-rule }]'),
    );
    files = edit(files, 'data/exercises/bridge.yaml', (t) =>
      t.replace('instructions: [Lie down., Lift up.]', 'instructions: [Lie down., Lift up., { rule: pain-rule }]'),
    );
    const result = parseKnowledgeBase(files);
    if (!result.ok) throw new Error(result.issues.map(formatKbIssue).join('\n'));
    const short = 'Some pain is fine if it stays low and settles by the next morning.';
    expect(result.kb.conditions[0]!.management[0]!.advice).toEqual(['Sleep on the other side.', short]);
    expect(result.kb.exercises[0]!.instructions).toEqual(['Lie down.', 'Lift up.', short]);
    expect(result.kb.rules.map((r) => r.id)).toEqual(['pain-rule']);
  });

  it('prints the whole rule, table and all, where a topic section refers to it', () => {
    const files = [
      ...withRule(minimalFiles()),
      topic('[{ heading: Before, patient: Read this. }, { rule: pain-rule }]'),
    ];
    const result = parseKnowledgeBase(files);
    if (!result.ok) throw new Error(result.issues.map(formatKbIssue).join('\n'));
    const [before, rule] = result.kb.topics[0]!.sections;
    expect(before).toEqual({ heading: 'Before', patient: 'Read this.' });
    expect(rule).toEqual({
      heading: 'How much pain is OK',
      patient: 'Score your pain from 0 to 10. Keep it low. It should settle by the next morning.',
      clinician: 'What the rule rests on.',
      table: { columns: ['Pain', 'What to do'], rows: [['Low', 'Carry on']] },
      rule: 'pain-rule',
    });
  });

  it('names the file, item and field of a reference to a rule that does not exist', () => {
    const files = [...withRule(minimalFiles()), topic('[{ rule: pain-rules }]')];
    const result = parseKnowledgeBase(files);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map(formatKbIssue)).toContain(
        'data/topics/pain.yaml › pain › sections[0]: unknown rule "pain-rules" (rules live in data/rules.yaml)',
      );
  });
});
