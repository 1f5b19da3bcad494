import type { ClinicalTest } from './clinical-test-schema';
import type { ItemKind, KbItem, KnowledgeBase } from './knowledge-base';
import type { BodyRegion, Condition, Exercise, Finding, RedFlag, Source, Topic } from './schema';

/** Fast id look-ups and the reverse links the pages need (which conditions use an exercise…). */
export interface KbLookup {
  readonly kb: KnowledgeBase;
  item: (id: string) => KbItem | undefined;
  condition: (id: string) => Condition | undefined;
  exercise: (id: string) => Exercise | undefined;
  topic: (id: string) => Topic | undefined;
  redFlag: (id: string) => RedFlag | undefined;
  region: (id: string) => BodyRegion | undefined;
  finding: (id: string) => Finding | undefined;
  source: (id: string) => Source | undefined;
  test: (id: string) => ClinicalTest | undefined;
  conditionsUsingExercise: (id: string) => Condition[];
  topicsUsingExercise: (id: string) => Topic[];
  conditionsWithRedFlag: (id: string) => Condition[];
  conditionsWithTopic: (id: string) => Condition[];
  /** Conditions whose examination lists the test. */
  conditionsUsingTest: (id: string) => Condition[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

/** A retired id answers with the item that replaced it (meta.yaml's `retired`). */
function withRetired<T>(map: Map<string, T>, retired: ReadonlyMap<string, string>): Map<string, T> {
  for (const [old, now] of retired) {
    const item = map.get(now);
    if (item && !map.has(old)) map.set(old, item);
  }
  return map;
}

function invert<T extends { id: string }>(items: readonly T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = out.get(key) ?? [];
      list.push(item);
      out.set(key, list);
    }
  }
  return out;
}

export function createKbLookup(kb: KnowledgeBase): KbLookup {
  const retired = new Map((kb.meta.retired ?? []).map((r) => [r.id, r.now]));
  const conditions = withRetired(byId(kb.conditions), retired);
  const exercises = withRetired(byId(kb.exercises), retired);
  const topics = withRetired(byId(kb.topics), retired);
  const redFlags = withRetired(byId(kb.redFlags), retired);
  const regions = byId(kb.regions);
  const findings = byId(kb.findings);
  const sources = byId(kb.sources);
  const tests = byId(kb.tests);
  const conditionsByTest = invert(kb.conditions, (c) => c.assessment.tests ?? []);
  const conditionsByExercise = invert(kb.conditions, (c) => c.management.flatMap((m) => m.exercises.map((e) => e.id)));
  const topicsByExercise = invert(kb.topics, (t) => t.exercises);
  const conditionsByRedFlag = invert(kb.conditions, (c) => c.redFlags);
  const conditionsByTopic = invert(kb.conditions, (c) => c.topics);
  const kinds: [ItemKind, Map<string, Condition | Exercise | Topic | RedFlag | ClinicalTest>][] = [
    ['condition', conditions],
    ['exercise', exercises],
    ['topic', topics],
    ['red-flag', redFlags],
    ['clinical-test', tests],
  ];

  return {
    kb,
    item(id) {
      for (const [kind, map] of kinds) {
        const item = map.get(id);
        if (item) return { kind, item } as KbItem;
      }
      return undefined;
    },
    condition: (id) => conditions.get(id),
    exercise: (id) => exercises.get(id),
    topic: (id) => topics.get(id),
    redFlag: (id) => redFlags.get(id),
    region: (id) => regions.get(id),
    finding: (id) => findings.get(id),
    source: (id) => sources.get(id),
    test: (id) => tests.get(id),
    conditionsUsingExercise: (id) => conditionsByExercise.get(id) ?? [],
    topicsUsingExercise: (id) => topicsByExercise.get(id) ?? [],
    conditionsWithRedFlag: (id) => conditionsByRedFlag.get(id) ?? [],
    conditionsWithTopic: (id) => conditionsByTopic.get(id) ?? [],
    conditionsUsingTest: (id) => conditionsByTest.get(id) ?? [],
  };
}
