import type { Token } from '../nlp/tokens';

/**
 * Verbs of belief and feeling with the preposition that opens what the belief is about: "thinking about
 * a run", "worried about the levy", "believe in the plan", "hoping for a deal". Such a verb needs no
 * clause: its topic is the content.
 */
const BELIEF_TOPICS: ReadonlyMap<string, RegExp> = new Map([
  ['think', /^(?:about|of)$/],
  ['worry', /^(?:about|over)$/],
  ['believe', /^in$/],
  ['hope', /^for$/],
  ['wish', /^for$/],
  ['fear', /^for$/],
]);

/** Does the belief verb at i (lemma `lemma`) open its topic with its preposition, right after it or one adverb later? */
export function beliefTopic(tokens: Token[], i: number, lemma: string): boolean {
  const preps = BELIEF_TOPICS.get(lemma);
  if (!preps) return false;
  let k = i + 1;
  if (tokens[k]?.pos === 'ADV' && !preps.test(tokens[k].lower)) k++;
  const p = tokens[k];
  return !!p && preps.test(p.lower) && !!tokens[k + 1] && tokens[k + 1].pos !== 'PUNCT';
}
