#!/usr/bin/env node
// Runs the extension-host test suite (test/e2e/suite) inside a real VS Code:
// code-server 4.100.3 (VS Code 1.100.3) driven by headless Debian Chromium.
// Works offline; see shared/docs/real-vscode-offline.md.
//
// Usage:
//   node test/e2e/run.mjs [--vsix path] [--screenshots dir] [options]
//
//   --vsix FILE          test the packaged extension: the .vsix is installed with
//                        `code-server --install-extension` into a fresh extensions dir
//                        (an empty harness extension is loaded as extensionDevelopmentPath,
//                        because the workbench runs extensionTestsPath only in a development
//                        window). Without it the repo root is loaded as extensionDevelopmentPath
//                        (run `npm run build` first).
//   --screenshots DIR    save a PNG of the workbench when the suite ends (and on failure).
//   --extension-dev-path DIR  load this folder as extensionDevelopmentPath instead of the
//                        repo root (ignored with --vsix).
//   --tests FILE         extensionTestsPath module (default: out/e2e/suite/index.js,
//                        built first with test/e2e/build-suite.mjs).
//   --workspace DIR      copy *.txt/*.md from DIR into the temp workspace (default: seeds/).
//   --timeout SEC        whole-suite deadline after the editor is up (default 600).
//   --startup-timeout SEC  deadline for code-server + workbench to come up (default 90).
//   --keep               keep the temp folders (printed) for inspection.
//   --verbose            also print code-server's own log and all browser console noise.
//
// Environment: CLAIMLINT_E2E_GREP=REGEX runs only the matching tests (the extension host
// inherits the runner's environment); CLAIMLINT_E2E_CACHE moves the install cache.
//
// Exit code: the suite's own exit code (0 = all passed), or 2 on infrastructure failure.
// The last line is the suite's count: "e2e: N passed, N failed, N skipped".
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '../..');
export const CACHE = process.env.CLAIMLINT_E2E_CACHE || path.join(REPO, '.cache/e2e');
const ENTRY = path.join(CACHE, 'node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CLAIMLINT_E2E_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];
const INFRA_FAILURE = 2;

export class InfraError extends Error {}

export function log(msg) { process.stdout.write(`[e2e] ${msg}\n`); }

function parseArgs(argv) {
  const opts = {
    vsix: null, screenshots: null, extensionDevPath: null, tests: null,
    workspace: path.join(REPO, 'seeds'), timeout: 600, startupTimeout: 90, keep: false, verbose: false,
  };
  const takes = { '--vsix': 'vsix', '--screenshots': 'screenshots', '--extension-dev-path': 'extensionDevPath',
    '--tests': 'tests', '--workspace': 'workspace', '--timeout': 'timeout', '--startup-timeout': 'startupTimeout' };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let val;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { val = a.slice(eq + 1); a = a.slice(0, eq); }
    if (a in takes) {
      if (val === undefined) val = argv[++i];
      if (val === undefined) throw new InfraError(`${a} needs a value`);
      opts[takes[a]] = val;
    } else if (a === '--keep') opts.keep = true;
    else if (a === '--verbose') opts.verbose = true;
    else if (a === '-h' || a === '--help') {
      const lines = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
      const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
      process.stdout.write(`${header.map((l) => l.slice(3)).join('\n')}\n`);
      process.exit(0);
    } else throw new InfraError(`unknown argument: ${argv[i]}`);
  }
  for (const k of ['vsix', 'screenshots', 'extensionDevPath', 'tests', 'workspace']) {
    if (opts[k]) opts[k] = path.resolve(opts[k]);
  }
  opts.timeout = Number(opts.timeout);
  opts.startupTimeout = Number(opts.startupTimeout);
  return opts;
}

/** Polls `check` until it returns a truthy value or the deadline passes. */
export async function until(what, timeoutMs, check, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new InfraError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function runSync(what, cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.error) throw new InfraError(`${what}: ${r.error.message}`);
  if (r.status !== 0) throw new InfraError(`${what} failed (exit ${r.status ?? r.signal})`);
  return r;
}

