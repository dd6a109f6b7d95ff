// Lint: typescript-eslint's recommended rules and a function-length limit, so a long function
// becomes a dispatcher over named helpers (see README, "How the code reads").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.old-output-*/', '.astro/', 'node_modules/', 'bench-out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', 'scripts/**', 'bin/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // a test file is a table of cases; its describe blocks may run long
    files: ['tests/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
);
