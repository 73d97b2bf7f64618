// The peer linter for the throughput comparison: textlint 15 with
// textlint-rule-write-good, installed with npm into the gitignored cache
// folder <repo>/.cache/bench/ (never into the project's package.json).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const PEER_PACKAGES = ['textlint@15', 'textlint-rule-write-good@2'];

function installedVersion(dir, pkg) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/**
 * Makes sure textlint 15 and the write-good rule are installed in `cacheDir`.
 * Returns { ok, bin, cwd, textlint, writeGood, installed, error }.
 */
export function ensurePeer(cacheDir, { log = () => {} } = {}) {
  const bin = path.join(cacheDir, 'node_modules', 'textlint', 'bin', 'textlint.js');
  const ready = () => /^15\./.test(installedVersion(cacheDir, 'textlint') ?? '') && installedVersion(cacheDir, 'textlint-rule-write-good') && fs.existsSync(bin);
  let installed = false;
  if (!ready()) {
    fs.mkdirSync(cacheDir, { recursive: true });
    const pj = path.join(cacheDir, 'package.json');
    // its own package.json, so npm does not walk up to the repository's
    if (!fs.existsSync(pj)) fs.writeFileSync(pj, JSON.stringify({ name: 'claimlint-bench-peers', private: true }, null, 2) + '\n');
    log(`installing ${PEER_PACKAGES.join(' ')} into ${cacheDir}`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', ...PEER_PACKAGES], { cwd: cacheDir, encoding: 'utf8' });
    if (r.status !== 0) return { ok: false, error: `npm install failed (${r.status}): ${(r.stderr || r.error?.message || '').trim().slice(-500)}` };
    installed = true;
    if (!ready()) return { ok: false, error: 'npm install finished but textlint 15 / textlint-rule-write-good are not there' };
  }
  return {
    ok: true,
    bin,
    cwd: cacheDir,
    textlint: installedVersion(cacheDir, 'textlint'),
    writeGood: installedVersion(cacheDir, 'textlint-rule-write-good'),
    installed,
  };
}

/** textlint's arguments to lint `dir` with write-good only, JSON report on stdout. */
export const peerArgs = (dir) => ['--no-textlintrc', '--rule', 'write-good', '--format', 'json', dir];
