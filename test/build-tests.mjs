// Bundles the TypeScript test files (unit, cli, lsp) into out/test for mocha.
import * as esbuild from 'esbuild';
import fg from 'fast-glob';

const entryPoints = await fg(['test/{unit,cli,lsp}/**/*.test.ts']);
await esbuild.build({
  entryPoints,
  outdir: 'out/test',
  outbase: 'test',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['mocha', 'vscode-languageserver-protocol', 'vscode-jsonrpc'],
  logLevel: 'warning',
});
