#!/usr/bin/env node
// Performance benchmark: speed, memory and scaling of the CLI and the language
// server on the Reuters-21578 newswire corpus, against a peer linter.
//
//   npm run bench:perf -- [--sizes 1000,5000,10000,all] [--runs 3] [--quick]
//                         [--edits 200] [--profile] [--profile-size 5000]
//                         [--skip peer,lsp,jobs,cli] [--no-build] [--no-snapshot] [--keep]
//                         [--data FILE] [--rusage-wrapper] [--json FILE] [--cli FILE]
//
// What it does (all figures are whole-process, from fresh processes):
// 1. Builds (npm run build, unless --no-build) and materialises the first N
//    stories of ../shared/data/reuters21578.jsonl.gz (read in place, never
//    copied into the repository) as flat .txt folders in a temp directory, for
//    each N of --sizes ("all" = the whole corpus, 19,043 stories). bin/ and
//    dist/ are copied into the temp directory right after the build and run
//    from there (--no-snapshot: in place), so a concurrent rebuild cannot
//    change the code under measurement half-way.
// 2. Cold CLI lint: `node bin/claimlint.js <dir> --format json > /dev/null`,
//    --runs times per size (median; wall min–max shown): wall, CPU (user+sys),
//    peak RSS, articles/s and MB/s (MB = 10^6 bytes of UTF-8 text). Also the
//    same on an empty folder (the fixed start-up cost). CPU and RSS come from
//    /usr/bin/time -v (apt-get installs it when missing and we are root), else
//    from a wrapper reporting process.resourceUsage() (--rusage-wrapper forces
//    it). Scaling: time ratio between consecutive sizes, with the size ratio
//    (not every step is a doubling) and the doubling-equivalent 2^b of the
//    power law t ∝ N^b through the two points (2.00 = linear).
// 3. Peer: textlint 15 + textlint-rule-write-good over the same folders, run
//    interleaved with claimlint (same conditions), installed with npm into the
//    gitignored .cache/bench/. Ratio = claimlint articles/s ÷ textlint's.
// 4. Language server, per size: spawns dist/server/server.js --stdio, lets it
//    index the folder (lintWorkspace command, or the server's own startup
//    indexing when it reports work-done progress), opens a ~1,000-word article
//    made of Reuters stories and applies --edits single-character incremental
//    didChange edits, one at a time, timing didChange → publishDiagnostics of
//    that version (p50/p95/max); server VmRSS/VmHWM from /proc.
// 5. 1 vs 2 workers when `claimlint --help` mentions --jobs: --runs timed runs
//    each of --jobs 1 and --jobs 2 per size, and whether their JSON outputs
//    (and the default run's) are byte-identical.
// 6. --profile: one `node --cpu-prof` CLI run on --profile-size articles
//    (default 5000), summarised by perf/profile.mjs (source-mapped self and
//    inclusive time per file:function); and the language server under
//    --cpu-prof with that folder indexed, summarised over the edit phase only.
//
// --cli FILE runs another CLI entry script instead of bin/claimlint.js (to
// compare builds). --json FILE also writes every figure as JSON.
//
// Progress goes to stderr; the report (Markdown) to stdout. Exit status 0
// whenever the report was printed, even when a part failed (the report says
// what failed); 2 on bad arguments. It is a benchmark, not a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { benchOptions } from './lib/args.mjs';
import { fromRepo, REPO_ROOT } from './lib/engine.mjs';
import { loadStories, materialise, synthesiseArticle } from './perf/corpus.mjs';
import { measureNode, pickTimer, summarise } from './perf/measure.mjs';
import { ensurePeer, peerArgs } from './perf/peer.mjs';
import { lspBench } from './perf/lsp.mjs';
import { profileMarkdown, summariseProfile } from './perf/profile.mjs';

const T0 = performance.now();
const SECTIONS = ['cli', 'peer', 'lsp', 'jobs'];

