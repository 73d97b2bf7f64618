// Whole-process measurements: wall time (taken here, around the child), CPU
// time (user + sys) and peak RSS of one node script run as a child process.
//
// CPU and peak RSS come from GNU time (`/usr/bin/time -v`) when it is there
// (the script tries `apt-get install time` once when it is not and we are
// root); otherwise from rusage-wrapper.mjs, which runs the script inside a
// node process that reports its own process.resourceUsage() on exit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const WRAPPER = path.join(HERE, 'rusage-wrapper.mjs');
const GNU_TIME = '/usr/bin/time';

const isGnuTime = (p) => {
  if (!fs.existsSync(p)) return false;
  const r = spawnSync(p, ['-v', 'true'], { encoding: 'utf8' });
  return r.status === 0 && /Maximum resident set size/.test(r.stderr);
};

/**
 * Picks the measuring method: { kind: 'gnu-time', path, note } or { kind: 'wrapper', note }.
 * `install`: try `apt-get install -y time` when GNU time is missing (root only).
 */
export function pickTimer({ install = true, forceWrapper = false, log = () => {} } = {}) {
  if (forceWrapper) return { kind: 'wrapper', note: 'process.resourceUsage() wrapper (forced)' };
  if (isGnuTime(GNU_TIME)) return { kind: 'gnu-time', path: GNU_TIME, note: '/usr/bin/time -v' };
  if (install && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0) {
    log('GNU time missing: apt-get install -y time');
    const quiet = { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    if (spawnSync('apt-get', ['install', '-y', '-q', 'time'], quiet).status !== 0) {
      spawnSync('apt-get', ['update', '-q'], quiet);
      spawnSync('apt-get', ['install', '-y', '-q', 'time'], quiet);
    }
    if (isGnuTime(GNU_TIME)) return { kind: 'gnu-time', path: GNU_TIME, note: '/usr/bin/time -v (installed with apt-get)' };
  }
  return { kind: 'wrapper', note: 'process.resourceUsage() wrapper (no GNU time)' };
}

function parseGnuTime(text) {
  const num = (re) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : NaN;
  };
  const signal = /Command terminated by signal (\d+)/.exec(text);
  return {
    userS: num(/User time \(seconds\): ([\d.]+)/),
    sysS: num(/System time \(seconds\): ([\d.]+)/),
    maxRssKiB: num(/Maximum resident set size \(kbytes\): (\d+)/),
    exitCode: signal ? null : num(/Exit status: (\d+)/),
    signal: signal ? Number(signal[1]) : null,
  };
}

let seq = 0;

/**
 * Runs `node <script> ...args` once and measures it.
 * stdout goes to /dev/null unless `stdoutFile` is given; stderr is kept (last 4 KB).
 * Resolves { wallS, userS, sysS, cpuS, maxRssKiB, exitCode, signal, stderr }.
 */
export function measureNode(timer, script, args, { cwd, stdoutFile = null, env = process.env } = {}) {
  const tag = path.join(os.tmpdir(), `claimlint-perf-${process.pid}-${++seq}.rusage`);
  let cmd;
  let argv;
  if (timer.kind === 'gnu-time') {
    cmd = timer.path;
    argv = ['-v', '-o', tag, process.execPath, script, ...args];
  } else {
    cmd = process.execPath;
    argv = [WRAPPER, tag, script, ...args];
  }
  const out = fs.openSync(stdoutFile ?? '/dev/null', 'w');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-4096);
    });
    child.on('error', (e) => {
      fs.closeSync(out);
      reject(e);
    });
    child.on('close', (code, sig) => {
      const wallS = (performance.now() - t0) / 1000;
      fs.closeSync(out);
      let r;
      try {
        const text = fs.readFileSync(tag, 'utf8');
        if (timer.kind === 'gnu-time') r = parseGnuTime(text);
        else {
          const u = JSON.parse(text);
          r = { userS: u.userCPUTime / 1e6, sysS: u.systemCPUTime / 1e6, maxRssKiB: u.maxRSS, exitCode: code, signal: null };
        }
      } catch {
        r = { userS: NaN, sysS: NaN, maxRssKiB: NaN, exitCode: code, signal: sig };
      }
      fs.rmSync(tag, { force: true });
      if (timer.kind === 'gnu-time' && r.exitCode === null && r.signal === null) r.exitCode = code;
      resolve({ wallS, ...r, cpuS: r.userS + r.sysS, stderr });
    });
  });
}

export function median(xs) {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs, p) {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

/** Median of each figure over several measureNode results, plus min/max wall. */
export function summarise(runs) {
  const pick = (k) => median(runs.map((r) => r[k]));
  const walls = runs.map((r) => r.wallS);
  return {
    runs: runs.length,
    wallS: pick('wallS'),
    wallMinS: Math.min(...walls),
    wallMaxS: Math.max(...walls),
    cpuS: pick('cpuS'),
    userS: pick('userS'),
    sysS: pick('sysS'),
    maxRssKiB: pick('maxRssKiB'),
    exitCodes: [...new Set(runs.map((r) => (r.signal ? `signal ${r.signal}` : r.exitCode)))],
  };
}
