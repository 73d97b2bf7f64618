/** Antonymous predicates of the same participants (passed / rejected), and un-/in- prefixed opposites. */
import { ANTONYM_GROUPS } from '../../lexicon/antonyms';
import { isStop, NUMBER_WORD_VALUES, stem } from '../normalize';
import type { ClaimSignature } from '../signature';
import { BETWEEN, NAME_JOINERS, PREPOSITIONS, RELATIVES, YEAR, affirmedAt, differentNames, isContent, isNameTok, nameWordKey, perView, subjectOf, twoPersons, viewOf, type Tok, type View } from './view';
import type { Conflict } from '../conflict';

export interface Occurrence {
  at: number;
  len: number;
}

const stemmedGroups = ANTONYM_GROUPS.map((g) => {
  const sa = g.a.map((w) => w.split(' ').map((x) => stem(x)));
  const sb = g.b.map((w) => w.split(' ').map((x) => stem(x)));
  /** The group's own words: not evidence that two sentences speak of the same participants. */
  const own = new Set([...sa, ...sb].flat());
  return { ...g, sa, sb, own, answers: g.answered ? new Set(g.answered.map((w) => stem(w))) : null };
});

/** Where an antonym group's phrases occur in a sentence: per side, in text order. */
export interface GroupHits {
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
const hitsOf = perView((v: View): Map<number, GroupHits> => {
  const hits = new Map<number, GroupHits>();
  const t = v.toks;
  for (let i = 0; i < t.length; i++) {
    const starting = PHRASES_BY_FIRST.get(t[i].st);
    if (!starting) continue;
    for (const { group, side, phrase } of starting) {
      if (stemmedGroups[group].verbs && DETERMINERS.has(t[i - 1]?.low ?? '')) continue;
      if (stemmedGroups[group].finite && t[i - 1]?.low === 'to') continue;
      // "at least one fewer opponent", "at most": a bound on a number, not "the most gifted" / "the least able"
      if (t[i - 1]?.low === 'at' && BOUNDS.has(t[i].low)) continue;
      const len = matchAt(t, i, phrase);
      if (!len) continue;
      let h = hits.get(group);
      if (!h) hits.set(group, (h = { a: [], b: [] }));
      h[side].push({ at: i, len });
    }
  }
  return hits;
});

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'any', 'no']);
/** Superlatives that bound a number after "at". */
const BOUNDS = new Set(['least', 'most']);

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

/**
 * Antonymous predicates of the same participants: one sentence says the
 * assembly passed the amendment, the other that it rejected it. Each side
 * must use only one of the two groups, state it plainly, and share with the
 * other side a name or number, or two content words, next to the predicate.
 */
export function antonyms(a: ClaimSignature, b: ClaimSignature): Conflict | null {
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
          // (a relative clause about a person tells of them, most often at another time: "Kim Dae-jung, who has been
          // banned from politics" is no opposite of "urge Chun to allow an amnesty for Kim Dae-jung"; one about a thing
          // may state the conflict itself: "the levy, which has been approved by the council")
          if (!xRivals.length && !yRivals.length && (relativeClause(va, x.at, PERSON_RELATIVES) || relativeClause(vb, y.at, PERSON_RELATIVES))) continue;
          if (g.adjectives && attributive(va, x) && attributive(vb, y)) continue;
          if (!opposed(va, x, vb, y, skip)) continue;
          if (g.state && (agentIsSubject(va, x, vb, y) || agentIsSubject(vb, y, va, x))) continue;
          if (g.answers && (near(va, x, g.answers) || near(vb, y, g.answers))) continue;
          if (g.direction && swappedAgainst(va, x, vb, y)) continue;
          if (xRivals.length && (relativeClause(va, x.at) || !xRivals.every((r) => relativeClause(va, r.at)))) continue;
          if (yRivals.length && (relativeClause(vb, y.at) || !yRivals.every((r) => relativeClause(vb, r.at)))) continue;
          return { detail: `opposite predicates (${words(va, x)}… vs ${words(vb, y)}…)`, value: !!g.direction };
        }
      }
    }
  }
  return null;
}

/**
 * Changes in opposite directions of the same thing: "the FTSE 100 dropped in value by 2.36%" / "the FTSE
 * 100 was one of the few indexes to increase in value". Each sentence uses one side of a group of
 * directions (rose / fell) only, plainly, of participants that are not two different names, with a
 * word next to the verbs in common. Often no contradiction (two trading days, two quarters), but
 * never one claim told twice: the detail ("dropped… vs increase…"), or null.
 */
