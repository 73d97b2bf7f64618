#!/usr/bin/env node
// Contradiction benchmark (issue 4): does the engine flag a premise and a
// hypothesis that contradict each other? Scored on NLI data (RTE-3 3-way dev by
// default; MNLI/SNLI samples as sanity checks), with the real engine (bundled
// from server/src/engine by lib/engine.mjs).
//
//   npm run bench:contradiction -- [--data PATH]... [--fp N] [--fn N]
//
// --data  a .jsonl with premise, hypothesis, label (entailment / neutral /
//         contradiction); repeatable. Default: ../shared/data/nli/rte3_3way_dev.jsonl
//         then the three *_textfooler1000.jsonl samples, from the repo root.
// --fp N  false positives to list per file (default: all for the first file, 10 for the others).
// --fn N  missed contradictions to list per file (default 0).
//
// How it is scored (also printed):
// * Workspace. Every distinct premise and hypothesis of a file is one plain-text
//   document in one ClaimEngine (so IDF comes from the whole file, as it would
//   from a workspace), and the pair's verdict is read from ClaimEngine.links():
//   a link from any sentence of the hypothesis to a sentence of its own
//   premise, or back. Predicted contradiction = a `contradicts` or `disputes`
//   link. Links to other pairs' documents are ignored.
// * Direct: the same with relate() on every premise sentence × hypothesis
//   sentence (no blocking), to show what blocking loses.
// * False positives are listed with the conflict `detail` and a coarse class
//   computed from the detail (opposite predicates, negation, number, date).
import fs from 'node:fs';
import path from 'node:path';
import { benchOptions } from './lib/args.mjs';
import { readJsonl } from './lib/jsonl.mjs';
import { bump, pct, prf, table } from './lib/metrics.mjs';
import { fromRepo, loadEngine } from './lib/engine.mjs';

const opt = benchOptions(import.meta.url, 'bench:contradiction', { data: { type: 'string', multiple: true }, fp: { type: 'string' }, fn: { type: 'string', default: '0' } }, 13);
const files = opt.data?.length
  ? opt.data.map((f) => path.resolve(f))
  : ['rte3_3way_dev', 'mnli_matched_textfooler1000', 'mnli_mismatched_textfooler1000', 'snli_textfooler1000'].map((f) => fromRepo(`../shared/data/nli/${f}.jsonl`));
for (const f of files) {
  if (!fs.existsSync(f)) {
    console.error(`missing ${f}`);
    process.exit(1);
  }
}

const { engine: E, buildMs } = await loadEngine({ outfile: fromRepo('out/bench/engine-contradiction.cjs') });
console.log(`claimlint contradiction benchmark (engine bundled in ${buildMs.toFixed(0)} ms; THRESHOLDS ${JSON.stringify(E.THRESHOLDS)})`);
console.log('predicted contradiction = a contradicts or disputes link between premise and hypothesis (ClaimEngine.links, either direction)\n');

const CONFLICT = new Set(['contradicts', 'disputes']);
const trunc = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const classify = (detail) =>
  /^opposite predicates/.test(detail)
    ? 'opposite predicates (antonyms)'
    : /happened, the other says it did not/.test(detail)
      ? 'negation mismatch'
      : /^different dates/.test(detail)
        ? 'different dates'
        : /^[\d.]+ vs [\d.]+/.test(detail)
          ? 'different numbers'
          : /the other the reverse$/.test(detail)
            ? 'one-way relation reversed'
            : /^different relations/.test(detail)
              ? 'kinship'
              : /^different doers/.test(detail)
                ? 'source taken for the doer'
                : /^different winners/.test(detail)
                  ? 'two winners'
                  : /^different values for one of a list/.test(detail)
                    ? 'respectively'
                    : /^different numbers of /.test(detail)
                      ? 'owned count'
                      : /^opposite directions/.test(detail)
                        ? 'leaving and leaving for'
                        : /^different (?:employers|affiliations) of /.test(detail)
                          ? 'affiliation'
                          : /^different /.test(detail)
                            ? 'one-value slot'
                            : 'other';

