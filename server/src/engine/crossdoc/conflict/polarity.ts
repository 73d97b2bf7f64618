/** One sentence denies what the other states: a negated predicate, or a complement under negation. */
import { DENYING_TO, isStop, MONTH_NAMES, stem, translit } from '../normalize';
import type { ClaimSignature } from '../signature';
import { BETWEEN, RELATIVES, affirmedAt, asserted, clausalNegator, deniedAt, differentNames, isAux, isContent, nextContent, otherTimes, perSignature, perView, positions, positionsOf, subjectAt, tenseAt, twoPersons, viewOf, type Tok, type View } from './view';
import { aboutSame } from './antonyms';
import { doerBefore } from './events';

/**
 * Polarity: a predicate one sentence denies ("will not accept the passport") and
 * the other states plainly ("accepts the passport"). The predicates come from
 * the signatures (verbs, and nouns under "no"); the text confirms that the
 * negation is a denial of the clause (not "may not", "not Papermaster, who
 * made", "lows not reached since", a question or an if-clause).
 */
export function polarity(a: ClaimSignature, b: ClaimSignature): string | null {
  const aPreds = predicatesOf(a);
  const bPreds = predicatesOf(b);
  for (const p of aPreds) {
    if (NO_COMMENT.has(p)) continue;
    const an = a.negatedPredicates.includes(p);
    const bn = b.negatedPredicates.includes(p);
    if (an === bn && bPreds.has(p)) continue;
    // a verb the other side's signature does not list as a predicate (a verb of saying or seeing, read as
    // an attribution cue: "I noticed that…") still counts when it stands as a finite verb after its subject
    const how = bPreds.has(p) ? 1 : an ? unlisted(a, b, p) : 0;
    if (how && denied(viewOf(an ? a : b), viewOf(an ? b : a), p, how)) return happened(p, viewOf(an ? b : a), viewOf(an ? a : b));
  }
  for (const p of b.negatedPredicates) {
    if (aPreds.has(p) || NO_COMMENT.has(p)) continue;
    const how = unlisted(b, a, p);
    if (how && denied(viewOf(b), viewOf(a), p, how)) return happened(p, viewOf(a), viewOf(b));
  }
  return deniedUnlisted(a, b, bPreds) ?? deniedUnlisted(b, a, aPreds);
}

/**
 * Predicates of the formulas of a source's silence ("declined to comment", "was not available to comment", "did not
 * respond to requests", "would not elaborate"): that one source would not comment and another did, or that it commented
 * to one outlet, is no conflict over what happened.
 */
const NO_COMMENT: ReadonlySet<string> = new Set(['comment', 'comments', 'commenting', 'respond', 'elaborate', 'speculate'].map(stem));

/** The detail of a denial of the predicate `st`, shown as the side stating it writes it (else as the other does): "tell", not the stem "tel". */
function happened(st: string, stating: View, denying: View): string {
  const t = stating.toks.find((x) => x.st === st) ?? denying.toks.find((x) => x.st === st);
  return `one says “${t?.raw ?? st}…” happened, the other says it did not`;
}

/** A sentence's predicates, stated or denied (memoised: polarity runs on every candidate pair). */
const predicatesOf = perSignature((s: ClaimSignature): ReadonlySet<string> => new Set([...s.predicates, ...s.negatedPredicates]));

/** A predicate `x` states that `y` denies as a verb its signature does not list (`yPreds`). */
function deniedUnlisted(x: ClaimSignature, y: ClaimSignature, yPreds: ReadonlySet<string>): string | null {
  for (const p of x.predicates) {
    if (NO_COMMENT.has(p)) continue;
    if (!yPreds.has(p) && deniedVerb(viewOf(y), p) && denied(viewOf(y), viewOf(x), p, 1)) return happened(p, viewOf(x), viewOf(y));
  }
  return null;
}

const DO = new Set(['do', 'does', 'did']);

