#!/usr/bin/env node
// Attribution benchmark (issue 3): runs the real engine (bundled from
// server/src/engine by lib/engine.mjs) over PolNeAR and scores it against the
// primary annotator.
//
//   npm run bench:attribution -- [--data DIR] [--split dev,train] [--limit N] [--errors] [--examples N]
//
// --data   a folder laid out like PolNeAR (sentences.<split>.jsonl,
//          attributions.<split>.jsonl, docs/<split>/<doc>.txt); a relative path
//          is taken from the cwd. Default: ../shared/data/polnear from the repo root.
// --split  repeatable or comma-separated; default dev then train.
// --limit  score only the first N documents (sorted by name) of each split.
// --errors print an error analysis: missed and spurious cue words (missed ones
//          split by whether the engine's lexicon, lexicon/cues.ts, has the word),
//          and the reasons for sentence-level false positives and negatives,
//          each with --examples N example sentences (default 3).
//
// Exit status 0 whenever figures were printed, engine errors included; 1 when
// a split's files are missing; 2 on bad arguments.
//
// What is measured (also printed under "How it is scored"):
// * Sentence level, on the gold sentences. Each gold sentence takes the engine's
//   label by majority of visible (non-whitespace) characters: the characters it
//   shares with engine sentences whose `attribution !== null` (not counting the
//   words of such a sentence's own cue and source: "he asks." after its quote
//   carries no attributed content) are compared with those it shares with
//   engine sentences whose attribution is null; it is
//   "attributed" only if the former are strictly more. A gold sentence no
//   engine sentence overlaps counts as unattributed. P/R/F1 are given for both
//   classes (gold = the `attributed` field of sentences.<split>.jsonl).
// * Sentence boundaries: a boundary is a sentence's end offset after trailing
//   whitespace is trimmed, gold vs engine sentence spans. "exact" compares the
//   sets; "±1" matches one-to-one within one UTF-16 code unit (a closing
//   quote or bracket placed on the other side). "inside paragraphs" leaves out
//   boundaries at a line end or end of file, which the engine gets for free.
// * Cues: every cue in `sentence.cues[]` of every engine sentence (deduplicated
//   by span) vs the cue spans of `primary: true` attributions (deduplicated; a
//   discontinuous cue is a list of pieces). Overlap: a predicted cue is correct
//   if it overlaps any piece of any gold cue (precision), a gold cue is found if
//   any prediction overlaps it (recall). Exact: the whitespace-trimmed predicted
//   span equals the trimmed hull of the gold pieces.
// * Sources: the same for `cue.source.span` vs gold source spans (attributions
//   of type Attribution-no-source have none). A resolved pronoun is scored on
//   its own span ("he"), which overlaps the gold source when the annotator
//   marked the pronoun.
// * Flags: findings of engine.lint(uri). A finding flags a gold sentence when
//   their shared visible characters are at least half of the gold sentence's or
//   at least half of the finding range's (unattributed-quote ranges are the
//   quotation only). Reported: the share of gold-unattributed sentences
//   flagged, the precision of flagged sentences against gold unattributed, and
//   the warning/info split of unattributed-claim.
// * Documents on which the engine throws are counted, reported and left out
//   of every score.
import fs from 'node:fs';
import path from 'node:path';
import { benchOptions } from './lib/args.mjs';
import { readJsonl, groupBy } from './lib/jsonl.mjs';
import { codePointToUtf16, convertPair, hull, overlaps, spanKey, trimSpan, visibleOverlap, visiblePrefix, weight, wordCharPrefix } from './lib/spans.mjs';
import { SetScore, bump, matchSets, pct, prf, table, top } from './lib/metrics.mjs';
import { bundle, fromRepo, loadEngine } from './lib/engine.mjs';

