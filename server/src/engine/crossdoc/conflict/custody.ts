/**
 * One person still sought in one sentence and arrested in the other: "police were on the lookout for
 * Ilse Varn", "an arrest warrant has been issued for Varn", "Varn remains at large" / "Varn was
 * arrested by the police", "police detained Ilse Varn", "Varn is in custody".
 *
 * What is read, for a named person (or "him"/"her", the sentence's subject):
 * - sought: a search for the person ("search for", "searching for", "hunt for", "manhunt for",
 *   "on the lookout for"), an arrest warrant for them ("an arrest warrant for X", "a warrant for X's
 *   arrest", "a warrant for the arrest of X"), or the person wanted, at large or on the run now
 *   ("X is wanted", "X remains at large", "X has been on the run"; not "X was wanted", a past state);
 * - arrested: "X was arrested" (detained, captured, apprehended, caught), "police arrested X", "the
 *   arrest of X", "X was taken into custody", "X is in custody".
 *
 * Both must be stated plainly (`affirmedAt`: no negation, no "may", no "if"), and a sentence that
 * tells both of one person (a search, then the arrest) tells a sequence, not a state: it conflicts
 * with neither. Two stories filed on different days are a search and its end, not a conflict (the
 * caller's `sameInstance` leaves those out).
 */
import type { ClaimSignature } from '../signature';
import { affirmedAt, isAux, isNameTok, meets, nameKey, perSignature, perView, firstConflict, subjectOf, surface, type Tok, type View } from './view';

/** 'was-sought': sought once ('searched for', 'was wanted'), which conflicts with nothing but makes a sentence tell a sequence. */
type State = 'sought' | 'arrested' | 'was-sought';

interface Custody {
  state: State;
  person: Set<string>;
  /** The person as written, for the detail. */
  who: string;
  /** The words that say it ("on the lookout for", "was arrested"). */
  phrase: string;
}

/** Participles of an arrest, read after an auxiliary ("was arrested", "has been caught"). */
const ARRESTED = new Set(['arrested', 'detained', 'captured', 'apprehended', 'caught', 'nabbed']);
/** Verbs of an arrest read in the active voice, with the person after them ("police arrested X"; not "caught", which catches much else). */
const ACTIVE_ARRESTS = new Set(['arrest', 'arrests', 'arrested', 'detain', 'detains', 'detained', 'capture', 'captures', 'captured', 'apprehend', 'apprehends', 'apprehended']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);
/** Verbs before "in custody". */
const IN_CUSTODY = new Set(['is', 'are', 'remains', 'remain', 'was', 'were', 'been']);
const SEARCHES = new Set(['search', 'searching', 'searched', 'hunt', 'hunting', 'hunted', 'manhunt', 'lookout']);
const PAST_SEARCHES = new Set(['searched', 'hunted']);
/** Verbs before "wanted", "at large", "on the run" that make it a past state. */
const STATE_THEN = new Set(['was', 'were', 'been']);
/** Verbs before "wanted", "at large", "on the run" that make it the person's state now. */
const STATE_NOW = new Set(['is', 'are', 'remains', 'remain', 'been', 'still']);
const PRONOUNS = new Set(['him', 'her']);
/** Words between a passive auxiliary and its participle ("was later arrested"). */
const ADVERBS = new Set(['later', 'subsequently', 'eventually', 'finally', 'also', 'then', 'since', 'reportedly', 'quickly', 'already']);

const WORDS = /\b(?:arrest(?:s|ed)?|detain(?:s|ed)?|captur(?:e|es|ed)|apprehend(?:s|ed)?|caught|nabbed|custody|warrant|wanted|lookout|manhunt|search(?:ing)?|hunt(?:ing)?|large|run)\b/i;
const mayTell = perSignature((s) => WORDS.test(s.text));

