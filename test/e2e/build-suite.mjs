#!/usr/bin/env node
// Bundles the extension-host suite (test/e2e/suite/*.ts, with mocha inside) into
// out/e2e/suite/index.js, the extensionTestsPath module. Inside the editor the
// suite's require() resolves from its own location, so everything but `vscode`
// is bundled in. (No source maps: the extension host's own stack-trace handling
// ignores them; the bundle keeps the .ts function names readable.)
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(REPO, 'out/e2e/suite');
fs.rmSync(OUT, { recursive: true, force: true });

await esbuild.build({
  absWorkingDir: REPO,
  entryPoints: ['test/e2e/suite/index.ts'],
  outfile: path.join(OUT, 'index.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  keepNames: true,
  logLevel: 'warning',
  // mocha's parallel mode (never used here) resolves worker files at run time
  logOverride: { 'require-resolve-not-external': 'silent' },
});
