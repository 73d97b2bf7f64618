import { conflictOf, daysApart, filedApart, namedConflictOf, type Conflict } from './conflict';
import { opposedChange } from './conflict/antonyms';
import { differentCounts } from './conflict/values';
import { perSignature } from './conflict/view';
import { toldAlike, toldDispute } from './communication';
import { CALENDAR_KEYS, capitalisedAlternation, DAY_WORDS, GENERIC_NAME_KEYS, WEEKDAY_KEYS, WEEKDAY_NAMES, translit } from './normalize';
import { COUNTRY_NAMES, PLACES } from '../lexicon/places';
import { isKnownWordForm } from '../nlp/tokens';
import { otherKinds } from './conflict/kinds';
import type { ClaimIndex } from './index';
import { eventCeiling, eventProbability, participantsDiffer, SENTENCE_AS_CONTEXT, sameEventProbability, type EventEvidence } from './sameevent';
import { EVENT_WEIGHTS, SAME_EVENT_WEIGHTS } from './sameevent-weights';
import type { ClaimSignature, QuoteSig } from './signature';

/**
 * `corroborates`: the same claim, told consistently; `contradicts`/`disputes`: the same claim, at odds
 * (in the article's own voice / between two sources); `quote-variant`: one speaker quoted in other
 * words; `same-event`: another statement about the same event (what else other files say of it).
 */
export type LinkRelation = 'corroborates' | 'contradicts' | 'disputes' | 'quote-variant' | 'same-event';

export interface Link {
  relation: LinkRelation;
  score: number;
  /** Why: the conflict, or the words that differ between two versions of a quote. */
  detail: string;
  /** The quotation this link is about (for quote-variant and same-quote links). */
  quote?: { here: QuoteSig; there: QuoteSig };
}

/**
 * A link that reads the same from either sentence: one claim or one event told twice, with a score and no
 * wording (not a conflict, whose detail says which side says what, nor a quotation's two versions).
 */
export function sameBothWays(l: Link): boolean {
  return (l.relation === 'corroborates' || l.relation === 'same-event') && !l.quote && l.detail === '';
}

/** Operating points, chosen on the ECB+ and RTE-3 dev data (see the benchmarks). */
export const THRESHOLDS = {
  /**
   * Same-claim score (`sameClaimScore`: probability of the same event, from sentence and article
   * similarity) above which two sentences report the same claim; chosen with the weights.
   */
  same: SAME_EVENT_WEIGHTS.threshold,
  /**
   * Event score (`sameEventScore`: the event model, no floor on the sentences' own similarity) above
   * which two sentences that are not the same claim are statements about the same event; chosen with
   * the weights.
   */
  event: EVENT_WEIGHTS.threshold,
  /**
   * A corroboration needs at least this much overlap of the two sentences themselves
   * (`sameClaimEvidence`), however alike their articles are: ECB+ links same-event sentences that
   * share much less (R 0.60 at P 0.90 needs a floor of about 0.05), but most such pairs are
   * different statements about one story, not the same claim told twice.
   */
  sentence: 0.25,
  /**
   * Below this sentence similarity, a corroboration also needs two shared content words (words or
   * event classes, not names): two sentences of one story that share its names and one more word
   * ("the Americans … Raqqa … the coalition") are most often two statements about it.
   */
  sentenceAlone: 0.3,
  /** A conflict needs this much overlap to be about the same claim. */
  conflict: 0.3,
  /**
   * A conflict that names the same two participants on both sides in one relation (A owns B / B owns
   * A; Y is X's wife / Y is X's sister) needs only this much overlap: the relation itself says the
   * two sentences are about the same people.
   */
  namedConflict: 0.05,
  /** Number and date conflicts need this much overlap (news clusters repeat events of one kind). */
  valueConflict: 0.6,
  /** …and a dispute over a number or date between two sources this same-event probability (even odds). */
  valueDispute: 0.5,
  /**
   * …and either needs this much likeness of the two articles (`contextSimilarity`): two stories of one
   * kind (two companies' bond issues or dividends) share templated sentences, not names and figures.
   */
  valueContext: 0.25,
  /** Share of words two quotes of one speaker must share to be versions of one quote. */
  quote: 0.5,
};

/**
 * Evidence that two similar sentences report two different instances of one
 * kind of event (two earthquakes, two fights of one boxer): they give numbers
 * and none of them agree, or they name different weekdays. Returns the factor
 * the similarity is multiplied by (1 = no such evidence).
 */
function instancePenalty(a: ClaimSignature, b: ClaimSignature): number {
  let f = 1;
  if (a.numbers.length && b.numbers.length && !a.numbers.some((x) => b.numbers.some((y) => y.value === x.value))) f *= 0.8;
  const da = weekdaysOf(a);
  if (da) {
    const db = weekdaysOf(b);
    if (db && !da.some((d) => db.includes(d))) f *= 0.6;
  }
  return f;
}

