/**
 * Where a named participant is from, read with the gazetteer (lexicon/places.ts): the seat of a
 * company ("Chicago-based Boeing", "Boeing's headquarters is in Canada", "Acme, based in Lyon"), the
 * nationality of a person or a company ("the Dutch retailer, Wehkamp", "Ilse Varn, a Danish
 * novelist", "German Chancellor Ilse Varn") and a place of birth ("born in Salzburg",
 * "Polish-born"). Two sentences that put one participant in two countries (or continents) conflict.
 *
 * Only places the gazetteer knows conflict: "born in Wadowice" and "born in Poland" never do.
 */
import { PLACES, PLACE_WORDS, placesAgree, type Place } from '../../lexicon/places';
import { isStop, stem } from '../normalize';
import type { ClaimSignature } from '../signature';
import { ARTICLES, affirmedAt, isAux, monthNumber, nameKey, perSignature, perView, firstConflict, type Tok, type View } from './view';

export interface Origin {
  /** 'based': the seat of an organisation; 'nationality': of a person or an organisation; 'born': a place of birth; 'died': of death. */
  kind: 'based' | 'nationality' | 'born' | 'died';
  /** A nationality said of an organisation (a company, a bank): comparable with its seat. */
  org: boolean;
  owner: Set<string>;
  places: Place[];
  /** The places as written, for the detail. */
  shown: string;
  /** 'past' ("was based in"), 'present' ("is based in", "Chicago-based"), or '' (not said). */
  tense: '' | 'past' | 'present';
}

/** Nouns a nationality is said of, for people and organisations ("a Dutch retailer", "the French novelist"). */
const ORG_KINDS = new Set(
  `company firm group bank carmaker automaker airline carrier retailer maker manufacturer producer insurer conglomerate
  giant publisher newspaper broadcaster network agency chain operator supplier exporter importer lender brewer
  planemaker shipbuilder miner refiner distributor developer subsidiary multinational corporation club team`.split(/\s+/),
);
const PERSON_KINDS = new Set(
  `actor actress writer author novelist poet playwright painter artist sculptor singer musician composer conductor
  director filmmaker architect journalist reporter photographer businessman businesswoman billionaire tycoon
  entrepreneur banker scientist physicist chemist biologist mathematician economist engineer inventor explorer
  athlete runner sprinter cyclist golfer boxer footballer striker midfielder goalkeeper swimmer skier driver
  climber tennis player citizen national priest cardinal bishop diplomat politician dissident activist
  philosopher historian designer chef model comedian`.split(/\s+/),
);
/** Titles before a name ("Mexican Professor Ana Ruiz", "French Foreign Minister Ilse Varn"): not part of who it is. */
const TITLES = new Set(
  `president vice prime minister foreign defence defense finance interior trade justice chancellor premier king queen
  prince princess crown sheikh emir sultan pope cardinal bishop general gen lieutenant colonel col captain capt admiral
  commander professor prof dr doctor mr mrs ms miss sir dame lord lady senator sen representative rep governor mayor
  ambassador envoy secretary chairman chairwoman chief executive ceo judge leader opposition officer spokesman
  spokeswoman head director deputy`.split(/\s+/),
);
/** Words of institutions' names that many countries' institutions share ("the Justice Department", "the Foreign Ministry"): not an owner alone. */
export const GENERIC_OWNERS: ReadonlySet<string> = new Set(
  `department ministry office government agency council committee commission court party army navy police embassy
  parliament congress senate cabinet administration authority authorities bureau service board institute union
  central national federal state`
    .split(/\s+/)
    .map((w) => stem(w)),
);
/** Words that may stand between an owner and "based in" ("Acme, which is based in", "Acme has been based in"). */
const BEFORE_BASED: ReadonlyMap<string, '' | 'past' | 'present'> = new Map([
  ['is', 'present'], ['are', 'present'], ['was', 'past'], ['were', 'past'], ['been', ''], ['has', 'present'], ['have', 'present'], ['had', 'past'],
  ['which', ''], ['that', ''], ['also', ''], ['still', ''], ['now', 'present'], [',', ''],
]);
/** Words inside a place's name ("Dar es Salaam", "Rio de Janeiro", "Bosnia and Herzegovina"). */
const PLACE_JOINERS = new Set(['of', 'the', 'and', 'es', 'de', 'del', 'la', 'el']);

/**
 * The key a run of tokens has in the gazetteer: words joined by one space, a full stop joined to the
 * word before it, and the letters of a dotted abbreviation joined ("u.s.", "st. louis").
 */
