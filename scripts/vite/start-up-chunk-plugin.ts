import type { Plugin } from 'vite';

/** The chunk that holds every module the renderer needs before it can run. */
export const START_UP_CHUNK = 'start-up';

/**
 * Puts every module that index.html's script imports statically (directly or through other
 * modules) into one chunk. Left alone, the bundler splits the modules that lazily loaded parts
 * also use into a dozen small shared chunks; a fresh window then waits for a dozen requests, six
 * at a time over HTTP/1.1, before any of our code runs. Lazy parts still load on demand and
 * import what they share from this chunk.
 *
 * Which modules those are is only known once the module graph is complete, so the set is worked
 * out at the end of the build phase and read when chunks are made.
 */
export function startUpChunkPlugin(): Plugin {
  let startUpModules: ReadonlySet<string> = new Set();
  return {
    name: 'stride-atlas:start-up-chunk',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: { codeSplitting: { groups: [{ name: START_UP_CHUNK, test: (id: string) => startUpModules.has(id) }] } },
        },
      },
    }),
    buildEnd() {
      startUpModules = staticallyReachable(
        [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry),
        (id) => this.getModuleInfo(id)?.importedIds ?? [],
      );
    },
  };
}

/** The modules `entries` import, following static imports only (dynamic ones load later). */
export function staticallyReachable(entries: readonly string[], staticImportsOf: (id: string) => readonly string[]): Set<string> {
  const reached = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...staticImportsOf(id));
  }
  return reached;
}
