/**
 * The layer rules, enforced by dependency-cruiser (`npm run lint` runs `npm run layers`). LAYERS
 * is the one source of the layer table in docs/ARCHITECTURE.md: tests/architecture/layers.spec.ts
 * checks that the table there says what LAYERS says. Rules inside the renderer are below it.
 */

/** Each layer of src/ and what it may import: imports only go downward. */
export const LAYERS = {
  core: { layers: ['core'], packages: ['zod', 'yaml', 'flexsearch'], nodeBuiltins: false },
  shared: { layers: ['core', 'shared'], packages: ['zod'], nodeBuiltins: false },
  node: { layers: ['core', 'shared', 'node'], packages: ['zod', 'yaml', 'pdfmake'], nodeBuiltins: true },
  main: { layers: ['core', 'shared', 'node', 'main'], packages: ['zod', 'electron'], nodeBuiltins: true },
  preload: { layers: ['shared', 'preload'], packages: ['electron'], nodeBuiltins: false },
  renderer: {
    layers: ['core', 'shared', 'renderer'],
    packages: ['svelte', 'flexsearch', 'pdfmake', 'zod'],
    /** Resolved by the build: the AppApi adapter, the print fonts, the compiled knowledge base. */
    buildModules: ['$platform', '$print-fonts', 'virtual:knowledge-base'],
    nodeBuiltins: false,
  },
  cli: { layers: ['core', 'shared', 'node', 'cli'], packages: ['zod', 'yaml', 'pdfmake'], nodeBuiltins: true },
};

/**
 * Renderer folders that are features (views and editors): they never import each other or the
 * workbench; the workbench reaches them only through its registry (workbench/registry/).
 */
export const RENDERER_FEATURES = ['pages', 'handout', 'library', 'search', 'settings', 'triage'];
/** Renderer folders every feature may use: they import no feature and not the workbench. */
export const RENDERER_SHARED = ['ui', 'workbench-api', 'figures', 'body-map', 'pdf', 'boot', 'styles'];

/** Test code: specs, their setup and test-support folders. It may wire anything together. */
const TEST_CODE = String.raw`(\.spec\.ts$|/test-support/|^src/renderer/test-setup\.ts$)`;
const any = (names) => `(${names.join('|')})`;
const escape = (name) => name.replace(/[$.]/g, (c) => `\\${c}`);
const packagePath = (names) => `(^|/)node_modules/${any(names.map(escape))}/`;

const layerRules = Object.entries(LAYERS).flatMap(([layer, allowed]) => {
  const from = { path: `^src/${layer}/`, pathNot: TEST_CODE };
  const others = Object.keys(LAYERS).filter((other) => !allowed.layers.includes(other));
  return [
    ...(others.length > 0
      ? [
          {
            name: `${layer}-imports-downward`,
            comment: `${layer} may import ${allowed.layers.join(', ')} (docs/ARCHITECTURE.md)`,
            severity: 'error',
            from,
            to: { path: `^src/${any(others)}/` },
          },
        ]
      : []),
    {
      name: `${layer}-stays-in-src`,
      comment: `${layer} imports only from src/ and its packages`,
      severity: 'error',
      from,
      to: { path: '^(?!src/|node_modules/)', dependencyTypesNot: ['core', 'unknown', 'undetermined'] },
    },
    {
      name: `${layer}-packages`,
      comment: `${layer} may use the packages ${allowed.packages.join(', ')}`,
      severity: 'error',
      from,
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg'],
        pathNot: packagePath(allowed.packages),
      },
    },
    ...(allowed.nodeBuiltins
      ? []
      : [
          {
            name: `${layer}-no-node`,
            comment: `${layer} runs without Node: no Node built-ins`,
            severity: 'error',
            from,
            to: { dependencyTypes: ['core'] },
          },
        ]),
    {
      name: `${layer}-build-modules`,
      comment: `${layer} may use only these modules that the build resolves: ${(allowed.buildModules ?? ['none']).join(', ')}`,
      severity: 'error',
      from,
      // Svelte's compiled components import svelte/internal/*, which only the bundler resolves: allowed with svelte.
      to: {
        couldNotResolve: true,
        pathNot: `^${any([...(allowed.buildModules ?? []), ...allowed.packages].map(escape))}([/?]|$)`,
      },
    },
  ];
});

const features = any(RENDERER_FEATURES);
const shared = any(RENDERER_SHARED);

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'No module depends on itself through others at run time, at any depth, in any layer. A cycle of type ' +
        'imports alone is allowed (types are erased), and so is the preview drawing the pdf definition, a tree, ' +
        'with components that render each other',
      severity: 'error',
      from: { pathNot: '^src/renderer/handout/preview/Preview(Node|Table|Inline)[.]svelte$' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    ...layerRules,
    {
      name: 'core-kb-not-figures',
      comment: 'core/figures reads the knowledge-base schema, so core/kb must not import core/figures',
      severity: 'error',
      from: { path: '^src/core/kb/' },
      to: { path: '^src/core/figures/' },
    },
    {
      name: 'features-apart',
      comment:
        'A renderer feature never imports another feature: shared parts live in ui/, workbench-api/ and the shared folders',
      severity: 'error',
      from: { path: `^src/renderer/${features}/`, pathNot: TEST_CODE },
      to: { path: `^src/renderer/${features}/`, pathNot: '^src/renderer/$1/' },
    },
    {
      name: 'features-not-workbench',
      comment: 'A feature asks the workbench through WorkbenchActions (workbench-api/), never by importing it',
      severity: 'error',
      from: { path: `^src/renderer/${features}/`, pathNot: TEST_CODE },
      to: { path: '^src/renderer/workbench/' },
    },
    {
      name: 'shared-parts-below-features',
      comment: 'ui/, workbench-api/ and the shared folders import no feature and not the workbench',
      severity: 'error',
      from: { path: `^src/renderer/${shared}/`, pathNot: TEST_CODE },
      to: { path: `^src/renderer/(${RENDERER_FEATURES.join('|')}|workbench)/` },
    },
    {
      name: 'ui-is-generic',
      comment: 'ui/ holds generic parts with the design tokens: it imports only ui/',
      severity: 'error',
      from: { path: '^src/renderer/ui/', pathNot: TEST_CODE },
      to: { path: '^src/renderer/(?!ui/)' },
    },
    {
      name: 'workbench-reaches-features-through-registry',
      comment:
        'Only the registry (workbench/registry/) names features; the rest of the workbench renders what it registers',
      severity: 'error',
      from: { path: '^src/renderer/workbench/', pathNot: `(^src/renderer/workbench/registry/|${TEST_CODE})` },
      to: { path: `^src/renderer/${features}/` },
    },
    {
      name: 'platform-through-alias',
      comment: 'The renderer reaches its AppApi adapter only as $platform, so it never knows which host it runs in',
      severity: 'error',
      from: { path: '^src/renderer/', pathNot: `(^src/renderer/platform/|${TEST_CODE})` },
      to: { path: '^src/renderer/platform/' },
    },
    {
      name: 'shipped-code-not-test-code',
      comment: 'Test helpers and fakes stay out of the app',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: `(${TEST_CODE}|^tests/)` },
    },
  ],
  options: {
    // Packages are checked where they are imported, not cruised themselves.
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.web.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.svelte', '.svelte.ts', '.js', '.mjs', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    exclude: { path: String.raw`(\.d\.ts$|__snapshots__)` },
  },
};
