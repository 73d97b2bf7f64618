/**
 * What a party was told, or says it was not: "the Russian military has started discussing the idea
 * with US representatives" (the United States was party to a discussion of a Russian proposal) against
 * "the Pentagon has not been formally notified of a Russian proposal" (the United States, through one
 * of its institutions, says it was not told of one). Two attributed statements like these are a
 * dispute between sources: neither is an error of the article, and nothing in the two sentences'
 * words conflicts (no shared predicate, no antonym), so the ordinary conflict rules cannot see it.
 *
 * A sentence is read, when its signature is made, into facts of one shape: a thing of a kind (a
 * proposal, plan, idea, offer, initiative; a request) made by an owner, and the parties that were
 * told of it (`+`) or the party that says it was not (`-`):
 *
 * - `+`: the owner's side discussed or coordinated it *with* a party ("discussed the plan with
 *   Ankara"), presented, submitted, sent or handed it *to* a party, notified or informed a party *of*
 *   it; or a party received it, saw it, was notified of it or was presented (with) it;
 * - `-`: the same, denied ("has not received", "had not been formally presented", "has yet to
 *   receive", "did not send it to").
 *
 * Parties are the names of the clause (alias groups resolved) and, for a state's institutions, the
 * state (`lexicon/institutions.ts`: the Pentagon is the United States' party). A subject "it" /
 * "they" / "we" right after a verb of saying is its speaker ("The Pentagon said it had not been …").
 * A definite "the idea" / "the plan" / "the proposal" with no owner of its own is the last thing of
 * that family with an owner earlier in the sentence or in the sentence before it in the same
 * paragraph ("Shoigu said the Russian proposal should help … He claimed that the military has
 * started discussing the idea with …").
 *
 * Only finite statements count (no modal, no "to discuss", no question, no "if"): "will present the
 * plan to" is an intention, not a communication. The facts travel with the signature
 * (`ClaimSignature.told`, a few short strings, only for the sentences that have any) and give it
 * blocking keys of their own (`toldKeys`: the kind and its owner), so that the two sentences, which
 * may share no other word, are retrieved as candidates of each other.
 *
 * `toldDispute` pairs a `+` fact with a `-` fact of the same kind and owner whose party was among
 * those told: reported only as a dispute, between two attributed statements (`relate`), never as a
 * contradiction: it is an inference (being party to a discussion is not being formally notified),
 * which two sources may both hold true.
 */
import type { DocumentAnalysis, Sentence } from '../analyze';
import type { Token } from '../nlp/tokens';
import { type Aliases, fold, GENERIC_NAME_KEYS, stem, translit } from './normalize';
import type { ClaimSignature } from './signature';
import { perObject } from '../util/memo';

/** Things one party puts to another, by family: "the idea" may stand for "the proposal", not for "the request". */
const THINGS: ReadonlyMap<string, string> = new Map([
  ...['proposal', 'proposals', 'plan', 'plans', 'idea', 'ideas', 'offer', 'offers', 'initiative', 'initiatives', 'suggestion', 'suggestions'].map(
    (w): [string, string] => [w, 'proposal'],
  ),
  ...['request', 'requests'].map((w): [string, string] => [w, 'request']),
]);

const stems = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).map((w) => stem(w)));
/** Talked over by two parties together: both know of it ("discussed the plan with …"). */
const EXCHANGE = stems('discuss coordinate negotiate');
/** Put to a party ("presented it to …", "was presented a proposal"). */
const TRANSMIT = stems('present submit send deliver hand forward pass give show');
/** Told to a party, who is the verb's object ("notified Washington of …", "was informed of …"). */
const NOTIFY = stems('notify inform brief tell advise');
/** Got by a party ("has not received the proposal", "has seen the plan"). */
const RECEIVE = stems('receive see');
/** A verb of this kind before "-ing" makes it an act that happened ("has started discussing"). */
const STARTING = stems('start begin continue');

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);
const HAVE = new Set(['has', 'have', 'had', "'ve", '’ve', "'d", '’d', 'having']);
const DO = new Set(['do', 'does', 'did']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", '’ll', 'wo', 'ca']);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
/** Adverbs that stand inside a verb group or before its object ("has not been formally notified"). */
const INSIDE = new Set(['formally', 'officially', 'already', 'also', 'still', 'yet', 'ever', 'previously', 'recently', 'directly', 'actually', 'reportedly']);
const PREPS_OF_THING = new Set(['of', 'about', 'on', 'with']);
const OWNER_PREPS = new Set(['from', 'by', 'of']);
const DEFINITE = new Set(['the', 'this', 'that']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'our', 'his', 'her']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she']);
const CONDITIONAL = new Set(['if', 'unless', 'whether']);
/** Marks that end a clause (the subject of a verb is looked for after the last one before it). */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '"', '“', '”', '—', '–', '[', ']']);
const CAPITALISED = /^\p{Lu}/u;