export function opposedChange(a: ClaimSignature, b: ClaimSignature): string | null {
  const va = viewOf(a);
  const vb = viewOf(b);
  const ha = hitsOf(va);
  if (!ha.size) return null;
  const hb = hitsOf(vb);
  for (const [gi, x] of ha) {
    const g = stemmedGroups[gi];
    const y = hb.get(gi);
    if (!g.direction || !y) continue;
    const [xs, ys] = x.a.length && !x.b.length && y.b.length && !y.a.length ? [x.a, y.b] : x.b.length && !x.a.length && y.a.length && !y.b.length ? [x.b, y.a] : [[], []];
    for (const ox of xs) {
      for (const oy of ys) {
        if (!affirmedAt(va, ox.at) || !affirmedAt(vb, oy.at) || swappedAgainst(va, ox, vb, oy)) continue;
        // (other numbers next to them do not make them two things, as they do for a contradiction: they are two claims either way)
        if (sameParticipants(va, ox.at, vb, oy.at) && shareAnchor(anchors(va, ox, g.own), anchors(vb, oy, g.own))) return `${words(va, ox)}… vs ${words(vb, oy)}…`;
      }
    }
  }
  return null;
}

const shareAnchor = (x: Map<string, boolean>, y: Map<string, boolean>): boolean => [...x.keys()].some((k) => y.has(k));

/**
 * Whether the doer after "by" of a passive at x ("was killed by the gunman") is the subject of y ("the
 * gunman survived"): the content words after "by" (up to three) and before y in its clause (up to three) meet.
 */
function agentIsSubject(vx: View, x: Occurrence, vy: View, y: Occurrence): boolean {
  const t = vx.toks;
  if (t[x.at + x.len]?.low !== 'by') return false;
  const agent = new Set<string>();
  for (let j = x.at + x.len + 1; j < t.length && agent.size < 3 && !t[j].brk && !PREPOSITIONS.has(t[j].low); j++) if (isContent(t[j])) agent.add(t[j].st);
  let n = 0;
  for (let j = y.at - 1; j >= 0 && n < 3 && !vy.toks[j].brk; j--) {
    if (!isContent(vy.toks[j])) continue;
    if (agent.has(vy.toks[j].st)) return true;
    n++;
  }
  return false;
}

/**
 * One move told from either side: "the dollar fell against the yen" / "the yen rose against the dollar".
 * Each side's words after "against" (up to three content words) are among the other's before its verb
 * in its clause, both ways.
 */
function swappedAgainst(vx: View, x: Occurrence, vy: View, y: Occurrence): boolean {
  const after = (v: View, o: Occurrence): Set<string> => {
    const out = new Set<string>();
    const t = v.toks;
    let j = o.at + o.len;
    while (j < t.length && j <= o.at + o.len + 2 && t[j].low !== 'against' && !t[j].brk) j++;
    if (t[j]?.low !== 'against') return out;
    for (j++; j < t.length && out.size < 3 && !t[j].brk && !PREPOSITIONS.has(t[j].low); j++) if (isContent(t[j])) out.add(t[j].st);
    return out;
  };
  const before = (v: View, o: Occurrence): Set<string> => {
    const out = new Set<string>();
    for (let j = o.at - 1; j >= 0 && out.size < 4 && !v.toks[j].brk; j--) if (isContent(v.toks[j])) out.add(v.toks[j].st);
    return out;
  };
  const ax = after(vx, x);
  const ay = after(vy, y);
  if (!ax.size || !ay.size) return false;
  const bx = before(vx, x);
  const by = before(vy, y);
  return [...ax].some((w) => by.has(w)) && [...ay].some((w) => bx.has(w));
}

/** Whether a word of `words` (stems) stands within four words after the occurrence, in its clause ("received TransCanada's new bid"). */
function near(v: View, o: Occurrence, words: Set<string>): boolean {
  for (let j = o.at + o.len; j < v.toks.length && j <= o.at + o.len + 4 && !v.toks[j].brk; j++) if (words.has(v.toks[j].st)) return true;
  // the passive: the thing before it ("the bid was rejected")
  for (let j = o.at - 1; j >= 0 && j >= o.at - 5 && !v.toks[j].brk; j--) if (words.has(v.toks[j].st)) return true;
  return false;
}

/**
 * Whether an occurrence stands before a word it describes, naming things by it ("private colleges", "the legal
 * immigrants"), not saying it of its subject ("the meeting was private", "Brede, a liberal writer").
 */