const opt = benchOptions(
  import.meta.url,
  'bench:perf',
  {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    edits: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'profile-size': { type: 'string' },
    skip: { type: 'string', multiple: true, default: [] },
    'no-build': { type: 'boolean', default: false },
    'no-snapshot': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    data: { type: 'string' },
    'rusage-wrapper': { type: 'boolean', default: false },
    json: { type: 'string' },
    cli: { type: 'string' },
  },
  8,
);

const usage = (m) => {
  process.stderr.write(`bench:perf: ${m}\n`);
  process.exit(2);
};
const intArg = (v, name, dflt, min = 1) => {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) usage(`--${name} takes a whole number ≥ ${min}, not "${v}"`);
  return n;
};
const skip = new Set(opt.skip.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean));
for (const s of skip) if (!SECTIONS.includes(s)) usage(`--skip takes ${SECTIONS.join(', ')}; not "${s}"`);
const runs = intArg(opt.runs, 'runs', opt.quick ? 1 : 3);
const edits = intArg(opt.edits, 'edits', opt.quick ? 40 : 200);
const sizeSpec = opt.sizes ?? (opt.quick ? '200,400' : '1000,5000,10000,all');
const profileSize = opt['profile-size'] === 'all' ? Infinity : intArg(opt['profile-size'], 'profile-size', opt.quick ? 400 : 5000);
const dataFile = opt.data ? path.resolve(opt.data) : fromRepo('../shared/data/reuters21578.jsonl.gz');
let CLI = fromRepo('bin/claimlint.js');
let SERVER = fromRepo('dist/server/server.js');
const PEER_DIR = fromRepo('.cache/bench');

