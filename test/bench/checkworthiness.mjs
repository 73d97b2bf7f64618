#!/usr/bin/env node
// Check-worthiness benchmark (issue 3): does claimlint's claim judgement (the
// one `unattributed-claim` rests on) pick out the sentences people label as
// check-worthy factual claims? Runs the real engine (bundled from
// server/src/engine by lib/engine.mjs) over ../shared/data/checkworthiness.
//
//   npm run bench:checkworthiness -- [--data DIR] [--set claimbuster,clef] [--limit N] [--errors] [--examples N]
//
// --data      a folder holding <set>*.jsonl files, one {text, label} object a line
//             (label 1 = check-worthy); a relative path is taken from the cwd.
//             Default: ../shared/data/checkworthiness from the repo root.
// --set       which files: each name picks the .jsonl files whose names start
//             with it (repeatable or comma-separated; default claimbuster, clef).
// --limit     score only the first N lines of each file.
// --errors    print examples of each kind of error (--examples N of each, default 5,
//             spread evenly over the file).
//
// Exit status 0 whenever figures were printed; 1 when no file matched; 2 on bad
// arguments. It is a benchmark, not a test.
//
// What is measured (also printed under "How it is scored"):
// * Each line is analysed as a document of its own (plain text). Its verdict
//   is the strongest one among the engine's sentences of it: "warning" (a
//   claim with a number, a date or a named actor), "info" (a general claim),
//   or "not a claim" (a question, an instruction, an opinion, the writer's
//   first person...), as `judgeClaim` gives them for any sentence, attributed
//   or not: the question is what claimlint would flag were the line its
//   writer's own unsourced statement.
// * "claim" = warning or info; "warning" alone is the stricter prediction.
//   P/R/F1 against label 1, and the base rate (a random guess's precision).
// * Each set's verdicts split by label: what share of the check-worthy and of
//   the other lines lands in each severity.
// * "lint": the same lines linted end to end (engine.lint, one document each):
//   a line with an unattributed-claim finding counts as flagged. Lines whose
//   claim is attributed ("the report said…") are not flagged there.
// * The sets are debate and speech transcripts, not news prose: a speaker's
//   "I" and "we" read, by design, as a writer speaking in the first person,
//   which claimlint does not flag (see docs/rules/unattributed-claim.md), so
//   the figures are also given without the lines that open in the first person.
import fs from 'node:fs';
import path from 'node:path';
import { benchOptions } from './lib/args.mjs';
import { fromRepo, loadEngine } from './lib/engine.mjs';
import { readJsonl } from './lib/jsonl.mjs';
import { pct, prf, table } from './lib/metrics.mjs';

const opt = benchOptions(import.meta.url, 'bench:checkworthiness', {
  data: { type: 'string' },
  set: { type: 'string', multiple: true },
  limit: { type: 'string' },
  errors: { type: 'boolean', default: false },
  examples: { type: 'string' },
});

const dataDir = opt.data ? path.resolve(opt.data) : fromRepo('../shared/data/checkworthiness');
const sets = (opt.set ?? ['claimbuster', 'clef']).flatMap((s) => s.split(',')).filter(Boolean);
const limit = opt.limit === undefined ? Infinity : Number(opt.limit);
const examples = opt.examples === undefined ? 5 : Number(opt.examples);
if (!(limit > 0) || !Number.isInteger(examples) || examples < 0) {
  process.stderr.write('bench:checkworthiness: --limit takes a positive number, --examples a whole number\n');
  process.exit(2);
}

let files = [];
try {
  files = fs.readdirSync(dataDir).filter((f) => f.endsWith('.jsonl')).sort();
} catch (e) {
  process.stderr.write(`bench:checkworthiness: cannot read ${dataDir}: ${e.code ?? e.message}\n`);
  process.exit(1);
}
const chosen = sets.map((s) => [s, files.filter((f) => f.startsWith(s))]);
if (chosen.every(([, fs_]) => fs_.length === 0)) {
  process.stderr.write(`bench:checkworthiness: no file in ${dataDir} starts with ${sets.join(' or ')}\n`);
  process.exit(1);
}

const { engine: E, buildMs } = await loadEngine();
console.log(`claimlint check-worthiness benchmark — data ${dataDir}`);
console.log(`engine bundled from server/src/engine in ${(buildMs / 1000).toFixed(1)} s`);
console.log(`How it is scored:
  verdict   each line analysed as a document; its strongest sentence verdict from judgeClaim (attributed
            or not): warning (a number, a date or a named actor) > info (a general claim) > not a claim
  claim     warning or info, vs label 1; "warning" alone is the stricter prediction
  lint      engine.lint on the line: flagged when it has an unattributed-claim finding
  1st pers. the lines that open with I/we/you are left out of the second table (claimlint reads them
            as the writer's first person and never flags them: a debate's speaker is no news writer)`);

const SEVERITY_ORDER = ['warning', 'info', 'not a claim'];
const FIRST_PERSON = /^\W*(?:i|we|you)\b/i;

