/**
 * The sentence as conflict checks read it: a light re-tokenisation of a signature's text (memoised
 * per signature), with negation and assertion tests, and the names, places, days and numbers read
 * from its tokens. Shared by every kind of conflict.
 */
import { PLACES } from '../../lexicon/places';
import { inlineDateline } from '../../text/dateline';
import { wordTable } from '../../util/table';
import { ARTICLES, DENYING_TO, IMPLICIT_NEGATORS, isStop, MONTH_NUMBERS, NEGATED_AUX, NUMBER_WORD_VALUES, SCALES, stem } from '../normalize';
import type { ClaimSignature } from '../signature';
import { perObject } from '../../util/memo';

export interface Tok {
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
  /** For an adverb in -ly ("legally"), the stem of the adjective it is made from; otherwise null. */
  ly: string | null;
}

/**
 * `read` memoised per view: what a conflict rule reads of a sentence is read once, however many
 * candidate pairs the sentence is in.
 */
export function perView<T>(read: (v: View) => T): (v: View) => T {
  return perObject(read);
}

/**
 * `read` memoised per signature: the cheap word tests conflict rules run before tokenising, run
 * once per sentence however many candidate pairs it is in.
 */
export function perSignature<T>(read: (s: ClaimSignature) => T): (s: ClaimSignature) => T {
  return perObject(read);
}

/**
 * The first conflict `judge` finds between what a rule reads of one sentence and of the other: each of
 * `a`'s readings against each of `b`'s, in order, with all of both sides' readings at hand (`xs`, `ys`:
 * another reading may agree). `read` is memoised per view. Null when either side reads nothing or no pair conflicts.
 */
export function firstConflict<T>(
  a: ClaimSignature,
  b: ClaimSignature,
  may: (s: ClaimSignature) => boolean,
  read: (v: View) => T[],
  judge: (x: T, y: T, xs: T[], ys: T[]) => string | null,
): string | null {
  // each side read only when both pass the rule's cheap word test (`may`, memoised), and `b` only when `a` gives something
  if (!may(a) || !may(b)) return null;
  const xs = read(viewOf(a));
  if (!xs.length) return null;
  const ys = read(viewOf(b));
  if (!ys.length) return null;
  for (const x of xs) {
    for (const y of ys) {
      const found = judge(x, y, xs, ys);
      if (found !== null) return found;
    }
  }
  return null;
}

export interface View {
  toks: Tok[];
  question: boolean;
}

const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+(?:[’'-]\p{L}+)*|[^\s\p{L}\p{N}]/gu;
export const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'which', 'who', 'whom', 'whose', 'if', 'unless', 'whether', 'when', 'after', 'before', 'since', 'until', 'so', 'yet', 'however']);
const AUX = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'shall', 'should',
  'can', 'could', 'may', 'might', 'must',
]);
/** "I'm", "it's", "they've": a pronoun with its auxiliary. */
const CONTRACTED_AUX = /^(?:i|you|he|she|it|we|they|that|there|who|what)['’](?:m|re|s|ve|d|ll)$/;
export const isAux = (w: string): boolean => AUX.has(w) || CONTRACTED_AUX.test(w);
/** Modals that make a negation a possibility, not a denial ("may not earn"); "could not" is a denial. */
const HEDGES = new Set(['may', 'might', 'would', 'should']);
/** Modals, and the adjectives of likelihood, that make a statement a possibility ("could accept", "unlikely to settle"). */
const POSSIBLY = new Set(['may', 'might', 'could', 'would', 'should', 'likely', 'unlikely']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'hundred', 'thousand', 'million', 'billion']);
/** Adverbs that may stand between an auxiliary and its negation ("has also not"). */
export const BETWEEN = new Set(['also', 'still', 'really', 'simply', 'just', 'certainly', 'definitely', 'even', 'apparently', 'reportedly']);
/** "not only", "not just", "not necessarily": not a denial. */
const NOT_DENIAL = new Set(['only', 'just', 'merely', 'necessarily', 'least', 'always', 'all', 'quite', 'exactly']);
/** "no doubt", "no matter", "no one": not the denial of a noun. */
const NO_IDIOMS = new Set(['doubt', 'matter', 'one', 'wonder', 'less', 'more', 'longer', 'sooner']);
const COMPARATIVES = new Set(['more', 'less', 'better', 'worse']);
/** Words that make a statement all but negative ("rarely saw"). */
const SCARCELY = new Set(['seldom', 'rarely', 'hardly', 'barely', 'scarcely']);
const NEGATING = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without', 'none', 'nothing', 'nobody']);