export function attributive(v: View, o: Occurrence): boolean {
  // (an adverb describes a verb: "publicly criticized" / "privately criticized" say opposite things of one act)
  if (v.toks[o.at].ly) return false;
  const next = v.toks[o.at + o.len];
  const before = v.toks[o.at - 1]?.low;
  return !!next && isContent(next) && !PREPOSITIONS.has(next.low) && before !== 'a' && before !== 'an';
}

/** Relative words of a clause about a person ("who has been banned", "whose party…"). */
const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);

/** Whether the word at k is in a relative clause: the clause break before it is one of `relatives`. */
function relativeClause(v: View, k: number, relatives: ReadonlySet<string> = RELATIVES): boolean {
  for (let j = k - 1; j >= 0; j--) if (v.toks[j].brk) return relatives.has(v.toks[j].low);
  return false;
}

export const words = (v: View, o: Occurrence): string =>
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
export function aboutSame(va: View, x: Occurrence, vb: View, y: Occurrence, skip: Set<string>, minShared: number): boolean {
  // two different names as subjects: two companies, one with a profit and one with a loss
  if (!sameParticipants(va, x.at, vb, y.at)) return false;
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

/**
 * Whether the participants of a verb on two sides are not two different named ones, nor two people by their
 * pronouns ("he" / "she", "you" / anyone else). In one voice the subjects are compared; a passive told actively ("the mayor was not arrested by police" / "police
 * arrested the mayor") puts the active side's object where the passive's subject stands and its
 * subject after "by": those are compared instead.
 */
function sameParticipants(va: View, i: number, vb: View, k: number): boolean {
  if (twoPersons(va, i, vb, k)) return false;
  const pa = passiveAt(va.toks, i);
  const pb = passiveAt(vb.toks, k);
  // (a passive against an adjective after "be", "was crowded" / "was empty": one voice)
  if (pa === pb || (pa ? afterBe(vb.toks, k) : afterBe(va.toks, i))) {
    const sa = subjectOf(va, i);
    const sb = subjectOf(vb, k);
    return !(sa && sb && differentNames(sa, sb));
  }
  const [vp, p, vq, q] = pa ? [va, i, vb, k] : [vb, k, va, i];
  // the passive's subject and the active's object, the passive's agent and the active's subject: not
  // two different names, nor two sets of words with none in common ("payments were received by
  // producers" / "farmers who did not receive advance payments")
  const patient = subjectOf(vp, p);
  const object = nameRunAfter(vq.toks, q);
  if (patient && object && differentNames(patient, object)) return false;
  if (apart(wordsBy(vp.toks, p, -1), wordsBy(vq.toks, q, 1))) return false;
  if (vp.toks[p + 1]?.low !== 'by') return true;
  const agent = nameRunAfter(vp.toks, p + 1);
  const doer = subjectOf(vq, q);
  if (agent && doer && differentNames(agent, doer)) return false;
  return !apart(wordsBy(vp.toks, p + 1, 1), wordsBy(vq.toks, q, -1));
}

/** Up to three content words (names too) before (`dir` -1, past auxiliaries and "not") or after k, in its clause. */
function wordsBy(t: Tok[], k: number, dir: 1 | -1): Set<string> {
  const out = new Set<string>();
  for (let j = k + dir; j >= 0 && j < t.length && out.size < 3 && !t[j].brk; j += dir) if (isContent(t[j]) && !adverb(t[j])) out.add(t[j].st);
  return out;
}

/** Adverbs, which name no participant ("has already passed", "was quickly arrested"): a few, and lower-case words in -ly but for nouns. */
const ADVERBS = new Set(['already', 'now', 'yet', 'again', 'soon', 'ever', 'once']);
const LY_NOUNS = new Set(['family', 'supply', 'assembly', 'rally', 'monopoly', 'anomaly', 'reply', 'ally', 'butterfly', 'belly', 'bully', 'jelly']);
const adverb = (x: Tok): boolean => ADVERBS.has(x.low) || BETWEEN.has(x.low) || (!x.cap && x.low.length >= 6 && x.low.endsWith('ly') && !LY_NOUNS.has(x.low));

/** Two sets of words, both given, with none in common. */
const apart = (x: Set<string>, y: Set<string>): boolean => x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));

/**
 * The first name after k in its clause, within six words, keyed as `subjectOf` keys names, with the
 * words "of", "and" or "&" join ("arrested the mayor of Tarville", "by the National Assembly of Kuwait").
 */
