/**
 * Conflicts read from who is said to do or hold what: reversed one-way relations (A acquired B / B
 * acquired A), kinship, one owner's count given twice, and values paired with names by "respectively".
 */
import { KIN_TERMS, ONE_HOLDER, kinConflict } from '../../lexicon/kinship';
import { wordTable } from '../../util/table';
import { CURRENCY_SIGNS, isAcronym, isStop, SCALES, stem, translit } from '../normalize';
import type { ClaimSignature } from '../signature';
import { YEAR, affirmedAt, asserted, differentNames, isAux, isNameTok, meets, monthNumber, nameKey, namesAfter, namesBefore, numberPositions, perSignature, perView, placeAt, subjectOf, surface, tokenNumber, viewOf, type Tok, type View } from './view';
import type { Conflict } from '../conflict';
import { originConflict } from './places';
import { capitalConflict } from './values';
import { custodyConflict } from './custody';
import { affiliationConflict } from './affiliations';

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

export interface Directed {
  rel: string;
  /** The two participants as written, for the detail. */
  text: [string, string];
  /** Names of the first participant (the owner, the successor, the winner) and of the second, as stems. */
  first: Set<string>;
  second: Set<string>;
}

/** The one-way relations a sentence states plainly between two named participants. */
const directedOf = perView((v: View): Directed[] => {
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
  return out;
});

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
  for (const x of da) {
    for (const y of db) {
      if (x.rel !== y.rel || meets(x.first, y.first) || meets(x.second, y.second)) continue;
      if (meets(x.first, y.second) && meets(x.second, y.first)) return `one says ${x.text[0]} ${x.rel} ${x.text[1]}, the other the reverse`;
    }
  }
  return null;
}

export interface Kin {
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
const kinOf = perView((v: View): Kin[] => {
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
  return out;
});

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
      if (oneHolder(x, y, a, b, common)) return `different ${x.term}s (${holderText(viewOf(a).toks, x)} vs ${holderText(viewOf(b).toks, y)})`;
    }
  }
  return null;
}