function keyOf(t: Tok[], s: number, e: number, raw = false): string {
  let k = '';
  for (let i = s; i < e; i++) {
    const w = raw ? t[i].raw : t[i].low;
    if (!k || w === '.') k += w;
    else if (w.length === 1 && /(?:^|[ .])\p{L}\.$/u.test(k)) k += w;
    else k += ' ' + w;
  }
  return k;
}

const MAX_TOKENS = 2 * PLACE_WORDS + 2;
const inPlace = (x: Tok | undefined): boolean => !!x && ((x.word && (x.cap || PLACE_JOINERS.has(x.low))) || x.raw === '.');

/** The longest place starting at j ("the" skipped), and where it ends; null where none starts there. */
function placeFrom(t: Tok[], j: number): { place: Place; end: number; shown: string } | null {
  if (t[j]?.low === 'the' && !t[j].cap) j++;
  if (!t[j]?.cap || !t[j].word) return null;
  let best: { place: Place; end: number; shown: string } | null = null;
  for (let e = j + 1; e <= t.length && e - j <= MAX_TOKENS && inPlace(t[e - 1]); e++) {
    const p = PLACES.get(keyOf(t, j, e));
    if (p) best = { place: p, end: e, shown: keyOf(t, j, e, true) };
  }
  return best;
}

/** The longest place ending right before e (with `tail` written after it: "Chicago" of "Chicago-based"), or null. */
export function placeTo(t: Tok[], e: number, tail = ''): { place: Place; shown: string; start: number } | null {
  let best: { place: Place; shown: string; start: number } | null = null;
  for (let s = e; s >= 0 && e - s <= MAX_TOKENS; s--) {
    if (s < e && !inPlace(t[s])) break;
    const head = keyOf(t, s, e);
    const key = tail ? (head ? head + ' ' + tail : tail) : head;
    const p = key && (s === e || t[s].cap) ? PLACES.get(key.toLowerCase()) : undefined;
    if (p) best = { place: p, shown: [keyOf(t, s, e, true), tail].filter(Boolean).join(' '), start: s };
  }
  return best;
}

/** The places of a list at j ("in Chicago and Toronto", "in Montvale, New Jersey"), and where it ends. */
function placesFrom(t: Tok[], j: number): { places: Place[]; shown: string; end: number } | null {
  const first = placeFrom(t, j);
  if (!first) return null;
  const places = [first.place];
  const shown = [first.shown];
  let end = first.end;
  for (;;) {
    if (t[end]?.low !== ',' && t[end]?.low !== 'and') break;
    const next = placeFrom(t, end + 1);
    if (!next) break;
    places.push(next.place);
    shown.push(next.shown);
    end = next.end;
  }
  // "Montvale, New Jersey": a town and its region are one place; "London, Ontario": the region says which London
  if (places.length === 2 && t[first.end]?.low === ',' && !placesAgree(places[0], places[1])) places.shift();
  return { places, shown: shown.join(', '), end };
}

const isOwnerWord = (x: Tok | undefined): boolean => !!x && x.word && x.cap && !isStop(x.low) && !isAux(x.low);

/** The name run starting at j, as name keys (titles left out), and where it ends. */
export function ownerFrom(t: Tok[], j: number): { owner: Set<string>; end: number } {
  const owner = new Set<string>();
  let e = j;
  // across "of" ("Domino of California Inc")
  for (; e < t.length && (isOwnerWord(t[e]) || (e > j && t[e].low === 'of' && isOwnerWord(t[e + 1]))); e++) if (t[e].cap && !TITLES.has(t[e].low)) owner.add(nameKey(t[e]));
  return { owner, end: e };
}

/** The name run ending at e (inclusive), as name keys (titles left out). */
function ownerTo(t: Tok[], e: number): Set<string> {
  return ownerRunTo(t, e).owner;
}

/** `ownerTo`, with where the name starts. */
export function ownerRunTo(t: Tok[], e: number): { owner: Set<string>; start: number } {
  const owner = new Set<string>();
  let i = e;
  for (; i >= 0 && (isOwnerWord(t[i]) || (i < e && t[i].low === 'of' && isOwnerWord(t[i - 1]))) && (i > 0 || !/^(?:the|a|an|it|this|its)$/.test(t[i].low)); i--) {
    if (t[i].cap && !TITLES.has(t[i].low)) owner.add(nameKey(t[i]));
  }
  return { owner, start: i + 1 };
}

