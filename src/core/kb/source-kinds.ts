/**
 * What kinds of source the knowledge base cites, and how to recognise a DOI or PMID. Apart from the
 * schema (which needs zod) so that pages can label sources without loading it.
 */
/** Peer-reviewed kinds, strongest design first: the order the evidence badges use. */
export const LITERATURE_KINDS = [
  'guideline',
  'consensus-statement',
  'systematic-review',
  'rct',
  'diagnostic-accuracy',
  'cohort',
  'outcome-measure-validation',
  'classification',
  'case-series',
  'narrative-review',
  'expert-opinion',
] as const;
export type LiteratureKind = (typeof LITERATURE_KINDS)[number];

export const SOURCE_KINDS = [...LITERATURE_KINDS, 'article-for-runners', 'clinical-consensus'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Short labels for badges and reference lists. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  guideline: 'Guideline',
  'consensus-statement': 'Consensus statement',
  'systematic-review': 'Systematic review',
  rct: 'Randomised trial',
  'diagnostic-accuracy': 'Diagnostic accuracy study',
  cohort: 'Cohort study',
  'outcome-measure-validation': 'Outcome measure study',
  classification: 'Classification',
  'case-series': 'Case series',
  'narrative-review': 'Narrative review',
  'expert-opinion': 'Expert opinion',
  'article-for-runners': 'Article for runners',
  'clinical-consensus': 'Clinical consensus',
};

/** A DOI as registered: "10." + registrant + "/" + suffix, with no spaces or URL prefix. */
export const DOI_PATTERN = /^10\.\d{4,9}\/[^\s]+$/;
/** A PubMed id: digits only, at most 9. */
export const PMID_PATTERN = /^[1-9]\d{0,8}$/;

const LITERATURE = new Set<string>(LITERATURE_KINDS);

/** Peer-reviewed literature, as opposed to the articles for runners and clinical consensus. */
export function isLiterature<S extends { kind: SourceKind }>(
  source: S,
): source is Extract<S, { kind: LiteratureKind }> {
  return LITERATURE.has(source.kind);
}

/**
 * Peer-reviewed evidence: literature other than expert opinion. Articles for runners, clinical
 * consensus and expert opinion say what practice is, not what a study found.
 */
export function isPeerReviewed(source: { kind: SourceKind }): boolean {
  return LITERATURE.has(source.kind) && source.kind !== 'expert-opinion';
}
