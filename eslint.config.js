// ESLint flat config (ESLint 10). `npm run lint` runs it with --max-warnings=0, so a warning fails too.
import path from 'node:path'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import boundaries from 'eslint-plugin-boundaries'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname

// Path aliases shared with tsconfig.json ("paths") and vite.config.ts ("resolve.alias").
const aliases = {
  '@/': path.join(root, 'src'),
  '@mocks/': path.join(root, 'mocks'),
}

/**
 * eslint-plugin-boundaries resolves imports through eslint-module-utils ("import/resolver"). Only
 * its bundled Node resolver is installed (no eslint-import-resolver-typescript), and that resolver
 * knows nothing of tsconfig paths. `resolve`'s `packageIterator` hook lets it map our two aliases to
 * their folders; every other bare specifier keeps the normal node_modules lookup. Without this,
 * `@/…` imports would count as unresolvable packages and escape every layer rule.
 * @param {string} request
 * @param {string} _start
 * @param {() => string[]} defaultCandidates
 * @returns {string[]}
 */
function aliasPackageIterator(request, _start, defaultCandidates) {
  for (const [prefix, dir] of Object.entries(aliases)) {
    if (request.startsWith(prefix)) return [path.join(dir, request.slice(prefix.length))]
  }
  return defaultCandidates()
}

// Layer order, left to right: shared → entities → features → pages → app. A layer imports only
// from layers to its left (and from itself); sibling features and sibling pages never import
// each other. Elements are matched against the full path from the project root.
const layerElements = [
  { type: 'shared', pattern: 'src/shared', partialMatch: false },
  { type: 'entities', pattern: 'src/entities/*', capture: ['entity'], partialMatch: false },
  { type: 'features', pattern: 'src/features/*', capture: ['feature'], partialMatch: false },
  { type: 'pages', pattern: 'src/pages/*', capture: ['page'], partialMatch: false },
  { type: 'app', pattern: 'src/app', partialMatch: false },
  { type: 'mocks', pattern: 'mocks', partialMatch: false },
  { type: 'tests', pattern: 'tests', partialMatch: false },
]

/** @param {...string} types */
const toTypes = (...types) => ({ to: { element: { types: { anyOf: types } } } })

// Handlebars, rendered by the plugin with the dependency's description.
const layerMessage =
  "{{ from.element.types.[0] }} ({{ from.element.path }}) may not import '{{ dependency.source }}' " +
  '({{#if to.element.types}}{{ to.element.types.[0] }}: {{ to.element.path }}{{else}}outside every layer{{/if}}). ' +
  'Layers: shared → entities → features → pages → app; no imports between sibling features or sibling ' +
  'pages; only src/app/main.tsx may load mocks, lazily (see eslint.config.js).'

