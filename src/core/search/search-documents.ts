import type { KnowledgeBase, ItemKind } from '../kb/knowledge-base';
import type { Condition } from '../kb/schema';
import { PHASE_LABELS, type BodyRegionId } from '../kb/vocabulary';
import { indexTerms } from './text-analysis';

/** Fields in falling order of weight: names and aliases count most, body text least. */
export const SEARCH_FIELDS = ['name', 'terms', 'summary', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = { name: 10, terms: 5, summary: 2.5, body: 1 };

export const TAG_NAMES = ['kind', 'region', 'equipment', 'phase'] as const;
export type TagName = (typeof TAG_NAMES)[number];

/** One searchable item, flattened into weighted text fields and filter tags. */
export interface SearchDocument {
  kind: ItemKind;
  id: string;
  title: string;
  /** Other names shown and matched like the title (aliases, abbreviations). */
  aliases: string[];
  /**
   * The texts to index, by field. A function: only building an index reads them, and the renderer,
   * which imports an index built ahead of time, starts faster for not joining every text.
   */
  fields: () => Record<SearchField, string>;
  tags: Record<TagName, string[]>;
  /** Readable text to cut a snippet from, in order of preference. */
  snippetText: string;
  /**
   * How strongly a term of the `terms` field speaks for this item (1 = neutral). For conditions it
   * comes from the knowledge base's own finding and region weights, so "clicking" ranks the
   * condition where clicking is a hallmark above one where it is incidental.
   */
  termBoosts: Record<string, number>;
}

/** A document as an index built ahead of time carries it: everything but the texts to index. */
export type IndexedDocument = Omit<SearchDocument, 'fields'>;

/** Names the documents, in order ("condition:gluteal-tendinopathy,…"), so an index is never used with other data. */
export function documentKeys(documents: readonly Pick<SearchDocument, 'kind' | 'id'>[]): string {
  return documents.map((d) => `${d.kind}:${d.id}`).join(',');
}

/** `documentKeys` of `searchDocumentsFromKb(kb)`, without analysing any text (start-up reads it). */
export function searchDocumentKeysFromKb(kb: KnowledgeBase): string {
  const kinds = [
    ...kb.conditions.map((c) => ({ kind: 'condition' as const, id: c.id })),
    ...kb.exercises.map((e) => ({ kind: 'exercise' as const, id: e.id })),
    ...kb.topics.map((t) => ({ kind: 'topic' as const, id: t.id })),
    ...kb.redFlags.map((f) => ({ kind: 'red-flag' as const, id: f.id })),
    ...kb.tests.map((t) => ({ kind: 'clinical-test' as const, id: t.id })),
  ];
  return documentKeys(kinds);
}

/** Weight 1 (weakly suggestive) → 0.7, 2 → 1.0, 3 (hallmark) → 1.3. */
function boostFor(weight: number): number {
  return 0.4 + 0.3 * weight;
}

function boosts(entries: { text: string; weight: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { text, weight } of entries) {
    for (const term of indexTerms(text)) out[term] = Math.max(out[term] ?? 0, boostFor(weight));
  }
  return out;
}

const join = (...parts: (string | readonly string[] | undefined)[]) => parts.flat().filter(Boolean).join(' \n ');

/** Turns the knowledge base into search documents (pure; run at build time or start-up). */
export function searchDocumentsFromKb(kb: KnowledgeBase): SearchDocument[] {
  const region = new Map(kb.regions.map((r) => [r.id, r]));
  const finding = new Map(kb.findings.map((f) => [f.id, f]));
  const regionWords = (id: BodyRegionId) => [region.get(id)?.label ?? id, region.get(id)?.patientLabel ?? ''];
  const exerciseRegions = new Map<string, Set<string>>();
  for (const c of kb.conditions) {
    for (const m of c.management) {
      for (const e of m.exercises) {
        const set = exerciseRegions.get(e.id) ?? new Set<string>();
        c.regions.filter((r) => r.role === 'primary').forEach((r) => set.add(r.id));
        exerciseRegions.set(e.id, set);
      }
    }
  }

  const conditions: SearchDocument[] = kb.conditions.map((c) => ({
    kind: 'condition',
    id: c.id,
    title: c.name,
    aliases: c.aliases,
    fields: () => ({
      name: join(c.name, c.aliases),
      terms: join(
        c.category,
        c.regions.flatMap((r) => regionWords(r.id)),
        // Strong findings contribute their plain-language question too, so symptom phrases land.
        c.findings.for.flatMap((f) => [
          finding.get(f.id)?.label ?? '',
          f.weight >= 2 ? (finding.get(f.id)?.question ?? '') : '',
        ]),
      ),
      summary: join(c.summary.clinician, c.summary.patient, c.presentation),
      body: join(
        c.assessment.ask,
        c.assessment.check.map((t) => `${t.name} ${t.how} ${t.suggests}`),
        c.differentiate.map((d) => d.how),
        c.management.flatMap((m) => [m.goals, m.patient, ...m.advice]),
        c.facts.map((f) => f.text),
      ),
    }),
    tags: {
      kind: ['condition'],
      region: c.regions.map((r) => r.id),
      equipment: [],
      phase: c.management.map((m) => m.phase),
    },
    snippetText: join(c.summary.patient, c.summary.clinician, c.presentation),
    termBoosts: boosts([
      ...c.regions.map((r) => ({ text: regionWords(r.id).join(' '), weight: r.weight })),
      ...c.findings.for.map((f) => ({
        text: `${finding.get(f.id)?.label ?? ''} ${finding.get(f.id)?.question ?? ''}`,
        weight: f.weight,
      })),
    ]),
  }));

  const exercises: SearchDocument[] = kb.exercises.map((e) => ({
    kind: 'exercise',
    id: e.id,
    title: e.name,
    aliases: e.aliases,
    fields: () => ({
      name: join(e.name, e.aliases),
      terms: join(
        e.kind,
        e.targets,
        e.equipment.map((q) => q.replace(/-/g, ' ')),
        e.position.replace(/-/g, ' '),
        e.phases.map((p) => PHASE_LABELS[p]),
      ),
      summary: join(e.summary.clinician, e.summary.patient, e.cues),
      body: join(
        e.instructions,
        e.mistakes,
        e.precautions,
        e.facts.map((f) => f.text),
      ),
    }),
    tags: {
      kind: ['exercise'],
      region: [...(exerciseRegions.get(e.id) ?? [])],
      equipment: e.equipment,
      phase: e.phases,
    },
    snippetText: join(e.summary.patient, e.summary.clinician, e.instructions),
    termBoosts: {},
  }));

  const topics: SearchDocument[] = kb.topics.map((t) => ({
    kind: 'topic',
    id: t.id,
    title: t.name,
    aliases: t.aliases,
    fields: () => ({
      name: join(t.name, t.aliases),
      terms: join(
        t.category,
        t.sections.map((s) => s.heading),
      ),
      summary: join(t.summary.clinician, t.summary.patient),
      body: join(
        t.sections.flatMap((s) => [
          s.clinician ?? '',
          s.patient ?? '',
          ...(s.points ?? []),
          ...(s.table?.rows.flat() ?? []),
        ]),
        t.facts.map((f) => f.text),
      ),
    }),
    tags: { kind: ['topic'], region: [], equipment: [], phase: [] },
    snippetText: join(t.summary.patient, t.summary.clinician),
    termBoosts: {},
  }));

  const redFlags: SearchDocument[] = kb.redFlags.map((f) => ({
    kind: 'red-flag',
    id: f.id,
    title: f.name,
    aliases: [],
    fields: () => ({
      name: join(f.name, 'red flag'),
      terms: join(
        f.when.flatMap((p) =>
          [...(p.findingsAll ?? []), ...(p.findingsAny ?? [])].map((id) => finding.get(id)?.label ?? id),
        ),
        f.urgency,
      ),
      summary: join(f.clinician, f.patient),
      body: f.action,
    }),
    tags: {
      kind: ['red-flag'],
      region: [...new Set(f.when.flatMap((p) => p.regionsAny ?? []))],
      equipment: [],
      phase: [],
    },
    snippetText: join(f.patient, f.clinician),
    termBoosts: {},
  }));

  return [...conditions, ...exercises, ...topics, ...redFlags, ...clinicalTestDocuments(kb)];
}

/**
 * Clinical tests: found by name, alias and abbreviation ("FADIR", "log roll"), by the conditions
 * they examine for, and filtered by the regions of those conditions.
 */
function clinicalTestDocuments(kb: KnowledgeBase): SearchDocument[] {
  const conditionsByTest = new Map<string, Condition[]>();
  for (const c of kb.conditions) {
    for (const id of c.assessment.tests ?? []) conditionsByTest.set(id, [...(conditionsByTest.get(id) ?? []), c]);
  }
  const conditionById = new Map(kb.conditions.map((c) => [c.id, c]));
  return kb.tests.map((t) => {
    const examinedFor = new Set([
      ...(conditionsByTest.get(t.id) ?? []),
      ...t.accuracy.flatMap((a) => (a.condition ? [conditionById.get(a.condition)] : [])),
    ]);
    const conditions = [...examinedFor].filter((c): c is Condition => c !== undefined);
    return {
      kind: 'clinical-test',
      id: t.id,
      title: t.name,
      aliases: t.aliases,
      fields: () => ({
        name: join(t.name, t.aliases),
        terms: join(
          'clinical test examination',
          conditions.map((c) => c.name),
        ),
        summary: join(t.purpose, t.positive),
        body: join(
          t.how,
          t.interpretation,
          t.accuracy.map((a) => a.target),
          t.notEstablished,
        ),
      }),
      tags: {
        kind: ['clinical-test'],
        region: [...new Set(conditions.flatMap((c) => c.regions.filter((r) => r.role === 'primary').map((r) => r.id)))],
        equipment: [],
        phase: [],
      },
      snippetText: join(t.purpose, t.positive),
      termBoosts: {},
    };
  });
}
