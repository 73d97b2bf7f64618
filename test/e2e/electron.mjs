// Runs the same extension-host suite (test/e2e/suite) with @vscode/test-electron,
// which downloads VS Code: for machines with internet access. Offline machines
// (ours and CI's) use test/e2e/run.mjs (code-server + headless Chromium) instead.
// Versions: the minimum engines.vscode of package.json, and stable.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const minimum = pkg.engines.vscode.replace(/^[^\d]*/, '');

execFileSync(process.execPath, [path.join(root, 'esbuild.mjs')], { stdio: 'inherit', cwd: root });
execFileSync(process.execPath, [path.join(root, 'test', 'e2e', 'build-suite.mjs')], { stdio: 'inherit', cwd: root });

let failed = 0;
for (const version of [minimum, 'stable']) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-electron-'));
  for (const f of fs.readdirSync(path.join(root, 'seeds'))) fs.copyFileSync(path.join(root, 'seeds', f), path.join(workspace, f));
  try {
    console.log(`test:vscode: VS Code ${version}`);
    await runTests({
      version,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'e2e', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (e) {
    failed++;
    console.error(`test:vscode: VS Code ${version} failed: ${e?.message ?? e}`);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
