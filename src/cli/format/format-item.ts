import { formatDosage, applyDosageOverride } from '../../core/kb/dosage';
import type { KbLookup } from '../../core/kb/kb-lookup';
import type { KbItem } from '../../core/kb/knowledge-base';
import type { Condition, Disagreement, Exercise, Fact, RedFlag, Topic } from '../../core/kb/schema';
import { PHASE_LABELS } from '../../core/kb/vocabulary';
import { formatClinicalTest } from './format-clinical-test';
import { bullets, field, heading, numbered, wrap } from './text-blocks';

function sourcesBlock(lookup: KbLookup, ids: readonly string[]): string[] {
  return [...heading('Sources'), ...bullets(ids.map((id) => lookup.source(id)?.title ?? id))];
}

function factsBlock(lookup: KbLookup, facts: readonly Fact[]): string[] {
  if (facts.length === 0) return [];
  const cite = (ids: string[]) => ids.map((id) => lookup.source(id)?.title ?? id).join('; ');
  return [...heading('Facts and figures'), ...bullets(facts.map((f) => `${f.text} [${cite(f.sources)}]`))];
}

function disagreementsBlock(lookup: KbLookup, items: readonly Disagreement[]): string[] {
  return items.flatMap((d) => [
    ...heading(`Sources disagree: ${d.question}`),
    ...bullets(
      d.positions.map((p) => `${p.position} [${p.sources.map((s) => lookup.source(s)?.title ?? s).join('; ')}]`),
      '–',
    ),
  ]);
}

function twoReaders(summary: { clinician: string; patient: string }): string[] {
  return [
    ...heading('For the clinician'),
    ...wrap(summary.clinician, '  '),
    ...heading('For the patient'),
    ...wrap(summary.patient, '  '),
  ];
}

function formatCondition(lookup: KbLookup, c: Condition): string[] {
  const weighted = (list: { id: string; weight: number }[]) =>
    list.map((f) => `${lookup.finding(f.id)?.label ?? f.id} (${f.weight})`).join(', ');
  return [
    `${c.name}  [condition: ${c.id}]`,
    ...field('Also called', c.aliases.join(', ') || '—'),
    ...field('Category', `${c.category}, ${c.prevalence}`),
    ...field(
      'Regions',
      c.regions.map((r) => `${lookup.region(r.id)?.label ?? r.id} (${r.role}, ${r.weight})`).join(', '),
    ),
    ...field('Findings for', weighted(c.findings.for)),
    ...field('Findings against', weighted(c.findings.against) || '—'),
    ...(c.referral ? field('Referral', `${c.referral.urgency}: ${c.referral.reason}`) : []),
    ...twoReaders(c.summary),
    ...heading('Typical presentation'),
    ...bullets(c.presentation),
    ...heading('Ask'),
    ...bullets(c.assessment.ask),
    ...heading('Check'),
    ...bullets(c.assessment.check.map((t) => `${t.name}: ${t.how} ${t.suggests}`)),
    ...heading('Telling it apart'),
    ...bullets(c.differentiate.map((d) => `From ${lookup.condition(d.from)?.name ?? d.from}: ${d.how}`)),
    ...heading('Red flags'),
    ...bullets(c.redFlags.map((id) => lookup.redFlag(id)?.name ?? id)),
    ...c.management.flatMap((m) => [
      ...heading(`Management: ${PHASE_LABELS[m.phase]}`),
      ...wrap(m.goals, '  '),
      ...wrap(`Patient: ${m.patient}`, '  '),
      ...(m.progressWhen ? wrap(`Move on when: ${m.progressWhen}`, '  ') : []),
      ...bullets(
        m.exercises.map((e) => {
          const ex = lookup.exercise(e.id);
          const dose = ex
            ? formatDosage(applyDosageOverride(ex.dosage, e.dosage), { perSide: ex.sides === 'one-side' })
            : '';
          return `${ex?.name ?? e.id} — ${dose}${e.note ? ` (${e.note})` : ''}`;
        }),
      ),
      ...bullets(m.advice, '–'),
    ]),
    ...heading('Advice topics'),
    ...bullets(c.topics.map((id) => lookup.topic(id)?.name ?? id)),
    ...heading('Related conditions'),
    ...bullets(c.related.map((id) => lookup.condition(id)?.name ?? id)),
    ...factsBlock(lookup, c.facts),
    ...disagreementsBlock(lookup, c.disagreements),
    ...sourcesBlock(lookup, c.sources),
  ];
}

