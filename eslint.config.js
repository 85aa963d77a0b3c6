import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));

// Only the desktop shell (the files directly in electron/main/, and the preload) imports Electron:
// feature code, the CLI, the office server and the web harness run in plain Node, where the
// `electron` module cannot load. No main-process code imports the renderer.
const PLAIN_NODE = [
  { regex: String.raw`^electron$`, message: 'Only the desktop shell (electron/main/*.ts) imports Electron: this code runs in plain Node too. Take what it needs as an argument.' },
  { regex: String.raw`(^|/)renderer/`, message: 'Main-process, CLI and server code imports nothing from the renderer: share it through shared/.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // useLoad (renderer/src/app/use-load.ts) takes deps like useEffect: check them the same way.
      'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useLoad$' }],
    },
  },
  // Layering, checked rather than hoped for (README "Architecture"):
  // shared/ runs in the renderer, the main process and the CLI alike, so it imports no Node,
  // Electron, SQLite or main-process code.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: String.raw`^(node:|electron$|better-sqlite3$)`, message: 'shared/ is used by the renderer too: no Node, Electron or SQLite.' },
          { regex: String.raw`^(${NODE_BUILTINS.join('|')})(/|$)`, message: 'shared/ is used by the renderer too: no Node built-ins.' },
          { regex: String.raw`(^|/)electron/`, message: 'shared/ must not import main-process, preload, CLI or harness code.' },
        ],
      }],
    },
  },
  // The renderer talks to main only through window.api (renderer/src/app/api.ts).
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: String.raw`^(node:|electron$|better-sqlite3$)`, message: 'The renderer has no Node or Electron: call main through window.api.' },
          { regex: String.raw`(^|/)electron/`, message: 'The renderer imports nothing from electron/: call main through window.api.' },
        ],
      }],
    },
  },
  {
    files: ['electron/main/*/**/*.ts', 'electron/cli/**/*.ts', 'electron/server/**/*.ts', 'electron/web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: PLAIN_NODE }] },
  },
  // db/ is the connection, migrations and counters: it imports no feature. Work a feature must
  // do around opening (the pre-migration backup) is passed in as a hook.
  {
    files: ['electron/main/db/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...PLAIN_NODE, { regex: String.raw`^\.\./(?!\.\./\.\./shared/)`, message: 'db/ imports no feature: pass what it needs in (a hook or a parameter).' }],
      }],
    },
  },
  {
    files: ['electron/main/db/migrations/*.ts'],
    // Data-changing migrations write audit rows (../../audit/). Migration 005 seeds the holiday
    // lists that shipped with it; shipped migrations are never edited, so it stays as it is.
    ignores: ['electron/main/db/migrations/005-examination.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...PLAIN_NODE, { regex: String.raw`^\.\./\.\./(?!\.\./\.\./shared/|audit/)`, message: 'Migrations import no feature: a migration must not change when feature code does.' }],
      }],
    },
  },
);
