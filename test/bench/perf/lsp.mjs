// Per-edit latency inside the language server with a whole folder indexed.
//
// Spawns `node dist/server/server.js --stdio` (with the environment the extension gives it), talks JSON-RPC to it with
// vscode-languageserver-protocol (a plain-JS twin of test/helpers/lsp.ts: it
// answers workspace/configuration with { debounceMs: 0 }), makes the server
// index the folder, opens one article and applies single-character
// incremental didChange edits one after another, timing each from sending the
// didChange to receiving the publishDiagnostics carrying that version.
//
// Indexing: a server that starts work-done progress by itself within a grace
// period after `initialized` (indexing on startup) is waited for until every
// progress token has ended; otherwise the `claimlint.server.lintWorkspace`
// command is sent (with a workDoneToken) and its response awaited.
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { percentile, median } from './measure.mjs';

/** The environment the extension adds to the server's (client/src/extension.ts starts it with the same). */
const SERVER_ENV = JSON.parse(fs.readFileSync(new URL('../../../client/src/server-env.json', import.meta.url), 'utf8'));

export const LINT_WORKSPACE_COMMAND = 'claimlint.server.lintWorkspace';
/** Sent by servers that index on startup, when the index is complete. */
export const INDEXED_NOTIFICATION = 'claimlint/indexed';

