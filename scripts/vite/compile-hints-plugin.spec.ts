import { describe, expect, it } from 'vitest';
import { compileHintsPlugin, EAGER_COMPILE_HINT, isLazyPart } from './compile-hints-plugin';

type Banner = (chunk: { isDynamicEntry: boolean; facadeModuleId: string | null }) => string;

describe('compile hints for the lazy parts', () => {
  const config = (compileHintsPlugin().config as () => { build: { rolldownOptions: { output: { postBanner: Banner } } } })();
  const banner = config.build.rolldownOptions.output.postBanner;

  it('asks V8 to compile a lazily loaded component as it loads', () => {
    const page = { isDynamicEntry: true, facadeModuleId: '/app/src/renderer/documents/DocumentView.svelte' };
    expect(isLazyPart(page)).toBe(true);
    expect(banner(page)).toBe(EAGER_COMPILE_HINT);
  });

  it('leaves the start-up chunk, shared chunks and the PDF library to compile lazily', () => {
    for (const chunk of [
      { isDynamicEntry: false, facadeModuleId: '/app/src/renderer/index.html' },
      { isDynamicEntry: false, facadeModuleId: null },
      { isDynamicEntry: true, facadeModuleId: '/app/node_modules/pdfmake/build/pdfmake.js' },
    ]) {
      expect(isLazyPart(chunk)).toBe(false);
      expect(banner(chunk)).toBe('');
    }
  });
});
