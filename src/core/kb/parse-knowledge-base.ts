/**
 * Turns the authored YAML files into a validated KnowledgeBase, or a list of issues that name the
 * file, the item and the field. Pure: the caller reads the files (Node CLI, Vite plugin, tests).
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { checkClinicalReferences } from './clinical-checks';
import { clinicalTestSchema } from './clinical-test-schema';
import { checkCrossReferences } from './cross-references';
import { createRuleExpander } from './expand-rules';
import { checkStatementSources } from './statement-sources';
import { exerciseFigureSchema } from './figure-schema';
import type { KbIssue, KnowledgeBase } from './knowledge-base';
import { outcomeMeasureSchema } from '../outcomes/outcome-measure-schema';
import { ruleSchema } from './rule-schema';
import {
  bodyRegionSchema,
  conditionSchema,
  exerciseSchema,
  findingSchema,
  metaSchema,
  redFlagSchema,
  sourceSchema,
  synonymsSchema,
  topicSchema,
} from './schema';

export interface KbSourceFile {
  /** Path relative to the repository root, with forward slashes, e.g. `data/topics/sleep.yaml`. */
  path: string;
  text: string;
}

export type KbParseResult = { ok: true; kb: KnowledgeBase } | { ok: false; issues: KbIssue[] };

const SINGLE_FILES = {
  'meta.yaml': 'meta',
  'sources.yaml': 'sources',
  'body-regions.yaml': 'regions',
  'findings.yaml': 'findings',
  'synonyms.yaml': 'synonyms',
  'red-flags.yaml': 'redFlags',
  'rules.yaml': 'rules',
  'outcome-measures.yaml': 'outcomeMeasures',
} as const;

const ITEM_FOLDERS = {
  'clinical-tests': clinicalTestSchema,
  conditions: conditionSchema,
  exercises: exerciseSchema,
  figures: exerciseFigureSchema,
  topics: topicSchema,
} as const;

type ItemFolder = keyof typeof ITEM_FOLDERS;

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/**
 * A value that matches none of a union's shapes (a topic section or a rule reference) fails as
 * "Invalid input". Report instead what the closest shape (the one with fewest problems) lacks, so
 * the author reads "sources: expected array" rather than nothing useful.
 */
function closestUnionIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
  return closest.flatMap((inner) => closestUnionIssues({ ...inner, path: [...issue.path, ...inner.path] }));
}

function zodIssues(
  file: string,
  error: z.ZodError,
  itemOf: (path: readonly PropertyKey[]) => string | undefined,
  pathOffset = 0,
): KbIssue[] {
  return error.issues.flatMap(closestUnionIssues).map((issue) => {
    const item = itemOf(issue.path);
    const field = formatPath(issue.path.slice(pathOffset));
    return { file, ...(item ? { item } : {}), ...(field ? { field } : {}), message: issue.message };
  });
}

