/**
 * Conflicts between two sentences already judged to be about the same claim:
 * one denies what the other states, they use antonymous predicates of the
 * same participants, or they give different numbers or dates for one thing.
 *
 * Everything here reads the two signatures only (a document indexed from
 * another thread has no analysis), and runs only on candidate pairs, so the
 * sentence text is re-read with a light tokeniser, memoised per signature.
 */
import { inlineDateline } from '../text/dateline';
import { ANTONYM_GROUPS } from '../lexicon/antonyms';
import { KIN_TERMS, kinConflict } from '../lexicon/kinship';
import { DENYING_TO, IMPLICIT_NEGATORS, isStop, MONTH_NUMBERS, NUMBER_WORD_VALUES, SCALES, stem, translit } from './normalize';
import type { ClaimSignature, DateSig } from './signature';

export interface Conflict {
  /** Why, for the reader: "one says “accept…” happened, the other says it did not", "12 vs 40 soldier"… */
  detail: string;
  /**
   * A conflict of values (numbers, dates, directions of change): two reports of two events of
   * one kind also look like this, so it needs stronger evidence that the event is the same.
   */
  value: boolean;
  /**
   * The conflict itself names the same participants on both sides in one relation (A owns B / B owns A):
   * it needs less overlap of the rest of the two sentences to be about the same thing.
   */
  named?: boolean;
}

interface Tok {
  /** The word as written. */
  raw: string;
  low: string;
  /** Stem for words, digits without separators for numbers, the character for punctuation. */
  st: string;
  word: boolean;
  num: boolean;
  cap: boolean;
  /** Punctuation or a word that starts a new clause: a negation does not reach past it. */
  brk: boolean;
}

interface View {
  toks: Tok[];
  question: boolean;
  /** Where the antonym groups' phrases occur (`hitsOf`), found on first use. */
  hits?: Map<number, GroupHits>;
  /** Kinship between named people (`kinOf`), found on first use. */
  kin?: Kin[];
  /** One-way relations between named participants (`directedOf`), found on first use. */
  directed?: Directed[];
  /** Words with a negative prefix (`prefixedOf`), found on first use. */
  prefixed?: [number, string, string][];
  /** Counts a named owner has (`heldOf`), found on first use. */
  held?: Held[];
  /** Slots that hold one value (`slotsOf`), found on first use. */
  slots?: Slot[];
}

const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+(?:[’'-]\p{L}+)*|[^\s\p{L}\p{N}]/gu;
const CONTRACTED: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'which', 'who', 'whom', 'whose', 'if', 'unless', 'whether', 'when', 'after', 'before', 'since', 'until', 'so', 'yet', 'however']);
const AUX = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'shall', 'should',
  'can', 'could', 'may', 'might', 'must',
]);
/** "I'm", "it's", "they've": a pronoun with its auxiliary. */
const CONTRACTED_AUX = /^(?:i|you|he|she|it|we|they|that|there|who|what)['’](?:m|re|s|ve|d|ll)$/;
const isAux = (w: string): boolean => AUX.has(w) || CONTRACTED_AUX.test(w);
/** Modals that make a negation a possibility, not a denial ("may not earn"); "could not" is a denial. */
const HEDGES = new Set(['may', 'might', 'would', 'should']);
/** Modals that make a statement a possibility ("could accept"). */
const POSSIBLY = new Set(['may', 'might', 'could', 'would', 'should']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'hundred', 'thousand', 'million', 'billion']);
/** Adverbs that may stand between an auxiliary and its negation ("has also not"). */
const BETWEEN = new Set(['also', 'still', 'really', 'simply', 'just', 'certainly', 'definitely', 'even', 'apparently', 'reportedly']);
/** "not only", "not just", "not necessarily": not a denial. */
const NOT_DENIAL = new Set(['only', 'just', 'merely', 'necessarily', 'least', 'always', 'all', 'quite', 'exactly']);
/** "no doubt", "no matter", "no one": not the denial of a noun. */
const NO_IDIOMS = new Set(['doubt', 'matter', 'one', 'wonder', 'less', 'more', 'longer', 'sooner']);
const COMPARATIVES = new Set(['more', 'less', 'better', 'worse']);
/** Words that make a statement all but negative ("rarely saw"). */
const SCARCELY = new Set(['seldom', 'rarely', 'hardly', 'barely', 'scarcely']);
const NEGATING = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without', 'none', 'nothing', 'nobody']);

const NAME_JOINERS = new Set(['and', 'of', '&']);
const ARTICLES = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set(['with', 'by', 'to', 'from', 'of', 'for', 'at', 'in', 'on', 'into', 'against', 'between', 'among', 'over', 'under', 'than', 'as', 'about', 'through', 'via']);

const views = new WeakMap<ClaimSignature, View>();

const BREAK_MARKS = new Set([...',;:()[]"“”—–?!-']);

function tok(w: string): Tok {
  const low = w.toLowerCase();
  // ASCII first characters without a Unicode regex (most tokens)
  const c = w.charCodeAt(0);
  const upper = c >= 65 && c <= 90;
  const ascii = c < 128;
  const word = ascii ? upper || (c >= 97 && c <= 122) : /^\p{L}/u.test(w);
  const num = (c >= 48 && c <= 57) || NUMBER_WORDS.has(low);
  const brk = (!word && !num && w.length === 1 && BREAK_MARKS.has(w)) || CLAUSE_WORDS.has(low);
  const cap = ascii ? upper : /^\p{Lu}/u.test(w);
  return { raw: w, low, st: word ? stem(low) : num ? low.replace(/,/g, '') : low, word, num, cap, brk };
}

/** The sentence as tokens ("didn't" is "did" + "n't"), memoised per signature. */
function viewOf(s: ClaimSignature): View {
  let v = views.get(s);
  if (v) return v;
  const toks: Tok[] = [];
  const dateline = inlineDateline(s.text);
  for (const m of (dateline ? s.text.slice(dateline.length) : s.text).matchAll(TOKEN)) {
    const w = m[0];
    const last = w.charCodeAt(w.length - 1);
    const nt = last === 116 || last === 84 ? /^(\p{L}+)n[’']t$/iu.exec(w) : null; // …n't
    if (nt) {
      toks.push(tok(CONTRACTED[nt[1].toLowerCase()] ?? nt[1]), tok("n't"));
    } else if (w.length === 6 && /^cannot$/i.test(w)) {
      toks.push(tok('can'), tok('not'));
    } else toks.push(tok(w));
  }
  v = { toks, question: /\?\W*$/u.test(s.text) };
  views.set(s, v);
  return v;
}

function isContent(t: Tok): boolean {
  return t.word && !t.num && !isStop(t.low) && !isAux(t.low) && !NEGATING.has(t.low) && t.st.length >= 3;
}

/** Whether token i denies the clause it stands in: "did not", "has never", "nor did", "no agreement". */
function clausalNegator(t: Tok[], i: number): boolean {
  const w = t[i].low;
  if (w === 'not' || w === "n't") {
    if (NOT_DENIAL.has(t[i + 1]?.low ?? '')) return false;
    // "could not be more marked": a superlative, not a denial
    if (t[i + 1]?.low === 'be' && COMPARATIVES.has(t[i + 2]?.low ?? '')) return false;
    let j = i - 1;
    while (j >= 0 && BETWEEN.has(t[j].low)) j--;
    return j >= 0 && isAux(t[j].low) && !HEDGES.has(t[j].low);
  }
  if (w === 'never') return !(i > 0 && HEDGES.has(t[i - 1].low));
  if (w === 'nor' || w === 'neither') return isAux(t[i + 1]?.low ?? '');
  if (w === 'no') return !!t[i + 1]?.word && !NO_IDIOMS.has(t[i + 1].low);
  return w === 'without';
}

/** Whether the word at k is denied by a clausal negation before it in its clause (no name, number or break between). */
function deniedAt(t: Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (t[j].brk || t[j].num || (t[j].cap && j > 0)) return false;
    // "failed to pay", "was unable to meet": the verb right after "to" (not "failed to make payments")
    if (DENYING_TO.has(t[j].low) && t[j + 1]?.low === 'to') return k === j + 2 && !(j > 0 && (HEDGES.has(t[j - 1].low) || NEGATING.has(t[j - 1].low)));
    if (NEGATING.has(t[j].low)) {
      if (!clausalNegator(t, j)) return false;
      const w = t[j].low;
      return w === 'no' ? k - j <= 2 : w === 'without' ? k - j <= 3 : true;
    }
  }
  return false;
}

/** Whether the sentence asserts the clause of word k: not a question, not under "if" or "whether". */
function asserted(v: View, k: number): boolean {
  if (v.question) return false;
  for (let j = k - 1; j >= 0; j--) {
    const w = v.toks[j].low;
    if (w === 'if' || w === 'unless' || w === 'whether') return false;
    if (v.toks[j].brk) break;
  }
  return true;
}

/** Whether word k is stated plainly: asserted, no negation, hedge or implicit negation ("failed to") before it in its clause. */
function affirmedAt(v: View, k: number): boolean {
  if (!asserted(v, k)) return false;
  const t = v.toks;
  for (let j = k - 1; j >= 0; j--) {
    if (t[j].brk) break;
    if (NEGATING.has(t[j].low) || POSSIBLY.has(t[j].low) || SCARCELY.has(t[j].low) || IMPLICIT_NEGATORS.has(t[j].low) || IMPLICIT_NEGATORS.has(t[j].st)) return false;
  }
  return true;
}

/** Positions of the tokens that `keep` accepts. */
function positionsWhere(v: View, keep: (t: Tok, i: number) => boolean): number[] {
  const out: number[] = [];
  v.toks.forEach((t, i) => keep(t, i) && out.push(i));
  return out;
}

const positions = (v: View, st: string): number[] => positionsWhere(v, (t) => t.st === st);

/**
 * Polarity: a predicate one sentence denies ("will not accept the passport") and
 * the other states plainly ("accepts the passport"). The predicates come from
 * the signatures (verbs, and nouns under "no"); the text confirms that the
 * negation is a denial of the clause (not "may not", "not Papermaster, who
 * made", "lows not reached since", a question or an if-clause).
 */