/** VmRSS and VmHWM of a process, in KiB (NaN when /proc is not there). */
export function procMemory(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN);
    return { rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM') };
  } catch {
    return { rssKiB: NaN, hwmKiB: NaN };
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function withTimeout(promise, ms, what) {
  let t;
  return Promise.race([promise, new Promise((_, rej) => (t = setTimeout(() => rej(new Error(`timed out after ${ms} ms: ${what}`)), ms)))]).finally(() => clearTimeout(t));
}

/**
 * The edit script: at four cursor positions (at 20/40/60/80 % of the text, at
 * a word end), type `typed` one character at a time, then delete it again one
 * character at a time. `count` edits in all. Returns [{ offset, deleteLen, text }].
 */
export function editScript(text, count = 200, typed = ' as officials told Reuters on Friday') {
  const spots = 4;
  const perSpot = Math.ceil(count / spots);
  const typeN = Math.max(1, Math.floor(perSpot / 2));
  const word = typed.repeat(Math.ceil(typeN / typed.length) + 1).slice(0, typeN);
  const edits = [];
  // each spot's edits cancel out, so later spots' offsets hold in the original text
  for (let s = 1; s <= spots && edits.length < count; s++) {
    let at = Math.floor((text.length * s) / (spots + 1));
    while (at < text.length && /\S/.test(text[at])) at++; // end of the word
    for (let i = 0; i < typeN && edits.length < count; i++) edits.push({ offset: at + i, deleteLen: 0, text: word[i] });
    for (let i = typeN - 1; i >= 0 && edits.length < count; i--) edits.push({ offset: at + i, deleteLen: 1, text: '' });
  }
  return edits;
}

/**
 * Runs the server benchmark on `folder` (all article files in it).
 * Options: serverJs, article (text), edits (number), graceMs (how long to watch
 * for startup indexing before sending the command), indexTimeoutMs, nodeArgs
 * (for the server's node, e.g. --cpu-prof), log. result.editWindowUs is the
 * edit phase on the monotonic clock in µs (V8 profile timestamps use it too).
 */
export async function lspBench({ serverJs, folder, article, edits = 200, graceMs = 1000, indexTimeoutMs = 30 * 60_000, nodeArgs = [], log = () => {} }) {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_ENV } });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4096)));
  const exited = new Promise((r) => proc.on('exit', (code, sig) => r({ code, sig })));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const logs = [];
  const progress = new Map(); // token -> 'created' | 'begin' | 'end'
  let progressWaiters = [];
  const progressSettled = () => [...progress.values()].every((v) => v === 'end');
  let progressEndAt = 0;
  let lastProgressMessage = null;
  let indexedNote = null; // a `claimlint/indexed` notification ({ files }), when the server sends one
  let indexedAt = 0;
  const published = new Set(); // uris with diagnostics
  let publishCount = 0;
  let diagWaiters = [];

  // claimlint's section gets { debounceMs: 0 }; files.exclude nothing; anything else null
  conn.onRequest('workspace/configuration', (params) =>
    params.items.map((it) => (!it.section || it.section === 'claimlint' ? { debounceMs: 0 } : it.section === 'files.exclude' ? {} : null)),
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', (p) => {
    if (!progress.has(p.token)) progress.set(p.token, 'created');
    return null;
  });
  conn.onRequest('window/showMessageRequest', () => null);
  conn.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(folder).toString(), name: 'bench' }]);
  conn.onNotification('window/logMessage', (m) => logs.push(m.message));
  conn.onNotification('window/showMessage', (m) => logs.push(m.message));
  conn.onNotification('$/progress', ({ token, value }) => {
    if (value?.kind === 'begin' || value?.kind === 'report') progress.set(token, progress.get(token) === 'end' ? 'end' : 'begin');
    if (value?.kind === 'end') progress.set(token, 'end');
    if (typeof value?.message === 'string') lastProgressMessage = value.message;
    if (progressSettled()) {
      progressEndAt = performance.now();
      for (const w of progressWaiters) w();
      progressWaiters = [];
    }
  });
  conn.onNotification(INDEXED_NOTIFICATION, (p) => {
    indexedNote = p ?? {};
    indexedAt = performance.now();
  });
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    publishCount++;
    published.add(p.uri);
    diagWaiters = diagWaiters.filter((w) => {
      if (!w.pred(p)) return true;
      w.resolve(p);
      return false;
    });
  });
  conn.listen();
  const waitDiag = (pred) => new Promise((resolve) => diagWaiters.push({ pred, resolve }));

  const rootUri = pathToFileURL(folder).toString();
  const result = { ok: false };
  try {
    const init = await withTimeout(
      conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
          textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
          window: { workDoneProgress: true },
        },
      }),
      60_000,
      'initialize',
    );
    await conn.sendNotification('initialized', {});
    result.startMs = performance.now() - t0;
    result.memStart = procMemory(proc.pid);

    // Index the folder.
    const tIdx = performance.now();
    await sleep(graceMs); // does the server start indexing by itself?
    const selfIndexing = progress.size > 0 || indexedNote !== null;
    const commands = init?.capabilities?.executeCommandProvider?.commands ?? [];
    if (selfIndexing) {
      log('server indexes on startup (work-done progress): waiting for it to end');
      if (!progressSettled()) await withTimeout(new Promise((r) => progressWaiters.push(r)), indexTimeoutMs, 'indexing progress');
      result.indexMethod = 'on startup (work-done progress)';
      result.indexMs = Math.max(progressEndAt, indexedAt) - tIdx;
      const m = /(\d+)\s*\/\s*(\d+)/.exec(lastProgressMessage ?? '');
      result.indexedFiles = indexedNote?.files ?? (m ? Number(m[2]) : NaN);
    } else if (commands.includes(LINT_WORKSPACE_COMMAND)) {
      const tCmd = performance.now();
      const r = await withTimeout(conn.sendRequest('workspace/executeCommand', { command: LINT_WORKSPACE_COMMAND, arguments: [], workDoneToken: 'claimlint-perf-index' }), indexTimeoutMs, 'lintWorkspace');
      if (!progressSettled()) await withTimeout(new Promise((r2) => progressWaiters.push(r2)), indexTimeoutMs, 'lintWorkspace progress');
      result.indexMethod = `${LINT_WORKSPACE_COMMAND} command`;
      result.indexMs = performance.now() - tCmd;
      result.indexedFiles = typeof r?.files === 'number' ? r.files : published.size;
    } else {
      // neither: wait until publications stop for 2 s
      let last = -1;
      while (publishCount !== last) {
        last = publishCount;
        await sleep(2000);
      }
      result.indexMethod = 'no command, no progress: waited for diagnostics to settle';
      result.indexMs = performance.now() - tIdx - 2000;
      result.indexedFiles = published.size;
    }
    result.publishedDuringIndexing = published.size;
    result.memIndexed = procMemory(proc.pid);

    // Open the article (in the workspace folder, not on disk) and edit it.
    const uri = pathToFileURL(path.join(folder, 'zz-perf-edited-article.txt')).toString();
    let doc = TextDocument.create(uri, 'plaintext', 1, article);
    const tOpen = performance.now();
    const opened = waitDiag((p) => p.uri === uri && p.version === 1);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: article } });
    const firstDiag = await withTimeout(opened, 60_000, 'diagnostics for didOpen');
    result.openMs = performance.now() - tOpen;
    result.openDiagnostics = firstDiag.diagnostics.length;

    const script = editScript(article, edits);
    const lat = [];
    let timeouts = 0;
    const monoUs = () => Number(process.hrtime.bigint() / 1000n); // CLOCK_MONOTONIC, the clock of V8 profiles
    result.editWindowUs = { from: monoUs(), to: NaN };
    result.rssTraceKiB = []; // server VmRSS every 50 edits
    for (const e of script) {
      if ((doc.version - 1) % 50 === 0) result.rssTraceKiB.push(procMemory(proc.pid).rssKiB);
      const version = doc.version + 1;
      const range = { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.deleteLen) };
      doc = TextDocument.update(doc, [{ range, text: e.text }], version);
      const got = waitDiag((p) => p.uri === uri && p.version === version);
      const ts = performance.now();
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: e.text }] });
      try {
        await withTimeout(got, 30_000, `diagnostics for version ${version}`);
        lat.push(performance.now() - ts);
      } catch {
        timeouts++;
      }
    }
    result.editWindowUs.to = monoUs();
    result.edits = script.length;
    result.timeouts = timeouts;
    result.latency = { p50: percentile(lat, 50), p95: percentile(lat, 95), max: Math.max(...lat), mean: lat.reduce((a, b) => a + b, 0) / lat.length, median: median(lat) };
    result.samplesMs = lat; // in edit order (the first edits run before the JIT has warmed up)
    result.finalTextMatches = doc.getText() === article;
    result.memAfterEdits = procMemory(proc.pid);
    result.ok = true;
  } catch (e) {
    result.error = `${e.message}${stderr ? `\nserver stderr: ${stderr.slice(-800)}` : ''}`;
  } finally {
    result.serverLog = logs.slice(-5);
    try {
      await withTimeout(conn.sendRequest('shutdown'), 10_000, 'shutdown');
      await conn.sendNotification('exit');
    } catch {
      // gone already or hung: killed below
    }
    const done = await Promise.race([exited, sleep(nodeArgs.length ? 60_000 : 5000).then(() => null)]); // a --cpu-prof server writes its profile on exit
    if (!done) proc.kill('SIGKILL');
    conn.dispose();
  }
  return result;
}
