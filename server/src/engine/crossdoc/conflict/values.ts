/** Different numbers or dates for one thing, and one-value slots (born on, the president of) given twice. */
import { PERCENT, PERCENT_WORDS, isStop, stem } from '../normalize';
import { ANTONYM_GROUPS } from '../../lexicon/antonyms';
import { COUNTRY_NAMES } from '../../lexicon/places';
import { countryNamed, placeTo, sameOwner } from './places';
import type { ClaimSignature, DateSig } from '../signature';
import { CLAUSE_WORDS, NAME_JOINERS, YEAR, dayAt, differentNames, isContent, isNameTok, meets, monthNumber, nameKey, numberPositions, perSignature, perView, positionsWhere, firstConflict, subjectOf, surface, viewOf, type Tok, type View } from './view';

export interface Slot {
  /** What the slot is: "born", "died", "capital of". */
  rel: string;
  /** Whose slot it is: the person, the country. */
  owner: Set<string>;
  /** What fills it: a year, a city. */
  filler: Set<string>;
  /** The filler as written, where it is a name. */
  shown?: string;
  /**
   * Read from a title ("French President Tarsk Adler"): titles are written at the time of each article,
   * and a workspace may span two holders' terms, so two of them need the evidence of the same event
   * that values need.
   */
  title?: boolean;
}

/**
 * Slots that hold one value: the year a person was born or died, the capital
 * of a country. (Places of birth are left out: "born in Lyon" and "born in
 * France" are both true, and nothing here knows which place is in which.)
 */
const slotsOf = perView((v: View): Slot[] => {
  const t = v.toks;
  const out: Slot[] = [];
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
    } else if (t[i].low === 'capital') {
      const c = capitalAt(t, i);
      if (c) out.push(c);
    } else {
      const role = postAt(t, i);
      if (role) out.push(role);
    }
  }
  return out;
});

/**
 * The capital of a country (or a region) and the city named as it: "Vela is the capital of Norland",
 * "the capital of Norland is Vela", "Vela, the capital of Norland", "Norland's capital, Vela", "the
 * French capital, Paris", "Paris, the French capital". Only "the capital" and a possessive or an
 * adjective of the country right before it: "Norland's commercial capital", "the former capital" are
 * other cities. A country is keyed as the gazetteer knows it ("capital of Britain" / "the British capital").
 */
