/** Conflicts of one event told two ways: two winners of one contest, leaving a place and leaving for it, two days of one arrival, the source taken for the doer. */
import { wordTable } from '../../util/table';
import { isStop, WEEKDAY_NAMES } from '../normalize';
import type { ClaimSignature } from '../signature';
import { BETWEEN, PREPOSITIONS, YEAR, affirmedAt, dayAt, differentNames, isAux, isContent, isNameTok, meets, nameKey, namesAfter, namesBefore, placeAt, positions, surface, viewOf, type Tok, type View } from './view';
import { numbersDiffer } from './antonyms';

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
export function twoWinners(a: ClaimSignature, b: ClaimSignature): string | null {
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

/** A day: month and day of the month ("on 10 August", "August 10"), and the year if given. */
interface Day {
  month: number;
  day: number;
  year?: number;
}

interface Departure extends Day {
  /** Where from and where to (name stems; either may be empty), as written for the detail. */
  from: Set<string>;
  to: Set<string>;
  text: string;
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

const WEEKDAYS = new Set(WEEKDAY_NAMES);

/** The first name of a sentence that is not a month or a weekday: whom a departure is about. */
function firstName(v: View): Set<string> | null {
  const t = v.toks;
  for (let j = 0; j < t.length; j++) {
    if (!isNameTok(t[j], j) || WEEKDAYS.has(t[j].low)) continue;
    const names = new Set<string>();
    for (let e = j; e < t.length && isNameTok(t[e], e); e++) names.add(nameKey(t[e]));
    return names;
  }
  return null;
}

/** One traveller: the first names of two sentences, the same. */
function sameTraveller(a: ClaimSignature, b: ClaimSignature): boolean {
  const wa = firstName(viewOf(a));
  const wb = firstName(viewOf(b));
  return !!wa && !!wb && !differentNames(wa, wb) && [...wa].some((n) => wb.has(n));
}

/** One day of a month (in one year where both give it). */
const sameDay = (x: Day, y: Day): boolean => x.month === y.month && x.day === y.day && (x.year === undefined || y.year === undefined || x.year === y.year);

/**
 * One side has a ship (a delegation, a team) leave a place on a day, the other leave for that place
 * on that day: two departures of one traveller on one day cannot go from a place and to it.
 */
export function departures(a: ClaimSignature, b: ClaimSignature): string | null {
  const da = departuresOf(viewOf(a));
  if (!da.length) return null;
  const db = departuresOf(viewOf(b));
  if (!db.length || !sameTraveller(a, b)) return null;
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

/** Verbs of arriving, with the preposition before the place where they take one ("arrived in", "sailed into", "reached"). */
const ARRIVING: Readonly<Record<string, string>> = wordTable({
  ...Object.fromEntries(['arrive', 'arrives', 'arrived', 'arriving'].map((w) => [w, 'in at'])),
  ...Object.fromEntries(['reach', 'reaches', 'reached', 'reaching'].map((w) => [w, ''])),
  ...Object.fromEntries(['sail', 'sails', 'sailed', 'sailing', 'steamed', 'steaming'].map((w) => [w, 'into'])),
  ...Object.fromEntries(['return', 'returns', 'returned', 'returning'].map((w) => [w, 'to'])),
});

interface Arrival extends Day {
  /** Where (name stems), as written for the detail. */
  at: Set<string>;
  text: string;
}

/** Arrivals of a sentence at a named place that give the day: "reached Velna on 12 June", "sailing into Osterby Bay 3 May 1951". */
function arrivalsOf(v: View): Arrival[] {
  const t = v.toks;
  const out: Arrival[] = [];
  for (let k = 1; k < t.length; k++) {
    const preps = ARRIVING[t[k].low];
    if (preps === undefined || !affirmedAt(v, k)) continue;
    let j = k + 1;
    if (preps) {
      if (!preps.split(' ').includes(t[j]?.low ?? '')) continue;
      j++;
    }
    const place = placeAt(t, j);
    if (!place.names.size) continue;
    const text = t.slice(k, place.end).map((x) => x.raw).join(' ');
    // the day, and more days of the same place after it ("on 12 June and again on 19 June")
    for (let d = place.end; ; ) {
      const day = dayAt(t, d);
      if (!day) break;
      out.push({ at: place.names, text, ...day });
      d = nextDayAt(t, d);
      if (t[d]?.low !== 'and') break;
      d += t[d + 1]?.low === 'again' ? 2 : 1;
    }
  }
  return out;
}

/** Where the day read at j (`dayAt`) ends. */
function nextDayAt(t: Tok[], j: number): number {
  if (t[j]?.low === 'on') j++;
  j += 2;
  if (t[j]?.low === ',' && YEAR.test(t[j + 1]?.low ?? '')) return j + 2;
  return YEAR.test(t[j]?.low ?? '') ? j + 1 : j;
}

/**
 * One traveller arriving at one place on two days of one year: "the Marra reached Velna on 12 June" /
 * "the Marra arrived in Velna on 19 June". Neither side may give an arrival there on the other's
 * day too ("arrived on 12 June and again on 19 June"), and two years given are two visits.
 */
export function arrivals(a: ClaimSignature, b: ClaimSignature): string | null {
  const xa = arrivalsOf(viewOf(a));
  if (!xa.length) return null;
  const xb = arrivalsOf(viewOf(b));
  if (!xb.length || !sameTraveller(a, b)) return null;
  for (const x of xa) {
    for (const y of xb) {
      if (!meets(x.at, y.at) || sameDay(x, y) || (x.year !== undefined && y.year !== undefined && x.year !== y.year)) continue;
      if (xa.some((z) => sameDay(z, y) && meets(z.at, y.at)) || xb.some((z) => sameDay(z, x) && meets(z.at, x.at))) continue;
      return `different days of arrival (${x.text} ${x.month}/${x.day} vs ${y.text} ${y.month}/${y.day})`;
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
export function doerBefore(v: View, k: number): { names: Set<string> | null; text: string } | null {
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
export function sourceAsDoer(a: ClaimSignature, b: ClaimSignature): string | null {
  return sourceAsDoerOneWay(a, b) ?? sourceAsDoerOneWay(b, a);
}

/** `sourceAsDoer` one way: `x` names the source, `y` (unattributed) has it as the doer. */
function sourceAsDoerOneWay(x: ClaimSignature, y: ClaimSignature): string | null {
  if (!x.attributed || y.attributed) return null;
  const vx = viewOf(x);
  const src = sourceOf(vx);
  if (!src) return null;
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
  return null;
}
