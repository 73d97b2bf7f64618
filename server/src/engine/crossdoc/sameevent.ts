/**
 * Do two sentences of two files report the same event? A logistic model over
 * a few pair features, with weights fitted on ECB+ (see `sameevent-weights.ts`
 * and test/bench/fit-corroboration.mjs).
 *
 * The features are cheap by design (this runs for every candidate pair of a
 * workspace): the sentences' own IDF-weighted key cosine, the cosine of
 * their articles' contexts (entities, numbers and dates of each document,
 * cached per pair of documents), and whether the sentences name different
 * participants. Square roots: small overlaps already say a lot, large ones
 * little more.
 */
import { EVENT_WEIGHTS, SAME_EVENT_WEIGHTS } from './sameevent-weights';

/** Names of the model's features, in the order of `SAME_EVENT_WEIGHTS.w`. */
export const SAME_EVENT_FEATURES = ['sqrt(sentence cosine)', 'sqrt(max(context cosine, 0.5 × sentence cosine))', 'different participants (0/1)'] as const;

/** Feature vector of a pair (for fitting and inspection; the hot path below does not allocate). */
export function sameEventFeatures(sentence: number, context: number, differ: boolean): number[] {
  return [Math.sqrt(sentence), Math.sqrt(Math.max(context, SENTENCE_AS_CONTEXT * sentence)), differ ? 1 : 0];
}

/**
 * Two sentences this alike are themselves evidence that their articles report one
 * event (a wire story quoted in a wider piece): the context counts as at least
 * this share of the sentence similarity.
 */
export const SENTENCE_AS_CONTEXT = 0.5;

/**
 * Probability that two sentences report the same event, from their own and their
 * articles' similarity, and whether they name different participants.
 */
export function sameEventProbability(sentence: number, context: number, differ: boolean): number {
  const { w, bias } = SAME_EVENT_WEIGHTS;
  const z = bias + w[0] * Math.sqrt(sentence) + w[1] * Math.sqrt(Math.max(context, SENTENCE_AS_CONTEXT * sentence)) + (differ ? w[2] : 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The event model's features: the sentences' own similarity, the predicates
 * (stemmed verbs) they share, at most `SHARED_CAP`, and their articles'
 * similarity. Unlike the claim model, it needs no overlap of the sentences
 * themselves: two reports of one event say different things about it.
 */
export const EVENT_FEATURES = ['sqrt(sentence cosine)', 'sqrt(shared predicates, at most 5)', 'sqrt(context cosine)'] as const;

/** Shared predicates beyond this say nothing more about the event. */
export const SHARED_CAP = 5;

/** What the event model reads of a pair. */
export interface EventEvidence {
  /** The sentences' similarity. */
  sentence: number;
  /** Predicates both sentences have. */
  predicates: number;
  /** The articles' similarity (`contextSimilarity`). */
  articles: number;
}

/** Feature vector of the event model (for fitting and inspection; the hot path below does not allocate). */
export function eventFeatures(e: EventEvidence): number[] {
  return [Math.sqrt(e.sentence), Math.sqrt(Math.min(e.predicates, SHARED_CAP)), Math.sqrt(e.articles)];
}

/**
 * Probability that two sentences are about the same event, whatever each says
 * of it ("the quake struck at dawn" / "rescuers searched the rubble of the
 * quake"): the event model, fitted on every ECB+ pair (no floor on the
 * sentences' own similarity), so it links two statements about one story that
 * the claim model (`sameEventProbability`) leaves apart.
 */
export function eventProbability(e: EventEvidence): number {
  const { w, bias } = EVENT_WEIGHTS;
  const z = bias + w[0] * Math.sqrt(e.sentence) + w[1] * Math.sqrt(Math.min(e.predicates, SHARED_CAP)) + w[2] * Math.sqrt(e.articles);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The highest event probability two sentences of articles this alike can have
 * (identical sentences sharing `SHARED_CAP` predicates): below the threshold,
 * the sentences need not be compared.
 */
export function eventCeiling(articles: number): number {
  return eventProbability({ sentence: 1, predicates: SHARED_CAP, articles });
}

/**
 * Whether two sentences both name participants (entity keys: people, places,
 * organisations, weekdays) and share none of them: alike words about two
 * events of one kind ("flames gutted the Kellan warehouse" / "… the Brenner
 * warehouse").
 */
export function participantsDiffer(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) if (b.includes(x)) return false;
  return true;
}