/**
 * Whether the stem stands right after "did not" / "didn't" / "does not": only a verb can stand there,
 * whatever the signature's tagger read it as ("didn't loose the election": "lose", misspelled).
 */
function deniedVerb(v: View, st: string): boolean {
  const t = v.toks;
  for (let k = 2; k < t.length; k++) if (t[k].st === st && (t[k - 1].low === 'not' || t[k - 1].low === "n't") && DO.has(t[k - 2].low)) return true;
  return false;
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
export function denied(neg: View, pos: View, p: string, minShared: number): boolean {
  const negAt = positions(neg, p);
  // the denying side must deny it, and not also state it ("increasing the number without increasing demand")
  if (!negAt.some((k) => deniedAt(neg.toks, k) && asserted(neg, k) && !relativeDenial(neg.toks, k) && !deniedSince(neg.toks, k)) || negAt.some((k) => !deniedAt(neg.toks, k) && affirmedAt(neg, k))) return false;
  const posAt = positions(pos, p);
  return posAt.length > 0 && posAt.every((k) => affirmedAt(pos, k) && !OBJECT_DENIED.has(pos.toks[k + 1]?.low ?? '')) && samePredication(neg, negAt, pos, posAt, p, minShared);
}

/**
 * Whether the denial of the word at k holds only since a time ("have not negotiated since May 21"): it tells when
 * the thing last happened, which "last negotiated May 21" states too. (The first clause break after the word is
 * "since", a date or a time after it; not "since then", nor a "since" that ends the sentence.)
 */
function deniedSince(t: Tok[], k: number, reach = 8): boolean {
  for (let j = k + 1; j < t.length && j <= k + reach; j++) if (t[j].brk) return t[j].low === 'since' && !!t[j + 1] && (t[j + 1].num || t[j + 1].cap || SINCE_TIME.has(t[j + 1].low));
  return false;
}
/** Words that open a time after "since" besides a date, a name or a month ("since last May", "since early 1986"). */
const SINCE_TIME = new Set(['last', 'early', 'mid', 'late', ...MONTH_NAMES]);

/** Words that deny a verb's object, and with it what the verb says happened ("attracted no follow-through selling", "found nothing"). */
const OBJECT_DENIED = new Set(['no', 'none', 'nothing', 'nobody', 'neither']);

/**
 * Whether the denial of the word at k opens a relative clause ("the council, which was unable to agree", "a man who
 * never paid", "a closed primary, where independents are not allowed to vote"): it tells of a participant, most often
 * at another time than the claim (a previous meeting), so it is no denial of the other side's claim. After "who" or
 * "which" only the relative word, auxiliaries and adverbs stand before the negation: in "the men who fix the lines
 * are never tested" the denial is the main clause's. After "where" the clause has a subject of its own ("…, where
 * independents are not allowed").
 */
function relativeDenial(t: Tok[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && !t[j].brk) j--;
  // "a closed primary, …, where independents are not allowed to vote": a clause describing a place or an occasion
  if (j >= 0 && t[j + 1]?.low === 'where') return true;
  if (j < 0 || !RELATIVES.has(t[j].low)) return false;
  for (let i = j + 1; i < k; i++) {
    const w = t[i].low;
    if (isAux(w) || BETWEEN.has(w)) continue;
    return w === 'not' || w === "n't" || w === 'never' || w === 'no' || DENYING_TO.has(w);
  }
  return false;
}

/**
 * Whether the predicate is said of the same participants on both sides (the same
 * word on both sides: one shared name, number or content word next to it is
 * enough), of one time. "The accord does not solve all our problems" does not deny "a merger
 * would solve regulatory problems", nor "will not release those emails" "past emails released".
 */
function samePredication(vx: View, xs: number[], vy: View, ys: number[], p: string, minShared = 1): boolean {
  const skip = new Set([p]);
  return xs.some((i) => {
    const when = tenseAt(vx.toks, i);
    return ys.some((j) => aboutSame(vx, { at: i, len: 1 }, vy, { at: j, len: 1 }, skip, minShared) && !objectsDiffer(vx, i, vy, j) && !otherTimes(when, tenseAt(vy.toks, j)));
  });
}

/** Content words of a verb's object read, at most: its head and what modifies it ("a new sales tax system"). */
const OBJECT_WORDS = 5;
/** Tokens after a verb read for the words of its clause. */
const CLAUSE_WORDS = 12;

/**
 * Whether the predicate at i and the one at j have objects that are two things: neither object's head is among the
 * words the other side's clause has after its verb. "Did not include a new sales tax system" denies nothing of
 * "includes limiting the capital gains exemption"; "did not name an underwriter" does deny "named Varn Securities as
 * underwriter". (A side with no object of its own, "did not intervene as…", is compared by its neighbours only.)
 */
function objectsDiffer(vx: View, i: number, vy: View, j: number): boolean {
  // "has not called for him to resign" / "has called the situation…": a verb with a particle is another verb
  const px = PARTICLES.has(vx.toks[i + 1]?.low ?? '');
  const py = PARTICLES.has(vy.toks[j + 1]?.low ?? '');
  if (px !== py && (px ? startsObject(vy, j) : startsObject(vx, i))) return true;
  const x = objectOf(vx, i);
  const y = objectOf(vy, j);
  if (x.length === 0 || y.length === 0) return false;
  // ("treat each other" is one object on both sides, and another than "treat Velna")
  if (x[0] === RECIPROCAL || y[0] === RECIPROCAL) return x[0] !== y[0];
  return !clauseAfter(vy, j).has(x[x.length - 1]) && !clauseAfter(vx, i).has(y[y.length - 1]);
}

/** The stems of the content words after the verb at k, to the end of its clause. */
function clauseAfter(v: View, k: number): Set<string> {
  const out = new Set<string>();
  for (let j = k + 1; j < v.toks.length && j <= k + CLAUSE_WORDS && !v.toks[j].brk; j++) if (isContent(v.toks[j]) || v.toks[j].num) out.add(v.toks[j].st);
  return out;
}

/**
 * The stems of the direct object right after the verb at k ("include a new sales tax system": new, sale, tax,
 * system), a determiner first at most; none when a preposition, an adverb or the clause's end comes first
 * ("overthrown by…", "listen to…"): a passive's agent or an adjunct is no object to compare.
 */
function objectOf(v: View, k: number): string[] {
  const t = v.toks;
  const out: string[] = [];
  let j = k + 1;
  if (OBJECT_DETERMINERS.has(t[j]?.low ?? '')) j++;
  // ("ordered anything", "denied it": a word that stands for an object says nothing of which)
  if (STANDS_FOR.has(t[j]?.low ?? '')) return out;
  // ("treat each other", "blamed one another": the doers themselves, a thing of its own to compare)
  if ((t[j]?.low === 'each' && t[j + 1]?.low === 'other') || (t[j]?.low === 'one' && t[j + 1]?.low === 'another')) return [RECIPROCAL];
  for (; j < t.length && out.length < OBJECT_WORDS && !t[j].brk; j++) {
    if (isContent(t[j]) || t[j].num) out.push(t[j].st);
    // "comfort and contact", "the appropriateness of their requirements": one object goes on
    else if (OBJECT_LINKS.has(t[j].low) && out.length > 0) {
      if (OBJECT_DETERMINERS.has(t[j + 1]?.low ?? '')) j++;
    } else break;
  }
  return out;
}
/** What "each other" and "one another" are compared as. */
const RECIPROCAL = 'each-other';
/** Particles that make a verb another verb ("call for", "call off", "turn down"). */
const PARTICLES = new Set(['for', 'off', 'out', 'up', 'down', 'on']);
/** Whether a direct object starts right after the verb at k (a determiner or a content word, no preposition). */
const startsObject = (v: View, k: number): boolean => {
  const n = v.toks[k + 1];
  return !!n && !n.brk && (OBJECT_DETERMINERS.has(n.low) || isContent(n));
};
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'that']);
const OBJECT_LINKS = new Set(['and', 'or', 'of']);
const STANDS_FOR = new Set(['anything', 'something', 'nothing', 'everything', 'it', 'them', 'one', 'any', 'much', 'more', 'enough']);

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
 * Whether the words at i and at k are said of two named doers, each named right before it ("Adler did
 * not win" / "Brede won"), both plain names: a name of an alias group ("Acme Industries" / "Widgetco")
 * may be the other's.
 */
function twoDoers(x: ClaimSignature, i: number, y: ClaimSignature, k: number): boolean {
  const dx = doerBefore(viewOf(x), i);
  const dy = doerBefore(viewOf(y), k);
  return !!dx?.names && !!dy?.names && plainName(x, dx.text) && plainName(y, dy.text) && differentNames(dx.names, dy.names);
}

/** Whether every word of a name is a name the signature read as written (not resolved through an alias group). */
function plainName(s: ClaimSignature, text: string): boolean {
  return plainWords(s, text.split(' '));
}
/** Whether each word is a name the signature read as written: a name word of its own, or an entity of one word ("Republicans"). */
function plainWords(s: ClaimSignature, words: string[]): boolean {
  return words.every((w) => {
    const bare = w.replace(/['’]s$/, '');
    return s.names.some((m) => m.surface === bare) || s.entities.includes('ent:' + translit(bare));
  });
}

/**
 * Whether the clauses of the words at i and at k are about two doers: two people by their pronouns ("he" /
 * "she", "you" / anyone else), or two subjects named as written ("Perry, while still a candidate, did not
 * have kind words" / "Mr. Trump even offered some kind words"); a name of an alias group may be the other's.
 */
function otherDoers(x: ClaimSignature, i: number, y: ClaimSignature, k: number): boolean {
  const vx = viewOf(x);
  const vy = viewOf(y);
  if (twoPersons(vx, i, vy, k)) return true;
  const sx = subjectAt(vx, i);
  const sy = subjectAt(vy, k);
  return !!sx && !!sy && differentNames(sx.names, sy.names) && plainWords(x, sx.words) && plainWords(y, sy.words);
}

/** A verb as compared before a noun phrase: forms of "be" and of "have" are one verb each, others their stems. */
function verbKey(x: Tok): string {
  if (/^(?:is|are|was|were|be|been|there['’]s)$/.test(x.low)) return 'be';
  return /^(?:has|have|had)$/.test(x.low) ? 'have' : x.st;
}

/**
 * Whether the verb that "no" follows ("there were no variants", "gave no details") stands before the
 * other side's words too, within four words of its clause ("there were various variants"): "gave no
 * further details" does not deny "further details would be available".
 */
function sameVerbBefore(vx: View, i: number, vy: View, k: number): boolean {
  return i > 0 && verbBefore(vy, k, verbKey(vx.toks[i - 1]));
}

/** Whether the verb (as `verbKey` keys it) stands within four words before k in its clause. */
function verbBefore(v: View, k: number, verb: string): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4 && !v.toks[j].brk; j--) if (verbKey(v.toks[j]) === verb) return true;
  return false;
}

/** Whether a possessive stands within three words before k in its clause ("Sophie's teddy bear": Sophie has one). */
function possessedAt(v: View, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && !v.toks[j].brk; j--) if (/['’]s$/.test(v.toks[j].low)) return true;
  return false;
}

/**
 * Polarity of a complement: "do not have strong voting records" / "had strong
 * voting records", "nor did she plan to stop" / "plans to stop", "there were no late trains" /
 * "there were late trains". The two
 * content words after a clausal negation must follow each other in the other
 * sentence, stated plainly.
 */
export function complementPolarity(a: ClaimSignature, b: ClaimSignature): string | null {
  return complementPolarityOneWay(a, b) ?? complementPolarityOneWay(b, a);
}

/** Whether a word of stem `st` comes after position i. */
function stemAfter(t: readonly Tok[], i: number, st: string): boolean {
  for (let j = i + 1; j < t.length; j++) if (t[j].st === st) return true;
  return false;
}

/** A clausal negation of a sentence and the (one or two) content words it denies: "did not **have strong**…". */
interface Negation {
  /** Token index of the negator. */
  at: number;
  negator: string;
  scope: string[];
}

/** The asserted clausal negations of a view with their scopes, worked out once per sentence (most have none). */
const negations = perView((v: View): readonly Negation[] => {
  const t = v.toks;
  let found: Negation[] | null = null;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].low;
    if (!(w === 'not' || w === "n't" || w === 'never' || w === 'nor' || w === 'no') || !clausalNegator(t, i) || !asserted(v, i)) continue;
    const scope: string[] = [];
    for (let j = i + 1; j < t.length && j <= i + 6 && scope.length < 2; j++) {
      // ("that's not what leadership is": what a thing is, not whether something happened)
      if (t[j].brk || t[j].num || (t[j].cap && !isStop(t[j].low) && !isAux(t[j].low)) || WH_WORDS.has(t[j].low)) break;
      if (isContent(t[j])) scope.push(t[j].st);
    }
    // (not a denial "since" a time: see `deniedSince`)
    if (scope.length && !deniedSince(t, i, 10)) (found ??= []).push({ at: i, negator: w, scope });
  }
  return found ?? NO_NEGATIONS;
});

const NO_NEGATIONS: readonly Negation[] = [];
/** Words opening a clause that a negation before them does not reach into (other wh-words already break a clause). */
const WH_WORDS = new Set(['what', 'how', 'why', 'where']);

/** `complementPolarity` one way: the negation in `x`, the plain statement in `y`. */
function complementPolarityOneWay(x: ClaimSignature, y: ClaimSignature): string | null {
  const vx = viewOf(x);
  const t = vx.toks;
  for (const { at: i, negator: w, scope } of negations(vx)) {
    if (NO_COMMENT.has(scope[0])) continue;
    const vy = viewOf(y);
    // stated plainly, of the same doer, and a noun denied by "no" with the verb it is denied with
    // (the doers as the denial's clause and the word's name them: "Perry, while still a candidate, did not have kind
    // words" / "Mr. Trump even offered some kind words")
    // (what "no" or "not have" denies is a thing: the other side has it with the same verb, "there were late trains", "had
    // strong records", or as someone's, "Sophie's teddy bear"; not as the subject of another, "the religious test originated")
    const had = !!t[i + 1] && verbKey(t[i + 1]) === 'have';
    const when = tenseAt(t, i);
    const fits = (k: number): boolean =>
      affirmedAt(vy, k) &&
      !twoDoers(x, i, y, k) &&
      !otherDoers(x, i, y, k) &&
      !otherTimes(when, tenseAt(vy.toks, k)) &&
      (w === 'no' ? sameVerbBefore(vx, i, vy, k) : !had || verbBefore(vy, k, 'have') || possessedAt(vy, k));
    if (scope.length === 1) {
      // one word before the clause ends ("has not been easy - obtaining visas"): the other side must
      // have it ("can easily obtain visas") with the next word found after the negation here
      for (const k of positionsOf(vy, scope[0])) {
        const next = nextContent(vy, k);
        if (next >= 0 && stemAfter(t, i, vy.toks[next].st) && fits(k)) return `one says “${vy.toks[k].raw}…” happened, the other says it did not`;
      }
      continue;
    }
    for (const k of positions(vy, scope[0])) {
      const next = nextContent(vy, k);
      if (next >= 0 && vy.toks[next].st === scope[1] && fits(k)) return `one says “${vy.toks[k].raw} ${vy.toks[next].raw}…” happened, the other says it did not`;
    }
  }
  return null;
}