const log = (m) => process.stderr.write(`[perf ${((performance.now() - T0) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' / ');
const failures = []; // what broke, for the report

// ---------------------------------------------------------------- machine
function sh(cmd, args, cwd = REPO_ROOT) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
function machine() {
  let cpu = null;
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? null;
  } catch {
    // not Linux
  }
  let cgroupCpu = null;
  try {
    const [q, p] = fs.readFileSync('/sys/fs/cgroup/cpu.max', 'utf8').trim().split(/\s+/);
    cgroupCpu = q === 'max' ? null : (Number(q) / Number(p)).toFixed(2);
  } catch {
    // no cgroup v2 limit
  }
  const head = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['status', '--porcelain', '--', 'server', 'client', 'package.json', 'esbuild.mjs']);
  return {
    nproc: sh('nproc', []) ?? String(os.availableParallelism?.() ?? os.cpus().length),
    cpu: cpu ?? os.cpus()[0]?.model ?? 'unknown',
    cgroupCpu,
    memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    commit: head ? `${head}${dirty ? ' + uncommitted changes in server/client' : ''}` : 'unknown',
  };
}

// ---------------------------------------------------------------- setup
const M = machine();
log(`machine: ${M.cpu}, nproc ${M.nproc}, node ${M.node}; load ${loadavg()}`);
const loadStart = loadavg();

let build = { ok: true, note: 'skipped (--no-build)' };
if (!opt['no-build']) {
  log('npm run build');
  const t = performance.now();
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, encoding: 'utf8' });
  build = r.status === 0 ? { ok: true, note: `npm run build (${((performance.now() - t) / 1000).toFixed(1)} s)` } : { ok: false, note: `npm run build failed (${r.status}): ${(r.stderr || r.stdout).trim().slice(-400)}` };
  if (!build.ok) {
    failures.push(build.note);
    log(build.note);
  }
}
for (const f of [CLI, SERVER, fromRepo('dist/cli/claimlint.js')]) {
  if (!fs.existsSync(f)) {
    log(`missing ${path.relative(REPO_ROOT, f)}: run npm run build`);
    process.stdout.write(`bench:perf: ${path.relative(REPO_ROOT, f)} is missing (build failed or not run)\n`);
    process.exit(0);
  }
}
const distBuilt = fs.statSync(fromRepo('dist/cli/claimlint.js')).mtime.toISOString().replace(/\.\d+Z$/, 'Z');

// Snapshot bin/ + dist/ (and link node_modules) into the temp folder, so a
// rebuild by someone else during the run cannot change what is measured.
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-perf-'));
const cleanup = () => {
  if (!opt.keep) fs.rmSync(TMP, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});
let snapshot = null;
if (!opt['no-snapshot']) {
  snapshot = path.join(TMP, 'snapshot');
  for (const d of ['bin', 'dist/cli', 'dist/server']) fs.cpSync(fromRepo(d), path.join(snapshot, d), { recursive: true });
  fs.copyFileSync(fromRepo('package.json'), path.join(snapshot, 'package.json'));
  fs.symlinkSync(fromRepo('node_modules'), path.join(snapshot, 'node_modules'), 'dir');
  CLI = path.join(snapshot, 'bin', 'claimlint.js');
  SERVER = path.join(snapshot, 'dist', 'server', 'server.js');
  log(`running a snapshot of bin/ and dist/ in ${snapshot}`);
}
if (opt.cli) {
  CLI = path.resolve(opt.cli);
  log(`CLI: ${CLI} (--cli)`);
}

const timer = pickTimer({ forceWrapper: opt['rusage-wrapper'], log });
log(`CPU/RSS via ${timer.note}`);

let peer = { ok: false, error: 'skipped (--skip peer)' };
if (!skip.has('peer')) {
  peer = ensurePeer(PEER_DIR, { log });
  if (!peer.ok) {
    failures.push(`peer: ${peer.error}`);
    log(`peer unavailable: ${peer.error}`);
  } else log(`peer: textlint ${peer.textlint} + textlint-rule-write-good ${peer.writeGood}${peer.installed ? ' (just installed)' : ''}`);
}

if (!fs.existsSync(dataFile)) {
  process.stdout.write(`bench:perf: corpus not found: ${dataFile}\n`);
  process.exit(0);
}
log(`loading ${path.relative(process.cwd(), dataFile)}`);
const stories = loadStories(dataFile);
const sizes = [
  ...new Set(
    sizeSpec.split(',').map((s) => {
      const t = s.trim();
      if (t === 'all') return stories.length;
      const n = Number(t);
      if (!Number.isInteger(n) || n < 1) usage(`--sizes takes whole numbers or "all", not "${t}"`);
      return Math.min(n, stories.length);
    }),
  ),
].sort((a, b) => a - b);

const folders = new Map(); // size -> { dir, files, bytes }
const folderFor = (n) => {
  if (!folders.has(n)) {
    const dir = path.join(TMP, `n${n}`);
    const t = performance.now();
    folders.set(n, { dir, ...materialise(stories, n, dir) });
    log(`materialised ${n} articles in ${dir} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  return folders.get(n);
};
for (const n of sizes) folderFor(n);
const emptyDir = path.join(TMP, 'empty');
fs.mkdirSync(emptyDir);
const article = synthesiseArticle(stories, 1000);

const helpText = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout ?? '';
const hasJobs = /--jobs\b/.test(helpText);

// ---------------------------------------------------------------- measuring
const ok = (r) => r.signal === null && (r.exitCode === 0 || r.exitCode === 1);
const results = { startup: null, sizes: [], lsp: [], jobs: [], sanity: null, profile: null, serverProfile: null };