function formatExercise(lookup: KbLookup, e: Exercise): string[] {
  const names = (ids: string[]) => ids.map((id) => lookup.exercise(id)?.name ?? id).join(', ') || '—';
  return [
    `${e.name}  [exercise: ${e.id}]`,
    ...field('Also called', e.aliases.join(', ') || '—'),
    ...field('Kind', `${e.kind}, ${e.level}, ${e.sides}`),
    ...field('Targets', e.targets.join(', ')),
    ...field('Equipment', e.equipment.join(', ')),
    ...field('Starting position', e.position),
    ...field('Phases', e.phases.map((p) => PHASE_LABELS[p]).join(', ')),
    ...field(
      'Dosage',
      formatDosage(e.dosage, { perSide: e.sides === 'one-side' }) + (e.dosage.note ? ` (${e.dosage.note})` : ''),
    ),
    ...twoReaders(e.summary),
    ...heading('Instructions'),
    ...numbered(e.instructions),
    ...heading('Key cues'),
    ...bullets(e.cues),
    ...heading('Common mistakes'),
    ...bullets(e.mistakes),
    ...(e.precautions.length ? [...heading('Precautions'), ...bullets(e.precautions)] : []),
    ...field('Easier', names(e.easier)),
    ...field('Harder', names(e.harder)),
    ...field(
      'Used for',
      lookup
        .conditionsUsingExercise(e.id)
        .map((c) => c.name)
        .join(', ') || '—',
    ),
    ...factsBlock(lookup, e.facts),
    ...disagreementsBlock(lookup, e.disagreements),
    ...sourcesBlock(lookup, e.sources),
  ];
}

function formatTopic(lookup: KbLookup, t: Topic): string[] {
  return [
    `${t.name}  [topic: ${t.id}]`,
    ...field('Also called', t.aliases.join(', ') || '—'),
    ...field('Category', t.category),
    ...twoReaders(t.summary),
    ...t.sections.flatMap((s) => [
      ...heading(s.heading),
      ...(s.clinician ? wrap(`Clinician: ${s.clinician}`, '  ') : []),
      ...(s.patient ? wrap(`Patient: ${s.patient}`, '  ') : []),
      ...bullets(s.points ?? []),
      ...(s.table ? [`  ${s.table.columns.join(' | ')}`, ...s.table.rows.map((r) => `  ${r.join(' | ')}`)] : []),
    ]),
    ...field('Exercises', t.exercises.map((id) => lookup.exercise(id)?.name ?? id).join(', ') || '—'),
    ...field('Conditions', t.conditions.map((id) => lookup.condition(id)?.name ?? id).join(', ') || '—'),
    ...factsBlock(lookup, t.facts),
    ...disagreementsBlock(lookup, t.disagreements),
    ...sourcesBlock(lookup, t.sources),
  ];
}

function formatRedFlag(lookup: KbLookup, f: RedFlag): string[] {
  return [
    `${f.name}  [red flag: ${f.id}, ${f.urgency}]`,
    ...heading('For the clinician'),
    ...wrap(f.clinician, '  '),
    ...heading('What to do'),
    ...wrap(f.action, '  '),
    ...heading('On the handout'),
    ...wrap(f.patient, '  '),
    ...heading('Raised by'),
    ...bullets(
      f.when.map((p) =>
        [
          p.findingsAll?.length ? `all of: ${p.findingsAll.join(', ')}` : '',
          p.findingsAny?.length ? `any of: ${p.findingsAny.join(', ')}` : '',
          p.regionsAny?.length ? `in: ${p.regionsAny.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; '),
      ),
    ),
    ...field(
      'Conditions',
      lookup
        .conditionsWithRedFlag(f.id)
        .map((c) => c.name)
        .join(', ') || '—',
    ),
    ...sourcesBlock(lookup, f.sources),
  ];
}

export function formatItem(lookup: KbLookup, entry: KbItem): string {
  switch (entry.kind) {
    case 'condition':
      return formatCondition(lookup, entry.item).join('\n');
    case 'exercise':
      return formatExercise(lookup, entry.item).join('\n');
    case 'topic':
      return formatTopic(lookup, entry.item).join('\n');
    case 'red-flag':
      return formatRedFlag(lookup, entry.item).join('\n');
    case 'clinical-test':
      return formatClinicalTest(lookup, entry.item).join('\n');
  }
}
