import type { Token } from '../nlp/tokens';
import { npForward } from './sources';

/**
 * Raising verbs: their subject is what seems so ("the plan seemed doomed", "it appears that…"), not who
 * holds the impression. Whose impression it is, when the sentence says, is a "to" phrase: the experiencer.
 */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'appear']);

/** A noun phrase at k that is no infinitive: [k, end) or null. */
function nounPhraseAt(tokens: Token[], k: number): [number, number] | null {
  const t = tokens[k];
  if (!t || /^(?:VERB|AUX|PART|ADV)$/.test(t.pos)) return null;
  const end = npForward(tokens, k);
  return end > k ? [k, end] : null;
}

/**
 * Who a raising verb's impression belongs to: "seemed to Ana Holm (to be…)" right after the verb, or a
 * clause-opening "To many voters, …". [from, to) of the noun phrase, or null when the sentence names nobody.
 * `end` is the token after the verb.
 */
export function experiencer(tokens: Token[], end: number): [number, number] | null {
  if (tokens[end]?.lower === 'to') {
    const np = nounPhraseAt(tokens, end + 1);
    if (np) return np;
  }
  let k = 0;
  while (k < tokens.length && (tokens[k].pos === 'CCONJ' || /^["“‘']$/.test(tokens[k].text))) k++;
  if (tokens[k]?.lower !== 'to') return null;
  const np = nounPhraseAt(tokens, k + 1);
  return np && tokens[np[1]]?.text === ',' ? np : null;
}