/** The names a sentence gives (not weekdays or months); read once per sentence (every candidate pair asks). */
const namesOf = perSignature((s: ClaimSignature): readonly string[] => s.entities.filter((k) => !CALENDAR_KEYS.has(k)));

/** The names of an article (its context's entity keys), per context array: every candidate pair asks. */
const articleNames = new WeakMap<string[], string[]>();

/** The names a sentence gives but for those it names only as the source of what it says. */
const aboutNamesOf = perSignature((s: ClaimSignature): readonly string[] => (s.speakers.length ? namesOf(s).filter((k) => !s.speakers.includes(k)) : namesOf(s)));

/** The names a sentence's article gives (no dates, numbers, months or weekdays). */
function articleNamesOf(s: ClaimSignature): string[] {
  let names = articleNames.get(s.context);
  if (!names) articleNames.set(s.context, (names = s.context.filter((k) => k.startsWith('ent:') && !CALENDAR_KEYS.has(k))));
  return names;
}

/**
 * A sentence that names no one, but for whoever says it, in an article that does: it is about its article's
 * participants ("The company did not name an underwriter, spokesman Bob Jones said").
 */
function aboutItsArticle(s: ClaimSignature): boolean {
  return !aboutNamesOf(s).length && articleNamesOf(s).length > 0;
}

/** Who a sentence is about: the names it gives, else those of its article. */
function participantsOf(s: ClaimSignature): readonly string[] {
  const own = namesOf(s);
  return own.length ? own : articleNamesOf(s);
}

/** The entity key of a one-word adjective of a country's people to its one-word name's ("ent:italian" → the key of "Italy"). */
const COUNTRY_OF_ADJECTIVE = new Map<string, string>();
for (const [name, place] of PLACES) {
  if (!place.demonym || !place.country || place.country === '?' || /\s|\./.test(name) || /\s/.test(place.country) || !COUNTRY_NAMES.has(place.country.toLowerCase())) continue;
  COUNTRY_OF_ADJECTIVE.set('ent:' + translit(name), 'ent:' + translit(place.country));
}

/**
 * Whether two sentences can be about the same participants: they (or, when a
 * sentence names nobody, their articles) share a name, or each names someone
 * the other's article names; two sides naming nobody at all (two bare
 * sentences) may be. "Airbus is two years behind schedule" is not about the
 * Dreamliner, however alike the sentences.
 */
function shareParticipants(a: ClaimSignature, b: ClaimSignature, pa: readonly string[], pb: readonly string[]): boolean {
  if (!pa.length || !pb.length || pa.some((k) => pb.includes(k))) return true;
  // each names someone the other's article names ("Lohan entered rehab" / "the Betty Ford Center said …" in an article about her)
  return pa.some((k) => b.context.includes(k)) && pb.some((k) => a.context.includes(k));
}

/**
 * Whether two sentences name one party, a country in one and its people's adjective in the other
 * ("Italy" / "Italian authorities"). Enough for a conflict that reads its participants itself (a
 * named conflict), not for a corroboration: in wire copy, "Canada's surplus" and "the Canadian
 * surplus" a year apart are two figures of one kind more often than one claim.
 */
function shareParty(pa: readonly string[], pb: readonly string[]): boolean {
  for (const k of pa) {
    const ck = COUNTRY_OF_ADJECTIVE.get(k);
    for (const j of pb) if ((ck ?? k) === (COUNTRY_OF_ADJECTIVE.get(j) ?? j) && (ck || COUNTRY_OF_ADJECTIVE.has(j))) return true;
  }
  return false;
}

/**
 * Whether two conflicting sentences that share participants (`relate` checks
 * that first) can report one instance of their claim: not filed on two days, nor told of two times of one day
 * (`otherTimesOfDay`), and a value (a number, a date) needs the participants named: a name both sentences give ("…
 * killed in the ambush near Kharan"), or, when neither names anyone, a name both articles give;
 * "Pay April 30" and "Pay April 15" in two dividend notes are two companies'
 * dates, not one date told two ways; and not two countries a transaction is with (`otherCountries`).
 */