function verdictOf(text) {
  const a = E.analyzeText(text, 'plaintext');
  let best = null;
  for (const s of a.sentences) {
    const c = E.judgeClaim(s.tokens, text.slice(s.span.start, s.span.end), s.span.start);
    const verdict = !c.claim ? 'not a claim' : c.strength === 'specific' ? 'warning' : 'info';
    if (!best || SEVERITY_ORDER.indexOf(verdict) < SEVERITY_ORDER.indexOf(best.verdict)) best = { verdict, reasons: c.reasons };
  }
  return best ?? { verdict: 'not a claim', reasons: ['no sentence'] };
}

function scoreRows(rows) {
  const by = { 1: new Map(), 0: new Map() };
  const claim = { tp: 0, fp: 0, fn: 0 };
  const warn = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    const pos = r.label === 1;
    by[pos ? 1 : 0].set(r.verdict, (by[pos ? 1 : 0].get(r.verdict) ?? 0) + 1);
    const isClaim = r.verdict !== 'not a claim';
    const isWarn = r.verdict === 'warning';
    if (isClaim && pos) claim.tp++;
    else if (isClaim) claim.fp++;
    else if (pos) claim.fn++;
    if (isWarn && pos) warn.tp++;
    else if (isWarn) warn.fp++;
    else if (pos) warn.fn++;
  }
  return { by, claim: prf(claim), warn: prf(warn), n: rows.length, pos: rows.filter((r) => r.label === 1).length };
}

function printScores(title, s, lint) {
  console.log(`\n${title}: ${s.n} lines, ${s.pos} check-worthy (base rate ${pct(s.pos / s.n)})`);
  const rows = [
    ['claim (warning or info)', pct(s.claim.p), pct(s.claim.r), pct(s.claim.f)],
    ['warning only', pct(s.warn.p), pct(s.warn.r), pct(s.warn.f)],
  ];
  if (lint) rows.push(['lint: unattributed-claim', pct(lint.p), pct(lint.r), pct(lint.f)]);
  console.log(table(['prediction', 'P', 'R', 'F1'], rows));
  const split = (m, total) => SEVERITY_ORDER.map((v) => `${v} ${pct((m.get(v) ?? 0) / (total || 1))}%`).join(', ');
  console.log(`  check-worthy lines: ${split(s.by[1], s.pos)}`);
  console.log(`  other lines:        ${split(s.by[0], s.n - s.pos)}`);
}

for (const [set, names] of chosen) {
  for (const name of names) {
    const t0 = performance.now();
    const rows = readJsonl(path.join(dataDir, name)).slice(0, limit);
    const eng = new E.ClaimEngine();
    const lint = { tp: 0, fp: 0, fn: 0 };
    const scored = [];
    let errors = 0;
    for (const [i, r] of rows.entries()) {
      if (typeof r.text !== 'string' || (r.label !== 0 && r.label !== 1)) continue;
      try {
        const v = verdictOf(r.text);
        const uri = `bench:${set}/${i}`;
        eng.set({ uri, text: r.text, format: 'plaintext' });
        const flagged = eng.lint(uri).some((f) => f.rule === 'unattributed-claim');
        eng.remove(uri);
        if (flagged && r.label === 1) lint.tp++;
        else if (flagged) lint.fp++;
        else if (r.label === 1) lint.fn++;
        scored.push({ text: r.text, label: r.label, ...v, flagged });
      } catch (e) {
        errors++;
        if (errors <= 3) console.error(`engine error on ${name} line ${i + 1}: ${e?.stack ?? e}`);
      }
    }
    const ms = performance.now() - t0;
    console.log(`\n== ${name} (${set}) ==${errors ? `  engine errors: ${errors}` : ''}`);
    printScores('All lines', scoreRows(scored), prf(lint));
    const third = scored.filter((r) => !FIRST_PERSON.test(r.text));
    printScores('Without the lines that open in the first person', scoreRows(third));
    console.log(`\nTiming: ${scored.length} lines in ${(ms / 1000).toFixed(1)} s`);
    if (opt.errors) printErrors(scored);
  }
}

function printErrors(scored) {
  const groups = [
    ['check-worthy, judged not a claim', (r) => r.label === 1 && r.verdict === 'not a claim'],
    ['check-worthy, judged a general claim (info)', (r) => r.label === 1 && r.verdict === 'info'],
    ['not check-worthy, judged a specific claim (warning)', (r) => r.label === 0 && r.verdict === 'warning'],
    ['not check-worthy, judged a general claim (info)', (r) => r.label === 0 && r.verdict === 'info'],
  ];
  for (const [title, test] of groups) {
    const hits = scored.filter(test);
    const why = new Map();
    for (const h of hits) {
      const k = h.reasons.join(', ') || '(no reason)';
      why.set(k, (why.get(k) ?? 0) + 1);
    }
    console.log(`\n-- ${title}: ${hits.length}`);
    console.log(`   reasons: ${[...why].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${k} ${n}`).join('; ')}`);
    const step = Math.max(1, Math.floor(hits.length / Math.max(1, examples)));
    for (let i = 0; i < hits.length && i / step < examples; i += step) {
      console.log(`   - ${hits[i].text.replace(/\s+/g, ' ').slice(0, 150)}  [${hits[i].reasons.join(', ')}]`);
    }
  }
}