function polarity(a: ClaimSignature, b: ClaimSignature): string | null {
  const aPreds = new Set([...a.predicates, ...a.negatedPredicates]);
  const bPreds = new Set([...b.predicates, ...b.negatedPredicates]);
  for (const p of aPreds) {
    const an = a.negatedPredicates.includes(p);
    const bn = b.negatedPredicates.includes(p);
    if (an === bn && bPreds.has(p)) continue;
    // a verb the other side's signature does not list as a predicate (a verb of saying or seeing, read as
    // an attribution cue: "I noticed that…") still counts when it stands as a finite verb after its subject
    const how = bPreds.has(p) ? 1 : an ? unlisted(a, b, p) : 0;
    if (how && denied(viewOf(an ? a : b), viewOf(an ? b : a), p, how)) return `one says “${p}…” happened, the other says it did not`;
  }
  for (const p of b.negatedPredicates) {
    if (aPreds.has(p)) continue;
    const how = unlisted(b, a, p);
    if (how && denied(viewOf(b), viewOf(a), p, how)) return `one says “${p}…” happened, the other says it did not`;
  }
  return null;
}

/**
 * How the other side states a predicate the denying side denies but the other's signature does not
 * list: as a finite verb (1: one shared word near it is enough), or a noun the denial puts under "no"
 * ("there was no water" / "found plenty of water": 2, two shared words, since a noun is also named
 * where it is not asserted: "despite the agreement"), or not (0).
 */
function unlisted(neg: ClaimSignature, pos: ClaimSignature, p: string): number {
  if (asFiniteVerb(viewOf(pos), p)) return 1;
  return nounUnderNo(viewOf(neg), p) && pos.stems.includes(p) ? 2 : 0;
}

/** Whether one side denies the predicate and the other states it plainly, of the same participants (`minShared` words). */
function denied(neg: View, pos: View, p: string, minShared: number): boolean {
  const negAt = positions(neg, p);
  // the denying side must deny it, and not also state it ("increasing the number without increasing demand")
  if (!negAt.some((k) => deniedAt(neg.toks, k) && asserted(neg, k)) || negAt.some((k) => !deniedAt(neg.toks, k) && affirmedAt(neg, k))) return false;
  const posAt = positions(pos, p);
  return posAt.length > 0 && posAt.every((k) => affirmedAt(pos, k)) && samePredication(neg, negAt, pos, posAt, p, minShared);
}

/**
 * Whether the predicate is said of the same participants on both sides (the same
 * word on both sides: one shared name, number or content word next to it is
 * enough). "The accord does not solve all our problems" does not deny "a merger
 * would solve regulatory problems".
 */
function samePredication(vx: View, xs: number[], vy: View, ys: number[], p: string, minShared = 1): boolean {
  const skip = new Set([p]);
  return xs.some((i) => ys.some((j) => aboutSame(vx, { at: i, len: 1 }, vy, { at: j, len: 1 }, skip, minShared)));
}

/**
 * Whether the stem occurs as a noun denied by "no" right before it ("there was no water", "has no
 * plans"): the other side may state the noun without a verb of its own ("found plenty of water").
 */
function nounUnderNo(v: View, st: string): boolean {
  const t = v.toks;
  for (let k = 1; k < t.length; k++) if (t[k].st === st && t[k - 1].low === 'no' && !t[k].cap) return true;
  return false;
}

const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they']);

/** Whether the stem occurs as a finite verb in past tense right after a personal pronoun ("I noticed", "they found"). */
function asFiniteVerb(v: View, st: string): boolean {
  const t = v.toks;
  for (let k = 1; k < t.length; k++) if (t[k].st === st && t[k].low.endsWith('ed') && SUBJECT_PRONOUNS.has(t[k - 1].low)) return true;
  return false;
}

/**
 * Polarity of a complement: "do not have strong voting records" / "had strong
 * voting records", "nor did she plan to stop" / "plans to stop". The two
 * content words after a clausal negation must follow each other in the other
 * sentence, stated plainly.
 */
function complementPolarity(a: ClaimSignature, b: ClaimSignature): string | null {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const vx = viewOf(x);
    const t = vx.toks;
    for (let i = 0; i < t.length; i++) {
      const w = t[i].low;
      if (!(w === 'not' || w === "n't" || w === 'never' || w === 'nor') || !clausalNegator(t, i) || !asserted(vx, i)) continue;
      const scope: string[] = [];
      for (let j = i + 1; j < t.length && j <= i + 6 && scope.length < 2; j++) {
        if (t[j].brk || t[j].num || (t[j].cap && !isStop(t[j].low) && !isAux(t[j].low))) break;
        if (isContent(t[j])) scope.push(t[j].st);
      }
      if (!scope.length) continue;
      const vy = viewOf(y);
      if (scope.length === 1) {
        // one word before the clause ends ("has not been easy - obtaining visas"): the other side must
        // have it ("can easily obtain visas") with the next word found after the negation here
        for (const k of positionsOf(vy, scope[0])) {
          const next = nextContent(vy, k);
          if (next >= 0 && t.slice(i + 1).some((u) => u.st === vy.toks[next].st) && affirmedAt(vy, k)) return `one says “${scope[0]}…” happened, the other says it did not`;
        }
        continue;
      }
      for (const k of positions(vy, scope[0])) {
        const next = nextContent(vy, k);
        if (next >= 0 && vy.toks[next].st === scope[1] && affirmedAt(vy, k)) return `one says “${scope[0]} ${scope[1]}…” happened, the other says it did not`;
      }
    }
  }
  return null;
}

/** The next content word after k in its clause, within three words. */
function nextContent(v: View, k: number): number {
  for (let j = k + 1; j < v.toks.length && j <= k + 3; j++) {
    if (v.toks[j].brk) return -1;
    if (isContent(v.toks[j])) return j;
  }
  return -1;
}

/** Adverbs in -ly read as their adjective ("easily" as "easy"). */
function adjectiveOf(t: Tok): string {
  if (!t.word || t.low.length < 6 || !t.low.endsWith('ly')) return t.st;
  return stem(t.low.endsWith('ily') ? t.low.slice(0, -3) + 'y' : t.low.slice(0, -2));
}

/** Positions of a word, or of an adverb made from it. */
function positionsOf(v: View, st: string): number[] {
  return positionsWhere(v, (t) => t.st === st || adjectiveOf(t) === st);
}

interface Occurrence {
  at: number;
  len: number;
}

const stemmedGroups = ANTONYM_GROUPS.map((g) => {
  const sa = g.a.map((w) => w.split(' ').map((x) => stem(x)));
  const sb = g.b.map((w) => w.split(' ').map((x) => stem(x)));
  /** The group's own words: not evidence that two sentences speak of the same participants. */
  const own = new Set([...sa, ...sb].flat());
  return { ...g, sa, sb, own };
});

/** Where an antonym group's phrases occur in a sentence: per side, in text order. */
interface GroupHits {
  a: Occurrence[];
  b: Occurrence[];
}

/** Every phrase of every group by its first stem, in group and phrase order. */
const PHRASES_BY_FIRST = new Map<string, { group: number; side: 'a' | 'b'; phrase: string[] }[]>();
stemmedGroups.forEach((g, group) => {
  for (const side of ['a', 'b'] as const) {
    for (const phrase of side === 'a' ? g.sa : g.sb) {
      let list = PHRASES_BY_FIRST.get(phrase[0]);
      if (!list) PHRASES_BY_FIRST.set(phrase[0], (list = []));
      list.push({ group, side, phrase });
    }
  }
});

/**
 * Where the phrases of the antonym groups occur in a sentence (one pass over
 * its tokens, kept with the view: a sentence meets many candidates), by group.
 */
function hitsOf(v: View): Map<number, GroupHits> {
  if (v.hits) return v.hits;
  const hits = new Map<number, GroupHits>();
  const t = v.toks;
  for (let i = 0; i < t.length; i++) {
    const starting = PHRASES_BY_FIRST.get(t[i].st);
    if (!starting) continue;
    for (const { group, side, phrase } of starting) {
      if (stemmedGroups[group].verbs && DETERMINERS.has(t[i - 1]?.low ?? '')) continue;
      const len = matchAt(t, i, phrase);
      if (!len) continue;
      let h = hits.get(group);
      if (!h) hits.set(group, (h = { a: [], b: [] }));
      h[side].push({ at: i, len });
    }
  }
  v.hits = hits;
  return hits;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'any', 'no']);

/** Length in tokens of the stemmed phrase at i (brackets inside it skipped), or 0. */
function matchAt(t: Tok[], i: number, ph: string[]): number {
  let j = i + 1;
  let n = 1;
  while (n < ph.length && j < t.length) {
    if (t[j].low === '(' || t[j].low === ')') {
      j++;
      continue;
    }
    if (t[j].st !== ph[n]) break;
    j++;
    n++;
  }
  return n < ph.length ? 0 : j - i;
}

const NONE: GroupHits = { a: [], b: [] };

/** Content words and numbers around an occurrence: who and what the predicate is about. */
function anchors(v: View, o: Occurrence, skip: Set<string>): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const t = v.toks;
  for (let j = Math.max(0, o.at - 6); j < Math.min(t.length, o.at + o.len + 6); j++) {
    if (j >= o.at && j < o.at + o.len) continue;
    if ((isContent(t[j]) || t[j].num) && !skip.has(t[j].st)) out.set(t[j].st, t[j].num || (t[j].cap && j > 0));
  }
  return out;
}

/** The run of capitalised words ending at j (stems, without stop words); `step` 1 reads the run starting at j instead. */
function nameRun(t: Tok[], j: number, step: 1 | -1 = -1): Set<string> {
  const run = new Set<string>();
  for (let i = j; i >= 0 && i < t.length && t[i].cap && !t[i].brk; i += step) if (!isStop(t[i].low)) run.add(t[i].st);
  return run;
}

/**
 * Who the predicate at k is most likely about: the name nearest before it in
 * its clause, else the first name of the sentence before it (the subject of
 * "Ford, the carmaker, posted a profit").
 */