export function sameInstance(a: ClaimSignature, b: ClaimSignature, value: boolean): boolean {
  if (filedApart(a, b) || otherTimesOfDay(a, b) || otherPeriods(a, b)) return false;
  if (!value) return true;
  // (who says it is not what it is about: one spokesman gives two buyers' figures)
  const na = aboutNamesOf(a);
  const nb = aboutNamesOf(b);
  const [xa, xb] = na.length || nb.length ? [na, nb] : [participantsOf(a), participantsOf(b)];
  const shared = xa.filter((k) => !GENERIC_NAME_KEYS.has(k) && xb.includes(k));
  if (!shared.length) return false;
  // two countries a thing goes to, comes from or is for ("sales of 190,000 tonnes of wheat to Jordan" / "12,500 tonnes of
  // wheat flour to Iraq" from one agency on one day), or the two countries two nameless sentences' articles are about
  // (two World Bank loans): two transactions of one kind, not one told two ways ("the Dutch tanker" / "the Danish
  // tanker" is one tanker told two ways)
  if (na.length || nb.length ? otherCountries(governedCountries(a, na), governedCountries(b, nb)) : otherSoleCountries(countriesIn(xa), countriesIn(xb))) return false;
  // Stories filed from two places ("Peoria, April 7 - Clear/43 degrees - Hog prices are expected steady on
  // receipts of 2,000 head" / "Sioux Falls, April 7 - Clear/calm/43 degrees - …") report two local figures
  // unless they share a name that is no common word ("Clear", "Steer"): a company, a person, a place.
  return a.from === null || b.from === null || a.from === b.from || shared.some((k) => !commonWordKey(k));
}

/**
 * One sentence tells of another period than the other: it marks what it says as past or done before
 * ("Previously, federal agencies were required to consult", "used to") or as coming back ("will again be
 * required", "requires them to once again consult"), and the other has no such mark ("The regulations
 * don't require federal agencies to seek consultation"). A rule changed and changed back is no conflict.
 */
function otherPeriods(a: ClaimSignature, b: ClaimSignature): boolean {
  return markedPeriod(a) !== markedPeriod(b);
}
const markedPeriod = perSignature((s: ClaimSignature): boolean => OTHER_PERIOD.test(s.text));
/** "again" of a state coming back, next to its auxiliary ("will again be required", "again will be"), not of an act repeated ("will run again"). */
const AGAIN = String.raw`(?:will|would|is|are|was|were|be|been|has|have|had) again|again (?:will|would|is|are|be|has|have)`;
const OTHER_PERIOD = new RegExp(String.raw`\b(?:previously|formerly|until (?:now|then)|in the past|used to|once again|${AGAIN})\b`, 'i');

/**
 * The parts of the day a sentence tells of ("in the morning", "during the afternoon", "the afternoon ring", "the
 * official ring"), leaving out a reference point ("from yesterday afternoon's kerb close", "since this morning"). A
 * market's report, a central bank's operations or a metal's ring sessions at two times of one day are two instances.
 */
const dayPartsOf = perSignature((s: ClaimSignature): readonly string[] => {
  const out: string[] = [];
  for (const m of s.text.matchAll(DAY_PART)) {
    const before = s.text.slice(Math.max(0, m.index - 24), m.index);
    if (REFERENCE_POINT.test(before)) continue;
    const part = m[1].toLowerCase().replace('-', '');
    if (!out.includes(part)) out.push(part);
  }
  return out;
});
const DAY_PART = /\b(morning|afternoon|evening|midday|mid-?morning|mid-?afternoon|overnight|official(?= ring)|second(?= ring)|first(?= ring))\b/gi;
/** What makes a part of the day a reference point, not when the sentence's event happened. */
const REFERENCE_POINT = new RegExp(String.raw`\b(?:from|since|than|yesterday|last|previous|${WEEKDAY_NAMES.join('|')})\W*(?:\w+\W+)?$`, 'i');

/**
 * Both sentences tell of a part of the day, and no part the same ("in the morning" / "during the afternoon"); or,
 * when either tells of none, their articles' headlines name two times of the trading day ("… IN EARLY TRADING" /
 * "… IN LATE MORNING": a wire's updates of one market, whose running figures differ), or one a further operation
 * ("… GIVEN FURTHER 152 MLN STG HELP" after "… GIVEN 345 MLN STG ASSISTANCE").
 */
function otherTimesOfDay(a: ClaimSignature, b: ClaimSignature): boolean {
  const pa = dayPartsOf(a);
  const pb = pa.length ? dayPartsOf(b) : [];
  if (pa.length && pb.length) return !pa.some((p) => pb.includes(p));
  // (only for two stories filed on one day; a "further" operation or revision is later than the day's first report,
  // whose headline names no time)
  if (a.edition === b.edition || a.filed === null || a.filed !== b.filed) return false;
  return (a.edition !== null && b.edition !== null) || a.edition === 'further' || b.edition === 'further';
}

/** Entity keys of country names ("ent:jordan", "ent:saudi arabia"), and of their peoples' adjectives to them ("ent:italian" → Italy's). */
const COUNTRY_KEYS = new Map<string, string>();
/** Per country's own key: its name after a preposition of a transaction ("to Jordan", "for the United Arab Emirates"). */
const GOVERNED = new Map<string, RegExp>();
for (const name of COUNTRY_NAMES.keys()) {
  const key = 'ent:' + translit(name);
  COUNTRY_KEYS.set(key, key);
  GOVERNED.set(key, new RegExp(String.raw`\b(?:to|from|for|in)\s+(?:the\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}])`, 'iu'));
}
for (const [adjective, country] of COUNTRY_OF_ADJECTIVE) if (COUNTRY_KEYS.has(country)) COUNTRY_KEYS.set(adjective, country);