function capitalAt(t: Tok[], i: number): Slot | null {
  let owner: Set<string> | null = null;
  let filler: Set<string> | null = null;
  let before = i - 1;
  if (t[i + 1]?.low === 'of' && t[i + 2]?.cap) {
    // "the capital of Norland"
    if (t[i - 1]?.low !== 'the') return null;
    owner = countryRun(t, i + 2);
    before = i - 2;
    let j = i + 2;
    while (j < t.length && t[j].cap && !t[j].brk) j++;
    // "the capital of Norland is Vela"
    if (/^(?:is|was)$/.test(t[j]?.low ?? '') && t[j + 1]?.cap) filler = namesFrom(t, j + 1);
  } else if (i >= 1 && /['’]s$/.test(t[i - 1].low) && t[i - 1].cap) {
    // "Norland's capital, Vela" (not "the bank's capital")
    owner = countryRun(t, i - 1, -1);
    filler = names(t, t[i + 1]?.low === ',' ? i + 2 : i + 1);
  } else {
    // "the French capital, Paris", "Paris, the French capital"
    const p = i >= 2 && t[i - 2].low === 'the' ? placeTo(t, i) : null;
    if (!p?.place.demonym || p.start !== i - 1 || !p.place.country || p.place.country === '?') return null;
    owner = new Set(['country:' + p.place.country]);
    before = i - 3;
    filler = names(t, t[i + 1]?.low === ',' ? i + 2 : i + 1);
  }
  // "Vela is the capital", "Vela, the capital"
  if (!filler?.size && before >= 1 && /^(?:is|was|became|,)$/.test(t[before].low) && t[before - 1].cap) filler = namesTo(t, before - 1);
  return owner?.size && filler?.size && differentNames(owner, filler) ? { rel: 'capital of', owner, filler } : null;
}

/** A name run starting at j that is a name, not a month or a word in capitals after a comma. */
function names(t: Tok[], j: number): Set<string> {
  return t[j]?.cap && t[j].word && !monthNumber(t[j]) ? namesFrom(t, j) : new Set();
}

/** The name run from j (forward, or back with step -1) as an owner: a country the gazetteer knows as "country:…", else its name keys. */
function countryRun(t: Tok[], j: number, step: 1 | -1 = 1): Set<string> {
  let s = j;
  let e = j;
  if (step === 1) {
    if (t[s]?.low === 'the') s = e = s + 1;
    while (e < t.length && t[e].cap && t[e].word && !t[e].brk) e++;
  } else {
    e = j + 1;
    while (s > 0 && t[s - 1].cap && t[s - 1].word && !t[s - 1].brk) s--;
  }
  const words = t.slice(s, e).map((x) => x.low.replace(/['’]s$/, ''));
  const country = COUNTRY_NAMES.get(words.join(' ')) ?? (words[0] === 'the' ? COUNTRY_NAMES.get(words.slice(1).join(' ')) : undefined);
  if (country) return new Set(['country:' + country]);
  return new Set(t.slice(s, e).filter((x) => !isStop(x.low)).map((x) => nameKey(x)));
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
/** Posts a country has one holder of: its owner is read as the country, however it is named ("French", "France", "the Republic of France"). */
const COUNTRY_POSTS = new Set(['president', 'prime minister', 'chancellor', 'king', 'queen']);
/** Words before a title that make it another post or another time ("former French President", "the late King"). */
export const NOT_NOW: ReadonlySet<string> = new Set(['former', 'late', 'then', 'ex', 'acting', 'interim', 'outgoing', 'incoming', 'future', 'vice', 'deputy', 'elected', 'designate', 'first', 'past']);

/** The country a title's adjective or name right before i gives ("French President", "U.S. President"), as an owner, or null. */
function countryBefore(t: Tok[], i: number): Set<string> | null {
  const p = placeTo(t, i);
  if (!p?.place.country || p.place.country === '?') return null;
  // what stands before the place: "former", "the late", a name it is part of ("Bank of France")
  for (let j = p.start - 1; j >= 0 && j >= p.start - 2; j--) if (NOT_NOW.has(t[j].low) || t[j].low === 'of' || t[j].raw === '-') return null;
  return new Set(['country:' + p.place.country]);
}

/** A post's owner as a country where the gazetteer knows the name ("France", "the United States"), else as it is. */
function countryOf(owner: Set<string>): Set<string> {
  const country = countryNamed(owner);
  return country ? new Set(['country:' + country]) : owner;
}

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
    // (not in a headline in capitals: "TURKISH PREMIER HINTS AT TALKS")
    const title = t[i].cap && t[i].raw !== t[i].raw.toUpperCase() && COUNTRY_POSTS.has(post) ? countryBefore(t, i) : null;
    if (title) {
      // "French President Tarsk Adler", "U.S. President Tarsk Adler": the country's post, held now
      owner = title;
      filler = namesFrom(t, e);
      if (!filler.size || t[e]?.raw === '-') return null;
      return { rel: `${post} of`, owner, filler, shown: surface(t, filler), title: true };
    }
    // "Osterby's mayor", and a plural's possessive, "Harlow Motors' chairman"
    const possessive = i >= 1 && /['’]s$/.test(t[i - 1].low) && t[i - 1].cap ? i - 1 : i >= 2 && /^['’]$/.test(t[i - 1].raw) && t[i - 2].cap && t[i - 2].low.endsWith('s') ? i - 2 : -1;
    let byName = false;
    if (possessive >= 0) {
      // "Osterby's mayor, Ilse Varnholt" / "Osterby's mayor Ilse Varnholt"
      owner = namesTo(t, possessive);
      filler = namesFrom(t, t[e]?.low === ',' ? e + 1 : e);
    } else if (t[e]?.low === 'of' && t[i - 1]?.low === 'the' && i >= 3 && (t[i - 2].low === 'is' || t[i - 2].low === ',')) {
      // "Ilse Varnholt is the mayor of Osterby", "Ilse Varnholt, the mayor of Osterby,"
      owner = namesFrom(t, e + 1);
      filler = namesTo(t, i - 3);
    } else if (t[e]?.low === 'of' && (t[i - 1]?.low === 'the' || (i === 0 && t[i].cap))) {
      // "The mayor of Osterby, Ilse Varnholt, opened the bridge": the holder after the owner and a comma
      owner = namesFrom(t, e + 1);
      let j = t[e + 1]?.low === 'the' ? e + 2 : e + 1;
      while (j < t.length && t[j].cap && t[j].word && !t[j].brk) j++;
      filler = t[j]?.low === ',' && t[j + 1]?.cap && !monthNumber(t[j + 1]) ? namesFrom(t, j + 1) : new Set();
    } else if (i >= 1 && isNameTok(t[i - 1], i - 1) && t[e]?.cap) {
      // "Harlow Motors chief executive Ilse Varnholt", "Bank of Velmar President Ilse Varnholt" (a title: see `Slot.title`)
      owner = orgTo(t, i - 1);
      filler = namesFrom(t, e);
      byName = true;
    } else return null;
    if (COUNTRY_POSTS.has(post) && !byName) owner = countryOf(owner);
    if (!owner.size || !filler.size || !differentNames(owner, filler)) return null;
    return byName ? { rel: `${post} of`, owner, filler, shown: surface(t, filler), title: true } : { rel: `${post} of`, owner, filler, shown: surface(t, filler) };
  }
  return null;
}

/**
 * The name of an organisation ending at j, with "of", "and" or "&" inside it ("Bank of Velmar"), as
 * name keys; empty where a word before it makes the post another ("former Harlow Motors chairman") or
 * the name is part of a compound ("Velmar-based").
 */
function orgTo(t: Tok[], j: number): Set<string> {
  return orgRunTo(t, j).names;
}

/** `orgTo`, with where the name starts. */
export function orgRunTo(t: Tok[], j: number): { names: Set<string>; start: number } {
  const out = new Set<string>();
  let i = j;
  for (; i >= 0 && !t[i].brk && ((t[i].cap && t[i].word) || (NAME_JOINERS.has(t[i].low) && i > 0 && t[i - 1].cap)); i--) if (t[i].cap && !isStop(t[i].low)) out.add(nameKey(t[i]));
  const none = { names: new Set<string>(), start: i + 1 };
  for (let k = i; k >= 0 && k >= i - 1; k--) if (NOT_NOW.has(t[k].low) || t[k].raw === '-') return none;
  // a name run opening the sentence with a title in it ("Former Chairman"): the whole run is checked too
  for (let k = i + 1; k <= j; k++) if (NOT_NOW.has(t[k].low)) return none;
  return { names: out, start: i + 1 };
}

/**
 * One slot filled differently: "born in 1950" / "born in 1948" of one person. `value`: read from a
 * title on either side (see `Slot.title`).
 */
export function slotConflict(a: ClaimSignature, b: ClaimSignature, only?: string): { detail: string; value: boolean } | null {
  const va = viewOf(a);
  const vb = viewOf(b);
  const sa = slotsOf(va);
  if (!sa.length) return null;
  const sb = slotsOf(vb);
  const mentions = (v: View, names: Set<string>): boolean => [...names].every((n) => v.toks.some((x) => x.st === n || x.low === n));
  for (const x of sa) {
    if (only && x.rel !== only) continue;
    for (const y of sb) {
      // (one owner: "Harlow Motors Canada" is not Harlow Motors)
      if (x.rel !== y.rel || !sameOwner(x.owner, y.owner)) continue;
      if ([...x.filler].some((n) => y.filler.has(n)) || mentions(vb, x.filler) || mentions(va, y.filler)) continue;
      return { detail: `different ${x.rel} (${x.shown ?? [...x.filler].join(' ')} vs ${y.shown ?? [...y.filler].join(' ')})`, value: !!(x.title || y.title) };
    }
  }
  return null;
}

const mayNameCapital = perSignature((s) => s.text.includes('capital'));

/**
 * Two cities named as one country's capital ("Vela, the capital of Norland" / "Osterby is the capital of
 * Norland"): the slot names its owner on both sides, so it is checked with the conflicts of named
 * participants, on pairs that share little else.
 */
export function capitalConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  if (!mayNameCapital(a) || !mayNameCapital(b)) return null;
  return slotConflict(a, b, 'capital of')?.detail ?? null;
}

/** Words after "Name, 35" that show the number is an age in an apposition ("Ilse Varn, 35, of Osterby", "…, 35, was arrested"). */
const AFTER_AGE = new Set([',', 'was', 'is', 'who', 'has', 'had', 'said', 'says', 'of', 'from', 'died', 'will', 'and']);

/** The ages a sentence gives named people: "Ilse Varn, 35,", "Ilse Varn (35)", "Ilse Varn, aged 35", "35-year-old Ilse Varn" (memoised with its view). */
const agesOf = perView((v: View): { owner: Set<string>; age: number }[] => {
  const t = v.toks;
  const out: { owner: Set<string>; age: number }[] = [];
  for (let i = 1; i < t.length; i++) {
    if (!t[i].num || t[i].word || !/^\d{1,3}$/.test(t[i].st)) continue;
    const age = Number(t[i].st);
    if (age < 1 || age > 119) continue;
    let owner: Set<string> | null = null;
    if (t[i + 1]?.raw === '-' && t[i + 2]?.low === 'year-old') {
      // "35-year-old Ilse Varn", "a 35-year-old teacher, Ilse Varn"
      let j = i + 3;
      while (j < t.length && j < i + 6 && t[j].word && !t[j].cap && !isStop(t[j].low)) j++;
      if (t[j]?.low === ',') j++;
      owner = t[j]?.cap ? namesFrom(t, j) : null;
    } else {
      // "Ilse Varn, 35, of Osterby", "Ilse Varn, aged 35,", "Ilse Varn (35)"
      let j = i - 1;
      if (t[j].low === 'aged') j--;
      const bracket = t[j].low === '(' && t[i + 1]?.low === ')';
      if (!(bracket || (t[j].low === ',' && AFTER_AGE.has(t[i + 1]?.low ?? '')))) continue;
      owner = namesTo(t, j - 1);
    }
    // a person's whole name (two words at least): "Ford, 45," is a share price or a score
    if (owner && owner.size >= 2) out.push({ owner, age });
  }
  return out;
});

const hasDigit = perSignature((s) => /\d/.test(s.text));

/** One named person given two ages more than a year apart ("Ilse Varn, 35," / "Ilse Varn, 53,"). */
export function ageConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  return firstConflict(a, b, hasDigit, agesOf, (x, y, xa, xb) => {
    if (!meets(x.owner, y.owner) || Math.abs(x.age - y.age) <= 1) return null;
    // another age either side gives that person agrees
    if (xa.some((p) => !differentNames(p.owner, x.owner) && xb.some((q) => !differentNames(q.owner, y.owner) && Math.abs(p.age - q.age) <= 1))) return null;
    return `different ages of ${surface(viewOf(a).toks, x.owner)} (${x.age} vs ${y.age})`;
  });
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

/** Positions of a date: its year, or its month. */
function datePositions(v: View, d: DateSig): number[] {
  return positionsWhere(v, (t) => (d.month !== undefined ? monthNumber(t) === d.month : t.low === String(d.year)));
}

/** The words of a unit in a sentence besides its stem: a percentage is also written "pct", "per cent" and "%". */
const UNIT_SPELLINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map([[PERCENT, new Set([...PERCENT_WORDS, 'per', 'cent'].map((w) => stem(w)))]]);

function isUnitWord(t: Tok, unit: string): boolean {
  return t.st === unit || UNIT_SPELLINGS.get(unit)?.has(t.st) === true;
}

/** Verbs of a change up or down (the lexicon's direction groups, and "lost"), as stems; `CHANGE` stands for any of them in a role. */
const CHANGE_STEMS = new Set([...ANTONYM_GROUPS.filter((g) => g.direction).flatMap((g) => [...g.a, ...g.b]), 'lose', 'lost', 'losing'].filter((w) => !w.includes(' ')).map((w) => stem(w)));
const CHANGE = ' change'; // (no word stems to it)

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
      if (!isContent(t[j]) || monthNumber(t[j]) || isUnitWord(t[j], skip)) continue;
      out.add(t[j].st);
      // "having lost 1.16%" and "dropped by 4.08%": both the size of a change, whichever the verb
      if (CHANGE_STEMS.has(t[j].st)) out.add(CHANGE);
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
      // the size of a change is no level: "down around two stg" / "dealings at 456 stg"
      if (sizeOfChange(va, i) !== sizeOfChange(vb, j)) continue;
      // "production of gold rose to 244,900 ounces" / "production of silver rose to 2.3 mln ounces": values of
      // two things, each named by "of" and missing from the other sentence
      const oa = ofThing(va, i);
      const ob = ofThing(vb, j);
      if (oa && ob && oa !== ob && !vb.toks.some((t) => t.st === oa) && !va.toks.some((t) => t.st === ob)) continue;
      const sa = subjectOf(va, i);
      const sb = subjectOf(vb, j);
      if (!(sa && sb && differentNames(sa, sb))) return true;
    }
  }
  return false;
}