async function timed(label, script, args, cwd, extra = {}) {
  const r = await measureNode(timer, script, args, { cwd, ...extra });
  if (!ok(r)) {
    const msg = `${label}: exit ${r.signal ? `signal ${r.signal}` : r.exitCode}${r.stderr ? ` — ${r.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`;
    failures.push(msg);
    log(`FAILED ${msg}`);
  }
  return r;
}

const cliArgs = (dir, more = []) => [dir, '--format', 'json', ...more];

if (!skip.has('cli')) {
  log(`start-up cost: claimlint on an empty folder × ${runs}`);
  const rs = [];
  for (let k = 0; k < runs; k++) rs.push(await timed('claimlint (empty folder)', CLI, cliArgs(emptyDir), REPO_ROOT));
  results.startup = summarise(rs);
}

for (const n of sizes) {
  const f = folderFor(n);
  const entry = { n, files: f.files, bytes: f.bytes, claimlint: null, textlint: null, loadBefore: loadavg() };
  if (!skip.has('cli') || (peer.ok && !skip.has('peer'))) {
    const cl = [];
    const tl = [];
    for (let k = 0; k < runs; k++) {
      if (!skip.has('cli')) {
        log(`N=${n} run ${k + 1}/${runs}: claimlint`);
        cl.push(await timed(`claimlint N=${n}`, CLI, cliArgs(f.dir), REPO_ROOT));
      }
      if (peer.ok) {
        log(`N=${n} run ${k + 1}/${runs}: textlint`);
        tl.push(await timed(`textlint N=${n}`, peer.bin, peerArgs(f.dir), peer.cwd));
      }
    }
    if (cl.length) entry.claimlint = summarise(cl);
    if (tl.length) entry.textlint = summarise(tl);
    if (entry.claimlint) log(`N=${n}: claimlint ${entry.claimlint.wallS.toFixed(2)} s, ${(entry.claimlint.maxRssKiB / 1024).toFixed(0)} MiB`);
    if (entry.textlint) log(`N=${n}: textlint ${entry.textlint.wallS.toFixed(2)} s, ${(entry.textlint.maxRssKiB / 1024).toFixed(0)} MiB`);
  }
  results.sizes.push(entry);

  // sanity, once (smallest size): both tools report every file
  if (!results.sanity) {
    const s = { n };
    const out = path.join(TMP, 'sanity.json');
    if (!skip.has('cli')) {
      const r = await measureNode(timer, CLI, cliArgs(f.dir), { cwd: REPO_ROOT, stdoutFile: out });
      try {
        const j = JSON.parse(fs.readFileSync(out, 'utf8'));
        s.claimlint = { files: j.files.length, findings: j.files.reduce((a, x) => a + x.findings.length, 0), exit: r.exitCode };
      } catch (e) {
        s.claimlint = { error: e.message };
      }
    }
    if (peer.ok) {
      const r = await measureNode(timer, peer.bin, peerArgs(f.dir), { cwd: peer.cwd, stdoutFile: out });
      try {
        const j = JSON.parse(fs.readFileSync(out, 'utf8'));
        s.textlint = { files: j.length, findings: j.reduce((a, x) => a + x.messages.length, 0), exit: r.exitCode };
      } catch (e) {
        s.textlint = { error: e.message };
      }
    }
    results.sanity = s;
  }

  if (!skip.has('lsp')) {
    log(`N=${n}: language server — indexing, then ${edits} edits`);
    const r = await lspBench({ serverJs: SERVER, folder: f.dir, article: article.text, edits, log });
    if (!r.ok) {
      failures.push(`language server N=${n}: ${r.error}`);
      log(`FAILED language server N=${n}: ${r.error}`);
    } else log(`N=${n}: indexed in ${(r.indexMs / 1000).toFixed(1)} s, RSS ${(r.memIndexed.rssKiB / 1024).toFixed(0)} MiB, edit p50 ${r.latency.p50.toFixed(1)} ms p95 ${r.latency.p95.toFixed(1)} ms`);
    results.lsp.push({ n, ...r });
  }

  if (hasJobs && !skip.has('jobs')) {
    const outs = { 1: path.join(TMP, 'jobs1.json'), 2: path.join(TMP, 'jobs2.json'), d: path.join(TMP, 'jobsd.json') };
    const by = { 1: [], 2: [] };
    for (let k = 0; k < runs; k++) {
      for (const j of [1, 2]) {
        log(`N=${n} run ${k + 1}/${runs}: claimlint --jobs ${j}`);
        by[j].push(await timed(`claimlint --jobs ${j} N=${n}`, CLI, cliArgs(f.dir, ['--jobs', String(j)]), REPO_ROOT, { stdoutFile: outs[j] }));
      }
    }
    await measureNode(timer, CLI, cliArgs(f.dir), { cwd: REPO_ROOT, stdoutFile: outs.d });
    const [a, b, d] = [outs[1], outs[2], outs.d].map((p) => fs.readFileSync(p));
    const firstDiff = (x, y) => {
      const m = Math.min(x.length, y.length);
      for (let i = 0; i < m; i++) if (x[i] !== y[i]) return i;
      return x.length === y.length ? -1 : m;
    };
    results.jobs.push({ n, j1: summarise(by[1]), j2: summarise(by[2]), identical: a.equals(b), identicalDefault: a.equals(d), firstDiff: firstDiff(a, b), bytes: a.length });
    for (const p of Object.values(outs)) fs.rmSync(p, { force: true });
  }
  entry.loadAfter = loadavg();
}

if (opt.profile) {
  const n = Math.min(profileSize, stories.length);
  const f = folderFor(n);
  const dir = path.join(TMP, 'cpuprof');
  fs.mkdirSync(dir, { recursive: true });
  log(`profiling claimlint on ${n} articles (node --cpu-prof)`);
  const t = performance.now();
  const out = fs.openSync('/dev/null', 'w');
  const code = await new Promise((resolve) => {
    const c = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, CLI, ...cliArgs(f.dir)], { cwd: REPO_ROOT, stdio: ['ignore', out, 'ignore'] });
    c.on('close', resolve);
  });
  fs.closeSync(out);
  const wallS = (performance.now() - t) / 1000;
  const file = fs.readdirSync(dir).find((x) => x.endsWith('.cpuprofile'));
  if (!file) {
    failures.push(`profile: no .cpuprofile written (exit ${code})`);
  } else {
    const kept = path.join(PEER_DIR, 'perf-claimlint.cpuprofile');
    try {
      fs.mkdirSync(path.dirname(kept), { recursive: true });
      fs.copyFileSync(path.join(dir, file), kept);
    } catch {
      // keeping a copy is a convenience
    }
    results.profile = { n, wallS, file: kept, summary: summariseProfile(path.join(dir, file), { root: snapshot ? [snapshot, REPO_ROOT] : REPO_ROOT }) };
  }

  if (!skip.has('lsp')) {
    // the server, profiled; only the samples taken while the edits ran are summarised
    const sdir = path.join(TMP, 'cpuprof-server');
    log(`profiling the language server during ${edits} edits with ${n} articles indexed`);
    const r = await lspBench({ serverJs: SERVER, folder: f.dir, article: article.text, edits, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${sdir}`], log });
    const sfile = fs.existsSync(sdir) ? fs.readdirSync(sdir).find((x) => x.endsWith('.cpuprofile')) : null;
    if (!r.ok || !sfile) failures.push(`server profile: ${r.ok ? 'no .cpuprofile written' : r.error}`);
    else {
      const kept = path.join(PEER_DIR, 'perf-server.cpuprofile');
      try {
        fs.copyFileSync(path.join(sdir, sfile), kept);
      } catch {
        // a convenience
      }
      const summary = summariseProfile(path.join(sdir, sfile), { root: snapshot ? [snapshot, REPO_ROOT] : REPO_ROOT, fromUs: r.editWindowUs.from, toUs: r.editWindowUs.to });
      const idleMs = summary.byArea.filter((e) => e.key === '(idle)').reduce((a, e) => a + e.ms, 0);
      results.serverProfile = { n, edits: r.edits, latency: r.latency, windowMs: (r.editWindowUs.to - r.editWindowUs.from) / 1000, busyMsPerEdit: (summary.totalMs - idleMs) / r.edits, summary };
    }
  }
}

