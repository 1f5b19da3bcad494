import type { Plugin } from 'vite';

/** V8's explicit compile hint: compile every function in the file as it loads. */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

interface ChunkFacts {
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
}

/** The workbench's lazily loaded parts: components that load on first use or in idle time. */
export function isLazyPart(chunk: ChunkFacts): boolean {
  return chunk.isDynamicEntry && (chunk.facadeModuleId?.endsWith('.svelte') ?? false);
}

/**
 * Marks the lazy parts for eager compilation. V8 otherwise compiles each function when it first
 * runs, so the first page a physio opens paid for compiling the page components (~15 ms of a
 * ~65 ms first open on a 2-core machine). The parts are fetched in idle time after start-up
 * (lazy-parts.ts), so compiling them then costs nothing anyone waits for. The start-up chunk is
 * left lazy: compiling all of it before the first paint made start-up slower.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'stride-atlas:compile-hints',
    apply: 'build',
    // After minification (which would drop the comment): the hint must be the file's first line.
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && isLazyPart(output)) output.code = `${EAGER_COMPILE_HINT}\n${output.code}`;
      }
    },
  };
}
