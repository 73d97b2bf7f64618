#!/usr/bin/env node
// Corroboration benchmark (issue 4): does the engine link two sentences of
// different files that report the same real-world event? Scored on ECB+ gold
// cross-document event coreference, with the real engine (bundled from
// server/src/engine by lib/engine.mjs).
//
//   npm run bench:corroboration -- [--data PATH] [--fp N]
//
// --data  the sentence-pair file (default ../shared/data/ecbplus/coref_sentence_pairs.jsonl
//         from the repo root); documents.jsonl, sentences.jsonl and docs/ are
//         read from the same folder.
// --fp N  print N false positives and N false negatives at the shipped operating point.
//
// How it is scored (also printed):
// * Workspace. The product links sentences of files in one workspace, with IDF
//   over every sentence of that workspace. So every ECB+ document of the data
//   folder (462 files, ~7.3k sentences) is loaded as one file, exactly as the
//   CLI would: analyzeText → signatures → ClaimIndex (the engine's own
//   functions, same default aliases). This gives realistic IDF and gives each
//   sentence its real context (attribution, pronoun speakers, headline role).
// * Locating. Each gold sentence (sentences.jsonl, code-point offsets) is mapped
//   to the engine sentence signature that covers most of its visible
//   characters (at least half). Gold sentences with no signature — headlines and
//   other non-body lines, which the engine never treats as claims — cannot be
//   linked: such pairs count as predicted "not the same" (misses when label 1).
// * Pair decision = relate(sigA, sigB, index), the function behind every
//   cross-document link; "same claim/event" = any relation (corroborates,
//   contradicts, disputes, quote-variant). The curve re-runs relate with
//   THRESHOLDS.same/conflict set to 0 to get every pair's score, then sweeps a
//   threshold over that score.
// * End to end: the same pairs through ClaimEngine.links() (blocking by
//   ClaimIndex.candidates(), the best CANDIDATES, then relate), link in either direction.
// * Blocking recall: of the located label-1 pairs, the share whose other
//   sentence is among candidates() of the first (either direction too).
// * Baseline: tf-idf cosine of lower-cased word tokens (raw counts, the same
//   smoothed IDF formula, IDF over all gold sentences of the folder), on the
//   same pairs, every pair located.
import fs from 'node:fs';
import path from 'node:path';
import { benchOptions } from './lib/args.mjs';
import { readJsonl } from './lib/jsonl.mjs';
import { codePointToUtf16, locateSentences, visiblePrefix } from './lib/spans.mjs';
import { pct, prf, table } from './lib/metrics.mjs';
import { fromRepo, loadEngine } from './lib/engine.mjs';

const opt = benchOptions(import.meta.url, 'bench:corroboration', { data: { type: 'string' }, fp: { type: 'string', default: '0' } }, 12);
const dataFile = opt.data ? path.resolve(opt.data) : fromRepo('../shared/data/ecbplus/coref_sentence_pairs.jsonl');
const dir = path.dirname(dataFile);
for (const f of [dataFile, path.join(dir, 'documents.jsonl'), path.join(dir, 'sentences.jsonl')]) {
  if (!fs.existsSync(f)) {
    console.error(`missing ${f}`);
    process.exit(1);
  }
}

const { engine: E, buildMs } = await loadEngine({ outfile: fromRepo('out/bench/engine-corroboration.cjs') });
const pairs = readJsonl(dataFile);
const documents = readJsonl(path.join(dir, 'documents.jsonl'));
const goldSentences = readJsonl(path.join(dir, 'sentences.jsonl'));

// ---- the workspace -------------------------------------------------------
const t0 = performance.now();
const aliases = new E.Aliases(E.DEFAULT_ALIASES);
const index = new E.ClaimIndex();
const claimEngine = new E.ClaimEngine();
const docs = new Map(); // doc id → { text, sigs, prefix, conv }
for (const d of documents) {
  const text = fs.readFileSync(path.join(dir, d.path), 'utf8');
  const analysis = E.analyzeText(text, 'plaintext');
  const sigs = E.signatures(analysis, aliases);
  index.setDocument(d.doc, sigs);
  claimEngine.set({ uri: d.doc, text, format: 'plaintext' });
  docs.set(d.doc, { text, sigs, prefix: visiblePrefix(text), conv: codePointToUtf16(text) });
}
const indexMs = performance.now() - t0;

/** (doc, sent_id) → signature, or null when no body sentence covers it. */
const located = locateSentences(docs, goldSentences);
const sigOf = (doc, sent) => located.get(`${doc}#${sent}`) ?? null;

// ---- pair decisions --------------------------------------------------------
const SAME = new Set(['corroborates', 'contradicts', 'disputes', 'quote-variant', 'same-event']);
const shipped = { ...E.THRESHOLDS };
const rows = pairs.map((p) => ({ p, a: sigOf(p.doc_a, p.sent_a), b: sigOf(p.doc_b, p.sent_b) }));
for (const r of rows) {
  const l = r.a && r.b ? E.relate(r.a, r.b, index) : null;
  r.link = l && SAME.has(l.relation) ? l : null;
}
Object.assign(E.THRESHOLDS, { same: 0, conflict: 0, event: 0 });
for (const r of rows) r.score = r.a && r.b ? E.relate(r.a, r.b, index)?.score ?? 0 : -1;
Object.assign(E.THRESHOLDS, shipped);

