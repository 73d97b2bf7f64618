#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time and
// inclusive time per function, keyed file:function, with positions in bundled
// files (dist/**/*.js) mapped back to their sources through the bundle's
// source map (dist/cli/claimlint.js.map), so time shows up against
// server/src/engine/... or node_modules/<package>/... rather than the bundle.
//
//   node test/bench/perf/profile.mjs <file.cpuprofile> [--top 15] [--root DIR] [--from µs --to µs]
//
// Self time of a sample = the time to the next sample (the last sample gets
// the mean interval), as Chrome DevTools counts it. Inclusive time counts a
// sample once for every distinct function on its stack (recursion counted
// once). Anonymous functions are keyed by file and line.
import fs from 'node:fs';
import path from 'node:path';
import { SourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const SPECIAL = new Set(['(program)', '(garbage collector)', '(idle)', '(root)']);

function loadSourceMap(file) {
  try {
    const src = fs.readFileSync(file, 'utf8');
    const m = /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/.exec(src.slice(-1000));
    if (!m || m[1].startsWith('data:')) {
      if (m?.[1].startsWith('data:')) {
        const b64 = m[1].slice(m[1].indexOf(',') + 1);
        return { map: new SourceMap(JSON.parse(Buffer.from(b64, 'base64').toString('utf8'))), dir: path.dirname(file) };
      }
      return null;
    }
    const mapFile = path.resolve(path.dirname(file), m[1]);
    return { map: new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8'))), dir: path.dirname(mapFile) };
  } catch {
    return null;
  }
}

/**
 * Reads a .cpuprofile and returns
 * { totalMs, sampleCount, intervalMs, self: [...], inclusive: [...], byArea: [...], byFile: [...] }
 * where each list holds { key, file, fn, line, ms, share } sorted by ms, descending.
 * `root`: paths are shown relative to it (default: the cwd); an array of roots
 * is tried in order (e.g. a snapshot of the bundles first, then the repository).
 * `fromUs`/`toUs`: only samples in that window of the profile's clock (µs,
 * CLOCK_MONOTONIC on Linux, like process.hrtime) count.
 */
export function summariseProfile(profileFile, { root = process.cwd(), fromUs = -Infinity, toUs = Infinity } = {}) {
  const prof = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const maps = new Map(); // script file -> source map or null
  const describe = new Map(); // node id -> { key, file, fn, line, area }
  const roots = (Array.isArray(root) ? root : [root]).map((r) => path.resolve(r));
  const rel = (p) => {
    for (const r of roots) {
      const x = path.relative(r, p);
      if (!x.startsWith('..') && !path.isAbsolute(x)) return x.split(path.sep).join('/');
    }
    return p;
  };
  const areaOf = (file, fn) => {
    if (SPECIAL.has(fn) && !file) return fn;
    if (!file && fn.startsWith('RegExp: ')) return '(regular expressions, V8 irregexp code)';
    if (!file) return '(native / V8 builtins)';
    if (file.startsWith('node:')) return 'node core';
    const gh = /^https?:\/\/(?:raw\.githubusercontent|github)\.com\/[^/]+\/([^/]+)\//.exec(file);
    if (gh) return `dep: ${gh[1]} (source URL)`;
    if (/^dist\/.*\.js$/.test(file)) return 'bundle glue (esbuild module init, unmapped)';
    const nm = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    if (nm) return `dep: ${nm[1]}`;
    if (/^(server|client|test)\//.test(file)) return `claimlint: ${path.posix.dirname(file)}/`;
    return file;
  };
  const info = (id) => {
    let d = describe.get(id);
    if (d) return d;
    const cf = nodes.get(id).callFrame;
    const fnName = cf.functionName || '(anonymous)';
    let file = '';
    let line = cf.lineNumber + 1;
    if (cf.url) {
      let abs = null;
      if (cf.url.startsWith('file://')) abs = fileURLToPath(cf.url);
      else if (path.isAbsolute(cf.url)) abs = cf.url;
      if (abs) {
        if (!maps.has(abs)) maps.set(abs, /\.[cm]?js$/.test(abs) ? loadSourceMap(abs) : null);
        const sm = maps.get(abs);
        const e = sm && cf.lineNumber >= 0 ? sm.map.findEntry(cf.lineNumber, cf.columnNumber) : null;
        if (e && e.originalSource) {
          const src = e.originalSource;
          // a dependency's own map may name its sources by URL (https://raw.githubusercontent.com/<owner>/<repo>/...)
          if (/^[a-z][a-z0-9+.-]*:\/\//i.test(src) && !src.startsWith('file://')) file = src;
          else file = rel(src.startsWith('file://') ? fileURLToPath(src) : path.resolve(sm.dir, src));
          line = e.originalLine + 1;
        } else file = rel(abs);
      } else file = cf.url; // node:internal/..., evalmachine, etc.
    }
    const fn = fnName;
    const key = !file ? fn : fnName === '(anonymous)' ? `${file}:(anonymous@${line})` : `${file}:${fn}`;
    d = { key, file, fn, line, area: areaOf(file, fn) };
    describe.set(id, d);
    return d;
  };

  const samples = prof.samples ?? [];
  const deltas = prof.timeDeltas ?? [];
  const totalUs = (prof.endTime ?? 0) - (prof.startTime ?? 0);
  const meanUs = samples.length ? totalUs / samples.length : 0;
  const self = new Map();
  const incl = new Map();
  const area = new Map();
  const byFile = new Map();
  const add = (m, k, us, d) => {
    const e = m.get(k);
    if (e) e.us += us;
    else m.set(k, { ...d, key: k, us });
  };
  let sumUs = 0;
  let kept = 0;
  let ts = prof.startTime ?? 0;
  for (let i = 0; i < samples.length; i++) {
    ts += deltas[i] ?? 0;
    if (ts < fromUs || ts > toUs) continue;
    kept++;
    const us = i + 1 < deltas.length ? Math.max(0, deltas[i + 1]) : meanUs;
    sumUs += us;
    const d = info(samples[i]);
    add(self, d.key, us, d);
    add(area, d.area, us, { file: '', fn: d.area, line: 0 });
    add(byFile, d.file || d.fn, us, { file: d.file, fn: '', line: 0 });
    const seen = new Set();
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const p = info(id);
      if (p.fn === '(root)' || seen.has(p.key)) continue;
      seen.add(p.key);
      add(incl, p.key, us, p);
    }
  }
  const list = (m) =>
    [...m.values()]
      .map((e) => ({ key: e.key, file: e.file, fn: e.fn, line: e.line, ms: e.us / 1000, share: sumUs ? e.us / sumUs : 0 }))
      .sort((a, b) => b.ms - a.ms);
  return {
    totalMs: sumUs / 1000,
    sampleCount: kept,
    intervalMs: kept ? sumUs / kept / 1000 : 0,
    self: list(self),
    inclusive: list(incl),
    byArea: list(area),
    byFile: list(byFile),
  };
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** Markdown tables for a summary: top self time, time by area, top inclusive project functions. */
export function profileMarkdown(s, { top = 15, title = 'CPU profile' } = {}) {
  const out = [];
  out.push(`#### ${title}: top ${top} functions by self time`);
  out.push('');
  out.push(`${s.sampleCount} samples, ${(s.totalMs / 1000).toFixed(2)} s profiled, mean interval ${s.intervalMs.toFixed(2)} ms.`);
  out.push('');
  out.push('| # | function (file:function) | line | self ms | self % |');
  out.push('|---:|---|---:|---:|---:|');
  s.self.slice(0, top).forEach((e, i) => out.push(`| ${i + 1} | \`${e.key}\` | ${e.file ? e.line : ''} | ${ms(e.ms)} | ${pct(e.share)} |`));
  out.push('');
  out.push('#### Self time by area');
  out.push('');
  out.push('| area | self ms | self % |');
  out.push('|---|---:|---:|');
  for (const e of s.byArea.slice(0, 12)) out.push(`| ${e.key} | ${ms(e.ms)} | ${pct(e.share)} |`);
  out.push('');
  out.push(`#### Inclusive time, top ${top} claimlint functions`);
  out.push('');
  out.push('| function | inclusive ms | % of profile |');
  out.push('|---|---:|---:|');
  for (const e of s.inclusive.filter((x) => /^(server|client)\/src\//.test(x.file)).slice(0, top)) out.push(`| \`${e.key}\` | ${ms(e.ms)} | ${pct(e.share)} |`);
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' }, root: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } });
  if (positionals.length !== 1) {
    process.stderr.write('usage: node test/bench/perf/profile.mjs <file.cpuprofile> [--top 15] [--root DIR] [--from µs --to µs]\n');
    process.exit(2);
  }
  const root = values.root ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const s = summariseProfile(positionals[0], { root, fromUs: values.from ? Number(values.from) : -Infinity, toUs: values.to ? Number(values.to) : Infinity });
  process.stdout.write(profileMarkdown(s, { top: Number(values.top) || 15 }) + '\n');
}
