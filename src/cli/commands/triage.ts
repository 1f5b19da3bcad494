import { parseArgs } from 'node:util';
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import { BODY_REGION_IDS, SIDES, type BodyRegionId, type Side } from '../../core/kb/vocabulary';
import {
  triage,
  type FindingAnswer,
  type PainRole,
  type RegionSelection,
  type TestResult,
  type TriageInput,
} from '../../core/triage';
import { EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, type CliCommand, type CliIo } from '../command';
import { formatTriage } from '../format/format-triage';
import { requireKnowledgeBase } from '../require-knowledge-base';

const USAGE = 'triage --region <side:region>… --finding <id>… [--test <test:result>…] [--json]';

const HELP = `Usage: npm run cli -- triage --region <side:region>… [--spread <side:region>…]
         [--finding <id>…] [--absent <id>…] [--test <test-id:result>…] [--json]

Options (repeat them, or separate values with commas):
  --region <side:region>   where it mainly hurts, e.g. left:groin
  --spread <side:region>   where the pain spreads to
  --finding <id>           a finding that is present, e.g. worsens-during-run
  --absent <id>            a finding the patient does not have
  --test <id:result>       a clinical test's result, positive or negative, e.g. fadir:positive
  --json                   print the input and the whole result as JSON`;

const OPTIONS = {
  region: { type: 'string', multiple: true },
  spread: { type: 'string', multiple: true },
  finding: { type: 'string', multiple: true },
  absent: { type: 'string', multiple: true },
  test: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

/** Repeated options may also be given as one comma-separated value. */
const splitAll = (values: readonly string[] | undefined): string[] =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const isSide = (s: string): s is Side => (SIDES as readonly string[]).includes(s);
const isRegion = (s: string): s is BodyRegionId => (BODY_REGION_IDS as readonly string[]).includes(s);

/** Parses `left:groin`; returns a message for the user on a bad value. */
function parseRegion(value: string, role: PainRole): RegionSelection | string {
  const [side = '', region = '', ...rest] = value.split(':');
  if (rest.length > 0 || !region)
    return `"${value}" is not side:region (for example left:groin).\nSides: ${SIDES.join(', ')}.`;
  if (!isSide(side)) return `Unknown side "${side}" in "${value}". Sides: ${SIDES.join(', ')}.`;
  if (!isRegion(region)) return `Unknown region "${region}" in "${value}". Regions: ${BODY_REGION_IDS.join(', ')}.`;
  return { side, region, role };
}

const TEST_RESULTS: readonly TestResult[] = ['positive', 'negative'];
const isTestResult = (s: string): s is TestResult => (TEST_RESULTS as readonly string[]).includes(s);

/** Reads `fadir:positive` into `tests`; returns a message for the user on a bad value. */
function parseTests(
  values: readonly string[],
  kb: KnowledgeBase,
): { tests: Record<string, TestResult>; problems: string[] } {
  const known = new Set(kb.tests.map((t) => t.id));
  const tests: Record<string, TestResult> = {};
  const problems: string[] = [];
  for (const value of values) {
    const [id = '', result = '', ...rest] = value.split(':');
    if (!known.has(id)) problems.push(`Unknown clinical test "${id}". Tests: ${[...known].join(', ')}.`);
    else if (rest.length > 0 || !isTestResult(result))
      problems.push(`"${value}" is not test:result; the result is positive or negative (for example ${id}:positive).`);
    else if (tests[id] && tests[id] !== result)
      problems.push(`Test "${id}" is given both as positive and as negative.`);
    else tests[id] = result;
  }
  return { tests, problems };
}

/** Builds the triage input, or the messages explaining what is wrong with the command line. */
function buildInput(
  values: Partial<Record<'region' | 'spread' | 'finding' | 'absent' | 'test', string[]>>,
  kb: KnowledgeBase,
): TriageInput | string[] {
  const problems: string[] = [];
  const regions: RegionSelection[] = [];
  for (const [option, role] of [
    ['region', 'main'],
    ['spread', 'spread'],
  ] as const) {
    for (const value of splitAll(values[option])) {
      const parsed = parseRegion(value, role);
      if (typeof parsed === 'string') problems.push(parsed);
      else regions.push(parsed);
    }
  }
  const known = new Set(kb.findings.map((f) => f.id));
  const findings: Record<string, FindingAnswer> = {};
  for (const [option, answer] of [
    ['finding', 'yes'],
    ['absent', 'no'],
  ] as const) {
    for (const id of splitAll(values[option])) {
      if (!known.has(id)) problems.push(`Unknown finding "${id}".`);
      else if (findings[id] && findings[id] !== answer)
        problems.push(`Finding "${id}" is given both as present and as absent.`);
      else findings[id] = answer;
    }
  }
  if (problems.some((p) => p.startsWith('Unknown finding'))) problems.push(`Findings: ${[...known].join(', ')}.`);
  const { tests, problems: testProblems } = parseTests(splitAll(values.test), kb);
  problems.push(...testProblems);
  const given = regions.length + Object.keys(findings).length + Object.keys(tests).length;
  if (given === 0 && problems.length === 0) problems.push('Give at least one --region, --finding or --test.');
  if (problems.length > 0) return problems;
  return Object.keys(tests).length > 0 ? { regions, findings, tests } : { regions, findings };
}

export const triageCommand: CliCommand = {
  name: 'triage',
  summary:
    'Red flags and the conditions that fit where it hurts and what you found (`npm run cli -- triage` lists every option)',
  usage: USAGE,
  async run(args, io: CliIo) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: OPTIONS, allowPositionals: false });
    } catch (error) {
      io.err(`${(error as Error).message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    const kb = await requireKnowledgeBase(io);
    if (!kb) return EXIT_PROBLEM;
    const input = buildInput(parsed.values, kb);
    if (Array.isArray(input)) {
      for (const problem of input) io.err(problem);
      io.err(`\n${HELP}`);
      return EXIT_USAGE;
    }
    const result = triage(kb, input);
    io.out(parsed.values.json ? JSON.stringify({ input, ...result }, null, 2) : formatTriage(kb, input, result));
    return EXIT_OK;
  },
};
