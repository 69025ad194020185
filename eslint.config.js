import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      'screenshots',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'check-file': checkFile },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-warning-comments': [
        'error',
        { terms: ['fixme', 'xxx'], location: 'start' },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/': 'KEBAB_CASE', 'e2e/**/': 'KEBAB_CASE' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The app reaches the emulator and the review panel only through the
    // mock-mode bootstrap, which main.tsx imports dynamically so live
    // builds never contain them.
    files: ['src/app/**', 'src/api/**', 'src/features/**', 'src/ui/**'],
    ignores: ['src/app/mock-mode.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/emulator', '**/emulator/**'],
              message: 'Only src/app/mock-mode.ts may load the emulator.',
            },
            {
              group: ['**/review-panel', '**/review-panel/**'],
              message: 'Only src/app/mock-mode.ts may load the review panel.',
            },
          ],
        },
      ],
    },
  },
  {
    // The emulator core is framework-free: no React, no MSW, no Node APIs.
    files: ['src/emulator/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'msw', 'msw/*', 'node:*'] },
            { group: ['**/app/**', '**/features/**', '**/ui/**'] },
          ],
        },
      ],
    },
  },
);