const summary = [];
files.forEach((file, fi) => {
  const rows = readJsonl(file);
  const engine = new E.ClaimEngine();
  const uriOf = new Map();
  const sigsOf = new Map();
  const t0 = performance.now();
  for (const r of rows) {
    for (const t of [r.premise, r.hypothesis]) {
      if (uriOf.has(t)) continue;
      const uri = `nli/${uriOf.size}.txt`;
      uriOf.set(t, uri);
      engine.set({ uri, text: t, format: 'plaintext' });
    }
  }
  const index = new E.ClaimIndex();
  for (const [t, uri] of uriOf) {
    // the engine's own signatures (its analyses have released their tokens, so they cannot be signed again)
    const sigs = E.decodeSignatures(engine.exportDocument(uri));
    sigsOf.set(uri, sigs);
    index.setDocument(uri, sigs);
  }
  let tp = 0;
  let fp = 0;
  let dtp = 0;
  let dfp = 0;
  let noSig = 0;
  const gold = rows.filter((r) => r.label === 'contradiction').length;
  const fps = [];
  const fns = [];
  const fpClass = new Map();
  const tpClass = new Map();
  for (const r of rows) {
    const up = uriOf.get(r.premise);
    const uh = uriOf.get(r.hypothesis);
    if (!sigsOf.get(up).length || !sigsOf.get(uh).length) noSig++;
    const links = [];
    for (const [from, to] of [[uh, up], [up, uh]]) {
      for (const ls of engine.links(from).values()) for (const l of ls) if (l.uri === to) links.push(l);
    }
    const conflict = links.find((l) => CONFLICT.has(l.relation));
    const isGold = r.label === 'contradiction';
    if (conflict) {
      if (isGold) {
        tp++;
        bump(tpClass, classify(conflict.detail ?? ''));
      } else {
        fp++;
        bump(fpClass, classify(conflict.detail ?? ''));
        fps.push({ r, l: conflict });
      }
    } else if (isGold) fns.push({ r, l: links[0] });
    // direct: relate() on every sentence pair, no blocking
    let direct = null;
    for (const a of sigsOf.get(uh)) for (const b of sigsOf.get(up)) direct ??= [E.relate(a, b, index)].find((l) => l && CONFLICT.has(l.relation)) ?? null;
    if (direct) isGold ? dtp++ : dfp++;
  }
  const m = prf({ tp, fp, fn: gold - tp });
  const d = prf({ tp: dtp, fp: dfp, fn: gold - dtp });
  const name = path.basename(file, '.jsonl');
  summary.push([name, rows.length, gold, tp + fp, tp, fp, pct(m.p), pct(m.r), pct(m.f), `${pct(d.p)} / ${pct(d.r)}`]);
  console.log(`== ${name}: ${rows.length} pairs, ${gold} contradictions, ${uriOf.size} documents, ${((performance.now() - t0) / 1000).toFixed(1)} s; pairs where a side has no body claim: ${noSig}`);
  console.log(`   contradiction: P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f)}  (tp ${tp}, fp ${fp}, fn ${gold - tp});  direct relate(), no blocking: P ${pct(d.p)} R ${pct(d.r)} (tp ${dtp}, fp ${dfp})`);
  const fpByLabel = new Map();
  for (const { r } of fps) bump(fpByLabel, r.label);
  console.log(`   true positives by rule: ${[...tpClass].map(([k, v]) => `${k} ${v}`).join(', ') || '–'}`);
  console.log(`   false positives by rule: ${[...fpClass].map(([k, v]) => `${k} ${v}`).join(', ') || '–'}; by gold label: ${[...fpByLabel].map(([k, v]) => `${k} ${v}`).join(', ') || '–'}`);
  const nFp = opt.fp !== undefined ? Number(opt.fp) : fi === 0 ? Infinity : 10;
  if (fps.length && nFp > 0) {
    console.log(`   false positives${fps.length > nFp ? ` (first ${nFp} of ${fps.length})` : ''}:`);
    for (const { r, l } of fps.slice(0, nFp)) {
      console.log(`   - ${r.id} [${r.label}] ${l.relation}: ${l.detail} (score ${l.score?.toFixed(2)})`);
      console.log(`       P: ${trunc(r.premise.replace(/\s+/g, ' '), 150)}`);
      console.log(`       H: ${trunc(r.hypothesis.replace(/\s+/g, ' '), 150)}`);
    }
  }
  const nFn = Number(opt.fn);
  if (fns.length && nFn > 0) {
    console.log(`   missed contradictions (first ${Math.min(nFn, fns.length)} of ${fns.length}):`);
    for (const { r, l } of fns.slice(0, nFn)) {
      console.log(`   - ${r.id} ${l ? `[${l.relation} ${l.score?.toFixed(2)}]` : '[no link]'}`);
      console.log(`       P: ${trunc(r.premise.replace(/\s+/g, ' '), 150)}`);
      console.log(`       H: ${trunc(r.hypothesis.replace(/\s+/g, ' '), 150)}`);
    }
  }
  console.log('');
});
console.log(table(['file', 'pairs', 'gold', 'flagged', 'tp', 'fp', 'P%', 'R%', 'F1%', 'direct P/R%'], summary));