/** Words that may stand between a change and its size: "down around two", "up some 3 pct", "fell nearly 5%". */
const APPROXIMATELY = /^(?:around|about|some|nearly|almost|roughly|just|a|an|over|under)$/;

/** The value at k is the size of a change ("down two stg", "by 5%", "fell 2.5 pct"), not a level ("at 456", "to 400"). */
function sizeOfChange(v: View, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && APPROXIMATELY.test(v.toks[j].low)) j--;
  const t = v.toks[j];
  return !!t && (/^(?:up|down|off|by)$/.test(t.low) || CHANGE_STEMS.has(t.st));
}

/** The content word after the nearest "of" before the value at k in its clause ("production of gold rose to…"), or null. */
function ofThing(v: View, k: number): string | null {
  const t = v.toks;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    if (t[j].brk) return null;
    if (t[j].low === 'of' && t[j + 1] && j + 1 < k && isContent(t[j + 1]) && !t[j + 1].num) return t[j + 1].st;
  }
  return null;
}

/** Different counts of one unit, or different dates, for a shared predicate, each standing with the same words. */
export function values(a: ClaimSignature, b: ClaimSignature): string | null {
  if (!a.predicates.some((p) => b.predicates.includes(p))) return null;
  const count = differentCounts(a, b);
  if (count) return count;
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
 * Two counts of one unit that differ, each standing with the same words ("was down 2.62% at 16:08" /
 * "was down 3.76% at 16:08"): "4300 vs 3100 job", or null. Without a shared predicate this is no
 * contradiction the rules can vouch for, but neither are the two sentences the same claim.
 */
export function differentCounts(a: ClaimSignature, b: ClaimSignature): string | null {
  for (const na of a.numbers) {
    for (const nb of b.numbers) {
      // a count conflicts only when the other side never gives the same value for that unit
      if (na.unit && na.unit === nb.unit && na.value !== nb.value && !b.numbers.some((x) => x.unit === na.unit && x.value === na.value) && !a.numbers.some((x) => x.unit === nb.unit && x.value === nb.value)) {
        const rel = Math.abs(na.value - nb.value) / Math.max(na.value, nb.value);
        if (rel > 0.05 && sameRole(viewOf(a), numberPositions(viewOf(a), na.value), viewOf(b), numberPositions(viewOf(b), nb.value), na.unit)) return `${na.value} vs ${nb.value} ${na.unit}`;
      }
    }
  }
  return null;
}