function subjectOf(v: View, k: number): Set<string> | null {
  const t = v.toks;
  const isName = (j: number): boolean => t[j].cap && !isStop(t[j].low) && !t[j].brk;
  for (let j = k - 1; j >= 0 && !t[j].brk; j--) {
    if (!isName(j)) continue;
    // the whole name, also where "and", "of" or "&" join its words ("Securities and Exchange Commission")
    let i = j;
    for (;;) {
      if (i > 0 && isName(i - 1)) i--;
      else if (i > 1 && NAME_JOINERS.has(t[i - 1].low) && isName(i - 2)) i -= 2;
      else break;
    }
    // a name after a preposition is not who the clause is about ("filed with the Securities and Exchange Commission")
    let p = i - 1;
    while (p >= 0 && ARTICLES.has(t[p].low)) p--;
    if (p >= 0 && PREPOSITIONS.has(t[p].low)) {
      j = i;
      continue;
    }
    return nameRun(t, j);
  }
  for (let j = 0; j < k; j++) {
    if (!isName(j)) continue;
    while (j + 1 < k && t[j + 1].cap && !t[j + 1].brk) j++;
    return nameRun(t, j);
  }
  return null;
}

/** Two names of different participants: neither is part of the other ("Ford Motors" / "General Motors", not "Bush" / "President Bush"). */
function differentNames(x: Set<string>, y: Set<string>): boolean {
  const within = (p: Set<string>, q: Set<string>): boolean => [...p].every((n) => q.has(n));
  return x.size > 0 && y.size > 0 && !within(x, y) && !within(y, x);
}

/**
 * Antonymous predicates of the same participants: one sentence says the
 * assembly passed the amendment, the other that it rejected it. Each side
 * must use only one of the two groups, state it plainly, and share with the
 * other side a name or number, or two content words, next to the predicate.
 */
function antonyms(a: ClaimSignature, b: ClaimSignature): Conflict | null {
  const va = viewOf(a);
  const vb = viewOf(b);
  const ha = hitsOf(va);
  const hb = hitsOf(vb);
  if (!ha.size || !hb.size) return null;
  // the groups both sentences use, in the lexicon's order
  const common: number[] = [];
  for (const gi of ha.keys()) if (hb.has(gi)) common.push(gi);
  common.sort((x, y) => x - y);
  for (const gi of common) {
    const g = stemmedGroups[gi];
    const { a: aa, b: ab } = ha.get(gi) ?? NONE;
    const { a: ba, b: bb } = hb.get(gi) ?? NONE;
    const skip = g.own;
    // one side's words of one group against the other side's words of the other; a side may also use
    // the opposite word in a relative clause, of other participants ("a liberal thinker whose politics
    // angered conservative politicians"), but not in a clause of its own ("won the first game, but
    // lost the second")
    for (const [xs, ys, xRivals, yRivals] of [
      [aa, bb, ab, ba],
      [ab, ba, aa, bb],
    ] as const) {
      if (!xs.length || !ys.length || (xRivals.length && yRivals.length)) continue;
      for (const x of xs) {
        for (const y of ys) {
          if (va.toks[x.at + x.len]?.low === 'to' || vb.toks[y.at + y.len]?.low === 'to') continue;
          if (!opposed(va, x, vb, y, skip)) continue;
          if (xRivals.length && (relativeClause(va, x.at) || !xRivals.every((r) => relativeClause(va, r.at)))) continue;
          if (yRivals.length && (relativeClause(vb, y.at) || !yRivals.every((r) => relativeClause(vb, r.at)))) continue;
          return { detail: `opposite predicates (${words(va, x)}… vs ${words(vb, y)}…)`, value: !!g.direction };
        }
      }
    }
  }
  return null;
}

const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);

/** Whether word k stands in a relative clause: the break that opens its clause is "who", "whose", "which". */
function relativeClause(v: View, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (v.toks[j].brk) return RELATIVES.has(v.toks[j].low);
  return false;
}

const words = (v: View, o: Occurrence): string =>
  v.toks
    .slice(o.at, o.at + o.len)
    .filter((t) => t.word)
    .map((t) => t.low)
    .join(' ');

/**
 * Whether two opposite words are said of the same participants: both stated
 * plainly, no two different names as their subjects, and a name or number, or
 * two content words, shared next to them.
 */
function opposed(va: View, x: Occurrence, vb: View, y: Occurrence, skip: Set<string>): boolean {
  if (!affirmedAt(va, x.at) || !affirmedAt(vb, y.at)) return false;
  return aboutSame(va, x, vb, y, skip, 2);
}

/**
 * Whether two occurrences of predicates are said of the same participants: not
 * two different names as their subjects, not two different sets of numbers next
 * to them, and a name or number, or `minShared` content words, shared next to them.
 */
function aboutSame(va: View, x: Occurrence, vb: View, y: Occurrence, skip: Set<string>, minShared: number): boolean {
  // two different names as subjects: two companies, one with a profit and one with a loss
  const sa = subjectOf(va, x.at);
  const sb = subjectOf(vb, y.at);
  if (sa && sb && differentNames(sa, sb)) return false;
  const ka = anchors(va, x, skip);
  const kb = anchors(vb, y, skip);
  // numbers on both sides and none in common: two instances ("1985 includes a gain of 10 cts" /
  // "1986 excludes a gain of two cts"), not one told two ways
  if (numbersDiffer(va, x, vb, y)) return false;
  let shared = 0;
  for (const [k, named] of ka) {
    if (!kb.has(k)) continue;
    shared++;
    if (named && kb.get(k)) return true;
  }
  return shared >= minShared;
}

/** The numbers (and years) next to an occurrence, as written. */
function numbersNear(v: View, o: Occurrence): Set<string> {
  const out = new Set<string>();
  const t = v.toks;
  for (let j = Math.max(0, o.at - 6); j < Math.min(t.length, o.at + o.len + 6); j++) if (t[j].num) out.add(t[j].word ? String(NUMBER_WORD_VALUES.get(t[j].low) ?? t[j].low) : t[j].st);
  return out;
}

/** Whether both occurrences have years next to them and share none, or amounts and share none. */
function numbersDiffer(va: View, x: Occurrence, vb: View, y: Occurrence): boolean {
  const na = numbersNear(va, x);
  if (!na.size) return false;
  const nb = numbersNear(vb, y);
  for (const isYear of [true, false]) {
    const xa = [...na].filter((n) => YEAR.test(n) === isYear);
    const xb = [...nb].filter((n) => YEAR.test(n) === isYear);
    if (xa.length && xb.length && !xa.some((n) => xb.includes(n))) return true;
  }
  return false;
}

/** Negative prefixes of adjectives and of a few verbs ("unable", "impossible", "illegal", "non-binding"). */
const NEG_PREFIX = /^(?:un|in|im|il|ir|non-?)(\p{L}{4,})$/u;
/** Endings of the adjectives (and participles) such prefixes negate: "inaccurate" is not, "incorrect" is. */
const PREFIXABLE = /(?:able|ible|al|ful|ous|ive|ent|ant|ect|ete|ure|ic|ar|ed|own|ary)$/;
/** Bases the prefix does not negate ("infamous" is famous, "invaluable" valuable) or that are other words ("in-stalled"). */
const NOT_NEGATED = new Set(['famous', 'flammable', 'valuable', 'habitable', 'different', 'patient', 'plant', 'vent', 'dent', 'tent', 'pressed', 'stalled', 'posed', 'stated', 'formed', 'vested', 'paired', 'ported', 'fused', 'sured', 'cover', 'covered', 'vented', 'tended', 'dented', 'flamed', 'bred']);
/** Bases without such an ending that take a negative prefix. */
const PREFIXED_BASES = new Set(['valid', 'sane', 'just', 'likely', 'aware', 'fair', 'clear', 'certain', 'sure', 'happy', 'safe', 'lucky', 'fit', 'wise', 'kind', 'true', 'healthy', 'stable', 'popular', 'friendly', 'willing', 'able', 'binding', 'violent', 'partisan', 'smoker']);

/** Words with a negative prefix in a sentence, as [position, stem of the base, the base]. */
function prefixedOf(v: View): [number, string, string][] {
  if (v.prefixed) return v.prefixed;
  const out: [number, string, string][] = [];
  v.toks.forEach((t, i) => {
    if (!t.word) return;
    const m = NEG_PREFIX.exec(t.low);
    if (!m) return;
    const base = m[1];
    if (NOT_NEGATED.has(base) || !(PREFIXABLE.test(base) || PREFIXED_BASES.has(base))) return;
    out.push([i, stem(base), base]);
  });
  return (v.prefixed = out);
}

/**
 * A word and its negative-prefixed form said of the same participants: "the
 * strike was legal" / "the strike was illegal", "able to pay" / "unable to pay".
 */
function prefixAntonyms(a: ClaimSignature, b: ClaimSignature): string | null {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const vx = viewOf(x);
    const px = prefixedOf(vx);
    if (!px.length) continue;
    const vy = viewOf(y);
    for (const [i, base, raw] of px) {
      // both words on one side ("legal or illegal"), or the prefixed word on both: no opposition
      if (vy.toks.some((t) => t.low === vx.toks[i].low) || vx.toks.some((t) => t.st === base && t.word)) continue;
      for (let k = 0; k < vy.toks.length; k++) {
        if (vy.toks[k].st !== base || !vy.toks[k].word) continue;
        // "undiscovered" / "discovers": a state before an event, not its denial; a participle meets only itself
        if (raw.endsWith('ed') && vy.toks[k].low !== raw) continue;
        const skip = new Set([base, vx.toks[i].st]);
        if (opposed(vx, { at: i, len: 1 }, vy, { at: k, len: 1 }, skip)) return `opposite predicates (${vx.toks[i].low}… vs ${vy.toks[k].low}…)`;
      }
    }
  }
  return null;
}

interface Slot {
  /** What the slot is: "born", "died", "capital of". */
  rel: string;
  /** Whose slot it is: the person, the country. */
  owner: Set<string>;
  /** What fills it: a year, a city. */
  filler: Set<string>;
  /** The filler as written, where it is a name. */
  shown?: string;
}

const YEAR = /^(?:1\d|20)\d\d$/;

/**
 * Slots that hold one value: the year a person was born or died, the capital
 * of a country. (Places of birth are left out: "born in Lyon" and "born in
 * France" are both true, and nothing here knows which place is in which.)
 */
