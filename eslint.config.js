// ESLint: the boundaries a reader should not have to keep by habit (decision 0010).
// TypeScript 7 has no JavaScript API for typescript-eslint, so Babel's parser reads the
// syntax; the type rules are tsc's job, and tests/integration/boundaries.test.ts checks
// what a specifier alone cannot show (resolved module owners, tables, purity through imports).
import babelParser from '@babel/eslint-parser';

const parserFor = (plugins) => ({
  parser: babelParser,
  parserOptions: {
    requireConfigFile: false,
    babelOptions: { babelrc: false, configFile: false, parserOpts: { plugins } },
  },
});

// A module file n folders deep reaches another module with n+1 "../": only its index.ts.
const deepImport = (ups) => ({
  regex: `^${'\\.\\./'.repeat(ups)}(?!platform/|\\.\\.)[^./][^/]*/(?!index\\.ts$).+`,
  message: 'Another module is reached only through its index.ts (its front door).',
});
const SERVER_ONLY = [
  'node:*',
  'kysely',
  'pg',
  'better-sqlite3',
  'pino',
  'exceljs',
  'hono',
  'hono/*',
  '@hono/node-server',
  '@hono/node-server/*',
];

export default [
  { ignores: ['dist/**', 'node_modules/**', 'bench/results/**', 'coverage/**'] },
  { files: ['**/*.ts'], languageOptions: parserFor(['typescript']) },
  { files: ['**/*.tsx'], languageOptions: parserFor(['typescript', 'jsx']) },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js'],
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      'no-var': 'error',
      'no-debugger': 'error',
      'no-duplicate-imports': 'off',
    },
  },
  {
    files: ['src/server/modules/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepImport(1)] }] },
  },
  {
    files: ['src/server/modules/*/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepImport(2)] }] },
  },
  {
    files: ['src/server/modules/*/*/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepImport(3)] }] },
  },
  {
    files: ['src/server/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)modules/', message: 'The platform serves every module and imports none.' },
          ],
        },
      ],
    },
  },
  {
    // Shared with the browser: pure rules, state tables and contracts.
    files: [
      'src/server/**/rules.ts',
      'src/server/**/*-rules.ts',
      'src/server/**/states.ts',
      'src/server/**/contract.ts',
      'src/server/**/*.contract.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SERVER_ONLY, message: 'The browser imports this file: no I/O, no server packages.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    ignores: ['src/web/**/*.test.ts', 'src/web/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '/server/(?!.*(/rules|-rules|/states|/contract|\\.contract|access/roles|access/ranks)\\.ts$)',
              message: 'The web imports from the server only rules, states and contracts.',
            },
          ],
        },
      ],
    },
  },
];
