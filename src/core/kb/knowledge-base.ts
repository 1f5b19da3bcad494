import type { BodyRegion, Condition, Exercise, Finding, KbMeta, RedFlag, Source, Topic } from './schema';
import type { ClinicalTest } from './clinical-test-schema';
import type { ExerciseFigure } from './figure-schema';
import type { OutcomeMeasure } from '../outcomes/outcome-measure-schema';
import type { Rule } from './rule-schema';

/** The validated knowledge base, as compiled into the app. Arrays are sorted by id. */
export interface KnowledgeBase {
  meta: KbMeta;
  sources: Source[];
  regions: BodyRegion[];
  findings: Finding[];
  /** Groups of terms that search treats as equal, e.g. ["ITB", "iliotibial band"]. */
  synonyms: string[][];
  redFlags: RedFlag[];
  /** Shared rules (the pain rule, the return-to-running stages), already put in place in the items. */
  rules: Rule[];
  conditions: Condition[];
  exercises: Exercise[];
  /** One illustration per exercise, with the exercise's id (`data/figures/<id>.yaml`). */
  figures: ExerciseFigure[];
  topics: Topic[];
  /** Clinical examination tests with their accuracy (`data/clinical-tests/<id>.yaml`). */
  tests: ClinicalTest[];
  /** Outcome measures with their scoring rules and important changes, in the file's order. */
  outcomeMeasures: OutcomeMeasure[];
}

/** The kinds of item a clinician can open as a page. */
export type ItemKind = 'condition' | 'exercise' | 'topic' | 'red-flag' | 'clinical-test';

export type KbItem =
  | { kind: 'condition'; item: Condition }
  | { kind: 'exercise'; item: Exercise }
  | { kind: 'topic'; item: Topic }
  | { kind: 'red-flag'; item: RedFlag }
  | { kind: 'clinical-test'; item: ClinicalTest };

/** A problem found while reading the knowledge base, located as precisely as we can. */
export interface KbIssue {
  file: string;
  /** The item's id, when the problem is inside one item of the file. */
  item?: string;
  /** Dotted path of the field, e.g. `findings.for[2].id`. */
  field?: string;
  message: string;
}

export function formatKbIssue(issue: KbIssue): string {
  const where = [issue.file, issue.item, issue.field].filter(Boolean).join(' › ');
  return `${where}: ${issue.message}`;
}