// ---------------------------------------------------------------- report
const loadEnd = loadavg();
const totalS = (performance.now() - T0) / 1000;
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f0 = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const mib = (kib) => (Number.isFinite(kib) ? (kib / 1024).toFixed(0) : '–');
const mb = (b) => (b / 1e6).toFixed(2);
const wallCell = (s) => (s.runs > 1 ? `${f2(s.wallS)} (${f2(s.wallMinS)}–${f2(s.wallMaxS)})` : f2(s.wallS));
const rate = (e, s) => (s ? { aps: e.files / s.wallS, mbps: e.bytes / 1e6 / s.wallS } : null);

const L = [];
L.push(`### claimlint performance — ${new Date().toISOString().slice(0, 10)}`);
L.push('');
L.push('| machine | |');
L.push('|---|---|');
L.push(`| CPU | ${M.cpu} |`);
L.push(`| nproc | ${M.nproc}${M.cgroupCpu ? ` (cgroup CPU limit ${M.cgroupCpu})` : ''} |`);
L.push(`| memory | ${M.memGiB} GiB |`);
L.push(`| node | ${M.node} |`);
L.push(`| OS | ${M.os} |`);
L.push(`| claimlint | ${M.commit}; dist built ${distBuilt} (${build.note.split(':')[0]}); ${snapshot ? 'run from a snapshot copy of bin/ + dist/' : 'run in place'}${opt.cli ? `; CLI: ${opt.cli}` : ''} |`);
L.push(`| peer | ${peer.ok ? `textlint ${peer.textlint} + textlint-rule-write-good ${peer.writeGood}` : peer.error} |`);
L.push(`| method | median of ${runs} run${runs > 1 ? 's' : ''} (wall: min–max in brackets); CPU and peak RSS via ${timer.note}; stdout to /dev/null; files in page cache |`);
L.push(`| corpus | Reuters-21578, first N stories, one .txt each, flat folder (${stories.length.toLocaleString('en-US')} stories in all) |`);
L.push(`| load average (1/5/15 min) | start ${loadStart}; end ${loadEnd} |`);
L.push('');

