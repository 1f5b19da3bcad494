import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

export const LAYERS = ['core', 'shared', 'node', 'main', 'preload', 'renderer', 'cli'] as const;
export type Layer = (typeof LAYERS)[number];

/** Which layers each layer may import (imports only go downward; see docs/ARCHITECTURE.md). */
export const ALLOWED_LAYERS: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  shared: ['core', 'shared'],
  node: ['core', 'shared', 'node'],
  main: ['core', 'shared', 'node', 'main'],
  preload: ['shared', 'preload'],
  renderer: ['core', 'shared', 'renderer'],
  cli: ['core', 'shared', 'node', 'cli'],
};

/** npm packages (and virtual modules) each layer may use. Node built-ins are listed separately. */
export const ALLOWED_PACKAGES: Record<Layer, readonly string[]> = {
  core: ['zod', 'yaml', 'flexsearch'],
  shared: ['zod'],
  node: ['zod', 'yaml', 'pdfmake'],
  main: ['zod', 'electron'],
  preload: ['electron'],
  renderer: [
    'svelte',
    'flexsearch',
    'pdfmake',
    'zod',
    '$platform',
    '$print-fonts',
    'virtual:knowledge-base',
    'virtual:search-index',
  ],
  cli: ['zod', 'yaml', 'pdfmake'],
};

const MAY_USE_NODE_BUILTINS: ReadonlySet<Layer> = new Set(['node', 'main', 'cli']);
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

export function layerOf(srcDir: string, file: string): Layer | undefined {
  const first = relative(srcDir, file).split(sep)[0];
  return (LAYERS as readonly string[]).includes(first ?? '') ? (first as Layer) : undefined;
}

/** Import specifiers of a TypeScript or Svelte source: static, dynamic, re-exports, workers. */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bnew\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Returns a description of every import in `file` that breaks the layer rules. */
export function layerViolations(srcDir: string, file: string, source: string): string[] {
  const layer = layerOf(srcDir, file);
  if (!layer) return [];
  const where = relative(srcDir, file);
  const problems: string[] = [];
  for (const spec of importSpecifiers(source)) {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      const targetLayer = layerOf(srcDir, target);
      if (!targetLayer) problems.push(`${where}: imports ${spec}, outside src/`);
      else if (!ALLOWED_LAYERS[layer].includes(targetLayer))
        problems.push(`${where}: ${layer} may not import ${targetLayer} (${spec})`);
    } else if (NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(packageName(spec))) {
      if (!MAY_USE_NODE_BUILTINS.has(layer)) problems.push(`${where}: ${layer} may not use the Node built-in ${spec}`);
    } else if (!ALLOWED_PACKAGES[layer].includes(packageName(spec)) && !ALLOWED_PACKAGES[layer].includes(spec)) {
      problems.push(`${where}: ${layer} may not import the package ${spec}`);
    }
  }
  return problems;
}
