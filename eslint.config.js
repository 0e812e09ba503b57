import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noElectron = {
  'no-restricted-imports': ['error', {
    paths: [{ name: 'electron', message: 'core/, shared/, the CLI and browser mode run under plain Node: never import electron here.' }],
    patterns: [{ group: ['electron/*'], message: 'core/, shared/, the CLI and browser mode run under plain Node.' }],
  }],
};

export default tseslint.config(
  { ignores: ['.scratch*', '.scratch*/**', 'out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src-main/core/**', 'src-main/shared/**', 'src-main/cli.ts', 'src-main/cli/**', 'src-main/serve/**'],
    rules: noElectron,
  },
);