if (!skip.has('cli') || peer.ok) {
  L.push('#### Cold CLI lint (`node bin/claimlint.js <dir> --format json`) and peer (`textlint --rule write-good --format json <dir>`)');
  L.push('');
  L.push('| articles | MB | claimlint wall s | CPU s | peak RSS MiB | articles/s | MB/s | textlint wall s | CPU s | peak RSS MiB | articles/s | MB/s | claimlint ÷ textlint throughput |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  if (results.startup) {
    const s = results.startup;
    L.push(`| 0 (start-up) | 0 | ${wallCell(s)} | ${f2(s.cpuS)} | ${mib(s.maxRssKiB)} | | | | | | | | |`);
  }
  for (const e of results.sizes) {
    const c = e.claimlint;
    const t = e.textlint;
    const rc = rate(e, c);
    const rt = rate(e, t);
    const cells = [e.n.toLocaleString('en-US'), mb(e.bytes)];
    cells.push(...(c ? [wallCell(c), f2(c.cpuS), mib(c.maxRssKiB), f0(rc.aps), f2(rc.mbps)] : ['–', '–', '–', '–', '–']));
    cells.push(...(t ? [wallCell(t), f2(t.cpuS), mib(t.maxRssKiB), f0(rt.aps), f2(rt.mbps)] : ['–', '–', '–', '–', '–']));
    cells.push(rc && rt ? `${f2(rc.aps / rt.aps)}×` : '–');
    L.push(`| ${cells.join(' | ')} |`);
  }
  L.push('');
  L.push(`Machine load (1-min load average) before each size: ${results.sizes.map((e) => `${e.n.toLocaleString('en-US')}: ${e.loadBefore.split(' / ')[0]}`).join(', ')} (nproc ${M.nproc}); wall times are only comparable at similar load, CPU s is steadier.`);
  L.push('');
  if (results.sanity) {
    const s = results.sanity;
    const d = (x) => (!x ? 'not run' : x.error ? `unreadable output (${x.error})` : `${x.files} files, ${x.findings} findings, exit ${x.exit}`);
    L.push(`Sanity (N=${s.n}, output kept): claimlint reported ${d(s.claimlint)}; textlint ${d(s.textlint)}.`);
    L.push('');
  }

  if (results.sizes.length > 1) {
    L.push('#### Scaling between consecutive sizes');
    L.push('');
    L.push('Time ratio = wall(larger) ÷ wall(smaller). Doubling-equivalent = 2^b for the power law t ∝ N^b through the two points: 2.00 is linear, more is super-linear; "net of start-up" subtracts the empty-folder wall first.');
    L.push('');
    L.push('| from → to | size ratio | claimlint time ratio | doubling-equiv. | net of start-up | textlint time ratio | doubling-equiv. | server indexing time ratio | doubling-equiv. |');
    L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    const dbl = (tr, sr) => (tr > 0 && sr > 1 ? 2 ** (Math.log(tr) / Math.log(sr)) : NaN);
    const t0 = results.startup?.wallS ?? NaN;
    for (let i = 1; i < results.sizes.length; i++) {
      const a = results.sizes[i - 1];
      const b = results.sizes[i];
      const sr = b.files / a.files;
      const exact = Math.abs(sr - 2) < 1e-9;
      const cr = a.claimlint && b.claimlint ? b.claimlint.wallS / a.claimlint.wallS : NaN;
      const crNet = a.claimlint && b.claimlint ? (b.claimlint.wallS - t0) / (a.claimlint.wallS - t0) : NaN;
      const tr = a.textlint && b.textlint ? b.textlint.wallS / a.textlint.wallS : NaN;
      const la = results.lsp.find((x) => x.n === a.n && x.ok);
      const lb = results.lsp.find((x) => x.n === b.n && x.ok);
      const ir = la && lb ? lb.indexMs / la.indexMs : NaN;
      L.push(
        `| ${a.n.toLocaleString('en-US')} → ${b.n.toLocaleString('en-US')} | ×${f2(sr)}${exact ? '' : ' (not a doubling)'} | ${f2(cr)} | ${f2(dbl(cr, sr))} | ${f2(dbl(crNet, sr))} | ${f2(tr)} | ${f2(dbl(tr, sr))} | ${f2(ir)} | ${f2(dbl(ir, sr))} |`,
      );
    }
    L.push('');
  }
}