const opt = benchOptions(
  import.meta.url,
  'bench:attribution',
  {
    data: { type: 'string' },
    split: { type: 'string', multiple: true },
    limit: { type: 'string' },
    errors: { type: 'boolean', default: false },
    examples: { type: 'string', default: '3' },
  },
  19,
);
const DATA = opt.data ? path.resolve(opt.data) : fromRepo('../shared/data/polnear');
const SPLITS = (opt.split ?? ['dev,train']).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
const LIMIT = opt.limit ? Number(opt.limit) : Infinity;
const N_EXAMPLES = Number(opt.examples);
if (!(LIMIT >= 0) || !Number.isInteger(N_EXAMPLES) || N_EXAMPLES < 0 || SPLITS.length === 0) {
  console.error('attribution bench: --limit and --examples take a whole number, --split a name');
  process.exit(2);
}
const TRUNC = 150;

const HOW = `How it is scored:
  sentences   gold boundaries; a gold sentence is engine-"attributed" when, of its visible (non-space)
              characters, more lie in engine sentences with attribution !== null (not counting their own
              cue's and source's words: "he asks." after its quote is no content) than in ones without
  boundaries  sentence end offsets with trailing whitespace trimmed; exact set match, and one-to-one
              within ±1 UTF-16 unit; "inside paragraphs" drops ends at a line end / end of file
  cues        engine: every cue of every sentence.cues[]; gold: primary annotator's cue spans
              overlap = any shared character with any piece; exact = trimmed span equals trimmed gold hull
  sources     engine cue.source.span vs gold source spans, same matching
  flags       engine.lint findings; a finding flags a gold sentence when the visible characters they share
              are >= half of the sentence's or >= half of the finding's
  engine errors: documents on which the engine throws are counted and left out of all scores`;

function trunc(s) {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > TRUNC ? `${t.slice(0, TRUNC - 1)}…` : t;
}

/** Keeps up to N examples per reason, from different documents where possible. */
class Examples {
  constructor() {
    this.counts = new Map();
    this.ex = new Map();
    this.spare = new Map();
    this.words = new Map();
  }
  add(reason, doc, line, word) {
    bump(this.counts, reason);
    if (word) {
      if (!this.words.has(reason)) this.words.set(reason, new Map());
      bump(this.words.get(reason), word);
    }
    const list = this.ex.get(reason) ?? [];
    const spare = this.spare.get(reason) ?? [];
    if (list.length < N_EXAMPLES && !list.some((e) => e.doc === doc)) list.push({ doc, line });
    else if (spare.length < N_EXAMPLES) spare.push({ doc, line });
    this.ex.set(reason, list);
    this.spare.set(reason, spare);
  }
  examples(reason) {
    const list = this.ex.get(reason);
    return [...list, ...this.spare.get(reason)].slice(0, Math.max(list.length, N_EXAMPLES));
  }
  print(title, total, n = 8) {
    console.log(`\n${title} (${total})`);
    for (const [reason, count] of top(this.counts, n)) {
      console.log(`  ${String(count).padStart(5)}  ${pct(count / total).padStart(5)}%  ${reason}`);
      const w = this.words.get(reason);
      if (w) console.log(`           words: ${top(w, 8).map(([k, c]) => `"${k}" ${c}`).join(', ')}`);
      for (const e of this.examples(reason)) console.log(`           - ${e.line}`);
    }
  }
}

/**
 * The engine's cue lexicon, loaded from server/src/engine/lexicon/cues.ts for
 * the error analysis only (is a missed cue a word the engine knows?). Null if
 * that module is gone or changed shape; the analysis then skips the split.
 */
let LEXICON = null;
async function loadLexicon() {
  try {
    const { mod } = await bundle('server/src/engine/lexicon/cues.ts', fromRepo('out/bench/cues.cjs'));
    if (!mod.CUE_VERBS || !mod.HEDGE_ADVERBS) return;
    LEXICON = { words: new Set([...mod.CUE_VERBS.keys(), ...mod.HEDGE_ADVERBS]), phrases: (mod.PREPOSITIONAL ?? []).map((p) => p.join(' ')) };
  } catch {
    LEXICON = null;
  }
}