/** Folded institution name → the country key; built once per alias table (a workspace may add groups). */
const institutionTables = new WeakMap<Aliases, { byName: Map<string, string>; byKey: Map<string, string>; longest: number }>();

function institutionsOf(aliases: Aliases): { byName: Map<string, string>; byKey: Map<string, string>; longest: number } {
  let t = institutionTables.get(aliases);
  if (t) return t;
  t = { byName: new Map(), byKey: new Map(), longest: 1 };
  for (const [country, ...names] of aliases.institutions) {
    const countryKey = aliases.lookup(country) ?? 'ent:' + translit(country);
    for (const name of names) {
      const f = fold(name).replace(/^the /, '');
      t.byName.set(f, countryKey);
      t.longest = Math.max(t.longest, f.split(' ').length);
      // an institution with an alias group of its own: any of its names
      const key = aliases.lookup(name);
      if (key && key !== countryKey) t.byKey.set(key, countryKey);
    }
  }
  institutionTables.set(aliases, t);
  return t;
}

/** Cheap test before any reading: does the sentence name a thing one party puts to another? */
function namesThing(toks: readonly Token[]): boolean {
  for (const t of toks) if (THINGS.has(t.lower)) return true;
  return false;
}

/**
 * What else a sentence's facts depend on: the sentence before it in its paragraph, when the sentence
 * has a definite "the idea" that may stand for a thing named there (part of the input a signature is
 * reused for, `signature.ts`).
 */
export function toldInput(a: DocumentAnalysis, s: Sentence): string {
  if (!hasDefiniteThing(s.tokens)) return '';
  const p = previousInBlock(a, s);
  return p ? a.parsed.original.slice(p.span.start, p.span.end) : '';
}

function hasDefiniteThing(toks: readonly Token[]): boolean {
  for (let i = 1; i < toks.length; i++) if (THINGS.has(toks[i].lower) && DEFINITE.has(toks[i - 1].lower)) return true;
  return false;
}

function previousInBlock(a: DocumentAnalysis, s: Sentence): Sentence | null {
  const p = a.sentences[s.index - 1];
  return p && p.block === s.block && p.index === s.index - 1 ? p : null;
}

/** A thing named in a sentence: its noun phrase, family and owners (keys of the names that made it). */
interface Thing {
  start: number;
  /** After the phrase, an owner's "from Moscow" / "by the ministry" included. */
  end: number;
  kind: string;
  owners: Set<string>;
  /** "its proposal", "their plan": owned by the clause's subject. */
  ownedBySubject: boolean;
  /** "the idea", "the plan": no owner of its own; may stand for a thing named before. */
  anaphor: boolean;
}

