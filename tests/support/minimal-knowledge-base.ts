import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { KbSourceFile } from '../../src/core/kb/parse-knowledge-base';
import { BODY_REGION_IDS } from '../../src/core/kb/vocabulary';

/** A minimal valid knowledge base, built in memory so each test can break one thing. */
export function minimalFiles(): KbSourceFile[] {
  const regions = BODY_REGION_IDS.map(
    (id) => `- { id: ${id}, label: ${id}, patientLabel: ${id}, description: ${id}, sided: true, views: [front] }`,
  ).join('\n');
  return [
    { path: 'data/meta.yaml', text: 'version: 1.0.0\nupdated: 2026-01-01\n' },
    {
      path: 'data/sources.yaml',
      text: [
        '- { id: article, kind: article-for-runners, title: An article }',
        '- { id: clinical-consensus, kind: clinical-consensus, title: Clinical consensus, note: Established practice. }',
        '- { id: trial-2020, kind: rct, authors: Smith A, year: 2020, title: A trial, journal: A journal, doi: 10.1000/trial.2020, checked: [https://example.org/trial-2020] }',
        '- { id: review-2021, kind: systematic-review, authors: Jones B, year: 2021, title: A review, journal: A journal, pmid: "12345678", checked: [https://example.org/review-2021] }',
        '',
      ].join('\n'),
    },
    { path: 'data/body-regions.yaml', text: regions },
    {
      path: 'data/findings.yaml',
      text:
        '- { id: warms-up, label: Warms up, group: pattern, question: Does it ease?, clinician: Warm-up pattern. }\n' +
        '- { id: night-pain, label: Night pain, group: pattern, question: Does it wake you?, clinician: Night pain. }\n',
    },
    { path: 'data/synonyms.yaml', text: 'groups:\n  - [ITB, iliotibial band]\n' },
    { path: 'data/rules.yaml', text: '[]\n' },
    { path: 'data/outcome-measures.yaml', text: '[]\n' },
    {
      path: 'data/red-flags.yaml',
      text: '- { id: night, name: Night, urgency: soon, clinician: c, patient: p, action: a, when: [{ findingsAny: [night-pain] }], sources: [article] }\n',
    },
    {
      path: 'data/exercises/bridge.yaml',
      text: `id: bridge
name: Bridge
aliases: []
kind: strength
targets: [gluteus maximus]
equipment: [mat]
position: lying-on-back
level: beginner
phases: [load]
sides: both-sides
summary: { clinician: c, patient: p }
dosage: { sets: 3, reps: 10, sources: [article] }
instructions: [Lie down., Lift up.]
cues: [Squeeze.]
mistakes: [Arching.]
precautions: []
easier: []
harder: []
facts: []
disagreements: []
sources: [article]
`,
    },
    {
      path: 'data/figures/bridge.yaml',
      text: `id: bridge
view: side
working: [leg, other-leg]
targets: [{ area: gluteus-maximus, side: both }]
props: [{ kind: mat }]
poses:
  - name: start
    label: Lying on your back, knees bent
    body: { tilt: -90 }
    legs: { hip: { flex: 46 }, knee: 100, ankle: -37 }
    arms: { shoulder: { flex: -9, abd: 5 } }
    contact: [back, pelvis, work-foot, other-foot, work-hand]
  - name: up
    label: Hips lifted
    body: { tilt: -116 }
    neck: 30
    legs: { hip: { flex: 0 }, knee: 89, ankle: -30 }
    arms: { shoulder: { flex: -31, abd: 5 } }
    contact: [back, work-foot, other-foot, work-hand]
`,
    },
    {
      path: 'data/conditions/tendon.yaml',
      text: `id: tendon
name: Tendon
aliases: []
category: tendon
prevalence: common
regions: [{ id: lateral-hip, role: primary, weight: 3, basis: [trial-2020] }]
findings: { for: [{ id: warms-up, weight: 2, consensus: Tendon pain often eases once warm. }], against: [] }
summary: { clinician: c, patient: p }
presentation: [Pain.]
assessment: { ask: [Where?], check: [] }
differentiate: []
redFlags: [night]
management:
  - { phase: load, goals: g, patient: p, sources: [review-2021, trial-2020], exercises: [{ id: bridge }], advice: [] }
topics: []
related: []
facts: []
disagreements: []
sources: [article]
`,
    },
  ];
}

/** Writes knowledge-base files to a new temporary folder and returns its `data` folder. */
export function writeKnowledgeBase(files: KbSourceFile[]): string {
  const root = mkdtempSync(join(tmpdir(), 'stride-atlas-kb-'));
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return join(root, 'data');
}
