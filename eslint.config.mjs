// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dev/console/dist/**',
      'coverage/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'integration-tests/results/**',
      '.tools/**',
      '.bench/**',
      'locales/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: { react: { version: '18.3' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      'react/prop-types': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lodash', message: 'Full lodash does not belong in page bundles.' },
            {
              name: 'react-dom',
              message: 'react-dom is provided by the console; do not bundle it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain core is pure: no React, PatternFly, i18n, SDK or network.
    files: ['src/tempostack/**/*.ts'],
    ignores: ['src/tempostack/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                '@patternfly/*',
                '@openshift-console/*',
                'i18next',
                '@tanstack/*',
                'node:*',
              ],
              message: 'src/tempostack is pure domain logic: no UI, SDK, network or Node imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'No network in the domain core.' },
        { name: 'XMLHttpRequest', message: 'No network in the domain core.' },
        { name: 'WebSocket', message: 'No network in the domain core.' },
        { name: 'window', message: 'No browser globals in the domain core.' },
        { name: 'document', message: 'No browser globals in the domain core.' },
      ],
    },
  },
  prettier,
);
