/**
 * The GitHub Actions workflows cannot run on our machines; these tests parse them with GitHub's
 * own workflow parser (@actions/workflow-parser, which validates against the workflow schema) and
 * hold what they must do: the README's test command on the three systems and both Node lines,
 * with the Electron specs under a virtual display, and installers attached to a tagged release.
 */
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

function source(name: string): string {
  return readFileSync(join(REPOSITORY_ROOT, '.github', 'workflows', name), 'utf8');
}

/** Every error GitHub's parser reports for a workflow file: syntax, schema, expressions, jobs. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value === undefined) return errors.length > 0 ? errors : ['nothing parsed'];
  const template: WorkflowTemplate = await convertWorkflowTemplate(parsed.context, parsed.value);
  return [...errors, ...(template.errors ?? []).map((e) => e.Message)];
}

function read(name: string): Workflow {
  return parse(source(name)) as Workflow;
}

const steps = (job: Job) => job.steps;
const actions = (workflow: Workflow) =>
  Object.values(workflow.jobs)
    .flatMap(steps)
    .flatMap((s) => (s.uses ? [s.uses] : []));

describe('the GitHub Actions workflows', () => {
  it.each(['ci.yml', 'release.yml'])('%s is a valid workflow by GitHub’s own parser', async (name) => {
    expect(await workflowErrors(name, source(name))).toEqual([]);
  });

  it('the parser does catch mistakes (a misspelt key, a context a job cannot see)', async () => {
    const misspelt = source('ci.yml').replace('runs-on: ${{ matrix.os }}', 'run-on: ${{ matrix.os }}');
    expect(await workflowErrors('ci.yml', misspelt)).not.toEqual([]);
    // `runner` is known to steps only, not to a job's env: the first version of ci.yml did this.
    const early = source('ci.yml').replace('${{ matrix.chromium }}', "${{ runner.os == 'macOS' && 'x' || '' }}");
    const errors = await workflowErrors('ci.yml', early);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors)
      expect(error).toMatch(/^ci\.yml \(Line: \d+, Col: \d+\): Unrecognized named-value: 'runner'$/);
  });

  it.each(['ci.yml', 'release.yml'])('%s uses actions pinned to a major version', (name) => {
    const used = actions(read(name));
    expect(used.length).toBeGreaterThan(0);
    for (const action of used) expect(action).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
  });

  it('CI runs npm ci and npm test on Linux, Windows and macOS with Node 20 and 22, Linux under xvfb', () => {
    const workflow = read('ci.yml');
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const job = workflow.jobs['test']!;
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.strategy?.matrix).toMatchObject({
      os: ['ubuntu-latest', 'windows-latest', 'macos-latest'],
      node: [20, 22],
    });
    // Chrome's place on Windows and macOS: only adds a value to those systems' jobs.
    expect(job.strategy?.matrix['include']).toEqual([
      { os: 'windows-latest', chromium: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe' },
      { os: 'macos-latest', chromium: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' },
    ]);
    const setupNode = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with?.['node-version']).toBe('${{ matrix.node }}');
    const runs = job.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
    expect(runs).toContain('npm ci');
    // Prettier's check (in npm test) refuses the CRLF line endings Windows runners check out with.
    const lineEndings = job.steps.findIndex((s) => s.run?.includes('core.autocrlf false'));
    expect(lineEndings).toBeGreaterThanOrEqual(0);
    expect(lineEndings).toBeLessThan(job.steps.findIndex((s) => s.uses?.startsWith('actions/checkout@')));
    // Electron's binary is downloaded by npm ci there: nothing may skip it.
    expect(source('ci.yml')).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    const tests = job.steps.filter((s) => s.run?.trim().endsWith('npm test'));
    expect(tests.map((s) => [s.if, s.run?.trim().startsWith('xvfb-run')])).toEqual([
      ["runner.os == 'Linux'", true],
      ["runner.os != 'Linux'", false],
    ]);
  });

  it('a version tag builds the installers on the three systems and attaches them to the release', () => {
    const workflow = read('release.yml');
    expect(workflow.on).toEqual({ push: { tags: ['v*'] } });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const build = workflow.jobs['installers']!;
    expect(build.strategy?.matrix['os']).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    const runs = build.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm run dist']));
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(String(upload?.with?.['path']).split('\n').filter(Boolean)).toEqual([
      'release/*.AppImage',
      'release/*.deb',
      'release/*.exe',
      'release/*.dmg',
    ]);

    const release = workflow.jobs['release']!;
    expect(release.needs).toBe('installers');
    // Only the job that publishes may write to the repository.
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(release.steps.some((s) => s.run?.includes('gh release create "$GITHUB_REF_NAME" installers/*'))).toBe(true);
  });
});
