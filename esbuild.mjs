// Bundles the extension client, the language server and the CLI into dist/.
// `node esbuild.mjs` for development (sourcemaps), `--production` to minify, `--watch` to rebuild.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  // an ES target, not 'node20': esbuild's node table turns every \p{…} regex literal into a
  // `new RegExp(…)` built again on each call (about 4× slower in hot loops); Node 20 has them all
  target: 'es2023',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

// V8 optimises a function once it has run a little (its "interrupt budget"), then throws the
// optimised code away whenever a rarer path shows up, and compiles it again. The engine runs every
// rule over thousands of articles, each with rare paths of its own: with V8's default budget,
// recompiling after such deoptimisations took 9.5 of 13 s of compile time on 10,000 Reuters
// stories, the lint ran slower while optimised code was missing, and the language server's slowest
// edits were slower (p95 8.1-9.5 ms against 3.6-6.1 ms with it). A larger budget lets a function gather more
// feedback before it is optimised (figures: "Performance" in README.md). The flag is set as the
// bundle starts, before any of its functions has run (worker threads share the process's flags);
// results do not depend on it.
const tierUp = { js: "'use strict';\nrequire('v8').setFlagsFromString('--interrupt-budget=1000000');" };

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server/server.js', banner: tierUp },
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli/claimlint.js', banner: tierUp },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli/worker.js' },
];

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context({ ...common, ...b });
    await ctx.watch();
  }
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