export function ensureSetup() {
  runSync('test/e2e/setup.sh', 'bash', [path.join(HERE, 'setup.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (!fs.existsSync(ENTRY)) throw new InfraError(`code-server missing at ${ENTRY} after setup`);
}

function buildSuite() {
  runSync('test/e2e/build-suite.mjs', process.execPath, [path.join(HERE, 'build-suite.mjs')]);
}

/** Copies article files into a fresh workspace folder. */
export function makeWorkspace(dir, from) {
  fs.mkdirSync(dir, { recursive: true });
  const files = fs.readdirSync(from).filter((f) => /\.(txt|md)$/.test(f));
  if (files.length === 0) throw new InfraError(`no *.txt/*.md files in ${from}`);
  for (const f of files) fs.copyFileSync(path.join(from, f), path.join(dir, f));
  return files.length;
}

export function writeUserSettings(userDataDir, extra = {}) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'npm.autoDetect': 'off',
    'typescript.tsserver.experimental.enableProjectDiagnostics': false,
    ...extra,
  };
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(settings, null, 2));
}

function codeServerEnv(tmp) {
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    // No extension gallery: the machine is offline, and the tests must not depend on one.
    EXTENSIONS_GALLERY: '{}',
  };
  // Variables that would make the extension host or its children behave unlike a user's editor.
  for (const k of ['ELECTRON_RUN_AS_NODE', 'VSCODE_IPC_HOOK_CLI', 'VSCODE_PID', 'VSCODE_CWD', 'VSCODE_NLS_CONFIG',
    'VSCODE_HANDLES_UNCAUGHT_ERRORS', 'VSCODE_ESM_ENTRYPOINT', 'NODE_OPTIONS']) delete env[k];
  return env;
}