// End to end: ClaimEngine.links() of both files.
const linkKey = (uri, sentence) => `${uri}#${sentence}`;
const linkCache = new Map();
function engineLinks(uri) {
  if (!linkCache.has(uri)) {
    const m = new Map();
    for (const [sentence, ls] of claimEngine.links(uri)) for (const l of ls) m.set(linkKey(uri, sentence) + '>' + l.uri + '@' + l.range.start, l);
    linkCache.set(uri, m);
  }
  return linkCache.get(uri);
}
function linkedByEngine(docA, a, docB, b) {
  // a link's range is the other sentence's span (or a quote inside it)
  for (const [from, fromSig, to, toSig] of [[docA, a, docB, b], [docB, b, docA, a]]) {
    for (const [k, l] of engineLinks(from)) {
      if (!k.startsWith(linkKey(from, fromSig.sentence) + '>') || l.uri !== to) continue;
      if (l.range.start >= toSig.span.start && l.range.end <= toSig.span.end && SAME.has(l.relation)) return true;
    }
  }
  return false;
}
const inCandidates = (docA, a, docB, b) => index.candidates(a, docA).some((c) => c.posting.uri === docB && c.sig === b);

// ---- baseline: tf-idf cosine over words ---------------------------------------
const words = (t) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const df = new Map();
for (const g of goldSentences) for (const w of new Set(words(g.text))) df.set(w, (df.get(w) ?? 0) + 1);
const N = goldSentences.length;
const idf = (w) => Math.log((N + 1) / ((df.get(w) ?? 0) + 1)) + 1;
function vec(t) {
  const v = new Map();
  for (const w of words(t)) v.set(w, (v.get(w) ?? 0) + 1);
  for (const [w, c] of v) v.set(w, c * idf(w));
  return v;
}
function cos(x, y) {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [w, a] of x) {
    nx += a * a;
    if (y.has(w)) dot += a * y.get(w);
  }
  for (const a of y.values()) ny += a * a;
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}
for (const r of rows) r.base = cos(vec(r.p.text_a), vec(r.p.text_b));

// ---- report -------------------------------------------------------------------
const pos = rows.filter((r) => r.p.label === 1).length;
function at(scoreOf, t, set = rows) {
  let tp = 0;
  let fp = 0;
  for (const r of set) {
    if (scoreOf(r) >= t) (r.p.label === 1 ? tp++ : fp++);
  }
  const fn = set.filter((r) => r.p.label === 1).length - tp;
  return { tp, fp, fn, ...prf({ tp, fp, fn }) };
}
function curve(scoreOf, thresholds, set = rows) {
  return thresholds.map((t) => {
    const m = at(scoreOf, t, set);
    return [t.toFixed(2), m.tp + m.fp, pct(m.p), pct(m.r), pct(m.f)];
  });
}
/** Best precision reachable at recall ≥ r, over all distinct scores. */
function bestPAt(scoreOf, r, set = rows) {
  const ts = [...new Set(set.map(scoreOf).filter((s) => s > 0))].sort((a, b) => b - a);
  let best = null;
  for (const t of ts) {
    const m = at(scoreOf, t, set);
    if (m.r >= r && (!best || m.p > best.p)) best = { ...m, t };
  }
  return best;
}

const locatedPairs = rows.filter((r) => r.a && r.b);
console.log(`claimlint corroboration benchmark — ${path.relative(process.cwd(), dataFile) || dataFile}`);
console.log(`engine bundled in ${buildMs.toFixed(0)} ms; workspace: ${documents.length} files, ${index.size} claim signatures, indexed in ${(indexMs / 1000).toFixed(1)} s`);
console.log(`pairs: ${rows.length} (${pos} label 1, ${rows.length - pos} label 0); both sentences located as body claims: ${locatedPairs.length} (${locatedPairs.filter((r) => r.p.label === 1).length} label 1)`);
console.log(`gold sentences with no engine signature: ${[...located.values()].filter((s) => !s).length} of ${located.size} (headlines and other non-body lines)\n`);

