/**
 * The level of evidence a page shows at a glance beside a statement: the strongest kind among the
 * sources it cites, by study design (SOURCE_KINDS lists the kinds strongest first).
 */
import { SOURCE_KINDS, type SourceKind } from './source-kinds';

/** Badge words, short enough to sit beside a line of text. */
export const EVIDENCE_BADGE_LABELS: Record<SourceKind, string> = {
  guideline: 'Guideline',
  'consensus-statement': 'Consensus',
  'systematic-review': 'Systematic review',
  rct: 'RCT',
  'diagnostic-accuracy': 'Diagnostic study',
  cohort: 'Cohort study',
  'outcome-measure-validation': 'Measure study',
  classification: 'Classification',
  'case-series': 'Case series',
  'narrative-review': 'Narrative review',
  'expert-opinion': 'Expert opinion',
  'article-for-runners': 'Article for runners',
  'clinical-consensus': 'Clinical consensus',
};

const RANK = new Map<SourceKind, number>(SOURCE_KINDS.map((kind, i) => [kind, i]));

/** The strongest kind among `kinds`; undefined when there is none (no source could be found). */
export function strongestKind(kinds: Iterable<SourceKind>): SourceKind | undefined {
  let best: SourceKind | undefined;
  for (const kind of kinds) if (best === undefined || RANK.get(kind)! < RANK.get(best)!) best = kind;
  return best;
}
