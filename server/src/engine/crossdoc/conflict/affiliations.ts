/**
 * A person's affiliation given two incompatible ways: "Ilse Varn, Norland's police commissioner," /
 * "Ilse Varn is an employee of Reuters"; "Mexican Professor Ana Ruiz" / "Ana Ruiz is a member of the
 * Salvadoran government".
 *
 * What is read of a sentence, for a named person:
 * - claims of employment (`explicit`): "X is an employee of ORG", "X works for ORG", "X is employed
 *   by ORG", "X is a staff member of ORG", "X, a Reuters employee", and "X is a member of the
 *   Salvadoran government" (membership of a state's government, army or police only: a member of a
 *   party, a club or a board is no employee of it);
 * - descriptors: "X, ORG's ROLE", "X, (a|the) ROLE of/at/for/with ORG", "(a|the) ORG ROLE X", where
 *   ROLE is a post held in an organisation (a small word table: "spokesman", "correspondent",
 *   "assistant commissioner"…); a country's official ("Norland's police commissioner", "Norlandic
 *   Foreign Minister X") is the state's; a country's post that is no office tells a nationality
 *   ("Mexican Professor X"); a post often held beside a job (a board's chairman or director, a
 *   professor of a university) names no employer;
 * - a person's nationality, as the origins rule reads it ("X, a Danish novelist").
 *
 * Two of them conflict only where at least one is a claim of employment (two descriptors are two
 * posts a person may hold), the person is one (`meets`), and the two cannot both hold now: two
 * employers of different names (no shared name word, no acronym or alias of each other), a state's
 * official and an organisation not of that state, two states, or a state and another nationality.
 * Nothing is read of a sentence that tells of a move ("hired", "joined", "left"…), nor of a former,
 * late, retired or incoming holder, nor of a past tense ("worked for"): people change employers.
 */
import { DEFAULT_ALIASES } from '../../lexicon/aliases';
import { Aliases, GENERIC_NAME_KEYS, WEEKDAY_NAMES, isAcronym, isStop, translit } from '../normalize';
import type { ClaimSignature } from '../signature';
import { GENERIC_OWNERS, countryNamed, namesPlace, originsOf, ownerFrom, ownerRunTo, placeTo } from './places';
import { NOT_NOW, orgRunTo } from './values';
import { ARTICLES, NAME_JOINERS, PREPOSITIONS, affirmedAt, isAux, meets, monthNumber, nameKey, perSignature, perView, firstConflict, surface, viewOf, type Tok, type View } from './view';

export interface Affiliation {
  /** Name keys of the person. */
  person: Set<string>;
  /**
   * 'employer': an organisation; 'state': an office or a body of a country; 'nationality': the person's
   * own country; 'press': a journalist of no named outlet ("reporter Ilse Varn", "Varn, a journalist,").
   */
  kind: 'employer' | 'state' | 'nationality' | 'press';
  /** The organisation's name keys (employer). */
  org: Set<string>;
  /** Of a state or a nationality, its country; of an employer, the countries its name names ("Bank of Norland"). */
  countries: string[];
  /** An employer named with a word of state institutions ("Interior Ministry", "Velna Police"): maybe any state's. */
  institutional: boolean;
  /** An employer named by one word before a post ("Varn's spokesman", "Varn aide"): maybe a person, whose staff may be a state's. */
  personal?: boolean;
  /** A claim of employment, not a descriptor. */
  explicit: boolean;
  /** The organisation or country as written, for the detail and for acronyms and aliases. */
  shown: string;
}

