// Entry point of the extension-host suite: `run()` is the contract of both
// @vscode/test-electron and the code-server runner (test/e2e/run.mjs).
// Bundled (with mocha) into out/e2e/suite/index.js by test/e2e/build-suite.mjs.
//
// Environment (inherited by the extension host from the runner):
//   CLAIMLINT_E2E_GREP  only run tests whose full title matches this regular expression
import * as util from 'util';
import Mocha from 'mocha';
import { registerDiagnosticsTests } from './diagnostics.e2e';
import { registerExtensionTests } from './extension.e2e';
import { registerLiveTests } from './live.e2e';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  // No colours: supports-color says yes when CI is set, and the reporter reads this flag.
  Mocha.reporters.Base.useColors = false;
  if (process.env.CLAIMLINT_E2E_GREP) mocha.grep(new RegExp(process.env.CLAIMLINT_E2E_GREP));
  // Only console.log reaches the runner (process.stdout does not): format like a terminal would.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]): void => console.log(util.format(...args));

  // Define the mocha globals (suite, test, ...) and register the tests in order.
  mocha.suite.emit('pre-require', globalThis, 'claimlint-e2e', mocha);
  registerExtensionTests();
  registerDiagnosticsTests();
  registerLiveTests();

  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  // A plain closing line that any CI log reader understands.
  console.log(`e2e: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);
  if (stats.failures > 0) throw new Error(`${stats.failures} of ${stats.tests} e2e tests failed`);
  if (stats.passes === 0) throw new Error('no e2e test ran');
}
