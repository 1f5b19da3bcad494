/**
 * The layer rules live in .dependency-cruiser.mjs and run in `npm run lint` (`npm run layers`).
 * Here: the table in docs/ARCHITECTURE.md says what the rules enforce, and the rules catch what
 * they are meant to catch (a fixture tree with one fault each, cruised with the real config).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';

interface LayerRule {
  layers: string[];
  packages: string[];
  buildModules?: string[];
  nodeBuiltins: boolean;
}
const { default: config, LAYERS } = (await import(
  pathToFileURL(join(REPOSITORY_ROOT, '.dependency-cruiser.mjs')).href
)) as { default: IConfiguration; LAYERS: Record<string, LayerRule> };

/** The layer table as docs/ARCHITECTURE.md must show it. */
function layerTable(): string {
  const rows = Object.entries(LAYERS).map(([layer, rule]) => {
    const others = [
      ...rule.packages,
      ...(rule.buildModules ? [`the build's ${rule.buildModules.map((m) => `\`${m}\``).join(', ')}`] : []),
      ...(rule.nodeBuiltins ? ['Node built-ins'] : []),
    ];
    return `| ${layer} | ${rule.layers.join(', ')}; ${others.join(', ')} |`;
  });
  return ['| layer | may import |', '| --- | --- |', ...rows].join('\n');
}

/** Cruises a small tree of `files` (path → source) with the project's rules; returns the rules broken. */
async function brokenRules(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'stride-atlas-layers-'));
  // The project's packages and manifest, so that a package import resolves and is typed as it is in src/.
  symlinkSync(join(REPOSITORY_ROOT, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), readFileSync(join(REPOSITORY_ROOT, 'package.json')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const { tsConfig: _tsConfig, ...options } = config.options ?? {};
  const result = await cruise(['src'], {
    ...options,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
    baseDir: root,
    preserveSymlinks: true,
  });
  const output = result.output as ICruiseResult;
  return [...new Set(output.summary.violations.map((v) => v.rule.name))].sort();
}

describe('layers', () => {
  it('docs/ARCHITECTURE.md shows the layer table the rules enforce', () => {
    const doc = readFileSync(join(REPOSITORY_ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');
    expect(doc, `docs/ARCHITECTURE.md should contain:\n${layerTable()}`).toContain(layerTable());
  });

  it('pass on a tree that keeps them', { timeout: 30_000 }, async () => {
    expect(
      await brokenRules({
        'src/core/text/a.ts': "export const a = 'a';\n",
        'src/renderer/ui/b.ts': "import { a } from '../../core/text/a';\nexport const b = a;\n",
        'src/renderer/search/c.ts': "import { b } from '../ui/b';\nexport const c = b;\n",
      }),
    ).toEqual([]);
  });

  it('catch an import from one renderer feature into another, or into the workbench', { timeout: 30_000 }, async () => {
    expect(
      await brokenRules({
        'src/renderer/library/tree.ts': 'export const tree = 1;\n',
        'src/renderer/workbench/shell.ts': 'export const shell = 1;\n',
        'src/renderer/search/view.ts':
          "import { tree } from '../library/tree';\nimport { shell } from '../workbench/shell';\nexport const v = [tree, shell];\n",
      }),
    ).toEqual(['features-apart', 'features-not-workbench']);
  });

  it('catch a cycle, at any depth', { timeout: 30_000 }, async () => {
    expect(
      await brokenRules({
        'src/core/search/a.ts': "import { c } from './deeper/c';\nexport const a = () => c;\n",
        'src/core/search/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
        'src/core/search/deeper/c.ts': "import { b } from '../b';\nexport const c = () => b;\n",
      }),
    ).toEqual(['no-cycles']);
  });

  it('catch core reaching up a layer, for Node, or for a package it may not use', { timeout: 30_000 }, async () => {
    expect(
      await brokenRules({
        'src/shared/settings.ts': 'export const s = 1;\n',
        'src/core/kb/x.ts': [
          "import { s } from '../../shared/settings';",
          "import { readFileSync } from 'node:fs';",
          "import { mount } from 'svelte';",
          'export const x = [s, readFileSync, mount];',
        ].join('\n'),
      }),
    ).toEqual(['core-imports-downward', 'core-no-node', 'core-packages']);
  });
});
