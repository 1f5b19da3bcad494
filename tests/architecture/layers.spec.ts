import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { layerViolations } from './layer-rules';

const SRC = join(REPOSITORY_ROOT, 'src');

function sourceFiles(): string[] {
  return (
    readdirSync(SRC, { recursive: true, withFileTypes: true })
      // Tests and their setup may use test tooling; the rules are about shipped code.
      .filter(
        (e) => e.isFile() && /\.(ts|svelte)$/.test(e.name) && !/\.spec\.ts$/.test(e.name) && e.name !== 'test-setup.ts',
      )
      .map((e) => join(e.parentPath, e.name))
  );
}

describe('layers: imports only go downward', () => {
  it('holds for every source file in src/', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((f) => layerViolations(SRC, f, readFileSync(f, 'utf8')));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('catches core reaching for electron, Node, the DOM layer or a package it may not use', () => {
    const file = join(SRC, 'core', 'search', 'x.ts');
    const bad = [
      "import { app } from 'electron';",
      "import { readFile } from 'node:fs/promises';",
      "import path from 'path';",
      "import { mount } from 'svelte';",
      "import { appApi } from '../../renderer/platform/web/index';",
      "const m = await import('../../main/index');",
      "export { x } from '../../shared/settings';",
    ];
    expect(layerViolations(SRC, file, bad.join('\n'))).toHaveLength(bad.length);
  });

  it('lets the renderer use core and shared but not main, node or the CLI', () => {
    const file = join(SRC, 'renderer', 'App.svelte');
    expect(
      layerViolations(SRC, file, "import { x } from '../core/kb/schema';\nimport { y } from '../shared/settings';"),
    ).toEqual([]);
    expect(
      layerViolations(
        SRC,
        file,
        "import { z } from '../main/index';\nimport { w } from '../node/load-knowledge-base';",
      ),
    ).toHaveLength(2);
  });
});
