// Loads the real analysis engine (server/src/engine) for benchmarks: bundles the
// TypeScript entry with esbuild into out/bench/engine.cjs and requires it, so a
// benchmark always measures the current source, never a copy of its logic.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in <root>/test/bench/lib/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Resolves a path given relative to the repository root (not the cwd). */
export const fromRepo = (...p) => path.resolve(REPO_ROOT, ...p);

/**
 * Bundles one TypeScript module of the project (with everything it imports)
 * into a CommonJS file under out/bench/ and requires it. Returns the module's
 * exports and the build time in ms.
 */
export async function bundle(entry, outfile) {
  const esbuild = await import('esbuild');
  const t0 = performance.now();
  await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [fromRepo(entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    outfile,
  });
  process.setSourceMapsEnabled?.(true);
  const require = createRequire(import.meta.url);
  delete require.cache[outfile];
  return { mod: require(outfile), buildMs: performance.now() - t0 };
}

/**
 * Bundles and loads the engine's public entry (server/src/engine/index.ts):
 * { engine: { ClaimEngine, analyzeText, RULES, ... }, buildMs }.
 * `outfile` defaults to out/bench/engine.cjs (gitignored); pass another one
 * when several benchmarks build at the same time.
 */
export async function loadEngine({ outfile = fromRepo('out/bench/engine.cjs') } = {}) {
  const { mod, buildMs } = await bundle('server/src/engine/index.ts', outfile);
  return { engine: mod, buildMs };
}
