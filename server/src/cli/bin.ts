import * as path from 'path';
import { main } from './main';

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
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