/** Each side has a country the other lacks (`sameInstance`). */
function otherCountries(ca: readonly string[], cb: readonly string[]): boolean {
  return ca.length > 0 && cb.length > 0 && ca.some((c) => !cb.includes(c)) && cb.some((c) => !ca.includes(c));
}

/** Two articles each about one country, two countries ("MEXICO GETS … WORLD BANK LOANS" / "WORLD BANK LOANS TURKEY …"). */
function otherSoleCountries(ca: readonly string[], cb: readonly string[]): boolean {
  return ca.length === 1 && cb.length === 1 && ca[0] !== cb[0];
}

/** Countries among a sentence's names (`keys`) that a preposition of a transaction governs in it ("to Jordan", "for Iraq"). */
function governedCountries(s: ClaimSignature, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const rx = GOVERNED.get(k);
    if (rx && !out.includes(k) && rx.test(s.text)) out.push(k);
  }
  return out;
}

function countriesIn(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const c = COUNTRY_KEYS.get(k);
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * An entity key whose word is also a common English word, and no place ("ent:clear", "ent:steer", "ent:catle"). A
 * key spells a name with its double letters single and "y" as "i" (`translit`): "catle" is "cattle".
 */
function commonWordKey(k: string): boolean {
  const w = k.startsWith('ent:') ? k.slice(4) : k;
  if (PLACES.has(w)) return false;
  if (isKnownWordForm(w)) return true;
  for (let p = 0; p < w.length; p++) {
    if (/\p{L}/u.test(w[p]) && isKnownWordForm(w.slice(0, p + 1) + w.slice(p))) return true;
    if (w[p] === 'i' && isKnownWordForm(w.slice(0, p) + 'y' + w.slice(p + 1))) return true;
  }
  return false;
}


/** The weekdays a sentence names, or null (most name none: nothing is allocated for them). */
function weekdaysOf(s: ClaimSignature): string[] | null {
  let out: string[] | null = null;
  for (const e of s.entities) if (WEEKDAY_KEYS.has(e)) (out ??= []).push(e);
  return out;
}

/** Similarity of two sentences: IDF-weighted key cosine, discounted by evidence of different instances. */
export function similarity(a: ClaimSignature, b: ClaimSignature, index: ClaimIndex): number {
  return index.cosine(a, b) * instancePenalty(a, b);
}

/** Context keys to small integers (for every index: a key's id here never changes). */
const contextKeyIds = new Map<string, number>();
/** Per context key id: the comparison that last marked it (`contextSimilarity`). */
let mark = new Uint32Array(1024);
let markNow = 0;

function contextKeyId(k: string): number {
  let id = contextKeyIds.get(k);
  if (id === undefined) contextKeyIds.set(k, (id = contextKeyIds.size));
  return id;
}

/** A document context's keys as ids, with their squared IDF weights in one index generation. */
interface ContextWeights {
  index: ClaimIndex;
  generation: number;
  /** Context key ids, in the context's order. */
  ids: Int32Array;
  /** The keys' ids in `index` (-1: not a blocking key there, or not yet). */
  indexIds: Int32Array;
  /** Squared IDF per key, in the context's order. */
  w: Float64Array;
  norm: number;
  /** Similarity to other contexts already compared (a document's claims meet the same few articles). */
  pairs: Map<string[], number>;
}
const contextWeights = new WeakMap<string[], ContextWeights>();

function weightsOf(ctx: string[], index: ClaimIndex): ContextWeights {
  let c = contextWeights.get(ctx);
  if (c && c.index === index && c.generation === index.generation) return c;
  if (!c || c.index !== index) {
    const ids = new Int32Array(ctx.length);
    const indexIds = new Int32Array(ctx.length);
    for (let i = 0; i < ctx.length; i++) {
      ids[i] = contextKeyId(ctx[i]);
      indexIds[i] = index.keyId(ctx[i]);
    }
    c = { index, generation: -1, ids, indexIds, w: new Float64Array(ctx.length), norm: 0, pairs: new Map() };
    contextWeights.set(ctx, c);
  } else {
    // a key can have become a blocking key since
    for (let i = 0; i < ctx.length; i++) if (c.indexIds[i] < 0) c.indexIds[i] = index.keyId(ctx[i]);
    c.pairs.clear();
  }
  let norm = 0;
  for (let i = 0; i < ctx.length; i++) {
    const x = index.idfOfId(c.indexIds[i]) ** 2;
    c.w[i] = x;
    norm += x;
  }
  c.norm = norm;
  c.generation = index.generation;
  return c;
}

/** IDF-weighted cosine of the entity sets of the two documents: are the two articles about one event? */
export function contextSimilarity(a: ClaimSignature, b: ClaimSignature, index: ClaimIndex): number {
  if (!a.context.length || !b.context.length) return 0;
  const own = weightsOf(a.context, index);
  const known = own.pairs.get(b.context);
  if (known !== undefined) return known;
  let x = own;
  let y = weightsOf(b.context, index);
  if (x.ids.length > y.ids.length) [x, y] = [y, x];
  if (mark.length < contextKeyIds.size) {
    const grown = new Uint32Array(Math.max(contextKeyIds.size, mark.length * 2));
    grown.set(mark);
    mark = grown;
  }
  if (++markNow === 0xffffffff) {
    mark.fill(0);
    markNow = 1;
  }
  for (const id of y.ids) mark[id] = markNow;
  // summed in the order of the smaller context (its keys are sorted)
  let dot = 0;
  for (let i = 0; i < x.ids.length; i++) if (mark[x.ids[i]] === markNow) dot += x.w[i];
  const sim = dot && x.norm && y.norm ? dot / Math.sqrt(x.norm * y.norm) : 0;
  own.pairs.set(b.context, sim);
  return sim;
}

/**
 * How likely two sentences report the same claim: the probability that they
 * report the same event (`sameEventProbability`), from their own similarity
 * and that of their articles (same participants, places, numbers and dates),
 * so that articles about two events of one kind (two boxers' title fights, two
 * earthquakes) link less and two reports of one event more; sentences that
 * name different participants link less too.
 */
export function sameClaimScore(a: ClaimSignature, b: ClaimSignature, index: ClaimIndex, sentence = similarity(a, b, index)): number {
  return sameEventProbability(sentence, pairContext(a, b, index), participantsDiffer(a.entities, b.entities));
}

/** How many of `xs` are in `ys`. */
function countShared(xs: readonly string[], ys: readonly string[]): number {
  let n = 0;
  for (const x of xs) if (ys.includes(x)) n++;
  return n;
}

/** Predicates (stemmed verbs) both sentences have. */
function sharedPredicates(a: ClaimSignature, b: ClaimSignature): number {
  return countShared(a.predicates, b.predicates);
}

/**
 * Whether a pair the same-claim model links can be one claim told twice, not just one event. They
 * must share a word of what they say beyond who and when (a stem, which is no part of a name:
 * "pullout" and "military", "capital"): "National Amusements owns 19.6 pct of Viacom's stock" and
 * "Viacom said the court denied the motion" share only a name. A sentence with no such word of its
 * own ("Morgan Stanley said.") says nothing either way. A headline names the event its article
 * reports in a few words ("First Airbus A380 delivered") that may leave out what, of it, the other
 * sentence claims: it is that claim when the other sentence says at least half of its words ("US says
 * no agreement on joint air strikes with Russia in Syria" / "There is no agreement to conduct joint air
 * strikes with the Russians in Syria").
 */
export function oneClaim(a: ClaimSignature, b: ClaimSignature): boolean {
  if (a.headline || b.headline) return headlineSays(a, b) && headlineSays(b, a);
  return a.stems.length === 0 || b.stems.length === 0 || countShared(a.stems, b.stems) > 0;
}

/** `oneClaim` for a headline `h` (anything else passes): the other sentence says half of its words, and one at least. */
function headlineSays(h: ClaimSignature, other: ClaimSignature): boolean {
  if (!h.headline) return true;
  const shared = countShared(h.stems, other.stems);
  return shared >= 1 && 2 * shared >= h.stems.length;
}

/** Words that tie what a sentence tells to its article's day or week: "today", "yesterday", "on Monday", "this week". */
const DAY_ANCHORED = new RegExp(String.raw`\b(?:${capitalisedAlternation(DAY_WORDS, true)}|[Tt]his (?:morning|afternoon|evening|week)|[Ll]ast (?:night|week)|${capitalisedAlternation(WEEKDAY_NAMES)})\b`);

/**
 * Whether two sentences tell of things on two different days: their articles were filed more than a
 * week apart, and one ties what it tells to its own article's day ("Apple Computer today launched a 3G
 * iPhone", "Apple Corps lost its court case today") while the other gives no date of its own (one
 * that does may be telling the same day as background). An event of one kind on two days (a keynote
 * each June, a market's fall on two days) is two claims.
 */
function toldOfOtherDays(a: ClaimSignature, b: ClaimSignature): boolean {
  const days = daysApart(a, b);
  if (days === null || days <= 7) return false;
  return (dayAnchored(a) && !b.dates.length) || (dayAnchored(b) && !a.dates.length);
}

const dayAnchored = perSignature((s: ClaimSignature): boolean => DAY_ANCHORED.test(s.text));

/** The quotation that makes up half of a sentence or more, if any. */
function mainQuote(s: ClaimSignature): QuoteSig | undefined {
  const half = (s.span.end - s.span.start) / 2;
  return s.quotes.find((q) => q.speaker && q.span.end - q.span.start >= half);
}

/**
 * Whether each sentence is mostly a quotation of one speaker, and the two quotations differ (one
 * worded alike is a quotation told twice, `relateQuotes`): two things that person said, not one
 * claim ("we have always loved the Beatles…" / "We love the Beatles, and it has been painful…", each
 * with "said Steve Jobs, Apple's CEO").
 */
function twoQuotations(a: ClaimSignature, b: ClaimSignature): boolean {
  const qa = mainQuote(a);
  const qb = qa && mainQuote(b);
  return !!qb && qa.speaker === qb.speaker;
}

/**
 * The link of a pair the same-claim model scores as one claim (`score`) with no conflict: a
 * corroboration; none where two counts of one thing differ or one thing changes in opposite
 * directions, even where no rule calls that a conflict; and a `same-event` link (none when not asked
 * for) where they say different things happened, or tell of two days, since the score is the
 * probability that they report one event.
 */
function corroboration(a: ClaimSignature, b: ClaimSignature, score: number, events: boolean): Link | null {
  // (`relate` asks only once `conflictOf` found nothing: with a predicate in common, its `values` has
  // already compared the counts and found them alike)
  if ((sharedPredicates(a, b) === 0 && differentCounts(a, b)) || opposedChange(a, b)) return null;
  if (oneClaim(a, b) && !toldOfOtherDays(a, b) && !twoQuotations(a, b) && !sharedBackgroundOnly(a, b)) return { relation: 'corroborates', score, detail: '' };
  return events ? { relation: 'same-event', score, detail: '' } : null;
}

/**
 * Whether the two sentences share predicates only in the clauses that set their background, and tell other
 * things in their own: "Since Russia began airstrikes in September, the U.S. has demanded Moscow support the
 * coalition" / "Russia and the coalition have not coordinated any attacks since Russian airstrikes began". They
 * are about one event; neither reports the other's claim.
 */
function sharedBackgroundOnly(a: ClaimSignature, b: ClaimSignature): boolean {
  if (!a.background.length || !b.background.length) return false;
  let shared = 0;
  for (const p of a.predicates) {
    if (!b.predicates.includes(p)) continue;
    if (!a.background.includes(p) || !b.background.includes(p)) return false;
    shared++;
  }
  const ownA = a.predicates.filter((p) => !a.background.includes(p));
  const ownB = b.predicates.filter((p) => !b.background.includes(p));
  return shared > 0 && ownA.length > 0 && ownB.length > 0;
}

/** What the event model reads of a pair (see `sameEventScore`). */
export function eventEvidence(a: ClaimSignature, b: ClaimSignature, index: ClaimIndex, sentence = similarity(a, b, index)): EventEvidence {
  return { sentence, predicates: sharedPredicates(a, b), articles: eventContext(a, b, index, sentence) };
}

/**
 * The articles' similarity for the event model: `contextSimilarity`, or, when an article names little
 * beyond the sentence (a note, a one-paragraph brief), what the sentences' own similarity says of
 * their articles (`SENTENCE_AS_CONTEXT`): two such articles sharing a name are not yet one story.
 */
function eventContext(a: ClaimSignature, b: ClaimSignature, index: ClaimIndex, sentence: number): number {
  return thinContext(a) || thinContext(b) ? SENTENCE_AS_CONTEXT * sentence : contextSimilarity(a, b, index);
}

/**
 * How likely two sentences are statements about the same event, however
 * differently they tell it: the event model over their own similarity, the
 * predicates they share and their articles' similarity.
 */
export function sameEventScore(a: ClaimSignature, b: ClaimSignature, index: ClaimIndex, sentence = similarity(a, b, index)): number {
  return eventProbability(eventEvidence(a, b, index, sentence));
}

/**
 * A `same-event` link for two sentences that are not the same claim, when the event model says so and
 * nothing they say conflicts. The articles' similarity (cached per pair of articles) comes first: for
 * most candidates it alone rules the link out, before the sentences are compared.
 */
function sameEventLink(a: ClaimSignature, b: ClaimSignature, index: ClaimIndex, events: boolean, sim?: number): Link | null {
  if (!events) return null;
  const thin = thinContext(a) || thinContext(b);
  if (!thin && eventCeiling(contextSimilarity(a, b, index)) < THRESHOLDS.event) return null;
  if (!articlesShareName(a, b)) return null;
  const score = sameEventScore(a, b, index, sim ?? similarity(a, b, index));
  if (score < THRESHOLDS.event || findConflict(a, b)) return null;
  return { relation: 'same-event', score, detail: '' };
}

/**
 * Whether the two articles share a name that tells one story from another: not a date, a number, a
 * month or weekday, or a word many company names have ("Inc", "Corp"): two notes filed on one day
 * about two companies' warrants share only those.
 */
function articlesShareName(a: ClaimSignature, b: ClaimSignature): boolean {
  for (const k of articleNamesOf(a)) if (!GENERIC_NAME_KEYS.has(k) && b.context.includes(k)) return true;
  return false;
}

/**
 * The articles' similarity for the same-claim score: `contextSimilarity`, or 0
 * when an article names little beyond the sentence itself (it then says nothing
 * more about which event it is, and the sentences must carry the link alone:
 * the model counts half their own similarity as context).
 */
export function pairContext(a: ClaimSignature, b: ClaimSignature, index: ClaimIndex): number {
  if (thinContext(a) || thinContext(b)) return 0;
  return contextSimilarity(a, b, index);
}

function thinContext(s: ClaimSignature): boolean {
  return s.context.length < s.entities.length + s.numbers.length + s.dates.length + 2;
}

/**
 * What a corroboration needs of the two sentences themselves, however alike their
 * articles are (two reports of one event also say different things about it).
 */
export function sameClaimEvidence(a: ClaimSignature, b: ClaimSignature, sim: number, index: ClaimIndex): boolean {
  return sim >= THRESHOLDS.sentence && (sim >= THRESHOLDS.sentenceAlone || index.sharedContent(a, b) >= 2);
}

/**
 * How two sentences in different files relate, or null when they are not about the same thing.
 * `events` false: no `same-event` links (for a host that reads only what rules read).
 */
export function relate(a: ClaimSignature, b: ClaimSignature, index: ClaimIndex, events = true): Link | null {
  const q = relateQuotes(a, b);
  if (q) return q;
  // "open primaries" / "closed primaries": two kinds of one thing, neither one claim nor a conflict
  if (otherKinds(a, b)) return sameEventLink(a, b, index, events);
  // about other participants, two sentences neither conflict nor corroborate; they may still tell
  // one event (two articles about one story name its people in different sentences)
  const pa = participantsOf(a);
  const pb = participantsOf(b);
  if (!shareParticipants(a, b, pa, pb)) return (shareParty(pa, pb) ? namedConflictLink(a, b, index, similarity(a, b, index)) : null) ?? sameEventLink(a, b, index, events);
  const sim = similarity(a, b, index);
  const disputes = a.attributed && b.attributed;
  // the conflict rules, run once for the pair and only if asked
  let conflictFound: Conflict | null | undefined;
  const conflicting = (): Conflict | null => (conflictFound === undefined ? (conflictFound = conflictOf(a, b)) : conflictFound);
  // one source says a party was told of a thing, another that it was not: a dispute, never a contradiction (communication.ts)
  const told = disputes ? toldDispute(a, b) : null;
  if (told && sameInstance(a, b, false)) return { relation: 'disputes', score: sameClaimScore(a, b, index, sim), detail: told };
  // …and two that tell the same party told (or not) of the same owner's thing, alike enough as sentences, the same claim
  if (sim >= THRESHOLDS.sentence && toldAlike(a, b) && sameInstance(a, b, false) && !conflicting()) return { relation: 'corroborates', score: sameClaimScore(a, b, index, sim), detail: '' };
  if (sim < THRESHOLDS.conflict) {
    // the same two people or parties in a relation one side reverses or contradicts
    const named = namedConflictLink(a, b, index, sim);
    if (named !== undefined) return named;
    // too far apart to call a conflict a contradiction; too much at odds to call them the same claim,
    // at most two statements about one event (most candidates end here: the sentence evidence is
    // checked before the costlier score)
    if (!sameClaimEvidence(a, b, sim, index)) return sameEventLink(a, b, index, events, sim);
    const score = sameClaimScore(a, b, index, sim);
    if (score < THRESHOLDS.same) return sameEventLink(a, b, index, events, sim);
    if (conflicting()) return null;
    return corroboration(a, b, score, events);
  }
  const found = conflicting();
  // a conflict between two instances (other participants, another day) makes them neither the same claim nor a contradiction
  if (found && !sameInstance(a, b, found.value)) return null;
  const score = sameClaimScore(a, b, index, sim);
  const conflict = found?.detail ?? null;
  // Different numbers, dates or directions of change are also what two different events of one
  // kind look like (a market falling on two days): such a conflict needs much stronger evidence of
  // the same event. A dispute between two attributed sources is information; a contradiction of
  // the article's own voice is a warning, so the latter needs the stronger evidence; a dispute
  // over a value needs the two to be more likely than not one event (40 firefighters at one fire
  // and 25 at another are no dispute).
  const valueConflict = !!found?.value;
  // Templated wire sentences ("Non-callable for five years, the issue is rated B-3…", "Note - Fin div
  // pay June 6") are alike whatever they are about: a value conflict also needs the two articles to be
  // about one story.
  // Sentences that name no one in articles that do ("NOTE: 1986 loss excludes a gain on the sale…" /
  // "NOTE: 1986 earnings exclude a gain…", each under its company's name) are about their articles'
  // participants: any conflict of theirs also needs the two articles to be about one story.
  // So is one such sentence against one that names someone: "The company did not name an underwriter" / "The
  // company named PaineWebber … as underwriters" are two companies' sales unless the two articles tell one story.
  // (a sentence in an article that names no one, a bare statement, stands for itself)
  const nameless = aboutItsArticle(a) || aboutItsArticle(b);
  const sameEnough =
    (!valueConflict && !nameless) ||
    (contextSimilarity(a, b, index) >= THRESHOLDS.valueContext && (!valueConflict || (disputes ? score >= THRESHOLDS.valueDispute : sim >= THRESHOLDS.valueConflict)));
  if (conflict && sameEnough) {
    return { relation: disputes ? 'disputes' : 'contradicts', score, detail: conflict };
  }
  // (a conflict too weak to report still says they may be two instances: neither the same claim nor a same-event link)
  if (conflict) return null;
  if (score >= THRESHOLDS.same && sameClaimEvidence(a, b, sim, index)) return corroboration(a, b, score, events);
  return sameEventLink(a, b, index, events, sim);
}

/**
 * The link of a conflict that names the same people or parties on both sides in one relation
 * (`namedConflictOf`): a contradiction or a dispute, null for two instances of one relation (neither
 * a conflict nor the same claim), undefined where there is no such conflict.
 */
function namedConflictLink(a: ClaimSignature, b: ClaimSignature, index: ClaimIndex, sim: number): Link | null | undefined {
  const named = sim >= THRESHOLDS.namedConflict ? namedConflictOf(a, b) : null;
  if (!named) return undefined;
  return sameInstance(a, b, false) ? { relation: a.attributed && b.attributed ? 'disputes' : 'contradicts', score: sameClaimScore(a, b, index, sim), detail: named.detail } : null;
}

function relateQuotes(a: ClaimSignature, b: ClaimSignature): Link | null {
  for (const qa of a.quotes) {
    for (const qb of b.quotes) {
      if (!qa.speaker || qa.speaker !== qb.speaker) continue;
      const { common, diff } = wordDiff(qa.words, qb.words, qa.shown, qb.shown);
      const dice = (2 * common) / (qa.words.length + qb.words.length);
      if (dice < THRESHOLDS.quote) continue;
      if (diff.length === 0) return { relation: 'corroborates', score: 1, detail: 'the same quotation', quote: { here: qa, there: qb } };
      return { relation: 'quote-variant', score: dice, detail: diff.join('; '), quote: { here: qa, there: qb } };
    }
  }
  return null;
}

/**
 * Word-level difference of two quotes: LCS, then the runs that differ as “here” → “there”. Words one side
 * quotes before or after all the other quotes are no difference (one report quotes more of the same remarks).
 * `shownA`, `shownB`: the words as a difference shows them (as written), one for each compared word.
 */
export function wordDiff(a: string[], b: string[], shownA: readonly string[] = a, shownB: readonly string[] = b): { common: number; diff: string[] } {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const diff: string[] = [];
  let i = 0;
  let j = 0;
  let da: string[] = [];
  let db: string[] = [];
  let matched = false;
  const flush = (last: boolean): void => {
    // Before the first word both share, or after the last, what one side has beyond the other is its longer
    // excerpt: a run on one side only is no difference, and of runs on both sides only as many words as the
    // shorter has are compared, next to the shared words ("of the laws. But I'm working…" / "of the law.").
    const edge = !matched || last;
    if (edge && da.length && db.length) {
      const k = Math.min(da.length, db.length);
      [da, db] = last ? [da.slice(0, k), db.slice(0, k)] : [da.slice(-k), db.slice(-k)];
    }
    if ((da.length || db.length) && !(edge && (da.length === 0 || db.length === 0))) diff.push(`“${da.join(' ') || '∅'}” → “${db.join(' ') || '∅'}”`);
    da = [];
    db = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      // before the first shared word, a match a later one can take over is left to it, so that the longer
      // excerpt's extra words stay one run at the edge ("…who we are. We have got" / "We have got")
      if (!matched && dp[i][j + 1] === dp[i][j]) {
        db.push(shownB[j++]);
        continue;
      }
      if (!matched && dp[i + 1][j] === dp[i][j]) {
        da.push(shownA[i++]);
        continue;
      }
      flush(false);
      matched = true;
      i++;
      j++;
    } else if (j >= m || (i < n && dp[i + 1][j] >= dp[i][j + 1])) {
      da.push(shownA[i++]);
    } else {
      db.push(shownB[j++]);
    }
  }
  flush(true);
  return { common: dp[0][0], diff };
}

/**
 * A conflict between two sentences about the same event: its detail, or null
 * (the rules are in conflict.ts).
 */
export function findConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  return conflictOf(a, b)?.detail ?? null;
}
