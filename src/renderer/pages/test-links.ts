/**
 * The links a clinical test's page shows, and those a condition's page shows to its tests: pure,
 * so which conditions count as "evidence for" is tested without rendering.
 */
import type { ClinicalTest } from '../../core/kb/clinical-test-schema';
import type { KbLookup } from '../../core/kb/kb-lookup';
import type { Condition } from '../../core/kb/schema';
import type { ItemInput } from './item-input';

export interface PageLink {
  input: ItemInput;
  label: string;
}

export interface TestLinks {
  /** Conditions an accuracy study links the test to: the ones a result moves in triage. */
  evidenceFor: PageLink[];
  /** Conditions whose examination lists the test. */
  examinedIn: PageLink[];
  /** The test's other related items (tests, conditions, red flags) not listed above. */
  related: PageLink[];
}

const conditionLink = (c: Condition): PageLink => ({ input: { kind: 'condition', id: c.id }, label: c.name });

export function testLinks(lookup: KbLookup, test: ClinicalTest): TestLinks {
  const studied = new Set(test.accuracy.flatMap((a) => (a.condition ? [a.condition] : [])));
  const evidenceFor = [...studied].flatMap((id) => {
    const c = lookup.condition(id);
    return c ? [conditionLink(c)] : [];
  });
  const examinedIn = lookup.conditionsUsingTest(test.id).map(conditionLink);
  const shown = new Set([...evidenceFor, ...examinedIn].map((l) => l.input.id));
  const related = test.related.flatMap((id) => {
    const entry = lookup.item(id);
    if (!entry || shown.has(entry.item.id)) return [];
    shown.add(entry.item.id);
    return [{ input: { kind: entry.kind, id: entry.item.id }, label: entry.item.name }];
  });
  return { evidenceFor, examinedIn, related };
}

/** The clinical tests a condition's examination lists, in its order. */
export function conditionTestLinks(lookup: KbLookup, condition: Condition): PageLink[] {
  return (condition.assessment.tests ?? []).flatMap((id) => {
    const test = lookup.test(id);
    return test ? [{ input: { kind: 'clinical-test', id: test.id }, label: test.name }] : [];
  });
}
