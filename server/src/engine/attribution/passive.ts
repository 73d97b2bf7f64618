import type { Token } from '../nlp/tokens';
import { CUE_VERBS, JUDGING_ACTS } from '../lexicon/cues';
import { npForward, withNamedApposition } from './sources';

/**
 * Past participles of reporting verbs: regular "-ed" forms and the irregular ones ("written", "told").
 * After a form of "be" they make a passive ("was written by…", "is said to…").
 */
export const PASSIVE_PARTICIPLE = /(?:ed|said|told|known|thought|seen|shown|found|written|spoken|given|heard|taught|held)$/;

/** "by phone", "by a wide margin", "by far": a "by" phrase of means or measure names no agent. */
const NOT_AGENT = /^(?:phone|telephone|email|e-mail|mail|text|letter|video|satellite|margin|vote|votes|default|hand|name|law|chance|accident|design|mistake|contrast|comparison|way)$/;

/** What ends a verb's complement before its agent: punctuation, a verb, a conjunction, a clause opener. */
const COMPLEMENT_END_TAG = /^(?:PUNCT|VERB|AUX|CCONJ|SCONJ|PART)$/;
const CLAUSE_OPENER = /^(?:that|who|which|whom|whose|what|if|whether)$/;

/** Quantity words that may open an agent phrase ("by far fewer papers", "by nearly 200 doctors"). */
const AGENT_QUANTITY = /^(?:far|nearly|almost|roughly|some|more|fewer|less|most|several)$/;

/**
 * The agent of a passive reporting verb ending at `after`: "by NP" right after the verb, or after a short
 * complement of the verb ("has been called a fraud by rival doctors", "called to service by the governor").
 * The complement holds no punctuation, verb or conjunction. [from, to) of the agent phrase, or null.
 */
export function byAgent(tokens: Token[], after: number, maxGap = 4): [number, number] | null {
  let k = after;
  while (k < tokens.length && k - after <= maxGap && tokens[k].lower !== 'by') {
    const t = tokens[k];
    if (COMPLEMENT_END_TAG.test(t.pos) || CLAUSE_OPENER.test(t.lower)) return null;
    k++;
  }
  if (tokens[k]?.lower !== 'by') return null;
  let from = k + 1;
  // "by far fewer publications": quantity words open the phrase (the noun after them is its head)
  while (from < tokens.length && AGENT_QUANTITY.test(tokens[from].lower) && from - k <= 3) from++;
  const end = npForward(tokens, from);
  if (end <= from) return null;
  const words = tokens.slice(from, end);
  if (words.some((t) => NOT_AGENT.test(t.lower)) && !words.some((t) => t.pos === 'PROPN')) return null;
  return [k + 1, withNamedApposition(tokens, k + 1, end)];
}

/** Words after a passive that bring what was said or judged: a clause, "as", "of", "with", "saying", a colon or a quotation. */
const CONTENT_WORD = /^(?:that|whether|if|as|of|with|saying|:|["“‘'`]|''|``)$/;
/** Words of approximation before the figure of an estimate ("is estimated at about 3,000", "estimated its losses at nearly…"). */
export const APPROXIMATELY = /^(?:about|around|some|nearly|roughly|almost|between|only|least|more|less|up|over|under|approximately)$/;
/** "it" or "this" standing for a clause. */
export const IT_THIS = /^(?:it|this)$/;
/** Words of time after a passive ("was announced last week", "will be disclosed later this year"). */
const TIME_WORD = /^(?:last|next|this|earlier|later|early|late|yesterday|today|tonight|tomorrow)$/;

/**
 * Whether the agentless passive of `lemma` (its form of "be" at `be`, its verb group ending before `cueEnd`) tells of
 * an act done to its subject rather than of a statement or a judgement on nobody's named authority: "the agreement
 * was announced in February", "a compromise of 38.5 hours was agreed", "trade problems were discussed", "144 planes
 * have already been ordered". Nothing after it says what was said or judged, as in "is expected to rise", "is
 * estimated at 3 billion dlrs", "was described as…", "was quoted “…”", "it was announced on Monday that…" ("it"
 * stands for the clause), and the verb is no judgement ("the plan was widely criticized", "is backed": someone's view).
 */
export function actPassive(tokens: Token[], be: number, cueEnd: number, lemma: string): boolean {
  // (a belief's passive comes here only with what is believed: "it is believed the…", "is thought to…")
  if (JUDGING_ACTS.has(lemma) || CUE_VERBS.get(lemma)?.cls === 'belief') return false;
  let s = be - 1;
  while (s >= 0 && /^(?:AUX|ADV|PART)$/.test(tokens[s].pos) && !IT_THIS.test(tokens[s].lower)) s--;
  // ("it" standing for a clause that follows, not for a thing: "since it was announced in February")
  if (s >= 0 && IT_THIS.test(tokens[s].lower) && tokens.slice(cueEnd).some((t) => t.lower === 'that' || t.text === ':')) return false;
  // (over adverbs and a time, "was reported this week to have bought…", "will be announced tomorrow afternoon")
  let k = cueEnd;
  for (;;) {
    if (TIME_WORD.test(tokens[k]?.lower ?? '')) k += tokens[k + 1]?.pos === 'NOUN' ? 2 : 1;
    else if (tokens[k]?.pos === 'ADV' && !CONTENT_WORD.test(tokens[k].lower)) k++;
    else break;
  }
  const t = tokens[k];
  if (!t) return true;
  if (CONTENT_WORD.test(t.lower)) return false;
  const next = tokens[k + 1];
  if (t.lower === 'to') return !next || !/^(?:VERB|AUX)$/.test(next.pos);
  if (t.lower === 'at') return !next || !(next.pos === 'NUM' || APPROXIMATELY.test(next.lower));
  // what was done ("was reported buying dollars"), a figure ("were estimated four to seven pct up"), a predicate of
  // the subject ("was declared illegal", "was deemed a success")
  return !(/^(?:ADJ|DET|NOUN|NUM)$/.test(t.pos) || (t.pos === 'VERB' && /ing$/.test(t.lower)));
}