const layerPolicies = [
  { from: { element: { type: 'shared' } }, allow: toTypes('shared') },
  // Entities may compose other entities (e.g. a work order shows a period), never anything above.
  { from: { element: { type: 'entities' } }, allow: toTypes('shared', 'entities') },
  {
    from: { element: { type: 'features' } },
    allow: [
      toTypes('shared', 'entities'),
      // Its own files only (already exempt as internal imports; kept explicit to state the intent).
      { to: { element: { type: 'features', captured: { feature: '{{ from.element.captured.feature }}' } } } },
    ],
  },
  {
    from: { element: { type: 'pages' } },
    allow: [
      toTypes('shared', 'entities', 'features'),
      { to: { element: { type: 'pages', captured: { page: '{{ from.element.captured.page }}' } } } },
    ],
  },
  { from: { element: { type: 'app' } }, allow: toTypes('shared', 'entities', 'features', 'pages', 'app') },
  // The only way from src into mocks: main.tsx's dev-only `await import('@mocks/browser')`, which
  // the production build drops. A static import would pull the simulator into the bundle.
  {
    from: { element: { type: 'app' }, file: { path: '**/src/app/main.tsx' } },
    allow: { to: { element: { type: 'mocks' } }, dependency: { nodeKind: 'dynamic-import' } },
  },
  // The simulator speaks the API's language: response types and schemas from shared and entities.
  { from: { element: { type: 'mocks' } }, allow: toTypes('shared', 'entities', 'mocks') },
  {
    from: { element: { type: 'tests' } },
    allow: toTypes('shared', 'entities', 'features', 'pages', 'app', 'mocks', 'tests'),
  },
  // Unit tests live beside their code and stay inside its layer, plus the MSW server (mocks) and
  // the shared test setup (tests): nothing of theirs reaches the bundle.
  { from: { file: { categories: 'test' } }, allow: toTypes('mocks', 'tests') },
]

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-demo/',
    'node_modules/',
    'src/app/route-tree.gen.ts',
    'src/shared/api/schema.gen.ts',
    'test-results/',
    'playwright-report/',
    'tests/bench/out/',
    'coverage/',
    '.tanstack/',
    'public/mockServiceWorker.js',
  ]),

  {
    name: 'duban/linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,

  {
    name: 'duban/typescript',
    languageOptions: {
      parserOptions: {
        // Type information from tsconfig.json, which includes src, mocks, tests and the root configs.
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      // Numbers read naturally in messages (`${timeoutMs} ms`); objects, nullish and unions with
      // them stay forbidden, which is where "[object Object]" and "undefined" come from.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(false)}` / `onSuccess: () => router.history.push(to)` return a void
      // call as arrow shorthand; wrapping each one in braces adds noise and catches nothing.
      // Likewise `if (aborted) return onAbort()` inside a function typed to return void.
      '@typescript-eslint/no-confusing-void-expression': [
        'error',
        { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true },
      ],
      // Same line as `only-throw-error`'s defaults: forwarding a reason typed any/unknown (an
      // AbortSignal's `reason`, a caught error) is allowed; rejecting with a literal is not.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      // `() => {}` is the idiomatic no-op (an unsubscribe with nothing to undo, a default callback).
      // Empty functions and methods elsewhere still need a body or a comment saying why.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
      // TanStack Router's `throw redirect(...)` / `throw notFound()` are its documented control
      // flow, not errors; everything else thrown must still be an Error.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [{ from: 'package', package: '@tanstack/router-core', name: ['Redirect', 'NotFoundError'] }],
        },
      ],
      // `_`-prefixed names mark parameters kept for a signature (tsc's noUnusedParameters agrees).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    name: 'duban/react',
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    extends: [reactHooks.configs.flat['recommended-latest'], pluginQuery.configs['flat/recommended']],
  },

  {
    name: 'duban/node-scripts',
    files: ['**/*.{js,mjs,cjs}', '*.config.ts', 'mocks/vite-plugin.ts', 'tests/**'],
    languageOptions: { globals: { ...globals.node } },
  },

  {
    // Plain JavaScript (this file, tests/**/*.mjs) is not part of the TypeScript program
    // (tsconfig has no allowJs), so the type-aware rules cannot run on it.
    name: 'duban/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    name: 'duban/tests',
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: {
      // `expect(mock.method).toHaveBeenCalled()` passes methods unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // A test asserts the value exists one line earlier; `!` keeps the arrange step short.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Stubs (a ResizeObserver whose methods do nothing, a no-op cleanup) are empty by design.
      '@typescript-eslint/no-empty-function': 'off',
      // The unit tests share one module graph per worker (vitest.config.ts `isolate: false`): a
      // module mocked by one file would stay mocked for every file after it. Serve fakes through
      // MSW or pass them in instead.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|unmock|hoisted)$/]",
          message: 'Module mocks leak between test files (isolate: false); use MSW or pass a fake in.',
        },
      ],
    },
  },

  {
    name: 'duban/playwright',
    files: ['tests/e2e/**/*.ts', 'playwright.config.ts'],
    rules: {
      // Playwright types an automatic fixture that provides no value as `void` (its documented
      // `base.extend<{ name: void }>` pattern); `void` stays banned elsewhere.
      '@typescript-eslint/no-invalid-void-type': 'off',
    },
  },

  {
    name: 'duban/layers',
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.{ts,mts}', 'tests/**/*.{ts,tsx,mts,mjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': root,
      'boundaries/elements': layerElements,
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
      // Lazy `import()` and re-exports cross layers just as much as static imports.
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
      // Handlebars `{{ }}` templates only; the legacy `${}` syntax is deprecated in v7.
      'boundaries/legacy-templates': false,
      'import/resolver': {
        node: {
          extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
          packageIterator: aliasPackageIterator,
        },
      },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: layerMessage,
          // A local file outside every layer (e.g. a root config) is reported too.
          checkUnknownLocals: true,
          policies: layerPolicies,
        },
      ],
      // Every file under src/, mocks/ and tests/ belongs to a layer.
      'boundaries/no-unknown-files': 'error',
    },
  },
])