if (!skip.has('lsp')) {
  L.push(`#### Language server (\`dist/server/server.js --stdio\`): memory and per-edit latency with the folder indexed`);
  L.push('');
  L.push(`Edited article: ${article.words} words (${article.stories} Reuters stories), opened in the workspace folder; ${edits} single-character incremental edits (typing then deleting at 4 places), each timed from didChange to the publishDiagnostics of its version; debounceMs 0. One run per size.`);
  L.push('');
  L.push('| articles indexed | indexing | index wall s | articles/s | server RSS after indexing MiB | peak RSS (VmHWM) MiB | didOpen → diagnostics ms | edit p50 ms | edit p95 ms | edit max ms | RSS after edits MiB |');
  L.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results.lsp) {
    if (!r.ok) {
      L.push(`| ${r.n.toLocaleString('en-US')} | failed: ${String(r.error).split('\n')[0].replace(/\|/g, '\\|')} | | | | | | | | | |`);
      continue;
    }
    const files = Number.isFinite(r.indexedFiles) ? r.indexedFiles : r.n;
    L.push(
      `| ${r.n.toLocaleString('en-US')}${files !== r.n ? ` (server: ${files})` : ''} | ${r.indexMethod} | ${f2(r.indexMs / 1000)} | ${f0(r.n / (r.indexMs / 1000))} | ${mib(r.memIndexed.rssKiB)} | ${mib(r.memAfterEdits.hwmKiB)} | ${f1(r.openMs)} | ${f1(r.latency.p50)} | ${f1(r.latency.p95)} | ${f1(r.latency.max)} | ${mib(r.memAfterEdits.rssKiB)} |`,
    );
    if (r.timeouts) failures.push(`language server N=${r.n}: ${r.timeouts} edits got no diagnostics within 30 s`);
  }
  const base = results.lsp.find((r) => r.ok)?.memStart?.rssKiB;
  if (base) L.push(`\nServer RSS right after initialize (nothing indexed): ${mib(base)} MiB.`);
  const traces = results.lsp.filter((r) => r.ok && r.rssTraceKiB?.length);
  if (traces.length) {
    L.push('');
    L.push(`Server RSS (MiB) every 50 edits — a saw-tooth means garbage awaiting collection, a steady climb a leak: ${traces.map((r) => `${r.n.toLocaleString('en-US')}: ${r.rssTraceKiB.map(mib).join(' → ')}`).join('; ')}.`);
  }
  L.push('');
}