function installVsix(vsix, tmp, dirs) {
  if (!fs.existsSync(vsix)) throw new InfraError(`--vsix file not found: ${vsix}`);
  log(`installing ${path.relative(process.cwd(), vsix) || vsix} into a fresh extensions dir`);
  const r = spawnSync(process.execPath, [ENTRY, '--config', dirs.config, '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions, '--install-extension', vsix, '--force'],
  { env: codeServerEnv(tmp), encoding: 'utf8' });
  const out = `${r.stdout}${r.stderr}`.trim();
  if (r.status !== 0 || /fail|error/i.test(out)) throw new InfraError(`--install-extension failed (exit ${r.status}):\n${out}`);
  for (const line of out.split('\n')) if (line.trim()) log(`  ${line.trim()}`);
  const installed = fs.readdirSync(dirs.extensions).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
  if (installed.length === 0) throw new InfraError('--install-extension reported success but the extensions dir is empty');
  return installed.map((d) => path.join(dirs.extensions, d));
}

/** Starts code-server detached (own process group); resolves once /healthz answers. */
async function startCodeServer({ tmp, dirs, workspace, startupDeadline, verbose }) {
  let lastErr;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const logFile = path.join(tmp, `code-server-${attempt}.log`);
    const logFd = fs.openSync(logFile, 'w');
    const args = [ENTRY, '--config', dirs.config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened',
      '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, workspace];
    const child = spawn(process.execPath, args, {
      cwd: tmp, env: codeServerEnv(tmp), detached: true, stdio: ['ignore', logFd, logFd],
    });
    fs.closeSync(logFd);
    let exited = null;
    child.on('exit', (code, signal) => { exited = { code, signal }; });
    const server = { child, port, logFile, get exited() { return exited; } };
    try {
      await until(`code-server on 127.0.0.1:${port}`, Math.max(1000, startupDeadline - Date.now()), async () => {
        if (exited) throw new InfraError(`code-server exited early (${exited.code ?? exited.signal})`);
        try {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
          return res.ok;
        } catch { return false; }
      }, 200);
      if (verbose) log(`code-server log: ${logFile}`);
      return server;
    } catch (e) {
      lastErr = e;
      const text = fs.readFileSync(logFile, 'utf8');
      await stopCodeServer(server);
      if (/EADDRINUSE/.test(text) && attempt < 3) { log(`port ${port} taken, retrying`); continue; }
      throw new InfraError(`${e.message}\n--- code-server log ---\n${text.slice(-4000)}`);
    }
  }
  throw lastErr;
}

async function stopCodeServer(server) {
  if (!server) return;
  const pgid = server.child.pid;
  const signalGroup = (sig) => { try { process.kill(-pgid, sig); } catch { /* group already gone */ } };
  if (!server.exited) {
    signalGroup('SIGTERM');
    try {
      await until('code-server to stop', 5000, () => server.exited, 50);
    } catch {
      signalGroup('SIGKILL');
    }
  }
  // Extension hosts and language servers live in the same process group; make sure none is left.
  signalGroup('SIGKILL');
}

export function vscodeRemote(port, p) {
  return `vscode-remote://127.0.0.1:${port}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/**
 * The workbench logs (and, in test mode, forwards the extension host's console) as
 * console.log('%c INFO', 'color: ...', message). Returns { level, text } or null for other messages.
 */
function workbenchLog(msg) {
  const args = msg.args().map((a) => a.toString());
  const m = /^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)\s*$/.exec(args[0] ?? '');
  if (!m) return null;
  return { level: m[1], text: args.slice(2).join(' ') };
}

// Workbench start-up chatter and failed network look-ups (the machine is offline by design).
const NOISE = /Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|Updating additional builtin extensions|ChatSessionStore|ENOTFOUND|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|Failed to load resource|open-vsx|marketplace|same-origin iframe|allow-scripts and allow-same-origin|Overwriting extension <<|\[Violation\]|Failed to fetch|Ignoring fetching additional builtin extensions/i;

/**
 * A running editor: temp user-data/extensions/workspace folders, code-server in its own
 * process group and a headless Chromium page. Used by this runner and by screenshots.mjs.
 *
 * options: { workspaceFrom, vsix, extensionDevPath, harness, settings, startupTimeout, verbose, keep, viewport }
 *   vsix              install this .vsix into the fresh extensions dir
 *   extensionDevPath  folder to load as extensionDevelopmentPath (null: none)
 *   harness           with vsix: load an empty harness extension as extensionDevelopmentPath
 *                     (the workbench runs extensionTestsPath only in a development window)
 */
export class EditorSession {
  constructor(options) {
    this.options = { startupTimeout: 90, verbose: false, keep: false, viewport: { width: 1400, height: 900 }, settings: {}, ...options };
    this.t0 = Date.now();
    this.server = null;
    this.browser = null;
    this.page = null;
    this.devPath = null;
    this.onSignal = (sig) => {
      log(`${sig}: stopping code-server`);
      if (this.server) { try { process.kill(-this.server.child.pid, 'SIGKILL'); } catch { /* gone */ } }
      if (!this.options.keep && this.tmp) fs.rmSync(this.tmp, { recursive: true, force: true });
      process.exit(sig === 'SIGINT' ? 130 : 143);
    };
  }

  elapsed() { return `${((Date.now() - this.t0) / 1000).toFixed(1)} s`; }

  /** Creates the folders, installs the extension, starts code-server and Chromium. */
  async start() {
    const o = this.options;
    ensureSetup();
    if (!fs.existsSync(CHROMIUM)) throw new InfraError(`${CHROMIUM} not found (run test/e2e/setup.sh)`);
    // Ctrl-C / kill: stop code-server's whole process group before exiting.
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, this.onSignal);

    const tmp = this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-e2e-'));
    const dirs = this.dirs = {
      userData: path.join(tmp, 'user-data'),
      extensions: path.join(tmp, 'extensions'),
      workspace: path.join(tmp, 'workspace'),
      config: path.join(tmp, 'code-server.yaml'),
    };
    fs.mkdirSync(dirs.extensions, { recursive: true });
    fs.writeFileSync(dirs.config, 'auth: none\n');
    writeUserSettings(dirs.userData, o.settings);
    const nFiles = makeWorkspace(dirs.workspace, o.workspaceFrom);
    log(`temp folder ${tmp} (workspace: ${nFiles} files from ${path.relative(REPO, o.workspaceFrom) || o.workspaceFrom})`);

    if (o.vsix) {
      const installed = installVsix(o.vsix, tmp, dirs);
      log(`installed: ${installed.map((p) => path.basename(p)).join(', ')}`);
      if (o.harness) {
        // The extension under test is the one code-server installed from the .vsix; this
        // empty extension only makes the window an extension-development window.
        this.devPath = path.join(tmp, 'harness-extension');
        fs.mkdirSync(this.devPath);
        fs.writeFileSync(path.join(this.devPath, 'package.json'), JSON.stringify({
          name: 'e2e-harness', publisher: 'claimlint-test', version: '0.0.0', engines: { vscode: '*' },
          description: 'Empty extension that only makes the window an extension-development window',
        }, null, 2));
      }
    } else if (o.extensionDevPath) {
      this.devPath = o.extensionDevPath;
      log(`extensionDevelopmentPath ${this.devPath}`);
    }

    this.startupDeadline = Date.now() + o.startupTimeout * 1000;
    this.server = await startCodeServer({ tmp, dirs, workspace: dirs.workspace, startupDeadline: this.startupDeadline, verbose: o.verbose });
    log(`code-server up on 127.0.0.1:${this.server.port} (pid ${this.server.child.pid}) after ${this.elapsed()}`);

    const require = createRequire(path.join(CACHE, 'package.json'));
    const { chromium } = require('playwright-core');
    this.browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const context = await this.browser.newContext({ viewport: o.viewport });
    this.page = await context.newPage();
    this.pageCrashed = null;
    this.page.on('crash', () => { this.pageCrashed = 'the browser page crashed'; });
    this.page.on('pageerror', (err) => { if (o.verbose) process.stdout.write(`[browser pageerror] ${err.message}\n`); });
    return this;
  }

  /** Forwards the page console (the extension host's console.log included) to stdout. */
  forwardConsole(onLine = () => {}) {
    let lastText = '';
    this.page.on('console', (msg) => {
      const wl = workbenchLog(msg);
      // eslint-disable-next-line no-control-regex
      const text = (wl ? wl.text : msg.text()).replace(/\x1b\[[0-9;]*m/g, '');
      onLine(text);
      if (!this.options.verbose && NOISE.test(text)) return;
      const repeated = text === lastText; // a failing suite's error is logged twice
      lastText = text;
      if (repeated && !this.options.verbose) return;
      if (wl) {
        const prefix = wl.level === 'INFO' ? '' : `[${wl.level.toLowerCase()}] `;
        process.stdout.write(`${prefix}${text}\n`);
      } else if (this.options.verbose || msg.type() === 'error') {
        process.stdout.write(`[browser ${msg.type()}] ${text}\n`);
      }
    });
  }

  /** Opens the workbench on the workspace, with extensionDevelopmentPath (if any) and `extraPayload`. */
  async openWorkbench(extraPayload = []) {
    const { port } = this.server;
    const pairs = [];
    if (this.devPath) pairs.push(['extensionDevelopmentPath', vscodeRemote(port, this.devPath)]);
    for (const [k, v] of extraPayload) pairs.push([k, vscodeRemote(port, v)]);
    let url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(this.dirs.workspace)}`;
    if (pairs.length) url += `&payload=${encodeURIComponent(JSON.stringify(pairs))}`;
    const timeout = () => Math.max(1000, this.startupDeadline - Date.now());
    try {
      await this.page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeout() });
      await this.page.waitForSelector('.monaco-workbench', { timeout: timeout() });
    } catch (e) {
      throw new InfraError(`the editor did not come up within ${this.options.startupTimeout} s (${e.message.split('\n')[0]}; url ${url})`);
    }
    log(`workbench up after ${this.elapsed()}`);
  }

  /** Resolves with a reason string when the page crashes, code-server dies or `deadline` passes. */
  watchdog(deadline, what) {
    let timer;
    const p = new Promise((resolve) => {
      timer = setInterval(() => {
        if (this.pageCrashed) resolve(this.pageCrashed);
        else if (this.server.exited) resolve(`code-server exited (${this.server.exited.code ?? this.server.exited.signal})`);
        else if (Date.now() > deadline) resolve(what);
      }, 250);
    });
    return { promise: p, cancel: () => clearInterval(timer) };
  }

  printServerLog() {
    const file = this.server?.logFile;
    const text = file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (text) process.stderr.write(`--- code-server log (last 3000 chars) ---\n${text.slice(-3000)}\n`);
  }

  async screenshot(dir, name) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      await this.page.screenshot({ path: path.join(dir, name), timeout: 10000 });
      log(`screenshot ${path.join(dir, name)}`);
    } catch (e) {
      log(`screenshot failed: ${e.message}`);
    }
  }

  /** Closes Chromium, kills code-server's process group, removes the temp folders. */
  async close() {
    if (this.browser) await this.browser.close().catch(() => {});
    await stopCodeServer(this.server);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(sig, this.onSignal);
    if (!this.tmp) return;
    if (this.options.keep) log(`kept ${this.tmp}`);
    else fs.rmSync(this.tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let testsPath = opts.tests;
  if (!testsPath) {
    buildSuite();
    testsPath = path.join(REPO, 'out/e2e/suite/index.js');
  }
  if (!fs.existsSync(testsPath)) throw new InfraError(`tests module not found: ${testsPath}`);
  if (!opts.vsix && !opts.extensionDevPath) {
    const main = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).main;
    if (main && !fs.existsSync(path.join(REPO, main))) throw new InfraError(`${main} does not exist: run \`npm run build\` first`);
  }

  const session = new EditorSession({
    workspaceFrom: opts.workspace,
    vsix: opts.vsix,
    harness: true,
    extensionDevPath: opts.vsix ? null : (opts.extensionDevPath || REPO),
    startupTimeout: opts.startupTimeout,
    verbose: opts.verbose,
    keep: opts.keep,
  });
  let exitCode = INFRA_FAILURE;
  let summaryLine = null; // the suite's "e2e: N passed, N failed, N skipped"
  try {
    await session.start();
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    await session.page.exposeFunction('codeAutomationExit', (code) => { resolveExit(Number(code)); });
    session.forwardConsole((text) => { if (/^e2e: \d+ passed, \d+ failed/.test(text)) summaryLine = text.trim(); });
    await session.openWorkbench([['extensionTestsPath', testsPath]]);
    log(`running suite ${path.relative(REPO, testsPath) || testsPath}`);

    const dog = session.watchdog(Date.now() + opts.timeout * 1000, `the suite did not finish within ${opts.timeout} s (no codeAutomationExit)`);
    const outcome = await Promise.race([exited.then((code) => ({ code })), dog.promise.then((reason) => ({ reason }))]);
    dog.cancel();
    if (outcome.reason) throw new InfraError(outcome.reason);
    exitCode = outcome.code;
    log(`suite exited with code ${exitCode} after ${session.elapsed()} in all`);
    if (opts.screenshots) await session.screenshot(opts.screenshots, exitCode === 0 ? 'e2e-final.png' : 'e2e-failure.png');
  } catch (e) {
    if (session.page && opts.screenshots) await session.screenshot(opts.screenshots, 'e2e-failure.png');
    if (!(e instanceof InfraError && /code-server log/.test(e.message))) session.printServerLog();
    throw e;
  } finally {
    await session.close();
  }
  // Closing line for log readers: the suite's counts.
  if (summaryLine) process.stdout.write(`${summaryLine}\n`);
  return exitCode;
}

export function reportFailure(e) {
  process.stderr.write(`[e2e] FAILED: ${e instanceof InfraError ? e.message : (e && e.stack) || e}\n`);
  process.exit(INFRA_FAILURE);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code), reportFailure);
}
