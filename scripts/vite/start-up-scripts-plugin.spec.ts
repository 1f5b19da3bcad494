import { describe, expect, it } from 'vitest';
import {
  BOOT_CHUNK,
  keptOutModules,
  START_UP_CHUNK,
  startUpChunks,
  staticallyReachable,
} from './start-up-scripts-plugin';

// index.html's entry imports main; main imports boot (first), app and, lazily, pdf; boot imports
// marks, which app imports too; view and app import each other.
const staticImports: Record<string, string[]> = {
  'index.html': ['main'],
  main: ['boot', 'app'],
  boot: ['marks'],
  app: ['view', 'marks'],
  view: ['app', 'icons'],
  marks: [],
  icons: [],
  pdf: ['fonts'],
  fonts: [],
};
const importsOf = (id: string) => staticImports[id] ?? [];

describe('the modules each start-up script holds', () => {
  it('follows static imports through every level, cycles included, and not dynamic ones', () => {
    expect([...staticallyReachable(['main'], importsOf)].sort()).toEqual([
      'app',
      'boot',
      'icons',
      'main',
      'marks',
      'view',
    ]);
    expect([...staticallyReachable(['pdf'], importsOf)].sort()).toEqual(['fonts', 'pdf']);
  });

  it('gives the boot script its module and what it imports, and everything else to the main script', () => {
    const chunks = startUpChunks(['index.html'], 'boot', importsOf);
    const inChunk = (name: string) =>
      [...chunks]
        .filter(([, chunk]) => chunk === name)
        .map(([id]) => id)
        .sort();
    expect(inChunk(BOOT_CHUNK)).toEqual(['boot', 'marks']);
    expect(inChunk(START_UP_CHUNK)).toEqual(['app', 'icons', 'index.html', 'main', 'view']);
    expect(chunks.has('pdf')).toBe(false);
  });

  it('names each start-up module that should load later, with a start-up module that imports it', () => {
    const chunks = startUpChunks(['index.html'], 'boot', importsOf);
    expect(keptOutModules(chunks, [/^icons$/, /^fonts$/], importsOf)).toEqual(['  icons (imported by view)']);
    expect(keptOutModules(chunks, [/^fonts$/], importsOf)).toEqual([]);
  });
});
