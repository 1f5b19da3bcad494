import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The chunk that holds the modules the main script needs before it can run. */
export const START_UP_CHUNK = 'start-up';
/** The chunk of the boot script. */
export const BOOT_CHUNK = 'boot';

/**
 * The two scripts a window loads before anything else, in this order:
 *
 * - the boot script (`bootModule` and what it imports: a few kilobytes), which asks for the data
 *   files and parses them while the main script is still downloading and compiling;
 * - the main script, one chunk holding every other module index.html's script imports statically.
 *   Left alone, the bundler split the modules that lazily loaded parts also use into a dozen
 *   small shared chunks, and a fresh window waited for a dozen requests, six at a time over
 *   HTTP/1.1, before any of our code ran. Lazy parts still load on demand and import what they
 *   share from these chunks.
 *
 * main.ts imports the boot module first, so index.html's entry is left with nothing but two
 * imports, and Vite writes it into index.html as two script tags in that order; the check at the
 * end fails the build if that ever changes. Which modules go where is only known once the module
 * graph is complete, so the split is worked out at the end of the build phase.
 */
export function startUpScriptsPlugin(
  rendererRoot: string,
  bootModule: string,
  keepOut: readonly RegExp[] = [],
): Plugin {
  const bootId = resolve(rendererRoot, bootModule);
  let chunkOf: ReadonlyMap<string, string> = new Map();
  const group = (name: string, priority: number) => ({
    name,
    priority,
    test: (id: string) => chunkOf.get(id) === name,
  });
  return {
    name: 'stride-atlas:start-up-scripts',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          // Not the dependencies of what a group takes: main.ts imports the boot module, which must stay apart.
          output: {
            codeSplitting: {
              includeDependenciesRecursively: false,
              groups: [group(BOOT_CHUNK, 2), group(START_UP_CHUNK, 1)],
            },
          },
        },
      },
    }),
    buildEnd() {
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const staticImportsOf = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      chunkOf = startUpChunks(entries, bootId, staticImportsOf);
      const problems = keptOutModules(chunkOf, keepOut, staticImportsOf);
      if (problems.length > 0)
        this.error(`Modules meant to load after the first paint are in the start-up scripts:\n${problems.join('\n')}`);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const scripts = [...html.matchAll(/<script type="module"[^>]* src="\.\/assets\/([\w-]+)-[\w-]{8}\.js"/g)].map(
          (match) => match[1],
        );
        if (scripts.join() !== [BOOT_CHUNK, START_UP_CHUNK].join()) {
          throw new Error(
            `index.html should load the ${BOOT_CHUNK} script, then the ${START_UP_CHUNK} script; it loads: ${scripts.join(', ') || 'none'}.`,
          );
        }
        return html;
      },
    },
  };
}

/** Which start-up chunk each module loaded before the first paint belongs to. */
export function startUpChunks(
  entries: readonly string[],
  bootId: string,
  staticImportsOf: (id: string) => readonly string[],
): Map<string, string> {
  const chunkOf = new Map<string, string>();
  for (const id of staticallyReachable([bootId], staticImportsOf)) chunkOf.set(id, BOOT_CHUNK);
  for (const id of staticallyReachable(entries, staticImportsOf)) if (!chunkOf.has(id)) chunkOf.set(id, START_UP_CHUNK);
  return chunkOf;
}

/**
 * The start-up modules matching any of `keepOut`, each with a start-up module that imports it
 * statically (where to look for the import to make dynamic, or the type import to mark as such).
 */
export function keptOutModules(
  chunkOf: ReadonlyMap<string, string>,
  keepOut: readonly RegExp[],
  staticImportsOf: (id: string) => readonly string[],
): string[] {
  const startUp = [...chunkOf.keys()];
  return startUp
    .filter((id) => keepOut.some((pattern) => pattern.test(id)))
    .map((id) => {
      const importer = startUp.find(
        (other) => !keepOut.some((pattern) => pattern.test(other)) && staticImportsOf(other).includes(id),
      );
      return importer ? `  ${id} (imported by ${importer})` : `  ${id}`;
    });
}

/** The modules `entries` import, following static imports only (dynamic ones load later). */
export function staticallyReachable(
  entries: readonly string[],
  staticImportsOf: (id: string) => readonly string[],
): Set<string> {
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
