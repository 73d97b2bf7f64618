// @ts-check
import tseslint from 'typescript-eslint';

const forbiddenInEngine = {
  paths: [
    { name: 'fs', message: 'The analysis engine is pure: hosts read files and pass text in.' },
    { name: 'node:fs', message: 'The analysis engine is pure: hosts read files and pass text in.' },
    { name: 'fs/promises', message: 'The analysis engine is pure: hosts read files and pass text in.' },
    { name: 'node:fs/promises', message: 'The analysis engine is pure: hosts read files and pass text in.' },
    { name: 'child_process', message: 'The analysis engine is pure.' },
    { name: 'vscode', message: 'The analysis engine must not depend on the editor.' },
  ],
  patterns: [
    { group: ['vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The analysis engine must not depend on LSP.' },
    { group: ['../host/*', '../lsp/*', '../cli/*', '../../host/*', '../../lsp/*', '../../cli/*'], message: 'The engine must not import its hosts.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '**/*.js', 'test/e2e/**/*.mjs', 'test/bench/**', 'test/grammar/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', forbiddenInEngine] },
  },
);
