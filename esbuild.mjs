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

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server/server.js' },
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli/claimlint.js' },
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
