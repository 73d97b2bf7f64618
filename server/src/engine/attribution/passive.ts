import type { Token } from '../nlp/tokens';
import { npForward } from './sources';

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
  return [k + 1, end];
}
