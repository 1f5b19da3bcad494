import { describe, expect, it } from 'vitest';
import { staticallyReachable } from './start-up-chunk-plugin';

describe('the modules the start-up chunk holds', () => {
  // main imports app and boot; app imports view and, lazily, pdf; view and app import each other.
  const staticImports: Record<string, string[]> = { main: ['app', 'boot'], app: ['view'], view: ['app', 'icons'], boot: [], icons: [], pdf: ['fonts'], fonts: [] };
  const reach = (entries: string[]) => [...staticallyReachable(entries, (id) => staticImports[id] ?? [])].sort();

  it('follows static imports through every level, cycles included', () => {
    expect(reach(['main'])).toEqual(['app', 'boot', 'icons', 'main', 'view']);
  });

  it('leaves out what only a dynamic import reaches, so it still loads on demand', () => {
    expect(reach(['main'])).not.toContain('pdf');
    expect(reach(['pdf'])).toEqual(['fonts', 'pdf']);
  });

  it('takes the modules of every entry', () => {
    expect(reach(['boot', 'pdf'])).toEqual(['boot', 'fonts', 'pdf']);
  });
});
