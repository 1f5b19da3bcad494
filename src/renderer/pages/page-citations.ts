/**
 * The citations of one page: the numbers of its sources (in the order the page shows the
 * statements that cite them) and what the badges and the References section need to show them.
 * Each page kind lists its cited statements here in the order it renders them, so [1] is the first
 * source a reader meets; the page's own `sources` come last, so every source it rests on is listed.
 */
import { numberCitations, type CitationNumbers } from '../../core/kb/citation-numbers';
import type { KbLookup } from '../../core/kb/kb-lookup';
import type { ClinicalTest } from '../../core/kb/clinical-test-schema';
import type { Condition, Disagreement, Exercise, Fact, RedFlag, Topic } from '../../core/kb/schema';

export interface PageCitations {
  readonly lookup: KbLookup;
  readonly numbers: CitationNumbers;
  /** Makes the References entries' element ids unique in the window (a `$props.id()`). */
  readonly idPrefix: string;
}

/** The element id of a page's reference entry, which a citation number scrolls to. */
export function referenceElementId(citations: PageCitations, number: number): string {
  return `${citations.idPrefix}-reference-${number}`;
}

type Evidence = { facts: readonly Fact[]; disagreements: readonly Disagreement[]; sources: readonly string[] };

/** The closing sections every item page shares (EvidenceSections): facts, disagreements, sources. */
function evidenceGroups(item: Evidence): (readonly string[])[] {
  return [
    ...item.facts.map((f) => f.sources),
    ...item.disagreements.flatMap((d) => d.positions.map((p) => p.sources)),
    item.sources,
  ];
}

/** What to check, telling it apart, the referral and each phase, then the shared evidence sections. */
export function conditionCitationGroups(condition: Condition): (readonly string[])[] {
  return [
    ...condition.assessment.check.map((c) => c.sources),
    ...condition.differentiate.map((d) => d.sources),
    ...(condition.referral ? [condition.referral.sources] : []),
    ...condition.management.map((m) => m.sources),
    ...evidenceGroups(condition),
  ];
}

export function exerciseCitationGroups(exercise: Exercise): (readonly string[])[] {
  return [exercise.dosage.sources, ...evidenceGroups(exercise)];
}

/** The clinician sections in page order, then the shared evidence sections. */
export function topicCitationGroups(topic: Topic): (readonly string[])[] {
  return [
    ...topic.sections.flatMap((section) => (section.audience === 'clinician' ? [section.sources] : [])),
    ...evidenceGroups(topic),
  ];
}

export function redFlagCitationGroups(flag: RedFlag): (readonly string[])[] {
  return [flag.sources];
}

/** Each study's figures, then the agreement between examiners, as the test's page shows them. */
export function clinicalTestCitationGroups(test: ClinicalTest): (readonly string[])[] {
  return [...test.accuracy.map((a) => a.sources), ...test.reliability.map((r) => r.sources), test.sources];
}

export function pageCitations(lookup: KbLookup, groups: Iterable<readonly string[]>, idPrefix: string): PageCitations {
  return { lookup, numbers: numberCitations(groups), idPrefix };
}