if (!skip.has('jobs')) {
  L.push('#### 1 vs 2 workers (`--jobs`)');
  L.push('');
  if (!hasJobs) L.push('skipped: CLI has no --jobs yet');
  else {
    L.push('| articles | --jobs 1 wall s | CPU s | peak RSS MiB | --jobs 2 wall s | CPU s | peak RSS MiB | speed-up | JSON byte-identical (1 vs 2) | identical to no --jobs |');
    L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
    for (const j of results.jobs) {
      L.push(
        `| ${j.n.toLocaleString('en-US')} | ${wallCell(j.j1)} | ${f2(j.j1.cpuS)} | ${mib(j.j1.maxRssKiB)} | ${wallCell(j.j2)} | ${f2(j.j2.cpuS)} | ${mib(j.j2.maxRssKiB)} | ${f2(j.j1.wallS / j.j2.wallS)}× | ${j.identical ? 'yes' : `no (first difference at byte ${j.firstDiff})`} | ${j.identicalDefault ? 'yes' : 'no'} |`,
      );
    }
  }
  L.push('');
}

if (results.profile) {
  const p = results.profile;
  L.push(`#### CPU profile: \`node --cpu-prof bin/claimlint.js <${p.n.toLocaleString('en-US')} articles> --format json\` (${f2(p.wallS)} s wall; profile kept in .cache/bench/perf-claimlint.cpuprofile)`);
  L.push('');
  L.push(profileMarkdown(p.summary, { top: 15, title: 'Profile' }).replace(/^#### /gm, '##### '));
  L.push('');
}

if (results.serverProfile) {
  const p = results.serverProfile;
  L.push(`#### CPU profile: language server during ${p.edits} edits with ${p.n.toLocaleString('en-US')} articles indexed (edit p50 ${f1(p.latency.p50)} ms under the profiler; server busy ${f1(p.busyMsPerEdit)} ms per edit; profile kept in .cache/bench/perf-server.cpuprofile)`);
  L.push('');
  L.push(profileMarkdown(p.summary, { top: 15, title: 'Server, edit phase only' }).replace(/^#### /gm, '##### '));
  L.push('');
}

if (failures.length) {
  L.push('#### Problems');
  L.push('');
  for (const f of failures) L.push(`- ${f.replace(/\n/g, ' ')}`);
  L.push('');
}
L.push(`Harness wall time: ${(totalS / 60).toFixed(1)} min (${f0(totalS)} s).`);

process.stdout.write(L.join('\n') + '\n');
if (opt.json) {
  fs.writeFileSync(path.resolve(opt.json), JSON.stringify({ machine: M, runs, edits, timer: timer.note, peer, build, loadStart, loadEnd, totalS, failures, article: { words: article.words }, ...results }, null, 2) + '\n');
}
cleanup();
process.exit(0);
