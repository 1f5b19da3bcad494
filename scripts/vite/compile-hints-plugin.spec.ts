import { describe, expect, it } from 'vitest';
import { compileHintsPlugin, EAGER_COMPILE_HINT, isLazyPart } from './compile-hints-plugin';

interface FakeChunk {
  type: 'chunk';
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  code: string;
}

/** Runs the plugin's last build step over `chunks`, as Vite does. */
function generate(chunks: Record<string, FakeChunk>): Record<string, FakeChunk> {
  (compileHintsPlugin().generateBundle as unknown as (options: unknown, bundle: Record<string, FakeChunk>) => void)(
    {},
    chunks,
  );
  return chunks;
}

const chunk = (isDynamicEntry: boolean, facadeModuleId: string | null): FakeChunk => ({
  type: 'chunk',
  isDynamicEntry,
  facadeModuleId,
  code: 'export{a as b};',
});

describe('compile hints for the lazy parts', () => {
  it('asks V8 to compile a lazily loaded component as it loads, on the first line', () => {
    const page = chunk(true, '/app/src/renderer/pages/PageView.svelte');
    expect(isLazyPart(page)).toBe(true);
    expect(generate({ 'PageView.js': page })['PageView.js']!.code).toBe(`${EAGER_COMPILE_HINT}\nexport{a as b};`);
  });

  it('leaves the start-up chunk, shared chunks and the PDF library to compile lazily, byte for byte', () => {
    const others = {
      'start-up.js': chunk(false, '/app/src/renderer/index.html'),
      'shared.js': chunk(false, null),
      'pdfmake.js': chunk(true, '/app/node_modules/pdfmake/build/pdfmake.js'),
    };
    for (const output of Object.values(generate(others))) {
      expect(isLazyPart(output)).toBe(false);
      expect(output.code).toBe('export{a as b};');
    }
  });
});
