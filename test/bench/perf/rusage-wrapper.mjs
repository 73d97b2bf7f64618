// Fallback for GNU time: `node rusage-wrapper.mjs <out.json> <script> [args...]`
// runs <script> as this process's main module (CommonJS or ESM) and, on exit,
// writes this process's process.resourceUsage() (userCPUTime and
// systemCPUTime in µs, maxRSS in KiB) to <out.json>. The exit code is kept.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [, , out, script, ...args] = process.argv;
if (!out || !script) {
  process.stderr.write('usage: node rusage-wrapper.mjs <out.json> <script> [args...]\n');
  process.exit(2);
}
process.on('exit', () => {
  fs.writeFileSync(out, JSON.stringify(process.resourceUsage()));
});
const main = path.resolve(script);
process.argv = [process.argv[0], main, ...args];
const Module = createRequire(import.meta.url)('node:module');
Module.runMain(main);