/** Country keys of the names in toks[from, to): alias groups, institutions (and their country), capitalised names. */
function partiesIn(toks: readonly Token[], from: number, to: number, text: string, aliases: Aliases): Set<string> {
  const out = new Set<string>();
  const inst = institutionsOf(aliases);
  for (let i = Math.max(0, from); i < to; i++) {
    const t = toks[i];
    let matched = 0;
    // the longest name first: an institution ("Russian Defense Ministry") before its country's adjective
    for (let n = Math.min(Math.max(aliases.longest, inst.longest), to - i); n >= 1 && !matched; n--) {
      const surface = text.slice(t.start, toks[i + n - 1].end);
      const folded = fold(surface).replace(/^the /, '');
      const country = inst.byName.get(folded);
      const key = country || aliases.startsAlias(t.text, t.lower) ? aliases.lookup(surface, folded) : null;
      if (!country && !(key && (n > 1 || CAPITALISED.test(t.text)))) continue;
      // an institution's country too, and which of its institutions (the Kremlin, an alias of Russia, is the country itself)
      const of = key ? inst.byKey.get(key) : undefined;
      if (key) out.add(key);
      if (of) out.add(of).add(`${INSTITUTION}${of}:${key}`);
      if (country) out.add(country);
      if (country && !key) out.add(`${INSTITUTION}${country}:${folded}`);
      matched = n;
    }
    if (matched) {
      i += matched - 1;
      continue;
    }
    // (a capitalised word opening the sentence is a name only before another: "Pizza Inn received…")
    if (t.pos === 'PROPN' && CAPITALISED.test(t.text) && (i > 0 || toks[i + 1]?.pos === 'PROPN')) {
      const word = t.text.replace(/['’]s$/, '');
      // (not a word many company names have: "Marine Corp" and "Daxor Corp" are two parties)
      const key = 'ent:' + translit(word);
      if (word.length >= 3 && !GENERIC_NAME_KEYS.has(key)) out.add(key);
    }
  }
  return out;
}

/** Where a name phrase that starts at k ends: articles, adjectives, names and nouns, "of" between them. */
function phraseEnd(toks: readonly Token[], k: number, max = 6): number {
  let j = k;
  while (j < toks.length && j < k + max) {
    const t = toks[j];
    const ok = t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || (t.lower === 'of' && j > k) || /^['’]s$/.test(t.text);
    if (!ok) break;
    j++;
  }
  return j;
}

/** The thing named by the noun at i, or null. */
function thingAt(toks: readonly Token[], i: number, text: string, aliases: Aliases): Thing | null {
  const t = toks[i];
  const kind = THINGS.get(t.lower);
  if (!kind || t.pos !== 'NOUN') return null;
  let start = i;
  let ownedBySubject = false;
  for (let j = i - 1; j >= 0; j--) {
    const m = toks[j];
    if (m.pos === 'DET' || POSSESSIVE_PRONOUNS.has(m.lower)) {
      start = j;
      ownedBySubject = POSSESSIVE_PRONOUNS.has(m.lower);
      break;
    }
    if (m.pos === 'ADJ' || m.pos === 'PROPN' || m.pos === 'NOUN' || m.pos === 'NUM' || /^['’]s$/.test(m.text) || m.text === '-') start = j;
    else break;
  }
  const owners = partiesIn(toks, start, i, text, aliases);
  let end = i + 1;
  if (OWNER_PREPS.has(toks[i + 1]?.lower ?? '')) {
    const e = phraseEnd(toks, i + 2);
    const by = partiesIn(toks, i + 2, e, text, aliases);
    if (by.size) {
      for (const k of by) owners.add(k);
      end = e;
    }
  }
  const anaphor = !owners.size && !ownedBySubject && start === i - 1 && DEFINITE.has(toks[start].lower);
  return { start, end, kind, owners, ownedBySubject, anaphor };
}

/** The last thing with an owner in toks[0, before). */
function lastOwnedThing(toks: readonly Token[], before: number, text: string, aliases: Aliases): Thing | null {
  for (let i = before - 1; i >= 0; i--) {
    if (!THINGS.has(toks[i].lower)) continue;
    const th = thingAt(toks, i, text, aliases);
    if (th && th.owners.size) return th;
  }
  return null;
}

/** The verb group ending before k: its first token, and whether it is denied, hedged, passive, finite. */
interface Group {
  start: number;
  negated: boolean;
  hedged: boolean;
  passive: boolean;
  finite: boolean;
}

function groupBefore(toks: readonly Token[], verb: number): Group {
  let j = verb - 1;
  let negated = false;
  let hedged = false;
  let be = false;
  let finite = false;
  const gerund = toks[verb].lower.endsWith('ing');
  for (; j >= 0; j--) {
    const w = toks[j].lower;
    if (NEGATIONS.has(w)) negated = true;
    else if (INSIDE.has(w)) continue;
    else if (BE.has(w)) {
      be = true;
      finite = true;
    } else if (HAVE.has(w) || DO.has(w)) finite = true;
    else if (MODALS.has(w)) hedged = true;
    else if (w === 'to') {
      // "has yet to receive" denies; "plans to present", "agreed to discuss" do not tell that it happened
      if (toks[j - 1]?.lower === 'yet') {
        negated = true;
        j--;
      } else hedged = true;
    } else if (gerund && toks[j].pos === 'VERB' && STARTING.has(stem(w))) finite = true;
    else break;
  }
  const v = toks[verb];
  // a finite verb on its own ("discussed", "received"), not a participle or gerund standing alone
  if (!finite && !gerund && v.pos === 'VERB' && j >= 0) finite = true;
  return { start: j + 1, negated, hedged, passive: be && !gerund, finite };
}

/** Where the clause of the token at k starts: after a clause mark, "that", or a verb of saying (`cues`). */
function clauseStart(toks: readonly Token[], k: number, cueAt: (i: number) => boolean): number {
  let j = k - 1;
  while (j >= 0 && !CLAUSE_MARKS.has(toks[j].text) && toks[j].lower !== 'that' && !cueAt(j)) j--;
  return j + 1;
}

/** "with X" / "to X" within the few words after `from` in the clause: X's parties and where X ends. */
function partyAfter(toks: readonly Token[], from: number, preps: ReadonlySet<string>, text: string, aliases: Aliases): { parties: Set<string>; end: number } | null {
  for (let j = from; j < toks.length && j < from + 7; j++) {
    const w = toks[j];
    if (CLAUSE_MARKS.has(w.text) || w.pos === 'VERB' || w.lower === 'that') return null;
    if (!preps.has(w.lower)) continue;
    const e = phraseEnd(toks, j + 1);
    const parties = partiesIn(toks, j + 1, e, text, aliases);
    if (parties.size) return { parties, end: e };
  }
  return null;
}

const WITH = new Set(['with']);
const TO = new Set(['to']);
const SEP = /[;|]/g;

/**
 * The facts of one sentence, as strings `pol;kind;owners;parties;phrase` (keys joined by ","). `toks`: the sentence's tokens (a wire dateline left out).
 */
export function toldOf(a: DocumentAnalysis, s: Sentence, toks: readonly Token[], text: string, aliases: Aliases): string[] {
  if (!namesThing(toks) || /\?["”’']*\s*$/.test(text.slice(s.span.start, s.span.end))) return [];
  const cueAt = (i: number): boolean => s.cues.some((c) => c.span.start <= toks[i].start && toks[i].start < c.span.end);
  let out: string[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!THINGS.has(toks[i].lower)) continue;
    const th = thingAt(toks, i, text, aliases);
    if (!th) continue;
    let { owners, kind } = th;
    if (th.anaphor) {
      let ante = lastOwnedThing(toks, th.start, text, aliases);
      if (!ante) {
        const p = previousInBlock(a, s);
        if (p) ante = lastOwnedThing(p.tokens, p.tokens.length, text, aliases);
      }
      if (!ante) continue;
      owners = ante.owners;
      kind = ante.kind;
    }
    const fact = factFor(toks, th, owners, kind, text, aliases, cueAt);
    if (fact) (out ??= []).push(fact);
  }
  return out ?? [];
}

function factFor(
  toks: readonly Token[],
  th: Thing,
  ownersOfThing: Set<string>,
  kind: string,
  text: string,
  aliases: Aliases,
  cueAt: (i: number) => boolean,
): string | null {
  // the verb the thing is the object of: "discussing the idea", "notified of a proposal", "presented with a plan"
  let k = th.start - 1;
  while (k >= 0 && INSIDE.has(toks[k].lower)) k--;
  let prep = false;
  if (k >= 0 && PREPS_OF_THING.has(toks[k].lower)) {
    prep = true;
    k--;
    while (k >= 0 && INSIDE.has(toks[k].lower)) k--;
  }
  if (k < 0) return null;
  // "notified Washington of its plan": the party told stands between the verb and "of"
  let object: Set<string> | null = null;
  if (prep && toks[k].pos !== 'VERB') {
    const objEnd = k + 1;
    let v = k;
    while (v >= 0 && v > k - 5 && toks[v].pos !== 'VERB' && !CLAUSE_MARKS.has(toks[v].text)) v--;
    if (v < 0 || toks[v].pos !== 'VERB' || !NOTIFY.has(stem(toks[v].lower))) return null;
    object = partiesIn(toks, v + 1, objEnd, text, aliases);
    if (!object.size) return null;
    k = v;
  }
  const verb = toks[k];
  if (verb.pos !== 'VERB') return null;
  const st = stem(verb.lower);
  const g = groupBefore(toks, k);
  if (g.hedged || !g.finite) return null;
  const cs = clauseStart(toks, g.start, cueAt);
  for (let j = cs; j < k; j++) if (CONDITIONAL.has(toks[j].lower)) return null;
  let subject = partiesIn(toks, cs, g.start, text, aliases);
  // "The Pentagon said it had not been …": the subject pronoun right after a verb of saying is its speaker
  if (!subject.size && SUBJECT_PRONOUNS.has(toks[cs]?.lower ?? '') && cs + 1 === g.start) {
    let c = cs - 1;
    if (c >= 0 && toks[c].lower === 'that') c--;
    if (c >= 0 && cueAt(c)) {
      while (c > 0 && cueAt(c - 1)) c--;
      subject = partiesIn(toks, clauseStart(toks, c, cueAt), c, text, aliases);
    }
  }
  const pol = g.negated ? '-' : '+';
  let owners = ownersOfThing;
  let told: Set<string> | null = null;
  let end = th.end;
  if (object) {
    // "notified Washington of its plan"
    if (!NOTIFY.has(st) || g.passive) return null;
    told = object;
    if (th.ownedBySubject) owners = subject;
  } else if (g.passive) {
    // "was notified of", "had not been formally presented a proposal", "was presented with a plan"
    if (!(NOTIFY.has(st) || TRANSMIT.has(st)) || (prep && !NOTIFY.has(st) && toks[k + 1]?.lower !== 'with')) return null;
    told = subject;
  } else if (RECEIVE.has(st) && !prep) {
    told = subject;
  } else if (EXCHANGE.has(st) && !prep && pol === '+') {
    // "discussed the plan with Ankara": both sides know of it
    const w = partyAfter(toks, th.end, WITH, text, aliases);
    if (!w) return null;
    told = new Set([...subject, ...w.parties]);
    end = w.end;
    if (!owners.size && th.ownedBySubject) owners = subject;
  } else if (TRANSMIT.has(st) && !prep) {
    // "presented its plan to the council", "did not send the proposal to Washington"
    const w = partyAfter(toks, th.end, TO, text, aliases);
    if (!w) return null;
    told = w.parties;
    end = w.end;
    if (!owners.size && (th.ownedBySubject || !th.anaphor)) owners = subject;
  } else return null;
  if (!owners.size || !told.size) return null;
  const phrase = text.slice(toks[g.start].start, toks[Math.max(end, k + 1) - 1].end).replace(SEP, ' ');
  return `${pol};${kind};${[...owners].sort().join(',')};${[...told].sort().join(',')};${phrase}`;
}

interface Fact {
  pol: string;
  kind: string;
  owners: string[];
  parties: string[];
  phrase: string;
}

const factsOf = perObject((s: ClaimSignature): Fact[] =>
  s.told.map((x) => {
    const [pol, kind, owners, parties, ...phrase] = x.split(';');
    return { pol, kind, owners: owners.split(','), parties: parties.split(','), phrase: phrase.join(';') };
  }),
);

/** Blocking keys of a signature's facts: the kind of thing and each of its owners (both sides have them). */
export function toldKeys(s: ClaimSignature): string[] {
  const out: string[] = [];
  for (const f of factsOf(s)) for (const o of f.owners) out.push(`t:${f.kind}:${o}`);
  return out;
}

/** Marks a party key as one institution of a state (`partiesIn`): "inst:", the state's key, ":" and the institution. */
const INSTITUTION = 'inst:';

/**
 * Whether two facts name one party, not the thing's owner: a key both give, and where both name
 * institutions of that state, one institution (the State Department told is not the Pentagon told;
 * "US representatives" may be either).
 */
function sameParty(x: { parties: string[]; owners: string[] }, y: { parties: string[]; owners: string[] }): boolean {
  return x.parties.some((p) => {
    if (p.startsWith(INSTITUTION) || !y.parties.includes(p) || x.owners.includes(p) || y.owners.includes(p)) return false;
    const of = `${INSTITUTION}${p}:`;
    const xi = x.parties.filter((q) => q.startsWith(of));
    const yi = y.parties.filter((q) => q.startsWith(of));
    return !xi.length || !yi.length || xi.some((q) => yi.includes(q));
  });
}

/**
 * A party told of a thing in one sentence that says it was not told of it in the other: the detail of
 * the dispute, or null. Reads only the signatures' facts (nearly all have none: nothing is done then).
 */
export function toldDispute(a: ClaimSignature, b: ClaimSignature): string | null {
  if (!a.told.length || !b.told.length) return null;
  for (const x of factsOf(a)) {
    for (const y of factsOf(b)) {
      if (x.pol === y.pol || x.kind !== y.kind || !x.owners.some((o) => y.owners.includes(o))) continue;
      const [yes, no] = x.pol === '+' ? [x, y] : [y, x];
      // the party that says it was not told was among those told, and is not the thing's owner
      if (sameParty(yes, no)) {
        return `one says “${x.phrase}”, the other “${y.phrase}”`;
      }
    }
  }
  return null;
}

/**
 * Whether the two sentences tell one fact of the same polarity (the same party told, or not told, of
 * the same owner's thing): "The Pentagon said it had not been formally presented a proposal by the
 * Russian defense ministry" / "The Pentagon has not been formally notified of a Russian proposal".
 */
export function toldAlike(a: ClaimSignature, b: ClaimSignature): boolean {
  if (!a.told.length || !b.told.length) return false;
  for (const x of factsOf(a)) {
    for (const y of factsOf(b)) {
      if (x.pol !== y.pol || x.kind !== y.kind || !x.owners.some((o) => y.owners.includes(o))) continue;
      if (sameParty(x, y)) return true;
    }
  }
  return false;
}
