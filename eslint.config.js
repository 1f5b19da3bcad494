// One lint configuration for the whole tree: TypeScript with type information, Svelte components,
// and the Node scripts. Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['out/', 'dist/', 'test-results/', 'playwright-report/', 'node_modules/', 'resources/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
  },
  {
    rules: {
      // An async function that implements a Promise-returning interface need not await anything.
      '@typescript-eslint/require-await': 'off',
      // State here is replaced whole ($state.raw) or deliberately kept outside reactivity.
      'svelte/prefer-svelte-reactivity': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read parsed JSON and asymmetric matchers (`expect.any`), which are `any` by design, and
    // `expect(fake.method).toHaveBeenCalled()` reads a method without calling it.
    files: ['**/*.spec.ts', 'e2e/**/*.ts', 'src/renderer/test-setup.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Component props and `virtual:` modules come from svelte2tsx and the build, which
    // typescript-eslint cannot see, so assertions it calls unnecessary are needed by svelte-check.
    files: ['src/renderer/**/*.svelte', 'src/renderer/**/*.spec.ts', 'src/renderer/**/test-support/**'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser },
    },
  },
  {
    // typescript-eslint cannot see the types of one component from another (they come from
    // svelte2tsx), so it reads them as `any`; svelte-check type-checks components strictly instead.
    files: ['**/*.svelte'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