function slotsOf(v: View): Slot[] {
  if (v.slots) return v.slots;
  const t = v.toks;
  const out: Slot[] = (v.slots = []);
  for (let i = 0; i < t.length; i++) {
    if (t[i].low === 'born' || t[i].low === 'died') {
      const owner = subjectOf(v, i);
      if (!owner) continue;
      let dated = false;
      for (let j = i + 1; j < t.length && j <= i + 6; j++) {
        if (CLAUSE_WORDS.has(t[j].low) || t[j].low === ';') break;
        // the day too where it is given ("born on April 21, 1926", "died 3 May"): two days of one year differ
        const day = dated ? null : dayAt(t, j);
        if (day) {
          out.push({ rel: t[i].low + ' on', owner, filler: new Set([`${day.month}/${day.day}`]) });
          dated = true;
        }
        if (YEAR.test(t[j].low)) {
          out.push({ rel: t[i].low, owner, filler: new Set([t[j].low]) });
          break;
        }
      }
    } else if (t[i].low === 'capital' && t[i + 1]?.low === 'of' && t[i + 2]?.cap) {
      const owner = nameRun(t, i + 2, 1);
      let j = i + 2;
      while (j < t.length && t[j].cap && !t[j].brk) j++;
      let filler: Set<string> | null = null;
      // "Vela is the capital of Norland" / "the capital of Norland is Vela"
      if (i >= 3 && t[i - 1].low === 'the' && /^(?:is|was|became)$/.test(t[i - 2].low) && t[i - 3].cap) filler = nameRun(t, i - 3);
      else if (/^(?:is|was)$/.test(t[j]?.low ?? '') && t[j + 1]?.cap) filler = nameRun(t, j + 1, 1);
      if (owner.size && filler?.size) out.push({ rel: 'capital of', owner, filler });
    } else {
      const role = postAt(t, i);
      if (role) out.push(role);
    }
  }
  return out;
}

/** Posts one person holds at a time, by the words that name them ("chief executive officer" and "CEO" are one post). */
const POSTS: [string[], string][] = [
  [['president'], 'president'],
  [['prime', 'minister'], 'prime minister'],
  [['premier'], 'prime minister'],
  [['chancellor'], 'chancellor'],
  [['king'], 'king'],
  [['queen'], 'queen'],
  [['pope'], 'pope'],
  [['governor'], 'governor'],
  [['mayor'], 'mayor'],
  [['chairman'], 'chairman'],
  [['chairwoman'], 'chairman'],
  [['chief', 'executive', 'officer'], 'chief executive'],
  [['chief', 'executive'], 'chief executive'],
  [['ceo'], 'chief executive'],
  [['secretary-general'], 'secretary-general'],
];

const POST_FIRST = new Set(POSTS.map(([w]) => w[0]));

/** The name run starting at j (after "the"), as name keys. */
function namesFrom(t: Tok[], j: number): Set<string> {
  if (t[j]?.low === 'the') j++;
  const out = new Set<string>();
  for (; j < t.length && t[j].cap && t[j].word && !t[j].brk; j++) if (!isStop(t[j].low)) out.add(nameKey(t[j]));
  return out;
}

/** The name run ending at j, as name keys. */
function namesTo(t: Tok[], j: number): Set<string> {
  const out = new Set<string>();
  for (; j >= 0 && t[j].cap && t[j].word && !t[j].brk; j--) if (!isStop(t[j].low)) out.add(nameKey(t[j]));
  return out;
}

/**
 * A post held now, of a named owner, by a named person: "Tarsk is the president of Norland", "Ilse
 * Varnholt, the mayor of Osterby,", "Osterby's mayor, Ilse Varnholt". Only "the" right before the
 * post ("the former mayor", "the vice president", "the acting chairman" are other posts or times),
 * and "is", not "was" (past holders of one post are many).
 */
function postAt(t: Tok[], i: number): Slot | null {
  if (!POST_FIRST.has(t[i].low)) return null;
  for (const [words, post] of POSTS) {
    if (t[i].low !== words[0]) continue;
    let e = i;
    while (e - i < words.length && t[e]?.low === words[e - i]) e++;
    if (e - i < words.length) continue;
    let owner: Set<string>;
    let filler: Set<string>;
    if (i >= 1 && /['’]s$/.test(t[i - 1].low) && t[i - 1].cap) {
      // "Osterby's mayor, Ilse Varnholt" / "Osterby's mayor Ilse Varnholt"
      owner = namesTo(t, i - 1);
      filler = namesFrom(t, t[e]?.low === ',' ? e + 1 : e);
    } else {
      if (t[e]?.low !== 'of' || t[i - 1]?.low !== 'the' || i < 3) return null;
      owner = namesFrom(t, e + 1);
      const before = t[i - 2].low;
      if (before !== 'is' && before !== ',') return null;
      filler = namesTo(t, i - 3);
    }
    return owner.size && filler.size && differentNames(owner, filler) ? { rel: `${post} of`, owner, filler, shown: surface(t, filler) } : null;
  }
  return null;
}

/** One slot filled differently: "born in 1950" / "born in 1948" of one person. */
function slotConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  const va = viewOf(a);
  const vb = viewOf(b);
  const sa = slotsOf(va);
  if (!sa.length) return null;
  const sb = slotsOf(vb);
  const mentions = (v: View, names: Set<string>): boolean => [...names].every((n) => v.toks.some((x) => x.st === n || x.low === n));
  for (const x of sa) {
    for (const y of sb) {
      if (x.rel !== y.rel || differentNames(x.owner, y.owner) || ![...x.owner].some((n) => y.owner.has(n))) continue;
      if ([...x.filler].some((n) => y.filler.has(n)) || mentions(vb, x.filler) || mentions(va, y.filler)) continue;
      return `different ${x.rel} (${x.shown ?? [...x.filler].join(' ')} vs ${y.shown ?? [...y.filler].join(' ')})`;
    }
  }
  return null;
}

function sameDateLevel(x: DateSig, y: DateSig): string | null {
  // Only dates of the same precision can conflict: "February 27" does not contradict "in February".
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year && x.month === undefined && y.month === undefined) return `${x.year} vs ${y.year}`;
  if (x.month !== undefined && y.month !== undefined && x.day !== undefined && y.day !== undefined) {
    if (x.month !== y.month || x.day !== y.day) return `${x.month}/${x.day} vs ${y.month}/${y.day}`;
  }
  return null;
}