/**
 * Who a place word before a noun is said of: "Chicago-based Boeing", "the Dutch home shopping company,
 * Wehkamp", "a Chicago-based planemaker, Boeing": the name right after, or after up to three lower-case
 * words ending in a kind of company or person. Returns the owner and the last lower-case word.
 */
function ownerAfter(t: Tok[], j: number): { owner: Set<string>; kind: string } {
  let k = j;
  let kind = '';
  while (k < t.length && k - j < 3 && t[k].word && !t[k].cap && !isStop(t[k].low) && !isAux(t[k].low)) kind = t[k++].low;
  if (kind && !ORG_KINDS.has(kind) && !PERSON_KINDS.has(kind)) return { owner: new Set(), kind };
  if (kind && t[k]?.low === ',') k++;
  return { owner: ownerFrom(t, k).owner, kind };
}

/** "Ilse Varn, a Danish novelist" / "Ilse Varn is a Danish novelist": the name before ", a" or "is a" at j (the article), or an empty set. */
function ownerBeforeArticle(t: Tok[], j: number): Set<string> {
  const before = t[j - 1]?.low;
  if (before === ',' || before === 'is' || before === 'was') return ownerTo(t, j - 2);
  return new Set();
}

/** The origins a sentence states plainly (memoised with its view). */
export const originsOf = perView((v: View): Origin[] => {
  const t = v.toks;
  const out: Origin[] = [];
  const add = (o: Origin, at: number): void => {
    if ([...o.owner].some((n) => !GENERIC_OWNERS.has(n)) && o.places.length && !o.places.some((p) => p.country === '?') && affirmedAt(v, at)) out.push(o);
  };
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!x.word) continue;
    const low = x.low;
    // "Chicago-based", "South African-based", "U.S.-based"; "Polish-born"
    const suffix = low.endsWith('-based') ? 'based' : low.endsWith('-born') ? 'born' : '';
    if (suffix || ((low === 'based' || low === 'born') && t[i - 1]?.raw === '-')) {
      const kind = (suffix || low) as 'based' | 'born';
      const p = suffix ? placeTo(t, i, x.raw.slice(0, -(suffix.length + 1))) : placeTo(t, i - 1);
      if (!p) continue;
      let { owner } = ownerAfter(t, i + 1);
      // "Antonio Salieri, the Italian-born composer": the name before the apposition
      if (!owner.size) {
        let j = i - 1;
        while (j >= 0 && t[j].word && !ARTICLES.has(t[j].low) && (t[j].cap || !isStop(t[j].low))) j--;
        if (ARTICLES.has(t[j]?.low ?? '')) owner = ownerBeforeArticle(t, j);
      }
      add({ kind, org: kind === 'based', owner, places: [p.place], shown: p.shown, tense: kind === 'based' ? 'present' : '' }, i);
      continue;
    }
    // "Acme is located in Lyon", "the Louvre, situated in Paris": where a named thing is, as its seat
    // (after "is" or a comma only: "Interpol located Brede in Spain" places Brede, and only for a while)
    if ((low === 'based' || low === 'headquartered' || ((low === 'located' || low === 'situated') && BEFORE_BASED.has(t[i - 1]?.low ?? ''))) && t[i + 1]?.low === 'in') {
      const ps = placesFrom(t, i + 2);
      if (!ps) continue;
      let j = i - 1;
      let tense: Origin['tense'] = '';
      // "Acme (ACM), based in": past a bracket
      if (t[j]?.low === ',' && t[j - 1]?.low === ')') {
        j -= 2;
        while (j >= 0 && t[j].low !== '(') j--;
        j--;
      }
      // (the word nearest "based" that gives a tense gives it: "which is based", "has been based")
      while (j >= 0 && BEFORE_BASED.has(t[j].low)) {
        tense ||= BEFORE_BASED.get(t[j].low)!;
        j--;
      }
      // not a name after "of" or a possessive ("the Canadian unit of Boeing, based in Toronto")
      let b = j;
      while (b > 0 && isOwnerWord(t[b - 1])) b--;
      if (t[b - 1]?.low === 'of' || /['’]s$/.test(t[b - 1]?.low ?? '')) continue;
      add({ kind: 'based', org: true, owner: ownerTo(t, j), places: ps.places, shown: ps.shown, tense: tense || 'present' }, i);
      continue;
    }
    if (low === 'headquarters') {
      // "Boeing's headquarters is in Canada", "the headquarters of Boeing are in Chicago", "Boeing has its headquarters in Chicago"
      let owner = new Set<string>();
      let j = i + 1;
      if (/['’]s$/.test(t[i - 1]?.low ?? '')) owner = ownerTo(t, i - 1);
      else if (t[i - 1]?.low === 'its' && /^(?:has|have|had)$/.test(t[i - 2]?.low ?? '')) owner = ownerTo(t, i - 3);
      else if (t[j]?.low === 'of') {
        const o = ownerFrom(t, t[j + 1]?.low === 'the' ? j + 2 : j + 1);
        owner = o.owner;
        j = o.end;
      }
      let tense: Origin['tense'] = '';
      if (/^(?:is|are|was|were)$/.test(t[j]?.low ?? '')) tense = BEFORE_BASED.get(t[j++].low)!;
      if (t[j]?.low !== 'in') continue;
      const ps = placesFrom(t, j + 1);
      if (ps) add({ kind: 'based', org: true, owner, places: ps.places, shown: ps.shown, tense }, i);
      continue;
    }
    // "Brede died in Lyon", "Brede was killed in Iraq", "died on April 2, 1950 in Lyon": a death has one place
    const death = low === 'died' || (low === 'killed' && /^(?:was|were)$/.test(t[i - 1]?.low ?? ''));
    if (low === 'born' || death) {
      // "born in Lyon", "born on April 2, 1950 in Lyon"
      let j = i + 1;
      while (j < t.length && j < i + 8 && t[j].low !== 'in' && (t[j].num || t[j].low === ',' || t[j].low === 'on' || monthNumber(t[j]))) j++;
      if (t[j]?.low !== 'in') continue;
      const ps = placesFrom(t, j + 1);
      // who was born: the name right before "was born" or ", born", not a possessive's ("Brede's mother
      // was born"), nor a name after "of" ("the son of Brede"), nor one a relative clause is about ("Brede, whose wife was born")
      let e = i - 1;
      while (e >= 0 && (t[e].low === 'was' || t[e].low === 'is' || t[e].low === ',')) e--;
      if (!ps || !isOwnerWord(t[e]) || /['’]s$/.test(t[e].low)) continue;
      let b = e;
      while (b > 0 && isOwnerWord(t[b - 1])) b--;
      if (t[b - 1]?.low === 'of' || /['’]s$/.test(t[b - 1]?.low ?? '')) continue;
      add({ kind: death ? 'died' : 'born', org: false, owner: ownerTo(t, e), places: ps.places, shown: ps.shown, tense: '' }, i);
      continue;
    }
    // a nationality (or a country's name used as one: "U.S. carmaker") before a noun or a title
    // (not a country in a name, "Bank of China", nor a headline in capitals)
    if (!x.cap || t[i - 1]?.raw === '-' || t[i - 1]?.low === 'of' || (x.raw.length > 3 && x.raw === x.raw.toUpperCase())) continue;
    const p = placeFrom(t, i);
    if (!p || !p.place.country || t[p.end]?.raw === '-') continue;
    let owner = new Set<string>();
    let kind = '';
    if (t[p.end]?.cap && TITLES.has(t[p.end].low)) {
      // "Mexican Professor Ana Ruiz", "French Foreign Minister Ilse Varn"
      owner = ownerFrom(t, p.end).owner;
    } else if (t[p.end] && !t[p.end].cap) {
      ({ owner, kind } = ownerAfter(t, p.end));
      // "Ilse Varn, a Danish novelist", "Ilse Varn is a Danish novelist"
      if (!owner.size && (ORG_KINDS.has(kind) || PERSON_KINDS.has(kind)) && ARTICLES.has(t[i - 1]?.low ?? '')) owner = ownerBeforeArticle(t, i - 1);
    }
    if (!owner.size && (t[i - 1]?.low === 'is' || t[i - 1]?.low === 'was') && (!t[p.end] || t[p.end].brk || t[p.end].raw === '.' || t[p.end].low === 'and')) {
      // "Ilse Varn is Danish"
      if (p.place.demonym) owner = ownerTo(t, i - 2);
    }
    add({ kind: 'nationality', org: ORG_KINDS.has(kind), owner, places: [p.place], shown: p.shown, tense: '' }, i);
    i = p.end - 1;
  }
  return out;
});

/** One participant named on both sides: they share a name, and neither adds a name of its own the other lacks ("Boeing Canada" is not Boeing). */
export function sameOwner(x: Set<string>, y: Set<string>): boolean {
  let shared = 0;
  for (const n of x) if (y.has(n)) shared++;
  if (!shared) return false;
  const extraX = x.size - shared;
  const extraY = y.size - shared;
  if (extraX && extraY) return false;
  // a place in the longer name makes it another participant ("Boeing Canada", "Mercedes-Benz USA")
  const [longer, shorter] = extraX ? [x, y] : [y, x];
  for (const n of longer) if (!shorter.has(n) && PLACE_KEYS.has(n)) return false;
  return true;
}

/** Name keys of the gazetteer's one-word names and adjectives ("canada", "usa", "dutch"). */
const PLACE_KEYS = new Set<string>();
for (const k of PLACES.keys()) if (!k.includes(' ') && !k.includes('.')) PLACE_KEYS.add(stem(k));

/** Whether an origin can be compared with another: the same kind, or an organisation's nationality and its seat. */
function comparable(x: Origin, y: Origin): boolean {
  if (x.kind === y.kind) return !(x.kind === 'based' && x.tense && y.tense && x.tense !== y.tense);
  const pair = (p: Origin, q: Origin): boolean => p.kind === 'based' && q.kind === 'nationality' && q.org;
  return pair(x, y) || pair(y, x);
}

/** The first word of every place name, lower-cased ("the" of "The Hague" skipped): a cheap test before tokenising. */
const FIRST_WORDS = new Set([...PLACES.keys()].map((k) => k.replace(/^the /, '').split(/[ .]/)[0]));
/** Words every origin is read from: "based", "born", "headquarters", or a kind or title after a nationality. */
const TRIGGERS = new Set([...ORG_KINDS, ...PERSON_KINDS, ...TITLES]);
const ANYWHERE = new Set(['based', 'born', 'died', 'killed', 'headquarters', 'headquartered', 'located', 'situated']);
const WORD = /\p{L}+/gu;
/**
 * Whether a sentence may place someone (a cheap test before tokenising): a word of a place name, and
 * "based", "born" or "headquarters", or a kind or title within four words after it, or "is" before it.
 */
export const namesPlace = perSignature((s: ClaimSignature): boolean => {
  let place = -99;
  let anywhere = false;
  let n = 0;
  let prev = '';
  for (const m of s.text.matchAll(WORD)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    const low = w.toLowerCase();
    n++;
    if (((c >= 65 && c <= 90) || c > 127) && FIRST_WORDS.has(low)) {
      if (anywhere || prev === 'is' || prev === 'was') return true;
      place = n;
    } else if (ANYWHERE.has(low)) {
      anywhere = true;
      if (place > 0) return true;
    } else if (n - place <= 4 && TRIGGERS.has(low)) return true;
    prev = low;
  }
  return false;
});

/** One participant put in two countries (or continents): "Chicago-based Boeing" / "Boeing's headquarters is in Canada". */
export function originConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  return firstConflict(a, b, namesPlace, originsOf, (x, y, oa, ob) => {
    if (!comparable(x, y) || !sameOwner(x.owner, y.owner)) return null;
    // every origin either side gives that participant, of a kind comparable with the other's: none may agree
    const xs = oa.filter((o) => comparable(o, y) && sameOwner(o.owner, x.owner)).flatMap((o) => o.places);
    const ys = ob.filter((o) => comparable(o, x) && sameOwner(o.owner, y.owner)).flatMap((o) => o.places);
    if (xs.some((p) => ys.some((q) => placesAgree(p, q)))) return null;
    const what = x.kind === 'born' ? 'places of birth' : x.kind === 'died' ? 'places of death' : x.kind === y.kind && x.kind === 'nationality' ? 'nationalities' : 'countries';
    return `different ${what} (${x.shown} vs ${y.shown})`;
  });
}

/** Name keys (stems) of every country's names of one or more words, to the country ("unit state" for the United States). */
const COUNTRY_BY_KEYS = new Map<string, string>();
for (const [k, p] of PLACES) {
  if (!p.country || p.country === '?' || p.demonym || k.includes('.')) continue;
  COUNTRY_BY_KEYS.set(
    k
      .split(' ')
      .filter((w) => !isStop(w))
      .map((w) => stem(w))
      .sort()
      .join(' '),
    p.country,
  );
}

/** The country a set of name keys names ("franc"; "state unit"), or null: a city's name counts too ("Paris"). */
export function countryNamed(keys: Iterable<string>): string | null {
  return COUNTRY_BY_KEYS.get([...keys].sort().join(' ')) ?? null;
}
