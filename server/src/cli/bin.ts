import * as path from 'path';
import { main } from './main';

// The reader went away ("claimlint … | head"): stop writing and exit as the lint says, with no stack trace.
let readerGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  readerGone = true;
});

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: (s) => {
    if (!readerGone) process.stdout.write(s);
  },
  stderr: (s) => process.stderr.write(s),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  // bundled next to this file by esbuild.mjs
  workerScript: path.join(__dirname, 'worker.js'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`claimlint: internal error: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);