function readYaml(file: KbSourceFile, issues: KbIssue[]): unknown {
  const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = err.linePos?.[0];
      issues.push({
        file: file.path + (pos ? `:${pos.line}:${pos.col}` : ''),
        message: `YAML syntax error: ${err.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  return doc.toJS();
}

/** For list files, name the item by the `id` of the list entry the issue sits in. */
function listItemName(data: unknown) {
  return (path: readonly PropertyKey[]): string | undefined => {
    if (!Array.isArray(data) || typeof path[0] !== 'number') return undefined;
    const entry: unknown = data[path[0]];
    if (entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string') {
      return entry.id;
    }
    return `entry ${path[0] + 1}`;
  };
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

function byId<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A check of the whole knowledge base from a layer above this one (the figures' plausibility). */
export type KbCheck = (kb: KnowledgeBase) => KbIssue[];

export function parseKnowledgeBase(files: readonly KbSourceFile[], moreChecks: readonly KbCheck[] = []): KbParseResult {
  const issues: KbIssue[] = [];
  const partial: Partial<KnowledgeBase> = {};
  const items: { [K in ItemFolder]: z.output<(typeof ITEM_FOLDERS)[K]>[] } = {
    'clinical-tests': [],
    conditions: [],
    exercises: [],
    figures: [],
    topics: [],
  };
  const seen = new Set<string>();

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const name = fileName(file.path);
    const folder = folderOf(file.path);
    if (!name.endsWith('.yaml')) continue;

    if (folder && folder in ITEM_FOLDERS) {
      const data = readYaml(file, issues);
      if (data === undefined) continue;
      const schema = ITEM_FOLDERS[folder as ItemFolder];
      const expectedId = name.slice(0, -'.yaml'.length);
      const result = schema.safeParse(data);
      if (!result.success) {
        issues.push(...zodIssues(file.path, result.error, () => expectedId));
        continue;
      }
      if (result.data.id !== expectedId) {
        issues.push({
          file: file.path,
          item: result.data.id,
          field: 'id',
          message: `id must match the file name "${expectedId}"`,
        });
        continue;
      }
      (items[folder as ItemFolder] as { id: string }[]).push(result.data);
      continue;
    }

    const key = SINGLE_FILES[name as keyof typeof SINGLE_FILES];
    if (!key || folder !== 'data') {
      issues.push({
        file: file.path,
        message: 'unexpected file: the knowledge base does not know what this file holds',
      });
      continue;
    }
    const data = readYaml(file, issues);
    if (data === undefined) continue;
    switch (key) {
      case 'meta': {
        const r = metaSchema.safeParse(data);
        if (r.success) partial.meta = r.data;
        else issues.push(...zodIssues(file.path, r.error, () => undefined));
        break;
      }
      case 'synonyms': {
        const r = synonymsSchema.safeParse(data);
        if (r.success) partial.synonyms = r.data.groups;
        else issues.push(...zodIssues(file.path, r.error, () => undefined));
        break;
      }
      case 'sources':
      case 'regions':
      case 'findings':
      case 'redFlags':
      case 'rules':
      case 'outcomeMeasures': {
        const schema = {
          sources: sourceSchema,
          regions: bodyRegionSchema,
          findings: findingSchema,
          redFlags: redFlagSchema,
          rules: ruleSchema,
          outcomeMeasures: outcomeMeasureSchema,
        }[key];
        const r = schema.array().safeParse(data);
        if (r.success) (partial as Record<string, unknown>)[key] = byId(r.data as { id: string }[]);
        else issues.push(...zodIssues(file.path, r.error, listItemName(data), 1));
        break;
      }
    }
  }

  for (const [key, file] of Object.entries({
    meta: 'meta.yaml',
    sources: 'sources.yaml',
    regions: 'body-regions.yaml',
    findings: 'findings.yaml',
    synonyms: 'synonyms.yaml',
    redFlags: 'red-flags.yaml',
    rules: 'rules.yaml',
    outcomeMeasures: 'outcome-measures.yaml',
  })) {
    if (partial[key as keyof KnowledgeBase] === undefined && !issues.some((i) => i.file.startsWith(`data/${file}`))) {
      issues.push({ file: `data/${file}`, message: 'file is missing' });
    }
  }

  const rules = partial.rules ?? [];
  const expand = createRuleExpander(rules);
  const kb: KnowledgeBase = {
    meta: partial.meta ?? { version: '0.0.0', updated: '1970-01-01' },
    sources: partial.sources ?? [],
    regions: partial.regions ?? [],
    findings: partial.findings ?? [],
    synonyms: partial.synonyms ?? [],
    redFlags: partial.redFlags ?? [],
    rules,
    conditions: byId(expand.conditions(items.conditions)),
    exercises: byId(expand.exercises(items.exercises)),
    figures: byId(items.figures),
    topics: byId(expand.topics(items.topics)),
    tests: byId(items['clinical-tests']),
    outcomeMeasures: partial.outcomeMeasures ?? [],
  };
  issues.push(...expand.issues);

  // Ids are public API (handouts refer to them) and `show <id>` must be unambiguous: unique across kinds.
  const everything: [string, { id: string }[]][] = [
    ['data/red-flags.yaml', kb.redFlags],
    ['data/conditions', kb.conditions],
    ['data/exercises', kb.exercises],
    ['data/topics', kb.topics],
    ['data/clinical-tests', kb.tests],
  ];
  for (const [where, list] of everything) {
    for (const { id } of list) {
      if (seen.has(id))
        issues.push({ file: where, item: id, field: 'id', message: 'id is used by more than one item' });
      seen.add(id);
    }
  }

  issues.push(...checkCrossReferences(kb));
  issues.push(...checkClinicalReferences(kb));
  issues.push(...checkStatementSources(kb));
  for (const check of moreChecks) issues.push(...check(kb));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, kb };
}