/** The holder's name as written: the run of capitalised words from the first of its names the other person does not share ("Karl Brede", not "Brede Karl"). */
function holderText(t: Tok[], k: Kin): string {
  const i = t.findIndex((x) => x.cap && x.word && k.who.has(nameKey(x)) && !k.of.has(nameKey(x)));
  if (i < 0) return surface(t, k.who);
  let e = i;
  while (e < t.length && t[e].cap && t[e].word && k.who.has(nameKey(t[e]))) e++;
  return t.slice(i, e).map((x) => x.raw.replace(/['’]s$/, '')).join(' ');
}

/**
 * Two people named as one person's father (mother): "Tom Brede's father, Karl Brede," / "Tom Brede's
 * father was Jonas Adler". Neither may be named on the other side (a father and a stepfather told apart).
 */
function oneHolder(x: Kin, y: Kin, a: ClaimSignature, b: ClaimSignature, common: (p: Set<string>, q: Set<string>) => number): boolean {
  if (x.term !== y.term || !ONE_HOLDER.has(x.term) || !common(x.of, y.of) || !differentNames(x.who, y.who)) return false;
  // (a surname the child shares says nothing)
  const named = (s: ClaimSignature, who: Set<string>): boolean => viewOf(s).toks.some((t) => t.cap && who.has(nameKey(t)) && !x.of.has(nameKey(t)) && !y.of.has(nameKey(t)));
  return !named(b, x.who) && !named(a, y.who);
}

export interface Held {
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

/** Verbs of having a count, with their tense. */
const HAVE: Readonly<Record<string, string>> = wordTable({ has: 'present', have: 'present', had: 'past', employs: 'present', employ: 'present', employed: 'past' });
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
const heldOf = perSignature((s: ClaimSignature): Held[] => {
  const v = viewOf(s);
  const out: Held[] = [];
  const t = v.toks;
  // the first word of a sentence is a name where the signature took it for one, or an acronym ("NATO")
  const first = t[0]?.word ? t[0].raw.replace(/['’]s$/, '') : '';
  const firstIsName = isAcronym(first) || s.names.some((n) => n.key === translit(first)) || s.entities.includes('ent:' + translit(first));
  const isOwnerTok = (j: number): boolean => j >= 0 && t[j].word && t[j].cap && !isStop(t[j].low) && !isAux(t[j].low) && !monthNumber(t[j]) && (j > 0 || firstIsName);
  // every owner a count is given for, whatever the unit: a tally of several owners ("Cruz has 11 delegates,
  // Rubio has 10") is the state of a race at one moment, and races move: no count of such a sentence is read
  const owners: Set<string>[] = [];
  for (const n of s.numbers) {
    for (const k of numberPositions(v, n.value)) {
      if (CURRENCY_SIGNS.has(t[k - 1]?.low ?? '')) continue;
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
  return tally ? [] : out;
});

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
  return tokenNumber(t[k]) * (SCALES[t[k + 1]?.low ?? ''] ?? 1);
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
      const money = CURRENCY_SIGNS.has(t[j - 1]?.low ?? '');
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
  return respectiveOneWay(a, b) ?? respectiveOneWay(b, a);
}

/** `respective` one way: the list with "respectively" in `x`, one participant's value in `y`. */
function respectiveOneWay(x: ClaimSignature, y: ClaimSignature): string | null {
  const rx = respectiveOf(viewOf(x));
  if (!rx.length || !x.predicates.some((p) => y.predicates.includes(p))) return null;
  const vy = viewOf(y);
  if (respectiveOf(vy).length) return null;
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
        const money = CURRENCY_SIGNS.has(vy.toks[k - 1]?.low ?? '');
        if (own.value === n.value || RATES.has(n.unit) || !(own.unit ? own.unit === n.unit : own.money && money && !n.unit)) continue;
        return `different values for one of a list (${own.money ? '$' : ''}${own.value} vs ${money ? '$' : ''}${n.value}${n.unit ? ' ' + n.unit : ''}, respectively)`;
      }
    }
  }
  return null;
}

/** Words that can state a relation between two named participants (a cheap test before tokenising). */
const RELATION_WORDS = new Set([...ONE_WAY_BY_WORD.keys(), ...KIN_TERMS.keys(), ...LEAVINGS, 'respectively']);
const statesRelation = perSignature((s) => {
  for (const m of s.text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) if (RELATION_WORDS.has(m[0].toLowerCase())) return true;
  return false;
});

/**
 * A conflict that names the same two participants on both sides in one relation (A owns B / B owns
 * A, Y is X's wife / Y is X's sister), or one named owner's count of one thing ("NATO has 16
 * members" / "NATO's 19 members"), or one named participant put in two countries ("Chicago-based
 * Boeing" / "Boeing's headquarters is in Canada"), one person sought and arrested ("police are
 * searching for Varn" / "Varn was arrested"), or one person's two affiliations that cannot both hold
 * ("reporter Ilse Varn" / "Varn works for the Norwegian government"): the relation itself shows the
 * two sentences are about the same people, so it is checked on pairs that share too little else for
 * the other rules.
 */
export function namedConflictOf(a: ClaimSignature, b: ClaimSignature): Conflict | null {
  const ra = statesRelation(a);
  const rb = statesRelation(b);
  const detail =
    (ra && rb ? reversed(a, b) ?? kinship(a, b) : null) ?? ((ra || rb) && a.numbers.length && b.numbers.length ? respective(a, b) : null) ?? (countsThing(a) && countsThing(b) ? heldCount(a, b) : null) ?? originConflict(a, b) ?? capitalConflict(a, b) ?? custodyConflict(a, b) ?? affiliationConflict(a, b);
  return detail ? { detail, value: false, named: true } : null;
}