/** 'known' when a word of the gold cue is in the engine's lexicon, 'unknown' if not, '' without a lexicon. */
function lexiconStatus(cueText) {
  if (!LEXICON) return '';
  const t = cueText.toLowerCase().replace(/[’‘]/g, "'");
  if (LEXICON.phrases.some((p) => t.includes(p))) return 'known';
  const words = t.match(/[a-z]+/g) ?? [];
  return words.some((w) => LEXICON.words.has(w)) ? 'known' : 'unknown';
}

/** Greedy one-to-one matching of two sorted offset lists within `tol`. Returns the match count. */
function matchOffsets(a, b, tol) {
  let i = 0;
  let j = 0;
  let m = 0;
  while (i < a.length && j < b.length) {
    if (Math.abs(a[i] - b[j]) <= tol) {
      m++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return m;
}

function boundaryEnds(text, spans) {
  const all = [...new Set(spans.map((s) => trimSpan(text, s).end))].sort((x, y) => x - y);
  const inner = all.filter((e) => !/^[^\S\n]*(?:\n|$)/.test(text.slice(e, e + 200)));
  return { all, inner };
}

function readGold(split) {
  const sentFile = path.join(DATA, `sentences.${split}.jsonl`);
  const attFile = path.join(DATA, `attributions.${split}.jsonl`);
  const sentences = groupBy(readJsonl(sentFile), (r) => r.doc);
  const atts = groupBy(
    readJsonl(attFile).filter((r) => r.primary),
    (r) => r.doc,
  );
  for (const list of sentences.values()) list.sort((a, b) => a.sent_index - b.sent_index);
  const docs = [...new Set([...sentences.keys()])].sort().slice(0, LIMIT);
  return { docs, sentences, atts };
}

/** Gold spans of one kind ('cue' | 'source' | 'content') of an attribution row, in UTF-16; null if none. */
function pieces(row, field, conv) {
  const spans = row[field]?.spans;
  if (!spans || spans.length === 0) return null;
  return spans.map((p) => convertPair(conv, p));
}

function dedupeGold(list) {
  const seen = new Map();
  for (const g of list) {
    const k = g.pieces.map(spanKey).join(',');
    if (!seen.has(k)) seen.set(k, g);
  }
  return [...seen.values()];
}

async function runSplit(split, E) {
  const { docs, sentences, atts } = readGold(split);
  const eng = new E.ClaimEngine();

  // sentence level: confusion counts with "attributed" as the positive class
  const conf = { tp: 0, fp: 0, fn: 0, tn: 0, uncovered: 0 };
  const confAll = { fp: 0, fn: 0, tn: 0 };
  const bnd = { gold: 0, pred: 0, exact: 0, tol: 0, innerGold: 0, innerPred: 0, innerTol: 0 };
  const cueOv = new SetScore();
  const cueEx = new SetScore();
  const srcOv = new SetScore();
  const srcEx = new SetScore();
  const flags = { goldUn: 0, goldAtt: 0, claimUn: 0, quoteUn: 0, anyUn: 0, claimAll: 0, quoteAll: 0, anyAll: 0, sevUn: new Map(), sevAtt: new Map(), whyNot: new Map() };
  const errors = [];
  let engineMs = 0;
  let chars = 0;
  let scored = 0;
  let goldSentences = 0;
  let goldAtts = 0;

  // error analysis
  const fnCueWords = new Map();
  const fpCueWords = new Map();
  const fnKnown = new Map(); // missed gold cues with a word in the engine lexicon
  const fnUnknown = new Map(); // missed gold cues with no word in it
  const fnCueRole = new Map();
  const kindStats = new Map(); // cue kind → [predicted, overlapping gold]
  const sentFN = new Examples();
  const sentFP = new Examples();

  for (const doc of docs) {
    const file = path.join(DATA, 'docs', split, `${doc}.txt`);
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      errors.push({ doc, message: `cannot read ${file}: ${e.message}` });
      continue;
    }
    const uri = `polnear:${split}/${doc}`;
    let analysis;
    let findings;
    const t0 = performance.now();
    try {
      eng.set({ uri, text, format: 'plaintext' });
      // the analysis the engine lints (analyzeText), with its tokens kept for the error report
      // (ClaimEngine.analysis() releases them once the document is indexed)
      analysis = E.analyzeText(text, 'plaintext');
      findings = eng.lint(uri);
    } catch (e) {
      errors.push({ doc, message: String(e?.stack ?? e).split('\n').slice(0, 2).join(' | ') });
      eng.remove(uri);
      continue;
    } finally {
      engineMs += performance.now() - t0;
    }
    eng.remove(uri);
    chars += text.length;
    scored++;

    const conv = codePointToUtf16(text);
    const vis = visiblePrefix(text);
    const gSents = (sentences.get(doc) ?? []).map((r) => ({ ...r, span: convertPair(conv, [r.start, r.end]) }));
    const gAtts = (atts.get(doc) ?? []).map((r) => ({
      row: r,
      cue: pieces(r, 'cue', conv),
      source: pieces(r, 'source', conv),
      content: pieces(r, 'content', conv),
    }));
    goldSentences += gSents.length;
    goldAtts += gAtts.length;
    const eSents = analysis.sentences;

    // ---- cues and sources
    const predCues = [];
    const seenCue = new Set();
    const predSrc = [];
    const seenSrc = new Set();
    for (const s of eSents) {
      for (const c of s.cues) {
        if (!seenCue.has(spanKey(c.span))) {
          seenCue.add(spanKey(c.span));
          predCues.push({ span: c.span, cue: c, sentence: s });
        }
        if (c.source && !seenSrc.has(spanKey(c.source.span))) {
          seenSrc.add(spanKey(c.source.span));
          predSrc.push({ span: c.source.span, cue: c });
        }
      }
    }
    const goldCues = dedupeGold(gAtts.filter((a) => a.cue).map((a) => ({ pieces: a.cue, text: a.row.cue.text })));
    const goldSrc = dedupeGold(gAtts.filter((a) => a.source).map((a) => ({ pieces: a.source, text: a.row.source.text })));
    const ov = (p, g) => g.pieces.some((q) => overlaps(p.span, q));
    const exact = (p, g) => spanKey(trimSpan(text, p.span)) === spanKey(trimSpan(text, hull(g.pieces)));
    const mCue = matchSets(predCues, goldCues, ov);
    cueOv.add(mCue);
    cueEx.add(matchSets(predCues, goldCues, exact));
    srcOv.add(matchSets(predSrc, goldSrc, ov));
    srcEx.add(matchSets(predSrc, goldSrc, exact));

    predCues.forEach((p, i) => {
      const k = kindStats.get(p.cue.kind) ?? [0, 0];
      k[0]++;
      if (mCue.predHit[i]) k[1]++;
      kindStats.set(p.cue.kind, k);
      if (!mCue.predHit[i]) bump(fpCueWords, p.cue.text.toLowerCase());
    });
    goldCues.forEach((g, i) => {
      if (mCue.goldHit[i]) return;
      bump(fnCueWords, g.text.toLowerCase());
      const lex = lexiconStatus(g.text);
      if (lex) bump(lex === 'known' ? fnKnown : fnUnknown, g.text.toLowerCase());
      const es = eSents.find((s) => g.pieces.some((q) => overlaps(s.span, q)));
      bump(fnCueRole, es ? es.role : '(no engine sentence)');
    });

    // ---- sentence boundaries
    const gb = boundaryEnds(text, gSents.map((s) => s.span));
    const eb = boundaryEnds(text, eSents.map((s) => s.span));
    bnd.gold += gb.all.length;
    bnd.pred += eb.all.length;
    const ebSet = new Set(eb.all);
    bnd.exact += gb.all.filter((e) => ebSet.has(e)).length;
    bnd.tol += matchOffsets(gb.all, eb.all, 1);
    bnd.innerGold += gb.inner.length;
    bnd.innerPred += eb.inner.length;
    bnd.innerTol += matchOffsets(gb.inner, eb.inner, 1);

    // ---- sentence level
    // The letters and digits a gold sentence shares with an engine sentence, but for the words of the engine sentence's own
    // attribution (its cue and source): they attribute content, they are none. A gold sentence that is only a speech
    // tag ("he asks." after its quote, "― Carla Sanchez.") then carries no attributed content in the engine's view
    // either, and one split inside an engine sentence is judged by its own words.
    const wordChars = wordCharPrefix(text);
    const contentOverlap = (s, span) => {
      const o = visibleOverlap(wordChars, s.span, span);
      const a = s.attribution;
      if (!o || a?.how !== 'cue') return o;
      const within = { start: Math.max(s.span.start, span.start), end: Math.min(s.span.end, span.end) };
      const tags = [a.cue.span, a.cue.source?.span].filter(Boolean).sort((x, y) => x.start - y.start);
      let tagged = 0;
      let covered = within.start;
      for (const t of tags) {
        const from = Math.max(t.start, covered);
        if (t.end > from) tagged += visibleOverlap(wordChars, { start: from, end: t.end }, within);
        covered = Math.max(covered, t.end);
      }
      return o - tagged;
    };
    const claimFindings = findings.filter((f) => f.rule === 'unattributed-claim');
    const quoteFindings = findings.filter((f) => f.rule === 'unattributed-quote');
    const flagsSentence = (f, g) => {
      const o = visibleOverlap(vis, f.range, g.span);
      return o > 0 && (2 * o >= weight(vis, g.span) || 2 * o >= weight(vis, f.range));
    };
    for (const g of gSents) {
      let attOv = 0;
      let unOv = 0;
      // (the same, counting every visible character: the scoring before session 16, printed for comparison)
      let attAll = 0;
      let unAll = 0;
      let main = null;
      let mainOv = 0;
      let mainAtt = null;
      let mainAttOv = 0;
      for (const s of eSents) {
        if (s.span.start >= g.span.end || s.span.end <= g.span.start) continue;
        const o = contentOverlap(s, g.span);
        const all = visibleOverlap(vis, s.span, g.span);
        const carries = s.attribution !== null;
        if (carries) [attOv, attAll] = [attOv + o, attAll + all];
        else [unOv, unAll] = [unOv + o, unAll + all];
        if (all > mainOv) [main, mainOv] = [s, all];
        if (carries && all > mainAttOv) [mainAtt, mainAttOv] = [s, all];
      }
      if (!main) conf.uncovered++;
      const pred = attOv > unOv;
      const gold = g.attributed;
      if (gold && pred) conf.tp++;
      else if (!gold && pred) conf.fp++;
      else if (gold && !pred) conf.fn++;
      else conf.tn++;
      const predAll = attAll > unAll;
      if (!gold && !predAll) confAll.tn++;
      else if (!gold) confAll.fp++;
      else if (!predAll) confAll.fn++;

      // flags
      const claimHits = claimFindings.filter((f) => flagsSentence(f, g));
      const quoteHit = quoteFindings.some((f) => flagsSentence(f, g));
      const claimHit = claimHits.length > 0;
      const sev = claimHit ? (claimHits.some((f) => f.severity === 'warning') ? 'warning' : claimHits[0].severity) : null;
      if (claimHit) flags.claimAll++;
      if (quoteHit) flags.quoteAll++;
      if (claimHit || quoteHit) flags.anyAll++;
      if (!gold) {
        flags.goldUn++;
        if (claimHit) flags.claimUn++;
        if (quoteHit) flags.quoteUn++;
        if (claimHit || quoteHit) flags.anyUn++;
        if (sev) bump(flags.sevUn, sev);
        if (!claimHit && !quoteHit) bump(flags.whyNot, notFlaggedReason(pred, main));
      } else {
        flags.goldAtt++;
        if (sev) bump(flags.sevAtt, sev);
      }

      // reasons
      const stext = trunc(text.slice(g.span.start, g.span.end));
      if (gold && !pred) {
        const why = fnReason(g, main, gAtts, predCues, text);
        sentFN.add(why.reason, doc, stext + fnDetail(why.att ?? contentOf(g, gAtts)[0]), why.word);
      }
      if (!gold && pred) {
        const c = mainAtt.attribution.cue;
        sentFP.add(fpReason(mainAtt, goldCues), doc, `${stext}  [engine cue: "${c.text}" (${c.kind}, ${mainAtt.attribution.how})]`, c.text.toLowerCase());
      }
    }
  }

  return { split, docs: docs.length, scored, goldSentences, goldAtts, conf, confAll, bnd, cueOv, cueEx, srcOv, srcEx, flags, errors, engineMs, chars, fnCueWords, fpCueWords, fnKnown, fnUnknown, fnCueRole, kindStats, sentFN, sentFP };
}

/** Why a gold-unattributed sentence got no unattributed-* finding, from the engine sentence covering most of it. */
function notFlaggedReason(pred, main) {
  if (!main) return 'no engine sentence';
  if (pred) return 'engine attributed it';
  if (main.role !== 'body') return `engine role ${main.role} (not linted)`;
  if (main.attribution) return 'mostly in an unattributed engine sentence, but its main one is attributed';
  if (main.claim && !main.claim.claim) return 'judged not a claim';
  return 'other';
}

const QUOTE_CHARS = /["“”]/;

/** Primary attributions whose content overlaps gold sentence g. */
function contentOf(g, gAtts) {
  return gAtts.filter((a) => a.content && a.content.some((q) => overlaps(q, g.span)));
}

function fnDetail(a) {
  if (!a) return '';
  return `  [gold cue: "${a.row.cue?.text ?? '—'}", source: "${a.row.source?.text ?? '—'}"]`;
}

/**
 * Why the engine missed a gold-attributed sentence: { reason, word, att } with
 * the gold cue text as `word` and the attribution the reason is about.
 */
function fnReason(g, main, gAtts, predCues, text) {
  const as = contentOf(g, gAtts).filter((a) => a.cue);
  const word = as[0]?.row.cue.text.toLowerCase();
  if (!main) return { reason: 'no engine sentence covers it (engine dropped the text)', word };
  if (main.role !== 'body' && main.role !== 'headline') return { reason: `engine role "${main.role}": not scanned for cues`, word };
  if (as.length === 0) return { reason: 'gold attribution has no cue' };
  const inside = as.filter((a) => a.cue.some((q) => overlaps(q, g.span)));
  if (inside.length > 0) {
    const att = inside[0];
    const hit = predCues.find((p) => inside.some((a) => a.cue.some((q) => overlaps(p.span, q))));
    if (hit && hit.sentence !== main) return { reason: 'cue found, but in another engine sentence (boundary differs)', word: att.row.cue.text.toLowerCase(), att };
    if (hit) return { reason: `cue found but sentence left unattributed`, word: hit.cue.text.toLowerCase(), att };
    const lex = lexiconStatus(att.row.cue.text);
    if (lex === 'known') {
      // the engine's own token for the lexicon word, with its part-of-speech tag
      const tok = main.tokens.find((t) => att.cue.some((q) => t.start < q.end && q.start < t.end) && LEXICON.words.has(t.lower));
      return { reason: 'cue in the sentence, missed by the engine (a word the lexicon has; words shown with the engine POS tag)', word: tok ? `${tok.lower}/${tok.pos}` : att.row.cue.text.toLowerCase(), att };
    }
    return { reason: `cue in the sentence, missed by the engine${lex === 'unknown' ? ' (no word of it in the lexicon)' : ''}`, word: att.row.cue.text.toLowerCase(), att };
  }
  const a = as[0];
  const where = a.cue[0].start < g.span.start ? 'an earlier' : 'a later';
  const found = predCues.some((p) => a.cue.some((q) => overlaps(p.span, q)));
  const quoted = QUOTE_CHARS.test(text.slice(g.span.start, g.span.end));
  return { reason: `cue in ${where} sentence (${found ? 'engine found that cue' : 'engine missed that cue too'}; sentence ${quoted ? 'has quote marks' : 'has no quote marks'})`, word: a.row.cue.text.toLowerCase(), att: a };
}

/** Why the engine attributed a gold-unattributed sentence. */
function fpReason(s, goldCues) {
  const { cue, how } = s.attribution;
  const isGold = goldCues.some((g) => g.pieces.some((q) => overlaps(cue.span, q)));
  if (how !== 'cue') return `carried over (${how}) from ${isGold ? 'a gold cue' : 'a non-gold cue'}`;
  if (cue.kind === 'hedge') return 'hedge adverb';
  if (isGold) return 'cue is a gold cue, but gold content lies outside this sentence';
  return `cue not in gold (kind ${cue.kind})`;
}

function printSplit(r) {
  const { conf, bnd, flags } = r;
  console.log(`\n== PolNeAR ${r.split}: ${r.scored}/${r.docs} documents scored, ${r.goldSentences} gold sentences, ${r.goldAtts} primary attributions ==`);
  if (r.errors.length) {
    console.log(`engine errors: ${r.errors.length} document(s) failed (engine threw or the file is unreadable), left out of the scores`);
    for (const e of r.errors.slice(0, 5)) console.log(`  ${e.doc}: ${e.message}`);
  } else console.log('engine errors: 0');

  const att = prf(conf);
  const un = prf({ tp: conf.tn, fp: conf.fn, fn: conf.fp });
  const n = conf.tp + conf.fp + conf.fn + conf.tn;
  console.log('\nSentence level (gold sentences; engine label by character majority)');
  console.log(
    table(
      ['class', 'P', 'R', 'F1', 'gold', 'engine', 'agree'],
      [
        ['attributed', pct(att.p), pct(att.r), pct(att.f), conf.tp + conf.fn, conf.tp + conf.fp, conf.tp],
        ['unattributed', pct(un.p), pct(un.r), pct(un.f), conf.tn + conf.fp, conf.tn + conf.fn, conf.tn],
      ],
    ),
  );
  console.log(`accuracy ${pct((conf.tp + conf.tn) / n)}%  (gold sentences no engine sentence overlaps: ${conf.uncovered})`);
  const unAll = prf({ tp: r.confAll.tn, fp: r.confAll.fn, fn: r.confAll.fp });
  console.log(`unattributed, counting the cue's and source's own words as content too (scoring before session 16): P ${pct(unAll.p)}  R ${pct(unAll.r)}  F1 ${pct(unAll.f)}`);

  const b = (m, g, p) => prf({ tp: m, fp: p - m, fn: g - m });
  const be = b(bnd.exact, bnd.gold, bnd.pred);
  const bt = b(bnd.tol, bnd.gold, bnd.pred);
  const bi = b(bnd.innerTol, bnd.innerGold, bnd.innerPred);
  console.log('\nSentence boundaries (end offsets, trailing whitespace trimmed)');
  console.log(
    table(
      ['match', 'P', 'R', 'F1', 'gold', 'engine', 'matched'],
      [
        ['exact', pct(be.p), pct(be.r), pct(be.f), bnd.gold, bnd.pred, bnd.exact],
        ['±1 char', pct(bt.p), pct(bt.r), pct(bt.f), bnd.gold, bnd.pred, bnd.tol],
        ['±1, inside paragraphs', pct(bi.p), pct(bi.r), pct(bi.f), bnd.innerGold, bnd.innerPred, bnd.innerTol],
      ],
    ),
  );

  const row = (name, s) => [name, pct(s.p), pct(s.r), pct(s.f), s.gold, s.pred, s.tpP, s.tpG];
  console.log('\nCue and source spans (vs primary annotator)');
  console.log(
    table(
      ['spans', 'P', 'R', 'F1', 'gold', 'engine', 'engine✓', 'gold✓'],
      [row('cues, overlap', r.cueOv), row('cues, exact', r.cueEx), row('sources, overlap', r.srcOv), row('sources, exact', r.srcEx)],
    ),
  );
  console.log('(engine✓ = engine spans that match a gold span; gold✓ = gold spans matched by an engine span)');

  const share = (k, d) => (d ? `${pct(k / d)}% (${k}/${d})` : `– (0/0)`);
  console.log('\nUnattributed flags (engine.lint) on gold sentences');
  console.log(
    table(
      ['rule', 'gold-unattributed flagged', 'precision vs gold unattributed'],
      [
        ['unattributed-claim', share(flags.claimUn, flags.goldUn), share(flags.claimUn, flags.claimAll)],
        ['unattributed-quote', share(flags.quoteUn, flags.goldUn), share(flags.quoteUn, flags.quoteAll)],
        ['either', share(flags.anyUn, flags.goldUn), share(flags.anyUn, flags.anyAll)],
      ],
    ),
  );
  const sev = (m) => {
    const tot = [...m.values()].reduce((x, y) => x + y, 0);
    return ['warning', 'info', 'error', 'hint'].filter((k) => m.get(k)).map((k) => `${k} ${m.get(k)} (${pct(m.get(k) / tot)}%)`).join(', ') || '—';
  };
  console.log(`gold-unattributed sentences not flagged, by cause: ${top(flags.whyNot, 6).map(([k, c]) => `${k} ${c}`).join(', ') || '—'}`);
  console.log(`unattributed-claim severity on gold-unattributed sentences: ${sev(flags.sevUn)}`);
  console.log(`unattributed-claim severity on gold-attributed sentences:   ${sev(flags.sevAtt)}`);

  const s = r.engineMs / 1000;
  console.log(`\nTiming: engine (analysis + lint) ${s.toFixed(1)} s for ${r.scored} docs = ${(r.scored / s).toFixed(1)} docs/s, ${(r.chars / 1024 / s).toFixed(0)} KiB/s`);
}

function printErrors(r) {
  console.log(`\n-- error analysis, ${r.split} --`);
  const words = (m) => top(m, 10).map(([w, c]) => `"${w}" ${c}`).join(', ');
  const fnTotal = [...r.fnCueWords.values()].reduce((a, b) => a + b, 0);
  const fpTotal = [...r.fpCueWords.values()].reduce((a, b) => a + b, 0);
  console.log(`missed gold cues (${fnTotal}), top words: ${words(r.fnCueWords)}`);
  if (LEXICON) {
    const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
    console.log(`  with a word in the engine lexicon (${sum(r.fnKnown)}): ${words(r.fnKnown)}`);
    console.log(`  with no word in the lexicon (${sum(r.fnUnknown)}): ${words(r.fnUnknown)}`);
  }
  console.log(`  engine role of the sentence holding a missed cue: ${top(r.fnCueRole, 6).map(([w, c]) => `${w} ${c}`).join(', ')}`);
  console.log(`spurious engine cues (${fpTotal}), top words: ${words(r.fpCueWords)}`);
  console.log(`engine cues by kind (overlapping gold / predicted): ${[...r.kindStats.entries()].sort((a, b) => b[1][0] - a[1][0]).map(([k, [n, h]]) => `${k} ${h}/${n} (${pct(h / n)}%)`).join(', ')}`);
  r.sentFN.print('sentence false negatives (gold attributed, engine not)', r.conf.fn);
  r.sentFP.print('sentence false positives (gold unattributed, engine attributed)', r.conf.fp);
}

const wall0 = performance.now();
const { engine: E, buildMs } = await loadEngine();
console.log(`claimlint attribution benchmark — data ${DATA}, splits ${SPLITS.join(', ')}${Number.isFinite(LIMIT) ? `, first ${LIMIT} docs` : ''}`);
console.log(`engine bundled from server/src/engine in ${(buildMs / 1000).toFixed(1)} s`);
console.log(HOW);
if (opt.errors) await loadLexicon();
let missing = 0;
for (const split of SPLITS) {
  const files = [`sentences.${split}.jsonl`, `attributions.${split}.jsonl`].map((f) => path.join(DATA, f));
  const absent = files.filter((f) => !fs.existsSync(f));
  if (absent.length) {
    console.error(`\n== ${split}: skipped, missing ${absent.join(', ')} ==`);
    missing++;
    continue;
  }
  const r = await runSplit(split, E);
  printSplit(r);
  if (opt.errors) printErrors(r);
}
console.log(`\ntotal wall time ${((performance.now() - wall0) / 1000).toFixed(1)} s`);
process.exitCode = missing ? 1 : 0;