function sameDate(x: DateSig, y: DateSig): boolean {
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

// (conflict tokens are letters only: the dotted abbreviations never match)
const monthNumber = (t: Tok): number | undefined => (t.cap && t.word ? MONTH_NUMBERS.get(t.low) : undefined);

/** Positions of a number in the text (digits, a number word, or digits with a scale: "27.5 billion"). */
function numberPositions(v: View, value: number): number[] {
  return positionsWhere(v, (t, i) => {
    if (!t.num) return false;
    const n = t.word ? NUMBER_WORD_VALUES.get(t.low) ?? NaN : Number(t.st);
    return n === value || n * (SCALES[v.toks[i + 1]?.low ?? ''] ?? NaN) === value;
  });
}

/** Positions of a date: its year, or its month. */
function datePositions(v: View, d: DateSig): number[] {
  return positionsWhere(v, (t) => (d.month !== undefined ? monthNumber(t) === d.month : t.low === String(d.year)));
}

/**
 * The words a value stands with in its clause (up to four content words either side, no numbers or
 * months): what the value is a value of. "fell 2.5 percent to" and "increased by 5 percent" give
 * two changes, "For the final quarter of 2009" and "profitable by 2011" two periods.
 */
function roleOf(v: View, k: number, skip: string): Set<string> {
  const out = new Set<string>();
  const t = v.toks;
  for (const dir of [-1, 1]) {
    let n = 0;
    for (let j = k + dir; j >= 0 && j < t.length && n < 4; j += dir) {
      // a dash ends it too: the date of a dateline ("LONDON, March 26 - ") is no date of the event
      if (t[j].brk) break;
      if (!isContent(t[j]) || monthNumber(t[j]) || t[j].st === skip) continue;
      out.add(t[j].st);
      n++;
    }
  }
  return out;
}

/**
 * Whether two values fill the same role: some occurrence of each shares a word of its clause with one
 * of the other, and the two are not said of two differently named subjects (two companies' bonds).
 */
function sameRole(va: View, pa: number[], vb: View, pb: number[], skip = ''): boolean {
  for (const i of pa) {
    const ra = roleOf(va, i, skip);
    for (const j of pb) {
      if (![...roleOf(vb, j, skip)].some((w) => ra.has(w))) continue;
      const sa = subjectOf(va, i);
      const sb = subjectOf(vb, j);
      if (!(sa && sb && differentNames(sa, sb))) return true;
    }
  }
  return false;
}

/** Different counts of one unit, or different dates, for a shared predicate, each standing with the same words. */
function values(a: ClaimSignature, b: ClaimSignature): string | null {
  if (!a.predicates.some((p) => b.predicates.includes(p))) return null;
  for (const na of a.numbers) {
    for (const nb of b.numbers) {
      // a count conflicts only when the other side never gives the same value for that unit
      if (na.unit && na.unit === nb.unit && na.value !== nb.value && !b.numbers.some((x) => x.unit === na.unit && x.value === na.value) && !a.numbers.some((x) => x.unit === nb.unit && x.value === nb.value)) {
        const rel = Math.abs(na.value - nb.value) / Math.max(na.value, nb.value);
        if (rel > 0.05 && sameRole(viewOf(a), numberPositions(viewOf(a), na.value), viewOf(b), numberPositions(viewOf(b), nb.value), na.unit)) return `${na.value} vs ${nb.value} ${na.unit}`;
      }
    }
  }
  // a date conflicts only when the other side gives no agreeing date ("elected in 1990, re-elected in 1995" / "re-elected in 1995")
  for (const da of a.dates) {
    for (const db of b.dates) {
      const c = sameDateLevel(da, db);
      if (c && !a.dates.some((x) => b.dates.some((y) => sameDate(x, y))) && sameRole(viewOf(a), datePositions(viewOf(a), da), viewOf(b), datePositions(viewOf(b), db))) return `different dates (${c})`;
    }
  }
  return null;
}

/**
 * Relations that hold one way between two participants: if A owns B, B does
 * not own A; if A succeeded B, B did not succeed A; if A beat B, B did not
 * beat A (in one contest). Verbs are read in the active voice ("A bought B")
 * and the passive ("B was bought by A"); nouns with "of" say which side is
 * which ("B is a subsidiary of A", "A is the owner of B"), and a possessive
 * before a noun names its holder ("A's predecessor, B").
 */
const ONE_WAY: { rel: string; verbs?: string[]; ofFirst?: string[]; ofSecond?: string[]; possFirst?: string[]; possSecond?: string[] }[] = [
  { rel: 'owns', verbs: ['own', 'owns', 'owned', 'acquire', 'acquires', 'acquired', 'buy', 'buys', 'bought'], ofFirst: ['owner', 'parent'], ofSecond: ['subsidiary', 'unit', 'division'], possFirst: ['owner', 'parent'], possSecond: ['subsidiary', 'unit', 'division'] },
  { rel: 'succeeded', verbs: ['succeed', 'succeeds', 'succeeded', 'replace', 'replaces', 'replaced'], ofFirst: ['successor'], ofSecond: ['predecessor'], possFirst: ['successor'], possSecond: ['predecessor'] },
  { rel: 'beat', verbs: ['beat', 'beats', 'beaten', 'defeat', 'defeats', 'defeated'] },
];
const ONE_WAY_BY_WORD = new Map<string, { rel: string; kind: 'verb' | 'ofFirst' | 'ofSecond' | 'possFirst' | 'possSecond' }[]>();
for (const r of ONE_WAY) {
  for (const kind of ['verbs', 'ofFirst', 'ofSecond', 'possFirst', 'possSecond'] as const) {
    for (const w of r[kind] ?? []) {
      let list = ONE_WAY_BY_WORD.get(w);
      if (!list) ONE_WAY_BY_WORD.set(w, (list = []));
      list.push({ rel: r.rel, kind: kind === 'verbs' ? 'verb' : kind });
    }
  }
}

interface Directed {
  rel: string;
  /** The two participants as written, for the detail. */
  text: [string, string];
  /** Names of the first participant (the owner, the successor, the winner) and of the second, as stems. */
  first: Set<string>;
  second: Set<string>;
}

/** A name's key: its stem without a possessive ("Abbas's" → "abba"). */
const nameKey = (t: Tok): string => stem(t.low.replace(/['’]s$/, ''));
const isNameTok = (t: Tok, j: number): boolean => t.cap && t.word && j > 0 && !isStop(t.low) && !isAux(t.low) && !monthNumber(t);

/** Names of the nearest run of capitalised words before k in its clause (possessives included). */
function namesBefore(t: Tok[], k: number): Set<string> {
  const out = new Set<string>();
  let j = k - 1;
  while (j >= 0 && !t[j].brk && !isNameTok(t[j], j)) j--;
  for (; j >= 0 && !t[j].brk && (isNameTok(t[j], j) || (t[j].cap && t[j].word)); j--) if (!isStop(t[j].low)) out.add(nameKey(t[j]));
  return out;
}

/** Names of the nearest run of capitalised words after k, within six words (across one comma: "a subsidiary of the carmaker, Ardent Motors"). */
function namesAfter(t: Tok[], k: number): Set<string> {
  let commas = 0;
  for (let j = k + 1; j < t.length && j <= k + 8; j++) {
    if (t[j].low === ',' && commas++ === 0) continue;
    if (t[j].brk || t[j].num) break;
    if (!isNameTok(t[j], j)) continue;
    const out = new Set<string>();
    let e = j;
    for (; e < t.length && isNameTok(t[e], e); e++) out.add(nameKey(t[e]));
    // a nationality modifying a common noun ("Malaysian forestry corporation, Ernslaw One"): look on
    if (e === j + 1 && /(?:an|ese|ish|ic|i)$/.test(t[j].low) && t[e]?.word && !t[e].cap && !isStop(t[e].low)) {
      j = e;
      continue;
    }
    return out;
  }
  return new Set();
}

/** The words of a sentence whose name keys are in the set, in text order. */
function surface(t: Tok[], names: Set<string>): string {
  return t
    .filter((x, j) => x.word && x.cap && names.has(nameKey(x)) && j >= 0)
    .map((x) => x.raw.replace(/['’]s$/, ''))
    .filter((w, i, all) => all.indexOf(w) === i)
    .join(' ');
}

/** The one-way relations a sentence states plainly between two named participants. */
function directedOf(v: View): Directed[] {
  if (v.directed) return v.directed;
  const out: Directed[] = [];
  const t = v.toks;
  for (let k = 0; k < t.length; k++) {
    const kinds = ONE_WAY_BY_WORD.get(t[k].low);
    if (!kinds) continue;
    for (const { rel, kind } of kinds) {
      // a verb must be stated plainly; a noun's relation is taken for granted even in a denial ("never did with Abbas's predecessor")
      if (kind === 'verb' ? !affirmedAt(v, k) : !asserted(v, k)) continue;
      let first: Set<string>;
      let second: Set<string>;
      if (kind === 'verb') {
        // "B was bought by A": the passive
        if (t[k + 1]?.low === 'by' && isAux(t[k - 1]?.low ?? '')) [first, second] = [namesAfter(t, k + 1), namesBefore(t, k)];
        else [first, second] = [namesBefore(t, k), namesAfter(t, k)];
        // a one-word name opening the sentence right before the verb ("Berlinguer succeeded Natta")
        if (!first.size && k === 1 && t[0].cap && t[0].word && !isStop(t[0].low) && !isAux(t[0].low) && t[k - 1] === t[0] && t[k + 1]?.low !== 'by') first = new Set([nameKey(t[0])]);
      } else if (kind === 'ofFirst' || kind === 'ofSecond') {
        if (t[k + 1]?.low !== 'of') continue;
        const before = namesBefore(t, k);
        const after = namesAfter(t, k + 1);
        [first, second] = kind === 'ofFirst' ? [before, after] : [after, before];
      } else {
        // "A's predecessor, B": the holder is a possessive right before the noun
        if (k === 0 || !/['’]s$/.test(t[k - 1].low) || !isNameTok(t[k - 1], k - 1)) continue;
        const holder = namesBefore(t, k);
        const other = namesAfter(t, k);
        [first, second] = kind === 'possSecond' ? [holder, other] : [other, holder];
      }
      if (first.size && second.size && ![...first].some((n) => second.has(n))) out.push({ rel, first, second, text: [surface(t, first), surface(t, second)] });
    }
  }
  for (let k = 0; k + 3 < t.length; k++) if (t[k].low === 'after' && asserted(v, k)) takeOver(t, k, out);
  return (v.directed = out);
}

/** Ends of a holder's time in a post: after them, whoever takes the post succeeds the holder. */
const LEAVINGS = new Set(['death', 'resignation', 'retirement', 'ouster', 'dismissal', 'departure']);
/** "was elected", "became": taking a post. */
const TAKING = new Set(['elected', 'appointed', 'named', 'chosen', 'installed', 'sworn']);

/**
 * A succession told by its order: "after Berlinguer's death, Natta was elected party secretary",
 * "after the resignation of Adler, Brede became chairman": the second succeeded the first.
 */
function takeOver(t: Tok[], k: number, out: Directed[]): void {
  let j = k + 1;
  let before: Set<string>;
  if (t[j].low === 'the' && LEAVINGS.has(t[j + 1]?.low ?? '') && t[j + 2]?.low === 'of') {
    before = placeAt(t, j + 3).names;
    j = placeAt(t, j + 3).end;
  } else {
    let e = j;
    while (e < t.length && isNameTok(t[e], e) && !/['’]s$/.test(t[e].low)) e++;
    if (!t[e] || !/['’]s$/.test(t[e].low) || !t[e].cap || !LEAVINGS.has(t[e + 1]?.low ?? '')) return;
    before = new Set(t.slice(j, e + 1).map(nameKey));
    j = e + 2;
  }
  if (t[j]?.low === ',') j++;
  const after = placeAt(t, j);
  j = after.end;
  const took = (isAux(t[j]?.low ?? '') && TAKING.has(t[j + 1]?.low ?? '')) || t[j]?.low === 'became';
  if (!before.size || !after.names.size || !took || [...before].some((n) => after.names.has(n))) return;
  out.push({ rel: 'succeeded', first: after.names, second: before, text: [surface(t, after.names), surface(t, before)] });
}

/** One side says A owns (succeeded, beat) B, the other that B owns (succeeded, beat) A. */
function reversed(a: ClaimSignature, b: ClaimSignature): string | null {
  const da = directedOf(viewOf(a));
  if (!da.length) return null;
  const db = directedOf(viewOf(b));
  const meets = (x: Set<string>, y: Set<string>): boolean => !differentNames(x, y) && [...x].some((n) => y.has(n));
  for (const x of da) {
    for (const y of db) {
      if (x.rel !== y.rel || meets(x.first, y.first) || meets(x.second, y.second)) continue;
      if (meets(x.first, y.second) && meets(x.second, y.first)) return `one says ${x.text[0]} ${x.rel} ${x.text[1]}, the other the reverse`;
    }
  }
  return null;
}

interface Kin {
  /** Whose relation it is (X in "Y is X's brother") and who holds it (Y), as name stems. */
  of: Set<string>;
  who: Set<string>;
  cls: string;
  converse: string;
  term: string;
}

/** The names before a kinship term across "is", "was", a determiner, a comma and an age ("James Clark, 68, an acquaintance of"). */
function holderBefore(t: Tok[], k: number): Set<string> {
  let j = k - 1;
  while (j >= 0 && /^(?:a|an|the|former|late)$/.test(t[j].low)) j--;
  if (j >= 0 && /^(?:is|was|,)$/.test(t[j].low)) j--;
  if (j >= 1 && t[j].num && t[j - 1].low === ',') j -= 2;
  const out = new Set<string>();
  for (; j >= 0 && t[j].cap && t[j].word && !isStop(t[j].low); j--) out.add(nameKey(t[j]));
  return out;
}

/** Kinship stated between two named people: "X's brother, Y", "Y is X's brother", "Y, a brother of X". */
function kinOf(v: View): Kin[] {
  if (v.kin) return v.kin;
  const out: Kin[] = [];
  const t = v.toks;
  for (let k = 1; k < t.length; k++) {
    const c = KIN_TERMS.get(t[k].low);
    if (!c || !asserted(v, k)) continue;
    let of: Set<string>;
    let who: Set<string>;
    if (/['’]s$/.test(t[k - 1].low) && t[k - 1].cap) {
      of = namesBefore(t, k);
      // "Y is X's brother" or "X's brother, Y" / "X's brother is Y"
      let j = k - 1;
      while (j >= 0 && t[j].cap && t[j].word) j--;
      who = j >= 1 && /^(?:is|was)$/.test(t[j].low) ? holderBefore(t, j + 1) : namesAfter(t, /^(?:is|was)$/.test(t[k + 1]?.low ?? '') ? k + 1 : k);
    } else if (t[k + 1]?.low === 'of') {
      of = namesAfter(t, k + 1);
      who = holderBefore(t, k);
    } else continue;
    if (differentNames(of, who)) out.push({ of, who, cls: c.cls, converse: c.converse, term: t[k].low });
  }
  return (v.kin = out);
}

/** Two kinship terms for one pair of people that cannot both hold ("Y is X's wife" / "Y is X's sister"). */
function kinship(a: ClaimSignature, b: ClaimSignature): string | null {
  const ka = kinOf(viewOf(a));
  if (!ka.length) return null;
  const kb = kinOf(viewOf(b));
  // one person: shared name words, and neither name has words the other lacks on both sides ("Clark" / "James Clark", not "Tom Ashby" / "Tom Brede")
  const common = (x: Set<string>, y: Set<string>): number => (differentNames(x, y) ? 0 : [...x].filter((n) => y.has(n)).length);
  for (const x of ka) {
    for (const y of kb) {
      // the same two people, read the same way round or the other (a shared surname counts on both)
      const same = [common(x.of, y.of), common(x.who, y.who)];
      const swapped = [common(x.of, y.who), common(x.who, y.of)];
      let cls: string | null = null;
      if (same[0] && same[1] && same[0] + same[1] > swapped[0] + swapped[1]) cls = y.cls;
      else if (swapped[0] && swapped[1] && swapped[0] + swapped[1] > same[0] + same[1]) cls = y.converse;
      if (cls !== null && kinConflict(x.cls, cls)) return `different relations (${x.term} vs ${y.term})`;
    }
  }
  return null;
}

interface Held {
  /** Name stems of the owner ("NATO" in "NATO has 19 members"). */
  owner: Set<string>;
  /** The counted noun as written, and its stem. */
  unit: string;
  unitStem: string;
  value: number;
  /** The range the count allows ("nearly 1,000": 850 to 1,000; "more than 20": 20 and up). */
  lo: number;
  hi: number;
  /** 'past' ("had"), 'present' ("has", "employs"), or '' (a possessive: "NATO's 19 members"). */
  tense: string;
}

const CURRENCY = new Set(['$', '£', '€']);

/** Verbs of having a count, with their tense. */
const HAVE: Record<string, string> = { has: 'present', have: 'present', had: 'past', employs: 'present', employ: 'present', employed: 'past' };
/** Adverbs that may stand between the owner and the verb without saying the count changed. */
const HAVE_ADVERBS = new Set(['also', 'still', 'currently', 'reportedly']);
/** Words that put a count at another time than the other side's, or make it a plan: no conflict is read. */
const OTHER_TIME = new Set(['now', 'then', 'once', 'formerly', 'previously', 'originally', 'initially', 'later', 'will', 'would', 'could', 'may', 'might', 'used', 'until', 'since', 'before', 'after', 'when', 'by']);
/** Units a count of an owner does not hold for long: amounts of money, shares, times, rates. */
const NOT_HELD = new Set(
  [
    ...['percent', 'per', 'cent', 'pct', 'point'],
    // money, and the wire's scales ("103 mln stg offer")
    ...['dollar', 'dlr', 'dlrs', 'pound', 'stg', 'sterling', 'euro', 'yen', 'franc', 'mark', 'lira', 'peso', 'rupee', 'mln', 'bln', 'million', 'billion'],
    ...['share', 'year', 'month', 'week', 'day', 'hour', 'minute', 'time'],
    // tallies that move
    ...['vote', 'seat', 'delegate', 'game', 'goal', 'run'],
  ].map((w) => stem(w)),
);
/** Shares and rates: a list of them ("11 and 8 percent, respectively") is one poll's or one period's, and polls and periods are many. */
const RATES = new Set(['percent', 'pct', 'cent', 'point'].map((w) => stem(w)));

/** The range a qualified count allows, and where its qualifier starts ("nearly 1,000", "more than 20", "at least 5"). */
function qualified(t: Tok[], k: number, v: number): { start: number; lo: number; hi: number } {
  const w1 = t[k - 1]?.low ?? '';
  const w2 = t[k - 2]?.low ?? '';
  if (w1 === 'than' && (w2 === 'more' || w2 === 'over')) return { start: k - 2, lo: v, hi: Infinity };
  if (w1 === 'than' && (w2 === 'fewer' || w2 === 'less')) return { start: k - 2, lo: 0, hi: v };
  if (w2 === 'at' && w1 === 'least') return { start: k - 2, lo: v, hi: Infinity };
  if ((w2 === 'at' && w1 === 'most') || (w2 === 'up' && w1 === 'to')) return { start: k - 2, lo: 0, hi: v };
  if (w1 === 'nearly' || w1 === 'almost') return { start: k - 1, lo: 0.85 * v, hi: v };
  if (w1 === 'about' || w1 === 'around' || w1 === 'roughly' || w1 === 'approximately' || w1 === 'some' || w1 === 'estimated') return { start: k - 1, lo: 0.75 * v, hi: 1.25 * v };
  if (w1 === 'over') return { start: k - 1, lo: v, hi: Infinity };
  if (w1 === 'under') return { start: k - 1, lo: 0, hi: v };
  if (w1 === 'only' || w1 === 'just' || w1 === 'exactly') return { start: k - 1, lo: v, hi: v };
  return { start: k, lo: v, hi: v };
}

/**
 * Counts a named owner is said to have: "NATO has 16 members", "Ardent Motors employs 4,000 people",
 * "NATO's 19 members". Read only where nothing in the clause puts the count at another time (a year,
 * a month, "now", "originally", "will") and the unit is a thing owned, not money, a share or a time.
 */
function heldOf(s: ClaimSignature): Held[] {
  const v = viewOf(s);
  if (v.held) return v.held;
  const out: Held[] = [];
  const t = v.toks;
  // the first word of a sentence is a name where the signature took it for one, or an acronym ("NATO")
  const first = t[0]?.word ? t[0].raw.replace(/['’]s$/, '') : '';
  const firstIsName = /^\p{Lu}{2,}$/u.test(first) || s.names.some((n) => n.key === translit(first)) || s.entities.includes('ent:' + translit(first));
  const isOwnerTok = (j: number): boolean => j >= 0 && t[j].word && t[j].cap && !isStop(t[j].low) && !isAux(t[j].low) && !monthNumber(t[j]) && (j > 0 || firstIsName);
  // every owner a count is given for, whatever the unit: a tally of several owners ("Cruz has 11 delegates,
  // Rubio has 10") is the state of a race at one moment, and races move: no count of such a sentence is read
  const owners: Set<string>[] = [];
  for (const n of s.numbers) {
    for (const k of numberPositions(v, n.value)) {
      if (CURRENCY.has(t[k - 1]?.low ?? '')) continue;
      const q = qualified(t, k, n.value);
      let j = q.start - 1;
      let tense = '';
      let ownerEnd: number;
      if (j >= 0 && HAVE[t[j].low] !== undefined) {
        tense = HAVE[t[j].low];
        j--;
        while (j >= 0 && HAVE_ADVERBS.has(t[j].low)) j--;
        if (!isOwnerTok(j) || /['’]s$/.test(t[j].low)) continue;
        ownerEnd = j;
      } else if (j >= 0 && /['’]s$/.test(t[j].low) && isOwnerTok(j)) ownerEnd = j;
      else continue;
      const owner = new Set<string>();
      for (let i = ownerEnd; i >= 0 && isOwnerTok(i); i--) if (i === ownerEnd || !/['’]s$/.test(t[i].low)) owner.add(nameKey(t[i]));
      // the clause of the count: another time, a year or a month in it, or a rate ("per", "a year"), and it is not one count
      let other = false;
      for (const dir of [-1, 1]) {
        for (let i = k + dir; i >= 0 && i < t.length && !t[i].brk; i += dir) {
          if (OTHER_TIME.has(t[i].low) || YEAR.test(t[i].low) || monthNumber(t[i]) || t[i].low === 'per' || t[i].low === 'each' || t[i].low === 'every') other = true;
        }
      }
      if (owner.size) owners.push(owner);
      if (other || !owner.size || !n.unit || NOT_HELD.has(n.unit)) continue;
      const u = t[k + (SCALES[t[k + 1]?.low ?? ''] ? 2 : 1)];
      out.push({ owner, unit: u && u.st === n.unit ? u.low : n.unit, unitStem: n.unit, value: n.value, lo: q.lo, hi: q.hi, tense });
    }
  }
  const tally = owners.some((x) => owners.some((y) => differentNames(x, y)));
  return (v.held = tally ? [] : out);
}

/** One owner's count of one thing given as two counts that cannot both hold: "NATO has 16 members" / "NATO's 19 members". */
function heldCount(a: ClaimSignature, b: ClaimSignature): string | null {
  const ha = heldOf(a);
  if (!ha.length) return null;
  const hb = heldOf(b);
  for (const x of ha) {
    for (const y of hb) {
      if (x.unitStem !== y.unitStem || (x.tense && y.tense && x.tense !== y.tense)) continue;
      if (differentNames(x.owner, y.owner) || ![...x.owner].some((n) => y.owner.has(n))) continue;
      // ranges that meet (with 5% for rounding), or either value also given on the other side: no conflict
      if (x.hi * 1.05 >= y.lo && y.hi * 1.05 >= x.lo) continue;
      if (b.numbers.some((m) => m.value === x.value) || a.numbers.some((m) => m.value === y.value)) continue;
      return `different numbers of ${y.unit} (${x.value} vs ${y.value})`;
    }
  }
  return null;
}

/** Whether a sentence gives a count of a thing (a cheap test before reading owned counts). */
const countsThing = (s: ClaimSignature): boolean => s.numbers.some((n) => n.unit !== '' && !NOT_HELD.has(n.unit));

interface Respective {
  /** The named participants of the list, in order, as name stems ("Tyler Jackson and John Jodka" → two sets). */
  names: Set<string>[];
  /** Their values, in the same order, with the unit they count, and whether they are amounts of money ("$20 million"). */
  values: { value: number; unit: string; money: boolean }[];
}

/** The value a number token stands for (digits or a number word, times a scale word after it), or NaN. */
function valueAt(t: Tok[], k: number): number {
  const n = t[k].word ? NUMBER_WORD_VALUES.get(t[k].low) ?? NaN : Number(t[k].st);
  return n * (SCALES[t[k + 1]?.low ?? ''] ?? 1);
}

/**
 * "A and B … 21 months and 18 months, respectively": a list of named participants and a list of
 * values as long, paired in order. Only where there is one list of names as long as the values
 * before them (the pairing is then not in doubt).
 */
function respectiveOf(v: View): Respective[] {
  const t = v.toks;
  const out: Respective[] = [];
  for (let r = 1; r < t.length; r++) {
    if (t[r].low !== 'respectively') continue;
    // the values, read backwards: "21 months and 18 months", "$5 and $7 million"
    const values: { value: number; unit: string; money: boolean }[] = [];
    let j = r - 1;
    if (t[j].low === ',') j--;
    let valuesStart = -1;
    for (;;) {
      let unit = '';
      if (j >= 1 && t[j].word && !t[j].num && !t[j].cap && !SCALES[t[j].low] && (t[j - 1].num || SCALES[t[j - 1].low])) unit = t[j--].st;
      if (j >= 1 && SCALES[t[j].low] && t[j - 1].num) j--;
      if (j < 0 || !t[j].num) break;
      const money = CURRENCY.has(t[j - 1]?.low ?? '');
      values.unshift({ value: valueAt(t, j), unit, money });
      valuesStart = j;
      j--;
      if (money) j--;
      if (j >= 0 && (t[j].low === 'and' || t[j].low === ',')) {
        j--;
        if (j >= 0 && t[j].low === ',') j--;
        continue;
      }
      break;
    }
    if (values.length < 2 || values.some((x) => Number.isNaN(x.value))) continue;
    // a value without a unit takes the next one's ("5 and 7 months")
    for (let i = values.length - 2; i >= 0; i--) if (!values[i].unit && !values[i].money) values[i].unit = values[i + 1].unit;
    // lists of names before the values: runs of capitalised words joined by "and" or commas
    const lists: Set<string>[][] = [];
    let cur: Set<string>[] = [];
    let run: Set<string> | null = null;
    const close = (): void => {
      if (run) cur.push(run);
      run = null;
    };
    for (let i = 0; i < valuesStart; i++) {
      if (isNameTok(t[i], i) || (run && t[i].cap && t[i].word)) {
        (run ??= new Set()).add(nameKey(t[i]));
        continue;
      }
      close();
      if (cur.length && (t[i].low === 'and' || (t[i].low === ',' && (t[i + 1]?.low === 'and' || isNameTok(t[i + 1] ?? t[i], i + 1))))) continue;
      if (cur.length) lists.push(cur);
      cur = [];
    }
    close();
    if (cur.length) lists.push(cur);
    const fitting = lists.filter((l) => l.length === values.length);
    if (fitting.length === 1) out.push({ names: fitting[0], values });
  }
  return out;
}

/**
 * One side pairs named participants with values ("Jackson and Jodka were sentenced to 21 and 18
 * months, respectively"), the other gives one of them another value of that unit for a predicate
 * both sides state ("Jackson was sentenced to 18 months").
 */
function respective(a: ClaimSignature, b: ClaimSignature): string | null {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const rx = respectiveOf(viewOf(x));
    if (!rx.length || !x.predicates.some((p) => y.predicates.includes(p))) continue;
    const vy = viewOf(y);
    if (respectiveOf(vy).length) continue;
    for (const r of rx) {
      for (const n of y.numbers) {
        for (const k of numberPositions(vy, n.value)) {
          const who = subjectOf(vy, k);
          if (!who) continue;
          // the one named participant of the list it is about
          const hit = r.names.map((names, i) => (!differentNames(names, who) && [...names].some((w) => who.has(w)) ? i : -1)).filter((i) => i >= 0);
          if (hit.length !== 1) continue;
          const own = r.values[hit[0]];
          // the same unit counted, or two amounts of money ("$20 million" / "$3 million"); not shares (polls are many)
          const money = CURRENCY.has(vy.toks[k - 1]?.low ?? '');
          if (own.value === n.value || RATES.has(n.unit) || !(own.unit ? own.unit === n.unit : own.money && money && !n.unit)) continue;
          return `different values for one of a list (${own.money ? '$' : ''}${own.value} vs ${money ? '$' : ''}${n.value}${n.unit ? ' ' + n.unit : ''}, respectively)`;
        }
      }
    }
  }
  return null;
}

/** Words that can state a relation between two named participants (a cheap test before tokenising). */
const RELATION_WORDS = new Set([...ONE_WAY_BY_WORD.keys(), ...KIN_TERMS.keys(), ...LEAVINGS, 'respectively']);
const mayRelate = new WeakMap<ClaimSignature, boolean>();
function statesRelation(s: ClaimSignature): boolean {
  let r = mayRelate.get(s);
  if (r === undefined) {
    r = false;
    for (const m of s.text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      if (RELATION_WORDS.has(m[0].toLowerCase())) {
        r = true;
        break;
      }
    }
    mayRelate.set(s, r);
  }
  return r;
}

/**
 * A conflict that names the same two participants on both sides in one relation (A owns B / B owns
 * A, Y is X's wife / Y is X's sister), or one named owner's count of one thing ("NATO has 16
 * members" / "NATO's 19 members"): the relation itself shows the two sentences are about the same
 * people, so it is checked on pairs that share too little else for the other rules.
 */
export function namedConflictOf(a: ClaimSignature, b: ClaimSignature): Conflict | null {
  const ra = statesRelation(a);
  const rb = statesRelation(b);
  const detail =
    (ra && rb ? reversed(a, b) ?? kinship(a, b) : null) ?? ((ra || rb) && a.numbers.length && b.numbers.length ? respective(a, b) : null) ?? (countsThing(a) && countsThing(b) ? heldCount(a, b) : null);
  return detail ? { detail, value: false, named: true } : null;
}

/** Contests one side wins ("the election", "the title", "the cup"): a contest named with "the" has one winner. */
const CONTESTS = new Set(['election', 'championship', 'title', 'cup', 'race', 'final', 'tournament', 'primary', 'presidency', 'runoff', 'referendum', 'series', 'pennant', 'marathon', 'derby', 'nomination', 'leadership']);
const WON = new Set(['won', 'wins', 'win']);

/** Who won which contest: "Tarsk Adler won the presidential election in Norland" (winner's names, the contest's words). */
function winsOf(v: View): { who: Set<string>; text: string; what: Set<string>; at: number }[] {
  const t = v.toks;
  const out: { who: Set<string>; text: string; what: Set<string>; at: number }[] = [];
  for (let k = 1; k < t.length; k++) {
    if (!WON.has(t[k].low) || t[k + 1]?.low !== 'the' || !affirmedAt(v, k)) continue;
    // the contest: "the" and up to four words to its head noun ("the 2004 presidential election", "the Norland Cup")
    let head = -1;
    for (let j = k + 2; j < t.length && j <= k + 6 && !t[j].brk && !PREPOSITIONS.has(t[j].low); j++) {
      if (CONTESTS.has(t[j].low)) {
        head = j;
        break;
      }
    }
    if (head < 0 || (t[head + 1]?.low === 'of' && !t[head + 2]?.cap)) continue;
    const doer = doerBefore(v, k);
    if (!doer?.names?.size) continue;
    const what = new Set<string>();
    for (let j = k + 2; j < t.length && j <= head + 4 && !t[j].brk; j++) if (isContent(t[j]) || t[j].num) what.add(t[j].st);
    out.push({ who: doer.names, text: doer.text, what, at: k });
  }
  return out;
}

/**
 * Two winners of one contest: "Tarsk Adler won the presidential election in Norland" / "Jonas Brede
 * won the presidential election in Norland". The contest must be named with "the", its words (three
 * of them) the same on both sides, and neither winner named on the other side (a joint win, a runner-up).
 */
function twoWinners(a: ClaimSignature, b: ClaimSignature): string | null {
  const va = viewOf(a);
  const wa = winsOf(va);
  if (!wa.length) return null;
  const vb = viewOf(b);
  const wb = winsOf(vb);
  const named = (v: View, names: Set<string>): boolean => [...names].some((n) => v.toks.some((x) => x.cap && nameKey(x) === n));
  for (const x of wa) {
    for (const y of wb) {
      if (!differentNames(x.who, y.who) || [...x.who].some((n) => y.who.has(n)) || named(va, y.who) || named(vb, x.who)) continue;
      if (numbersDiffer(va, { at: x.at, len: 1 }, vb, { at: y.at, len: 1 })) continue;
      if (x.what.size !== y.what.size || x.what.size < 3 || ![...x.what].every((w) => y.what.has(w))) continue;
      return `different winners (${x.text} vs ${y.text})`;
    }
  }
  return null;
}

const LEAVING = new Set(['leave', 'leaves', 'left', 'leaving', 'depart', 'departs', 'departed', 'departing']);

interface Departure {
  /** Where from and where to (name stems; either may be empty), as written for the detail. */
  from: Set<string>;
  to: Set<string>;
  text: string;
  /** The day: month and day of the month ("on 10 August", "August 10"), and the year if given. */
  month: number;
  day: number;
  year?: number;
}

/** The name run starting at j (after "the"), as stems, and where it ends. */
function placeAt(t: Tok[], j: number): { names: Set<string>; end: number } {
  if (t[j]?.low === 'the') j++;
  const names = new Set<string>();
  let e = j;
  for (; e < t.length && isNameTok(t[e], e); e++) names.add(nameKey(t[e]));
  return { names, end: e };
}

/** A day of a month right at j: "10 August", "August 10" (after "on"), with a year after it. */
function dayAt(t: Tok[], j: number): { month: number; day: number; year?: number } | null {
  if (t[j]?.low === 'on') j++;
  const dayOf = (x: Tok | undefined): number => (x && !x.word && /^\d{1,2}$/.test(x.st) && Number(x.st) >= 1 && Number(x.st) <= 31 ? Number(x.st) : 0);
  let month: number | undefined;
  let day = 0;
  let next = j;
  if (dayOf(t[j]) && t[j + 1] && monthNumber(t[j + 1])) [day, month, next] = [dayOf(t[j]), monthNumber(t[j + 1]), j + 2];
  else if (t[j] && monthNumber(t[j]) && dayOf(t[j + 1])) [month, day, next] = [monthNumber(t[j]), dayOf(t[j + 1]), j + 2];
  if (month === undefined || !day) return null;
  if (t[next]?.low === ',') next++;
  const year = t[next] && YEAR.test(t[next].low) ? Number(t[next].low) : undefined;
  return { month, day, year };
}

/**
 * Departures of a sentence that give the day: "left Hawaii on 10 August", "departing for Hawaii on
 * 10 August", "departed Rotterdam for Antwerp on March 5", "departing San Francisco 1 November 1945".
 */
function departuresOf(v: View): Departure[] {
  const t = v.toks;
  const out: Departure[] = [];
  for (let k = 1; k < t.length; k++) {
    if (!LEAVING.has(t[k].low) || !affirmedAt(v, k)) continue;
    let j = k + 1;
    if (t[j]?.low === 'from') j++;
    const from = placeAt(t, j);
    j = from.names.size ? from.end : k + 1;
    let to: Set<string> = new Set();
    if (t[j]?.low === 'for') {
      const p = placeAt(t, j + 1);
      to = p.names;
      j = p.end;
    }
    if (!from.names.size && !to.size) continue;
    const day = dayAt(t, j);
    if (day) out.push({ from: from.names, to, text: t.slice(k, j).map((x) => x.raw).join(' '), ...day });
  }
  return out;
}

/** The first name of a sentence that is not a month or a weekday: whom a departure is about. */
function firstName(v: View): Set<string> | null {
  const t = v.toks;
  for (let j = 0; j < t.length; j++) {
    if (!isNameTok(t[j], j) || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t[j].low)) continue;
    const names = new Set<string>();
    for (let e = j; e < t.length && isNameTok(t[e], e); e++) names.add(nameKey(t[e]));
    return names;
  }
  return null;
}

/**
 * One side has a ship (a delegation, a team) leave a place on a day, the other leave for that place
 * on that day: two departures of one traveller on one day cannot go from a place and to it.
 */
function departures(a: ClaimSignature, b: ClaimSignature): string | null {
  const da = departuresOf(viewOf(a));
  if (!da.length) return null;
  const db = departuresOf(viewOf(b));
  if (!db.length) return null;
  const wa = firstName(viewOf(a));
  const wb = firstName(viewOf(b));
  if (!wa || !wb || differentNames(wa, wb) || ![...wa].some((n) => wb.has(n))) return null;
  const meets = (x: Set<string>, y: Set<string>): boolean => x.size > 0 && y.size > 0 && !differentNames(x, y) && [...x].some((n) => y.has(n));
  const sameDay = (x: Departure, y: Departure): boolean => x.month === y.month && x.day === y.day && (x.year === undefined || y.year === undefined || x.year === y.year);
  for (const [xs, ys] of [
    [da, db],
    [db, da],
  ] as const) {
    for (const x of xs) {
      for (const y of ys) {
        if (!sameDay(x, y) || !meets(x.from, y.to)) continue;
        // either side also going the other way that day (a round trip told in full): no conflict
        if (xs.some((z) => sameDay(z, y) && meets(z.to, y.to)) || ys.some((z) => sameDay(z, x) && meets(z.from, x.from))) continue;
        return `opposite directions on one day (${x.text}… vs ${y.text}…)`;
      }
    }
  }
  return null;
}

const SAYING_AT_END = new Set(['said', 'says', 'reported', 'reports']);

/**
 * Whom a sentence gives as the source of its claim, and where the claim ends: "…, according to the
 * FDA", "…, the FDA said". Null where it gives none in these forms.
 */
function sourceOf(v: View): { names: Set<string>; end: number; text: string } | null {
  const t = v.toks;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].low !== 'according' || t[i + 1].low !== 'to') continue;
    const names = namesAfter(t, i + 1);
    return names.size ? { names, end: i, text: surface(t, names) } : null;
  }
  let e = t.length - 1;
  while (e >= 0 && !t[e].word) e--;
  if (e < 3 || !SAYING_AT_END.has(t[e].low)) return null;
  let j = e - 1;
  while (j > 0 && t[j].cap && t[j].word) j--;
  if (j === e - 1) return null;
  if (t[j].low === 'the') j--;
  if (t[j]?.low !== ',') return null;
  const names = namesBefore(t, e);
  return names.size ? { names, end: j, text: surface(t, names) } : null;
}

/**
 * Who does what the verb at k says, where the sentence names the doer right before it (auxiliaries
 * and adverbs between): a name's stems, or the words of an indefinite noun phrase that opens the
 * clause ("A company investigation turned up…"), which no named source can be. Null otherwise.
 */
function doerBefore(v: View, k: number): { names: Set<string> | null; text: string } | null {
  const t = v.toks;
  let j = k - 1;
  while (j >= 0 && (isAux(t[j].low) || BETWEEN.has(t[j].low))) j--;
  if (j < 0 || t[j].brk) return null;
  if (t[j].cap && t[j].word && !isStop(t[j].low)) {
    const names = new Set<string>();
    let i = j;
    for (; i >= 0 && t[i].cap && t[i].word && !t[i].brk; i--) if (!isStop(t[i].low)) names.add(nameKey(t[i]));
    while (isStop(t[i + 1].low)) i++;
    return { names, text: t.slice(i + 1, j + 1).map((x) => x.raw).join(' ') };
  }
  let i = j;
  while (i > 0 && !t[i - 1].brk && t[i].word && !t[i].cap && !isAux(t[i].low) && j - i < 3) i--;
  if ((t[i].low === 'a' || t[i].low === 'an') && (i === 0 || t[i - 1].brk) && i < j) return { names: null, text: t.slice(i, j + 1).map((x) => x.raw).join(' ') };
  return null;
}

/** Content words right after k (within six tokens, in its clause). */
function wordsAfter(v: View, k: number): Set<string> {
  const out = new Set<string>();
  for (let j = k + 1; j < v.toks.length && j <= k + 6 && !v.toks[j].brk; j++) if (isContent(v.toks[j])) out.add(v.toks[j].st);
  return out;
}

/**
 * The source taken for the doer: one side says someone else did it and names the source only as
 * its source ("A company investigation turned up metal in 200 pills, according to the FDA"), the
 * other says the source did it ("The FDA turned up metal in 200 pills"): same verb, two words of
 * what follows it shared, and the doer on the first side a name other than the source's or an
 * indefinite noun phrase, which the source cannot be.
 */
function sourceAsDoer(a: ClaimSignature, b: ClaimSignature): string | null {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (!x.attributed || y.attributed) continue;
    const vx = viewOf(x);
    const src = sourceOf(vx);
    if (!src) continue;
    const vy = viewOf(y);
    for (const p of x.predicates) {
      if (!y.predicates.includes(p)) continue;
      for (const i of positions(vx, p)) {
        if (i >= src.end || !affirmedAt(vx, i)) continue;
        const doer = doerBefore(vx, i);
        if (!doer || (doer.names && (!differentNames(doer.names, src.names) || [...doer.names].some((n) => src.names.has(n))))) continue;
        const after = wordsAfter(vx, i);
        for (const j of positions(vy, p)) {
          if (!affirmedAt(vy, j)) continue;
          const who = doerBefore(vy, j);
          if (!who?.names || differentNames(who.names, src.names) || ![...who.names].some((n) => src.names.has(n))) continue;
          let shared = 0;
          for (const w of wordsAfter(vy, j)) if (after.has(w)) shared++;
          if (shared >= 2) return `different doers (${doer.text} vs ${who.text}, the source of the other)`;
        }
      }
    }
  }
  return null;
}

/**
 * Two wire stories filed on different days (their datelines say so): a central
 * bank's daily operation, a month's figure, a plan not yet presented, are
 * different instances or a later state, not one claim told two ways.
 */
export function filedApart(a: ClaimSignature, b: ClaimSignature): boolean {
  return a.filed != null && b.filed != null && a.filed !== b.filed;
}

/**
 * A conflict between two sentences about the same event, or null. Every kind
 * of conflict is tied to a shared predicate or to shared participants next to
 * the predicate, so sentences that merely share entities ("discussed joining
 * forces" / "no agreement to conduct strikes") never conflict.
 */
export function conflictOf(a: ClaimSignature, b: ClaimSignature): Conflict | null {
  const opposite = antonyms(a, b);
  if (opposite) return opposite;
  const prefixed = prefixAntonyms(a, b);
  if (prefixed) return { detail: prefixed, value: false };
  const named = namedConflictOf(a, b);
  if (named) return named;
  const denied = polarity(a, b) ?? complementPolarity(a, b);
  if (denied) return { detail: denied, value: false };
  const doer = (a.attributed !== b.attributed ? sourceAsDoer(a, b) : null) ?? departures(a, b) ?? twoWinners(a, b);
  if (doer) return { detail: doer, value: false };
  // a slot that holds one value, of one named owner: not two events of one kind
  const slot = slotConflict(a, b);
  if (slot) return { detail: slot, value: false };
  const v = values(a, b);
  return v ? { detail: v, value: true } : null;
}