const op = (() => {
  let tp = 0;
  let fp = 0;
  const byRel = new Map();
  for (const r of rows) {
    if (!r.link) continue;
    r.p.label === 1 ? tp++ : fp++;
    const k = r.link.relation;
    byRel.set(k, [(byRel.get(k)?.[0] ?? 0) + (r.p.label === 1), (byRel.get(k)?.[1] ?? 0) + (r.p.label !== 1)]);
  }
  return { tp, fp, fn: pos - tp, byRel, ...prf({ tp, fp, fn: pos - tp }) };
})();
console.log(`Shipped operating point (THRESHOLDS.same ${shipped.same}, event ${shipped.event}, conflict ${shipped.conflict}, quote ${shipped.quote}), relate() on every pair:`);
console.log(`  P ${pct(op.p)}  R ${pct(op.r)}  F1 ${pct(op.f)}   (tp ${op.tp}, fp ${op.fp}, fn ${op.fn})`);
console.log(`  by relation (label 1 / label 0): ${[...op.byRel].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`);
const ppos = locatedPairs.filter((r) => r.p.label === 1).length;
const ltp = locatedPairs.filter((r) => r.link && r.p.label === 1).length;
const lfp = locatedPairs.filter((r) => r.link && r.p.label !== 1).length;
const lm = prf({ tp: ltp, fp: lfp, fn: ppos - ltp });
console.log(`  on located pairs only: P ${pct(lm.p)}  R ${pct(lm.r)}  F1 ${pct(lm.f)}`);
const negClean = rows.filter((r) => r.p.pair_type === 'same_topic_other_subtopic');
console.log(`  false-link rate on same_topic_other_subtopic negatives: ${pct(negClean.filter((r) => r.link).length / negClean.length)}% of ${negClean.length}`);

// end to end through ClaimEngine.links()
let etp = 0;
let efp = 0;
for (const r of locatedPairs) if (linkedByEngine(r.p.doc_a, r.a, r.p.doc_b, r.b)) r.p.label === 1 ? etp++ : efp++;
const em = prf({ tp: etp, fp: efp, fn: pos - etp });
console.log(`End to end, ClaimEngine.links() (blocking top ${E.CANDIDATES}, conflicts from the top ${E.CONFLICT_CANDIDATES}, + relate), either direction:`);
console.log(`  P ${pct(em.p)}  R ${pct(em.r)}  F1 ${pct(em.f)}   (tp ${etp}, fp ${efp})\n`);

const grid = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7];
console.log('Precision–recall over the relate() score (all pairs; unlocated pairs never linked):');
console.log(table(['score ≥', 'linked', 'P%', 'R%', 'F1%'], curve((r) => r.score, grid)));
console.log('\nBaseline: tf-idf cosine of words, same pairs:');
console.log(table(['cos ≥', 'linked', 'P%', 'R%', 'F1%'], curve((r) => r.base, grid)));
console.log(`\nThe same on the ${locatedPairs.length} pairs whose two sentences are body claims (what the product can link):`);
console.log(table(['score ≥', 'linked', 'P%', 'R%', 'F1%', 'baseline cos ≥', 'linked', 'P%', 'R%', 'F1%'], curve((r) => r.score, grid, locatedPairs).map((row, i) => [...row, ...curve((r) => r.base, grid, locatedPairs)[i]])));
console.log('\nBest precision at a recall floor:');
const fmt = (b) => (b ? `P ${pct(b.p)} R ${pct(b.r)} (≥ ${b.t.toFixed(3)})` : 'unreachable');
console.log(
  table(
    ['recall ≥', 'engine, all pairs', 'baseline, all pairs', 'engine, located', 'baseline, located'],
    [0.3, 0.4, 0.5, 0.6].map((r) => [
      r.toFixed(2),
      fmt(bestPAt((x) => x.score, r)),
      fmt(bestPAt((x) => x.base, r)),
      fmt(bestPAt((x) => x.score, r, locatedPairs)),
      fmt(bestPAt((x) => x.base, r, locatedPairs)),
    ]),
  ),
);

// ---- blocking recall over the whole workspace -------------------------------------
const goldLocated = locatedPairs.filter((r) => r.p.label === 1);
const fwd = goldLocated.filter((r) => inCandidates(r.p.doc_a, r.a, r.p.doc_b, r.b)).length;
const either = goldLocated.filter((r) => inCandidates(r.p.doc_a, r.a, r.p.doc_b, r.b) || inCandidates(r.p.doc_b, r.b, r.p.doc_a, r.a)).length;
const sameSig = goldLocated.filter((r) => r.a === r.b).length;
let cand = 0;
for (const d of docs.keys()) for (const s of docs.get(d).sigs) cand += index.candidates(s, d).length;
console.log(`\nBlocking (ClaimIndex.candidates, limit ${E.CANDIDATES}, whole ECB+ workspace): ${cand} candidates for ${index.size} signatures (${(cand / index.size).toFixed(1)} per claim)`);
console.log(`  recall on ${goldLocated.length} located gold pairs: A→B ${pct(fwd / goldLocated.length)}%, either direction ${pct(either / goldLocated.length)}%${sameSig ? ` (${sameSig} pairs map to one signature)` : ''}`);

const nShow = Number(opt.fp);
if (nShow > 0) {
  const show = (r) => `  [${r.score.toFixed(2)} ${r.link?.relation ?? '-'}${r.link?.detail ? ': ' + r.link.detail : ''}] ${r.p.pair_type}\n    A: ${r.p.text_a.slice(0, 160)}\n    B: ${r.p.text_b.slice(0, 160)}`;
  console.log(`\nFalse positives (first ${nShow}):`);
  for (const r of rows.filter((x) => x.link && x.p.label !== 1).slice(0, nShow)) console.log(show(r));
  console.log(`\nFalse negatives among located pairs (first ${nShow}):`);
  for (const r of locatedPairs.filter((x) => !x.link && x.p.label === 1).slice(0, nShow)) console.log(show(r));
}