/** Words inside a name ("Bank of China", "Marks & Spencer"), and articles. */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'of', '&']);
export { ARTICLES };
/** Words that open a relative clause. */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
export const PREPOSITIONS = new Set(['with', 'by', 'to', 'from', 'of', 'for', 'at', 'in', 'on', 'into', 'against', 'between', 'among', 'over', 'under', 'than', 'as', 'about', 'through', 'via']);

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
  const ly = word && low.length >= 6 && low.endsWith('ly') ? stem(low.endsWith('ily') ? low.slice(0, -3) + 'y' : low.slice(0, -2)) : null;
  return { raw: w, low, st: word ? stem(low) : num ? low.replace(/,/g, '') : low, word, num, cap, brk, ly };
}

/** The sentence as tokens ("didn't" is "did" + "n't"), memoised per signature. */
export const viewOf: (s: ClaimSignature) => View = perObject(readView);

function readView(s: ClaimSignature): View {
  const toks: Tok[] = [];
  const dateline = inlineDateline(s.text);
  for (const m of (dateline ? s.text.slice(dateline.length) : s.text).matchAll(TOKEN)) {
    const w = m[0];
    const last = w.charCodeAt(w.length - 1);
    const nt = last === 116 || last === 84 ? /^(\p{L}+)n[’']t$/iu.exec(w) : null; // …n't
    if (nt) {
      toks.push(tok(NEGATED_AUX[nt[1].toLowerCase()] ?? nt[1]), tok("n't"));
    } else if (w.length === 6 && /^cannot$/i.test(w)) {
      toks.push(tok('can'), tok('not'));
    } else toks.push(tok(w));
  }
  for (let i = 1; i < toks.length; i++) {
    const meant = MISSPELLED_VERBS[toks[i].low];
    if (meant && VERB_BEFORE.has(toks[i - 1].low)) toks[i].st = stem(meant);
  }
  return { toks, question: /\?\W*$/u.test(s.text) };
}

/** Verbs often spelled as another word ("didn't loose the election"), read as the verb where only a verb can stand. */
const MISSPELLED_VERBS: Readonly<Record<string, string>> = wordTable({ loose: 'lose', loosing: 'losing' });
/** Words after which only a verb can stand: a negated auxiliary, "to", a modal, "is" before "-ing". */
const VERB_BEFORE = new Set(["n't", 'not', 'to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'is', 'are', 'was', 'were', 'be', 'been']);

export function isContent(t: Tok): boolean {
  return t.word && !t.num && !isStop(t.low) && !isAux(t.low) && !NEGATING.has(t.low) && t.st.length >= 3;
}

/** Whether token i denies the clause it stands in: "did not", "has never", "nor did", "no agreement". */
export function clausalNegator(t: Tok[], i: number): boolean {
  const w = t[i].low;
  if (w === 'not' || w === "n't") {
    if (NOT_DENIAL.has(t[i + 1]?.low ?? '')) return false;
    // "could not be more marked": a superlative, not a denial
    if (t[i + 1]?.low === 'be' && COMPARATIVES.has(t[i + 2]?.low ?? '')) return false;
    let j = i - 1;
    while (j >= 0 && BETWEEN.has(t[j].low)) j--;
    // "the person who cannot tell the truth": a restrictive relative clause on a common noun describes
    // someone, it denies nothing ("Trump, who did not pay…" does)
    if (j >= 2 && RELATIVE_PRONOUN.has(t[j - 1].low) && t[j - 2].word && !t[j - 2].cap) return false;
    return j >= 0 && isAux(t[j].low) && !HEDGES.has(t[j].low);
  }
  if (w === 'never') return !(i > 0 && HEDGES.has(t[i - 1].low));
  if (w === 'nor' || w === 'neither') return isAux(t[i + 1]?.low ?? '');
  // ("should face no criminal charges": a recommendation, as "should not face" is)
  if (w === 'no') return !!t[i + 1]?.word && !NO_IDIOMS.has(t[i + 1].low) && !(i >= 2 && HEDGES.has(t[i - 2].low) && !(monthNumber(t[i - 2]) && i - 2 > 0));
  return w === 'without';
}

const RELATIVE_PRONOUN = new Set(['who', 'that', 'which']);

/** Verbs of obligation: "does not have to call", "need not call" lift an obligation, they deny nothing. */
const OBLIGED = new Set(['have', 'has', 'had', 'need', 'needs', 'needed']);

/** Whether the word at k is denied by a clausal negation before it in its clause (no name, number or break between). */
export function deniedAt(t: Tok[], k: number): boolean {
  if ((t[k - 1]?.low === 'to' && OBLIGED.has(t[k - 2]?.low ?? '')) || (t[k - 1]?.low === 'not' && (t[k - 2]?.low === 'need' || t[k - 2]?.low === 'needs'))) return false;
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
export function asserted(v: View, k: number): boolean {
  if (v.question) return false;
  for (let j = k - 1; j >= 0; j--) {
    const w = v.toks[j].low;
    if (w === 'if' || w === 'unless' || w === 'whether') return false;
    if (v.toks[j].brk) break;
  }
  return true;
}

/** Whether word k is stated plainly: asserted, no negation, hedge, likelihood ("unlikely to") or implicit negation ("failed to") before it in its clause, nor after "much less" or "let alone", nor an act a noun intends ("decision to charge"), nor a need denied after it ("need not"), nor an opinion whose clause is denied ("feel we weren't") ("May" inside a sentence is the month: "on 31 May of"). */
export function affirmedAt(v: View, k: number): boolean {
  if (!asserted(v, k)) return false;
  const t = v.toks;
  // "seldom saw, much less owned", "never met him, let alone hired him": a denial carried on
  if (k >= 2 && ((t[k - 2].low === 'much' && t[k - 1].low === 'less') || (t[k - 2].low === 'let' && t[k - 1].low === 'alone'))) return false;
  // "any decision to charge someone", "a plan to cut taxes": an act a noun intends, not one done
  if (k >= 2 && t[k - 1].low === 'to' && INTENT_NOUNS.has(t[k - 2].low)) return false;
  // "need not check", "needn't": the need itself denied
  if ((t[k].low === 'need' || t[k].low === 'needs') && (t[k + 1]?.low === 'not' || t[k + 1]?.low === "n't")) return false;
  // "I feel we weren't executing" says "I didn't feel we were executing": an opinion whose clause is denied
  if (NEG_RAISING.has(t[k].st) && deniedAfter(t, k)) return false;
  for (let j = k - 1; j >= 0; j--) {
    if (t[j].brk) break;
    if (NEGATING.has(t[j].low) || (POSSIBLY.has(t[j].low) && !(monthNumber(t[j]) && j > 0)) || SCARCELY.has(t[j].low) || IMPLICIT_NEGATORS.has(t[j].low) || IMPLICIT_NEGATORS.has(t[j].st)) return false;
  }
  return true;
}

/** When a clause tells of its verb: ahead ("will not release", "they'll stop"), as done ("has fallen", "did not sign", "emails released"), or neither. */
export type Tense = 'ahead' | 'done' | null;

const isFutureAux = (w: string): boolean => w === 'will' || w === 'shall' || /['’]ll$/.test(w);
const DONE_AUX = new Set(['was', 'were', 'did', 'had', 'has', 'have', 'been']);
/** Adverbs between an auxiliary and its verb besides `BETWEEN` ("have already fallen", "will now release"). */
const MID_ADVERBS = new Set(['already', 'now', 'yet', 'ever', 'never', 'since', 'once', 'long', 'not', "n't"]);
const midAdverb = (x: Tok): boolean => BETWEEN.has(x.low) || MID_ADVERBS.has(x.low) || (!x.cap && x.low.length >= 5 && x.low.endsWith('ly'));
/** Auxiliaries of the present, after which a form in -ed is a passive of now ("is released"), and modals and "to", of no time. */
const NOT_DONE_BEFORE = new Set(['is', 'are', 'am', 'be', 'being', 'to', 'can', 'could', 'may', 'might', 'must', 'should', 'would', 'will', 'shall']);

/**
 * When the clause of word k tells of it, read from the auxiliary before it (past adverbs and a negation):
 * the future, or something done (a past or perfect auxiliary, or a form in -ed that no present auxiliary, modal
 * or "to" comes before: "past emails released in the investigation").
 */
export function tenseAt(t: Tok[], k: number): Tense {
  let j = k - 1;
  while (j >= 0 && midAdverb(t[j])) j--;
  const aux = j >= 0 && !t[j].brk ? t[j].low : '';
  if (isFutureAux(aux)) return 'ahead';
  if (DONE_AUX.has(aux) || /['’]ve$/.test(aux)) return 'done';
  return t[k].low.endsWith('ed') && !NOT_DONE_BEFORE.has(aux) ? 'done' : null;
}

/** Two tenses of which one looks ahead and the other tells of something done: "will not release" / "emails released", "won't fall in line" / "have fallen in line". */
export const otherTimes = (x: Tense, y: Tense): boolean => (x === 'ahead' && y === 'done') || (x === 'done' && y === 'ahead');

/** Nouns whose "to" names an act intended, proposed or allowed, not done ("decision to charge", "plan to cut"). */
const INTENT_NOUNS: ReadonlySet<string> = new Set(
  ['decision', 'decisions', 'plan', 'plans', 'proposal', 'attempt', 'attempts', 'effort', 'efforts', 'bid', 'move', 'push', 'vote', 'motion',
    'offer', 'promise', 'pledge', 'threat', 'request', 'order', 'call', 'calls', 'right', 'authority', 'power', 'chance', 'opportunity', 'pressure', 'desire', 'intention'],
);

/**
 * Verbs of opinion whose denial is read as a denial of what they introduce: "I didn't feel we were executing
 * the philosophy" says what "I feel we weren't executing the philosophy" says.
 */
const NEG_RAISING: ReadonlySet<string> = new Set(['think', 'believe', 'feel', 'felt', 'expect', 'suppose', 'imagine', 'reckon', 'seem', 'appear', 'anticipate'].map(stem));

/** Whether a clausal negation follows word k within its sentence's next ten words (no semicolon or colon between). */
function deniedAfter(t: Tok[], k: number): boolean {
  for (let j = k + 1; j < t.length && j <= k + 10; j++) {
    if (t[j].low === ';' || t[j].low === ':') return false;
    if (clausalNegator(t, j)) return true;
  }
  return false;
}

/** Positions of the tokens that `keep` accepts. */
export function positionsWhere(v: View, keep: (t: Tok, i: number) => boolean): number[] {
  const out: number[] = [];
  const t = v.toks;
  for (let i = 0; i < t.length; i++) if (keep(t[i], i)) out.push(i);
  return out;
}

export const positions = (v: View, st: string): number[] => positionsWhere(v, (t) => t.st === st);

/** The next content word after k in its clause, within three words. */
export function nextContent(v: View, k: number): number {
  for (let j = k + 1; j < v.toks.length && j <= k + 3; j++) {
    if (v.toks[j].brk) return -1;
    if (isContent(v.toks[j])) return j;
  }
  return -1;
}

/** Adverbs in -ly read as their adjective ("easily" as "easy"). */
const adjectiveOf = (t: Tok): string => t.ly ?? t.st;

/** Positions of a word, or of an adverb made from it. */
export function positionsOf(v: View, st: string): number[] {
  return positionsWhere(v, (t) => t.st === st || adjectiveOf(t) === st);
}

/** Time zones as wire copy writes them after a clock time ("at 14:48 UTC", "9 a.m. EST"). */
const TIME_ZONES = new Set(['utc', 'gmt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'ct', 'pt', 'bst', 'cet', 'cest', 'eet', 'eest', 'ist', 'jst', 'hkt', 'sgt', 'aest', 'aedt', 'msk', 'wib']);

/** Whether token j is a time zone after a time ("14:48 UTC", "4 p.m. GMT"): no name, whoever it may look like. */
function timeZoneAt(t: Tok[], j: number): boolean {
  if (!TIME_ZONES.has(t[j].low)) return false;
  // (after the digits of a clock, or the full stop of "a.m." / "p.m.")
  const prev = t[j - 1];
  return !!prev && (prev.num || prev.raw === '.');
}

/** Words of quantity that open a sentence capitalised and name no one ("Many have expressed interest"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'few', 'several', 'both', 'others', 'every', 'everyone', 'everybody', 'much', 'somebody', 'someone']);

/**
 * Who the predicate at k is most likely about: the name nearest before it in
 * its clause, else the first name of the sentence before it (the subject of
 * "Ford, the carmaker, posted a profit"). A name after a preposition is not
 * who the clause is about ("filed with the Securities and Exchange Commission",
 * "must be approved by the House of Commons, but has passed …").
 */
export function subjectOf(v: View, k: number): Set<string> | null {
  return subjectAt(v, k)?.names ?? null;
}

/** `subjectOf`, with the words of the name as written (stop words left out: "Mr. Trump" is "Trump"). */
export function subjectAt(v: View, k: number): { names: Set<string>; words: string[] } | null {
  const t = v.toks;
  const isName = (j: number): boolean => t[j].cap && !isStop(t[j].low) && !QUANTIFIERS.has(t[j].low) && !t[j].brk && !timeZoneAt(t, j);
  /** The first word of the whole name ending at j, also where "and", "of" or "&" join its words ("Securities and Exchange Commission"). */
  const nameStart = (j: number): number => {
    let i = j;
    for (;;) {
      if (i > 0 && isName(i - 1)) i--;
      else if (i > 1 && NAME_JOINERS.has(t[i - 1].low) && isName(i - 2)) i -= 2;
      else return i;
    }
  };
  const afterPreposition = (i: number): boolean => {
    let p = i - 1;
    while (p >= 0 && ARTICLES.has(t[p].low)) p--;
    return p >= 0 && PREPOSITIONS.has(t[p].low);
  };
  for (let j = k - 1; j >= 0 && !t[j].brk; j--) {
    if (!isName(j)) continue;
    const i = nameStart(j);
    if (!afterPreposition(i)) return subjectName(t, j);
    j = i;
  }
  for (let j = 0; j < k; j++) {
    if (!isName(j)) continue;
    const first = j;
    while (j + 1 < k && t[j + 1].cap && !t[j + 1].brk) j++;
    if (!afterPreposition(first)) return subjectName(t, j);
  }
  return null;
}

/**
 * The run of capitalised words ending at j (without stop words), each keyed by `nameWordKey`: "the
 * primary British index" and "the primary UK index" are about one subject, and "UK" is part of
 * "London's FTSE".
 */
function subjectName(t: Tok[], j: number): { names: Set<string>; words: string[] } {
  const names = new Set<string>();
  const words: string[] = [];
  for (let i = j; i >= 0 && t[i].cap && !t[i].brk; i--) {
    if (isStop(t[i].low)) continue;
    names.add(nameWordKey(t[i]));
    words.push(t[i].raw);
  }
  return { names, words };
}

/** Subject pronouns read for who a clause is about: "you" (the reader, or whom a speaker addresses), "he" and "she". */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['you', 'he', 'she']);

/**
 * The subject pronoun nearest before word k in its clause ("he was one of a dozen senators to vote", "you'll be
 * able to"), if any. Not one after a preposition or a verb of saying, an object ("told you", "for him"); not the
 * speaker of the clause ("He said the plant did not close": the scan stops at the verb of saying); not the "you"
 * of "you know", which addresses no one.
 */
function pronounBefore(t: Tok[], k: number): string | null {
  for (let j = k - 1; j >= 0 && !t[j].brk; j--) {
    if (saying(t[j])) return null;
    const p = t[j].low.replace(CONTRACTION, '');
    if (!PERSON_PRONOUNS.has(p) || (p === 'you' && t[j + 1]?.low === 'know')) continue;
    if (j > 0 && (PREPOSITIONS.has(t[j - 1].low) || saying(t[j - 1]))) continue;
    return p;
  }
  return null;
}
/** A verb of saying ("said", "told", "says"), which opens what someone reports (not "allowed", "called": other verbs' objects are theirs). */
const SAYING_FORMS: ReadonlySet<string> = new Set(
  ['say', 'said', 'says', 'tell', 'told', 'tells', 'add', 'added', 'adds', 'state', 'stated', 'states', 'write', 'wrote', 'writes', 'claim', 'claimed', 'claims',
    'argue', 'argued', 'argues', 'insist', 'insisted', 'insists', 'note', 'noted', 'notes', 'ask', 'asked', 'asks', 'explain', 'explained', 'explains'],
);
const saying = (x: Tok): boolean => SAYING_FORMS.has(x.low);
const CONTRACTION = /['’](?:ll|re|ve|d|s|m)$/;

/**
 * Whether the clauses of word i and word k are about two people by their pronouns: "he" and "she", or
 * "you" on one side only ("you probably did not watch" is about the reader, or whoever a speaker
 * addresses, not about the candidate who watched); or others set apart on one side only (`othersBefore`).
 */
export function twoPersons(va: View, i: number, vb: View, k: number): boolean {
  if (othersBefore(va, i) !== othersBefore(vb, k)) return true;
  const a = pronounBefore(va.toks, i);
  const b = pronounBefore(vb.toks, k);
  if (a === 'you' || b === 'you') return a !== b;
  return !!a && !!b && a !== b;
}

/**
 * Whether the doer of the predicate at k is set apart as others ("The other candidates are not able to beat…",
 * "other Republicans were not satisfied"): "other" opening its clause. Others are not whoever the other side
 * speaks of ("his campaign has beaten…", "I'm satisfied").
 */
function othersBefore(v: View, k: number): boolean {
  const t = v.toks;
  let s = k;
  while (s > 0 && !t[s - 1].brk) s--;
  // (opening the clause, as its subject: "The other candidates…", not "…with the School's other activities helped…")
  const first = t[s]?.low;
  return s < k && (first === 'other' || first === 'others' || (OTHERS_DETERMINERS.has(first) && t[s + 1]?.low === 'other' && s + 1 < k));
}
const OTHERS_DETERMINERS: ReadonlySet<string> = new Set(['the', 'all', 'many', 'some', 'most', 'several']);

/**
 * A word of a name as participants are compared: a country's name, another name of it, one of its
 * cities or its people's adjective stands for the country ("@United Kingdom" for "UK", "British",
 * "London's"); any other word is its stem.
 */
export function nameWordKey(x: Tok): string {
  const place = PLACES.get(withoutPossessive(x.low));
  return place && place.country && place.country !== '?' ? '@' + place.country : x.st;
}

/** Two participants that are one: shared name words, and neither has words the other lacks on both sides. */
export function meets(x: Set<string>, y: Set<string>): boolean {
  return !differentNames(x, y) && [...x].some((n) => y.has(n));
}

/** Two names of different participants: neither is part of the other ("Ford Motors" / "General Motors", not "Bush" / "President Bush"). */
export function differentNames(x: Set<string>, y: Set<string>): boolean {
  const within = (p: Set<string>, q: Set<string>): boolean => [...p].every((n) => q.has(n));
  return x.size > 0 && y.size > 0 && !within(x, y) && !within(y, x);
}

export const YEAR = /^(?:1\d|20)\d\d$/;

// (conflict tokens are letters only: the dotted abbreviations never match)
export const monthNumber = (t: Tok): number | undefined => (t.cap && t.word ? MONTH_NUMBERS.get(t.low) : undefined);

/** The value a number token writes (digits or a number word), or NaN. */
export const tokenNumber = (t: Tok): number => (t.word ? NUMBER_WORD_VALUES.get(t.low) ?? NaN : Number(t.st));

/** Positions of a number in the text (digits, a number word, or digits with a scale: "27.5 billion"). */
export function numberPositions(v: View, value: number): number[] {
  return positionsWhere(v, (t, i) => {
    if (!t.num) return false;
    const n = tokenNumber(t);
    return n === value || n * (SCALES[v.toks[i + 1]?.low ?? ''] ?? NaN) === value;
  });
}

const withoutPossessive = (w: string): string => w.replace(/['’]s$/, '');
/** A name's key: its stem without a possessive ("Abbas's" → "abba"). */
export const nameKey = (t: Tok): string => stem(withoutPossessive(t.low));
export const isNameTok = (t: Tok, j: number): boolean => t.cap && t.word && j > 0 && !isStop(t.low) && !isAux(t.low) && !monthNumber(t);

/** Names of the nearest run of capitalised words before k in its clause (possessives included). */
export function namesBefore(t: Tok[], k: number): Set<string> {
  const out = new Set<string>();
  let j = k - 1;
  while (j >= 0 && !t[j].brk && !isNameTok(t[j], j)) j--;
  for (; j >= 0 && !t[j].brk && (isNameTok(t[j], j) || (t[j].cap && t[j].word)); j--) if (!isStop(t[j].low)) out.add(nameKey(t[j]));
  return out;
}

/** Names of the nearest run of capitalised words after k, within six words (across one comma: "a subsidiary of the carmaker, Ardent Motors"). */
export function namesAfter(t: Tok[], k: number): Set<string> {
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
export function surface(t: Tok[], names: Set<string>): string {
  return t
    .filter((x, j) => x.word && x.cap && names.has(nameKey(x)) && j >= 0)
    .map((x) => x.raw.replace(/['’]s$/, ''))
    .filter((w, i, all) => all.indexOf(w) === i)
    .join(' ');
}

/** The name run starting at j (after "the"), as stems, and where it ends. */
export function placeAt(t: Tok[], j: number): { names: Set<string>; end: number } {
  if (t[j]?.low === 'the') j++;
  const names = new Set<string>();
  let e = j;
  for (; e < t.length && isNameTok(t[e], e); e++) names.add(nameKey(t[e]));
  return { names, end: e };
}

/** A day of a month right at j: "10 August", "August 10" (after "on"), with a year after it. */
export function dayAt(t: Tok[], j: number): { month: number; day: number; year?: number } | null {
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