/** The person named from j on (a name run, possessive allowed), or null. */
function nameFrom(v: View, j: number): { person: Set<string>; end: number } | null {
  const t = v.toks;
  const person = new Set<string>();
  let e = j;
  for (; e < t.length && isNameTok(t[e], e); e++) {
    person.add(nameKey(t[e]));
    if (/['’]s$/.test(t[e].low)) {
      e++;
      break;
    }
  }
  return person.size ? { person, end: e } : null;
}

/** Whom "for …" at j names: a name, or "him"/"her" (the subject of the clause of k); a possessive must own an arrest ("for Varn's arrest"). */
function personAfterFor(v: View, j: number, k: number): Set<string> | null {
  const t = v.toks;
  if (t[j]?.low === 'the' && t[j + 1]?.low === 'arrest' && t[j + 2]?.low === 'of') j += 3;
  if (PRONOUNS.has(t[j]?.low ?? '')) return subjectOf(v, k);
  const named = nameFrom(v, j);
  if (!named) return null;
  const possessive = /['’]s$/.test(t[named.end - 1].low);
  return possessive && t[named.end]?.low !== 'arrest' ? null : named.person;
}

/** Where "for" follows k within five words of its clause (k: a search or a warrant), or -1. */
function forAfter(t: Tok[], k: number): number {
  for (let j = k + 1; j < t.length && j <= k + 5; j++) {
    if (t[j].low === 'for') return j;
    if (t[j].brk) break;
  }
  return -1;
}

const phrase = (t: Tok[], s: number, e: number): string =>
  t
    .slice(s, e)
    .map((x) => x.raw)
    .join(' ');

/** Whether word k follows, across adverbs, one of `verbs` (an auxiliary, "remains"); returns its position or -1. */
function after(t: Tok[], k: number, verbs: ReadonlySet<string>): number {
  let j = k - 1;
  while (j >= 0 && ADVERBS.has(t[j].low)) j--;
  return j >= 0 && verbs.has(t[j].low) ? j : -1;
}

/** "had been" at j: a past state ("had been on the run for years"). */
const pluperfect = (t: Tok[], j: number): boolean => t[j].low === 'been' && t[j - 1]?.low === 'had';

const custodyOf = perView((v: View): Custody[] => {
  const t = v.toks;
  const out: Custody[] = [];
  const push = (state: State, person: Set<string> | null, s: number, e: number, k: number): void => {
    if (person?.size && affirmedAt(v, k)) out.push({ state, person, who: surface(t, person), phrase: phrase(t, s, e) });
  };
  /** "X is wanted", "X remains at large" (sought), "X was wanted", "X had been on the run" (was sought): [s, k] the state's words. */
  const soughtState = (s: number, k: number): void => {
    const now0 = after(t, s, STATE_NOW);
    const aux = now0 >= 0 ? now0 : after(t, s, STATE_THEN);
    if (aux < 0) return;
    const now = STATE_NOW.has(t[aux].low) && !pluperfect(t, aux);
    if (now || t[aux].low !== 'been' || pluperfect(t, aux)) push(now ? 'sought' : 'was-sought', subjectOf(v, aux), aux, k + 1, k);
  };
  for (let k = 0; k < t.length; k++) {
    const w = t[k].low;
    if (SEARCHES.has(w)) {
      const f = forAfter(t, k);
      if (f === k + 1) push(PAST_SEARCHES.has(w) ? 'was-sought' : 'sought', personAfterFor(v, f + 1, k), w === 'lookout' && t[k - 2]?.low === 'on' ? k - 2 : k, f + 1, k);
    } else if (w === 'warrant') {
      const f = forAfter(t, k);
      if (f < 0) continue;
      // an arrest warrant, not a search warrant: "arrest warrant", "warrant for (the) arrest (of)", "warrant for X's arrest"
      const arrest = t[k - 1]?.low === 'arrest' || t[f + 1]?.low === 'arrest' || (t[f + 1]?.low === 'the' && t[f + 2]?.low === 'arrest') || t.slice(f + 1, f + 6).some((x, i) => x.low === 'arrest' && /['’]s$/.test(t[f + i]?.low ?? ''));
      if (arrest) push('sought', personAfterFor(v, f + 1, k), t[k - 1]?.low === 'arrest' ? k - 1 : k, f + 1, k);
    } else if (w === 'wanted' && t[k + 1]?.low !== 'to') {
      soughtState(k, k);
    } else if ((w === 'large' && t[k - 1]?.low === 'at') || (w === 'run' && t[k - 1]?.low === 'the' && t[k - 2]?.low === 'on')) {
      soughtState(w === 'large' ? k - 1 : k - 2, k);
    } else if (ARRESTED.has(w) || ACTIVE_ARRESTS.has(w)) {
      const aux = after(t, k, PASSIVE_AUX);
      if (aux >= 0 && ARRESTED.has(w)) push('arrested', subjectOf(v, aux), aux, k + 1, k);
      else if (w === 'arrest' && t[k + 1]?.low === 'of' && t[k - 1]?.low === 'the' && t[k - 2]?.low !== 'for') push('arrested', nameFrom(v, k + 2)?.person ?? null, k - 1, k + 2, k);
      else if (aux < 0 && ACTIVE_ARRESTS.has(w) && !isAux(t[k - 1]?.low ?? '') && w !== 'arrest' && t[k - 1]?.low !== 'to') push('arrested', nameFrom(v, k + 1)?.person ?? null, k, k + 1, k);
    } else if (w === 'custody' && t[k - 1]?.low === 'into' && t[k - 2]?.low === 'taken') {
      // "X was taken into custody"
      const aux = after(t, k - 2, PASSIVE_AUX);
      if (aux >= 0) push('arrested', subjectOf(v, aux), aux, k + 1, k);
    } else if (w === 'custody' && t[k - 1]?.low === 'in') {
      // "X is in custody", "X remains in custody"
      const aux = after(t, k - 1, IN_CUSTODY);
      if (aux >= 0) push('arrested', subjectOf(v, aux), aux, k + 1, k);
    }
  }
  return out;
});

/** Whether a sentence tells the other state of a person too (a search and its arrest, one after the other). */
const tellsBoth = (xs: Custody[], c: Custody): boolean => xs.some((x) => (x.state === 'arrested') !== (c.state === 'arrested') && meets(x.person, c.person));

/** The person sought on one side and arrested on the other: "sought vs arrested: Ilse Varn (“on the lookout for” / “was arrested”)". */
export function custodyConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  return firstConflict(a, b, mayTell, custodyOf, (x, y, xa, xb) => {
    if (x.state === 'was-sought' || x.state === y.state || y.state === 'was-sought' || !meets(x.person, y.person) || tellsBoth(xa, x) || tellsBoth(xb, y)) return null;
    return `${x.state} vs ${y.state}: ${x.who.length >= y.who.length ? x.who : y.who} (“${x.phrase}” / “${y.phrase}”)`;
  });
}