/** Posts held in an organisation ("Acme's spokesman", "a correspondent for Reuters"). */
const ROLES = new Set(
  `spokesman spokeswoman spokesperson official officer commissioner minister secretary secretary-general ambassador envoy
  diplomat consul president vice-president premier chancellor governor mayor prosecutor judge general colonel commander
  inspector superintendent negotiator chief captain admiral director executive chairman chairwoman manager employee staffer analyst economist
  strategist correspondent reporter editor journalist columnist photographer producer professor lecturer researcher engineer ceo`.split(/\s+/),
);
/** Posts that make a country's holder its official ("Norland's commissioner"), not only one of its people ("a Norlandic professor"). */
const OFFICIAL = new Set(
  `spokesman spokeswoman spokesperson official officer commissioner minister secretary secretary-general ambassador envoy
  diplomat consul president vice-president premier chancellor governor mayor prosecutor judge general colonel commander
  inspector superintendent negotiator chief captain admiral`.split(/\s+/),
);
/** Words before a post that keep it in the same organisation ("assistant commissioner", "Foreign Minister", "police chief"). */
const ROLE_MODIFIERS = new Set(
  `chief senior junior assistant associate deputy vice acting interim managing executive general prime foreign finance
  defence defense interior trade justice health education energy environment economy labour labor police military press
  state regional local national political bureau news security intelligence district attorney lieutenant brigadier`.split(/\s+/),
);
/** Posts commonly held beside another job (a board's chairman or director, a professor, a columnist): they name no employer that excludes another. */
const SIDELINES = new Set(['chairman', 'chairwoman', 'director', 'professor', 'lecturer', 'researcher', 'producer', 'columnist', 'photographer']);
/** Posts of the press: a journalist reports on a state, and is not in its service ("reporter Ilse Varn" / "Varn works for the Norlandic government"). */
const PRESS = new Set(['reporter', 'journalist', 'correspondent']);
/** A post that is employment itself. */
const EMPLOYEES = new Set(['employee', 'staffer']);
/** Bodies of a state: a member of one serves its government ("a member of the Salvadoran government"). */
const STATE_BODIES = new Set(['government', 'cabinet', 'administration', 'army', 'police', 'military', 'navy', 'parliament', 'junta', 'regime']);
/** Words before a post or an organisation that make it another time ("former", "retired", "newly"). */
const FORMERLY = new Set([...NOT_NOW, 'retired', 'onetime', 'one-time', 'erstwhile', 'previous', 'ousted', 'new', 'newly', 'ex']);
/** Words of a move between employers: a sentence with one tells of two ("Acme hired Beta executive Ilse Varn"). */
const MOVES = new Set(
  `hire hired hires hiring appoint appointed appoints appointment name named nominate nominated recruit recruited poach poached
  join joined joins joining leave leaves left leaving quit quits resign resigned resigns resignation retire retired retires
  fire fired sack sacked dismiss dismissed oust ousted replace replaced replaces succeed succeeded succeeds move moved moves
  switch switched defect defected transfer transferred promote promoted tapped elected step stepped`.split(/\s+/),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Adverbs between a person and "works for" / "is". */
const NOW = new Set(['currently', 'now', 'also', 'still']);
const WEEKDAYS = new Set(WEEKDAY_NAMES);

/** The built-in alias groups ("United Nations" / "UN" → one key) and institutions of states ("White House" → United States). */
const DEFAULT_TABLE = new Aliases(DEFAULT_ALIASES);

const isRoleWord = (x: Tok | undefined): boolean => !!x && x.word && (ROLES.has(x.low) || ROLE_MODIFIERS.has(x.low));
const isPossessive = (x: Tok | undefined): boolean => !!x && x.cap && /['’]s$/.test(x.low);
/** A word that may follow a name of an organisation (not a noun it would modify: "the Mexican newspaper", "Acme subsidiary"). */
const endsName = (x: Tok | undefined): boolean => !x || !x.word || x.brk || x.cap || PREPOSITIONS.has(x.low) || isAux(x.low) || x.low === 'and' || x.low === 'said' || x.low === 'says';
/** A descriptor closes here: the end of the sentence or a mark ("X, Acme's spokesman, said", "said X, Acme's spokesman."). */
const closes = (x: Tok | undefined): boolean => !x || (!x.word && !x.num);

/**
 * What the name run [s, e) names: a state (a country, a state's body: "Norland", "the Salvadoran", "the
 * White House", "Norlandic National Police"), an employer (its name keys and the countries it names),
 * or null (generic words only: "the Foreign Ministry").
 */
function orgOf(t: Tok[], s: number, e: number): Omit<Affiliation, 'person' | 'explicit'> | null {
  const shown = t
    .slice(s, e)
    .map((x) => x.raw)
    .join(' ')
    .replace(/ \. ?/g, '.')
    .replace(/^the /i, '')
    .replace(/['’]s$|['’]$/, '');
  const org = new Set<string>();
  for (let k = s; k < e; k++) if (t[k].cap && t[k].word && !isStop(t[k].low)) org.add(nameKey(t[k]));
  if (!org.size) return null;
  const institution = DEFAULT_TABLE.institutionCountry(shown);
  if (institution) return { kind: 'state', org, countries: [institution], institutional: true, shown };
  // a country or a city, however written ("Norland's", "Velna")
  const country = countryNamed(org);
  if (country) return { kind: 'state', org, countries: [country], institutional: false, shown };
  // the places the name names, and its words outside them
  const countries = new Set<string>();
  const inPlace = new Set<number>();
  for (let k = e; k > s; k--) {
    const p = placeTo(t, k);
    if (!p || p.start < s || !p.place.country || p.place.country === '?') continue;
    countries.add(p.place.country);
    for (let i = p.start; i < k; i++) inPlace.add(i);
    k = p.start + 1;
  }
  const rest = [...Array(e - s).keys()].map((i) => s + i).filter((k) => !inPlace.has(k) && t[k].word && t[k].cap && !isStop(t[k].low));
  // words of institutions' names and of companies' ("Ministry", "Police", "Ltd", "Bank")
  const generic = rest.every((k) => GENERIC_OWNERS.has(nameKey(t[k])) || GENERIC_NAME_KEYS.has('ent:' + translit(t[k].low)));
  // a country, or a state's body named by its words only ("Norland", "the Norlandic Police")
  if (countries.size === 1 && generic) return { kind: 'state', org, countries: [...countries], institutional: rest.length > 0, shown };
  if (generic || countries.size > 1) return null;
  return { kind: 'employer', org, countries: [...countries], institutional: rest.some((k) => GENERIC_OWNERS.has(nameKey(t[k]))), shown };
}

/**
 * The organisation named from j ("the" skipped) to the end of its name: "Reuters", "the Bank of
 * Norland", "the Salvadoran government", "the government of El Salvador"; null where the name goes on
 * into a noun ("the Mexican newspaper Reforma", "Acme's parent").
 */
function orgFrom(t: Tok[], j: number): (Omit<Affiliation, 'person' | 'explicit'> & { end: number }) | null {
  if (t[j]?.low === 'the') j++;
  // "the government of El Salvador"
  if (t[j] && STATE_BODIES.has(t[j].low) && t[j + 1]?.low === 'of') {
    const r = orgFrom(t, j + 2);
    return r?.kind === 'state' ? { ...r, institutional: true } : null;
  }
  let e = j;
  for (; e < t.length; e++) {
    const x = t[e];
    if (x.cap && x.word && !x.brk) {
      if (isPossessive(x)) return null;
      continue;
    }
    // "U.S.", "Bank of Norland", "Velna and Osterby"
    if (x.raw === '.' && e > j && t[e - 1].raw.length === 1 && t[e - 1].cap) continue;
    if (NAME_JOINERS.has(x.low) && e > j && t[e + 1]?.cap && t[e + 1].word) continue;
    break;
  }
  if (e === j) return null;
  const o = orgOf(t, j, e);
  if (!o) return null;
  // "the Salvadoran government": a country's adjective and the body it qualifies
  if (t[e] && !t[e].cap && STATE_BODIES.has(t[e].low)) return o.kind === 'state' ? { ...o, institutional: true, shown: `${o.shown} ${t[e].raw}`, end: e + 1 } : null;
  if (!endsName(t[e])) return null;
  // (a country's adjective alone is no organisation: "works for the Mexican")
  const p = placeTo(t, e);
  if (o.kind === 'state' && p?.place.demonym && p.start === j) return null;
  return { ...o, end: e };
}

/** Who the claim at k is about: the name right before it ("Ilse Varn works", "Ilse Varn, who is"), or null; not a name after "of" or a possessive ("the son of Ilse Varn works"). */
function subjectBefore(t: Tok[], k: number): Set<string> | null {
  let j = k - 1;
  while (j >= 0 && NOW.has(t[j].low)) j--;
  if (t[j]?.low === 'who' && t[j - 1]?.low === ',') j -= 2;
  return personTo(t, j);
}

/** The person's name ending at j, or null where it stands after "of", a preposition or a possessive. */
function personTo(t: Tok[], j: number): Set<string> | null {
  if (j < 0) return null;
  const { owner, start } = ownerRunTo(t, j);
  const before = t[start - 1];
  // (not a word opening a clause: "Since Ilse Varn works for Acme")
  for (let k = start; k <= j; k++) if (t[k].brk) owner.delete(nameKey(t[k]));
  if (!owner.size || (before && (PREPOSITIONS.has(before.low) || /['’]s$/.test(before.low) || before.raw === "'" || before.raw === '’'))) return null;
  return owner;
}

/**
 * A post [s, e) and who holds it where: "Acme's spokesman", "a Reuters reporter", "Norlandic Foreign
 * Minister", "a correspondent for Reuters"; the holder named after it ("Acme spokesman Ilse Varn") or
 * before it in an apposition or after "is" ("Ilse Varn, Acme's spokesman,", "Ilse Varn is Acme's spokesman.").
 */
function postAffiliation(t: Tok[], s: number, e: number): Affiliation | null {
  const head = t[e - 1].low;
  let org: Omit<Affiliation, 'person' | 'explicit'> | null = null;
  let first = s;
  let end = e;
  // the organisation before the post: a possessive ("Acme's", "Reuters'"), or a name
  const last = t[s - 1]?.raw === "'" || t[s - 1]?.raw === '’' ? s - 2 : s - 1;
  if (last >= 0 && ((t[last].cap && t[last].word) || t[last].raw === '.')) {
    const run = orgRunTo(t, last);
    const place = placeTo(t, last + 1);
    first = place && place.start < run.start ? place.start : run.start;
    if (!run.names.size && first === run.start) return null;
    // not a date before it ("on 31 May of Acme's …"), nor a joiner left at its start
    for (let k = last; k >= first; k--) if (monthNumber(t[k]) || WEEKDAYS.has(t[k].low)) first = k + 1;
    while (first <= last && !t[first].cap) first++;
    // "former Acme", "then-Acme", "ex-Acme"
    if (first > last || FORMERLY.has(t[first - 1]?.low ?? '') || t.slice(first, last + 1).some((x) => FORMERLY.has(x.low.split('-')[0]))) return null;
    // another post's words opening the name ("Chief Cabinet Secretary", "Assistant Treasury Secretary")
    while (first < last && (isRoleWord(t[first]) || !t[first].cap || isStop(t[first].low))) first++;
    // "Velna's Plan and Cooperation Minister": a country's portfolio
    const owner = t.slice(first, last).findIndex(isPossessive);
    if (owner >= 0) {
      const country = countryNamed(t.slice(first, first + owner + 1).filter((x) => x.cap && !isStop(x.low)).map(nameKey));
      if (!country) return null;
      org = { kind: 'state', org: new Set([nameKey(t[first + owner])]), countries: [country], institutional: true, shown: t[first + owner].raw.replace(/['’]s$/, '') };
    } else org = orgOf(t, first, last + 1);
    if (org?.kind === 'employer' && org.org.size === 1 && !isAcronym(t[last].raw)) org.personal = true;
  } else if (t[e] && /^(?:of|at|for|with)$/.test(t[e].low)) {
    // the organisation after it: "a spokesman for Acme", "the commissioner of the Norlandic police"
    if (FORMERLY.has(t[s - 1]?.low ?? '')) return null;
    const o = orgFrom(t, e + 1);
    if (!o) return null;
    ({ end } = o);
    org = o;
  }
  if (!org) return PRESS.has(head) && first === s ? pressAffiliation(t, s, e) : null;
  // a country's post: its official; another post of a country's tells a nationality ("Mexican Professor Ana Ruiz")
  if (org.kind === 'state' && !OFFICIAL.has(head) && !org.institutional) org = { ...org, kind: 'nationality' };
  // an organisation's officer ("Treasury Secretary", "Agriculture Minister", "Acme spokesman"): the organisation may be a state's
  if (org.kind === 'employer' && OFFICIAL.has(head)) org = { ...org, institutional: true };
  if (org.kind === 'employer' && SIDELINES.has(head)) return null;
  const explicit = EMPLOYEES.has(head);
  // the holder right after the post: "Acme spokesman Ilse Varn" (where the organisation stands before the post)
  if (first < s && t[e]?.cap && t[e].word) {
    const person = ownerFrom(t, e).owner;
    return person.size ? { ...org, person, explicit } : null;
  }
  // "commissioner of police": the office's own words; "correspondent in Velna": where the post is held
  if (t[end]?.low === 'of' && t[end + 1]?.word && !t[end + 1].cap) end += 2;
  if (t[end]?.low === 'in' && t[end + 1]?.cap) for (end++; t[end]?.cap && t[end].word; ) end++;
  let b = first;
  if (ARTICLES.has(t[b - 1]?.low ?? '')) b--;
  // an apposition closes with a mark ("X, Acme's spokesman, said"; not "In Velna, an Acme spokesman said"); a predicate may go on ("X is an Acme employee and …")
  if (!(t[b - 1]?.low === 'is' ? endsName(t[end]) : closes(t[end]))) return null;
  if (t[b - 1]?.low !== ',' && t[b - 1]?.low !== 'is') {
    // "Norland's police chief, Ilse Varn, said"
    if (first < s && t[e]?.low === ',' && t[e + 1]?.cap) {
      const person = ownerFrom(t, e + 1).owner;
      return person.size ? { ...org, person, explicit } : null;
    }
    return null;
  }
  const person = personTo(t, b - 2);
  return person ? { ...org, person, explicit } : null;
}

/**
 * A journalist of no named outlet: the holder named right after the post ("reporter Ilse Varn") or
 * before it in an apposition or after "is" ("Ilse Varn, a journalist,", "Ilse Varn is a reporter
 * and …"); not a former one, nor a post with words of its own before it ("court reporter", "sports
 * journalist" stay a journalist; "White House correspondent" names its beat, read above as a name).
 */
function pressAffiliation(t: Tok[], s: number, e: number): Affiliation | null {
  if (FORMERLY.has(t[s - 1]?.low ?? '') || t.slice(s, e).some((x) => FORMERLY.has(x.low.split('-')[0]))) return null;
  const press = { kind: 'press' as const, org: new Set<string>(), countries: [], institutional: false, explicit: false, shown: t[e - 1].raw };
  if (t[e]?.cap && t[e].word && !t[e].brk) {
    const person = ownerFrom(t, e).owner;
    return person.size ? { ...press, person } : null;
  }
  let b = s;
  if (ARTICLES.has(t[b - 1]?.low ?? '')) b--;
  if (!(t[b - 1]?.low === 'is' ? endsName(t[e]) : t[b - 1]?.low === ',' && closes(t[e]))) return null;
  const person = personTo(t, b - 2);
  return person ? { ...press, person } : null;
}

/** The affiliations a sentence states plainly (memoised with its view). */
export const affiliationsOf = perView((v: View): Affiliation[] => {
  const t = v.toks;
  // (nor of a sentence that tells of a move, nor of a headline: in capitals or in title case, it has no word in lower case)
  // ("name" before a determiner identifies, "refused to name the source", "name his sources"; "will name Ilse Varn" appoints)
  if (t.some((x, i) => MOVES.has(x.low) && !(x.low === 'name' && DETERMINERS.has(t[i + 1]?.low ?? ''))) || !t.some((x) => x.word && !x.cap && x.low.length >= 4)) return [];
  const out: Affiliation[] = [];
  const claim = (k: number, person: Set<string> | null, o: Omit<Affiliation, 'person' | 'explicit'> | null): void => {
    if (person && o && affirmedAt(v, k)) out.push({ ...o, person, explicit: true });
  };
  for (let i = 0; i < t.length; i++) {
    const low = t[i].low;
    if (low === 'works' && t[i + 1]?.low === 'for') {
      // "Ilse Varn works for Acme"
      claim(i, subjectBefore(t, i), orgFrom(t, i + 2));
    } else if (low === 'is' && t[i + 1]?.low === 'employed' && t[i + 2]?.low === 'by') {
      // "Ilse Varn is employed by Acme"
      claim(i, subjectBefore(t, i), orgFrom(t, i + 3));
    } else if (low === 'is' && (t[i + 1]?.low === 'a' || t[i + 1]?.low === 'an')) {
      // "Ilse Varn is a staff member of Acme", "… a member of the Salvadoran government" ("is an employee of" is a post, below)
      let j = i + 2;
      const staff = t[j]?.low === 'staff';
      if (staff) j++;
      const w = t[j]?.low ?? '';
      if (w !== 'member' || !/^(?:of|for)$/.test(t[j + 1]?.low ?? '')) continue;
      let from = j + 2;
      // "a member of the staff of Acme"
      const ofStaff = w === 'member' && t[from]?.low === 'the' && t[from + 1]?.low === 'staff' && t[from + 2]?.low === 'of';
      if (ofStaff) from += 3;
      const o = orgFrom(t, from);
      // a member of a party, a club, a board is no employee of it: only a state's body
      if (w === 'member' && !staff && !ofStaff && o?.kind !== 'state') continue;
      claim(i, subjectBefore(t, i), o);
    } else if (isRoleWord(t[i]) && !isRoleWord(t[i - 1])) {
      // a post: the run of post words ending in a post ("assistant commissioner", "chief executive officer")
      let e = i;
      while (isRoleWord(t[e])) e++;
      while (e > i && !ROLES.has(t[e - 1].low)) e--;
      if (e === i) continue;
      const a = postAffiliation(t, i, e);
      if (a && affirmedAt(v, i)) out.push(a);
      i = e - 1;
    }
  }
  // nationalities, as the origins rule reads them
  for (const o of originsOf(v)) {
    const country = o.places[0]?.country;
    if (o.kind === 'nationality' && !o.org && o.places.length === 1 && country) {
      out.push({ person: o.owner, kind: 'nationality', org: new Set(), countries: [country], institutional: false, explicit: false, shown: o.shown });
    }
  }
  return out;
});

/** Two names of one organisation: a shared name word, an acronym of the other's initials ("UN" / "United Nations"), or one alias group. */
function sameOrg(x: Affiliation, y: Affiliation): boolean {
  if ([...x.org].some((n) => y.org.has(n))) return true;
  const acronymOf = (p: string, q: string): boolean => {
    const letters = p.replace(/\./g, '');
    if (!isAcronym(letters)) return false;
    const initials = q
      .split(' ')
      .filter((w) => !/^(?:of|and|the|&|for)$/i.test(w))
      .map((w) => w[0].toUpperCase())
      .join('');
    return initials.startsWith(letters);
  };
  if (acronymOf(x.shown, y.shown) || acronymOf(y.shown, x.shown)) return true;
  const gx = DEFAULT_TABLE.lookup(x.shown);
  return gx !== null && gx === DEFAULT_TABLE.lookup(y.shown);
}

/** Whether two affiliations of one person can both hold now: true, false, or null (nothing to compare: two nationalities, a nationality and an employer). */
function agree(x: Affiliation, y: Affiliation): boolean | null {
  // a journalist is in no state's service (an outlet of any kind may employ one)
  if (x.kind === 'press' || y.kind === 'press') return x.kind === 'state' || y.kind === 'state' ? false : null;
  if (x.kind === 'nationality' || y.kind === 'nationality') {
    const [n, o] = x.kind === 'nationality' ? [x, y] : [y, x];
    return o.kind === 'state' ? n.countries[0] === o.countries[0] : null;
  }
  if (x.kind === 'state' && y.kind === 'state') return x.countries[0] === y.countries[0];
  if (x.kind === 'state' || y.kind === 'state') {
    const [s, o] = x.kind === 'state' ? [x, y] : [y, x];
    if (o.countries.includes(s.countries[0])) return true;
    // "the Interior Ministry", "Velna Police": maybe the state's own; "Varn's spokesman": maybe a state's
    return (o.institutional && !o.countries.length) || o.personal ? null : false;
  }
  return sameOrg(x, y);
}

const ROLE_WORD = new RegExp(`\\b(?:${[...ROLES].join('|')})\\b`, 'i');
/** A claim of employment may stand in the sentence (a cheap test before tokenising). */
const claimsEmployment = perSignature((s) => /\b(?:employee|employed|works for|staffer|member of)\b/i.test(s.text));
/** An affiliation may stand in the sentence: a claim, a post, or a place (a nationality). */
const mayAffiliate = perSignature((s) => claimsEmployment(s) || ROLE_WORD.test(s.text) || namesPlace(s));

/**
 * One person given two affiliations that cannot both hold, one of them a claim of employment: "Ilse
 * Varn, Norland's assistant commissioner of police" / "Ilse Varn is an employee of Reuters".
 */
export function affiliationConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  if (!claimsEmployment(a) && !claimsEmployment(b)) return null;
  return firstConflict(a, b, mayAffiliate, affiliationsOf, (x, y, xa, xb) => {
    if (!(x.explicit || y.explicit) || !meets(x.person, y.person) || agree(x, y) !== false) return null;
    // another affiliation either side gives that person agrees with the other's ("X of Acme and Beta")
    if (xb.some((q) => meets(q.person, y.person) && agree(x, q)) || xa.some((p) => meets(p.person, x.person) && agree(p, y))) return null;
    const [who, toks] = x.person.size >= y.person.size ? [x.person, viewOf(a).toks] : [y.person, viewOf(b).toks];
    const what = x.kind === 'nationality' || y.kind === 'nationality' || x.kind === 'press' || y.kind === 'press' ? 'affiliations' : 'employers';
    return `different ${what} of ${surface(toks, who)} (${x.shown} vs ${y.shown})`;
  });
}