function nameRunAfter(t: Tok[], k: number): Set<string> | null {
  for (let j = k + 1; j < t.length && j <= k + 6 && !t[j].brk && !t[j].num; j++) {
    if (!isNameTok(t[j], j)) continue;
    const out = new Set<string>();
    for (let e = j; e < t.length && !t[e].brk; e++) {
      if (t[e].cap && t[e].word) {
        if (!isStop(t[e].low)) out.add(nameWordKey(t[e]));
      } else if (!(NAME_JOINERS.has(t[e].low) && t[e + 1]?.cap)) break;
    }
    return out;
  }
  return null;
}


const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten']);
/** Participles that do not end in -ed or -en. */
const PARTICIPLES = new Set(['held', 'hit', 'shot', 'caught', 'built', 'sold', 'found', 'won', 'lost', 'made', 'put', 'set', 'cut', 'hurt', 'left', 'led', 'paid', 'kept', 'told', 'brought', 'bought', 'sent', 'spent', 'struck', 'hung', 'fought', 'taught', 'thought', 'sought', 'met', 'read', 'run', 'quit', 'shut', 'split', 'spread', 'bound', 'fed', 'bred', 'sworn', 'torn', 'worn', 'done', 'gone']);

/** Whether the word at k stands right after a form of "be" (or "get"), past "not" and adverbs. */
function afterBe(t: Tok[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (t[j].low === 'not' || t[j].low === "n't" || BETWEEN.has(t[j].low))) j--;
  return j >= 0 && BE.has(t[j].low);
}

/** Whether the verb at k is a passive: a participle after a form of "be" (or "get"). */
export function passiveAt(t: Tok[], k: number): boolean {
  const w = t[k].low;
  return (t[k + 1]?.low === 'by' || /(?:ed|en|wn)$/.test(w) || PARTICIPLES.has(w)) && afterBe(t, k);
}

/** The numbers (and years) next to an occurrence, as written. */
function numbersNear(v: View, o: Occurrence): Set<string> {
  const out = new Set<string>();
  const t = v.toks;
  for (let j = Math.max(0, o.at - 6); j < Math.min(t.length, o.at + o.len + 6); j++) if (t[j].num) out.add(t[j].word ? String(NUMBER_WORD_VALUES.get(t[j].low) ?? t[j].low) : t[j].st);
  return out;
}

/** Whether both occurrences have years next to them and share none, or amounts and share none. */
export function numbersDiffer(va: View, x: Occurrence, vb: View, y: Occurrence): boolean {
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
const prefixedOf = perView((v: View): [number, string, string][] => {
  const out: [number, string, string][] = [];
  v.toks.forEach((t, i) => {
    if (!t.word) return;
    const m = NEG_PREFIX.exec(t.low);
    if (!m) return;
    const base = m[1];
    if (NOT_NEGATED.has(base) || !(PREFIXABLE.test(base) || PREFIXED_BASES.has(base))) return;
    out.push([i, stem(base), base]);
  });
  return out;
});

/** Words before a word that make it nearly its negation ("little changed" is nearly unchanged). */
const NEARLY_NOT = new Set(['little', 'barely', 'hardly', 'scarcely']);

/**
 * A word and its negative-prefixed form said of the same participants: "the
 * strike was legal" / "the strike was illegal", "able to pay" / "unable to pay".
 */
export function prefixAntonyms(a: ClaimSignature, b: ClaimSignature): string | null {
  return prefixAntonymsOneWay(a, b) ?? prefixAntonymsOneWay(b, a);
}

/** `prefixAntonyms` one way: the prefixed word in `x`, its base in `y`. */
function prefixAntonymsOneWay(x: ClaimSignature, y: ClaimSignature): string | null {
  const vx = viewOf(x);
  const px = prefixedOf(vx);
  if (!px.length) return null;
  const vy = viewOf(y);
  for (const [i, base, raw] of px) {
    // both words on one side ("legal or illegal"), or the prefixed word on both: no opposition
    if (vy.toks.some((t) => t.low === vx.toks[i].low) || vx.toks.some((t) => t.st === base && t.word)) continue;
    for (let k = 0; k < vy.toks.length; k++) {
      if (vy.toks[k].st !== base || !vy.toks[k].word) continue;
      // "undiscovered" / "discovers": a state before an event, not its denial; a participle meets only itself
      if (raw.endsWith('ed') && vy.toks[k].low !== raw) continue;
      // "little changed", "barely changed": about as unchanged as "unchanged"
      if (NEARLY_NOT.has(vy.toks[k - 1]?.low ?? '')) continue;
      const skip = new Set([base, vx.toks[i].st]);
      if (opposed(vx, { at: i, len: 1 }, vy, { at: k, len: 1 }, skip)) return `opposite predicates (${vx.toks[i].low}… vs ${vy.toks[k].low}…)`;
    }
  }
  return null;
}
