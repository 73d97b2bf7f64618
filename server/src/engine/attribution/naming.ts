import type { Token } from '../nlp/tokens';

const NAMING = /^(?:called|named|dubbed|titled|entitled|nicknamed)$/;
const NOUN_PHRASE_WORD = /^(?:NOUN|ADJ|DET|NUM|PROPN)$/;

/**
 * "a website called Harbour News", "a play called “Exit”", "from a group named Citizens for Ruiz": a participle
 * that gives the name of the noun before it, which is an object (a preposition or a verb stands before its
 * phrase) or a subject (its clause's verb follows the name), is no speech act. Not one with a predicate after the
 * name ("the doctors called Oz a quack").
 */
export function namingParticiple(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  if (!NAMING.test(tokens[i].lower) || !p || p.pos !== 'NOUN' || !n || !(/^\p{Lu}/u.test(n.text) || /^["“‘']$/.test(n.text))) return false;
  // (a name with a predicate after it is a judgement: "One of the doctors called Oz a quack")
  let e = i + 1;
  while (e < tokens.length && tokens[e].pos === 'PROPN') e++;
  if (e > i + 1 && PREDICATE_OPENS.test(tokens[e]?.lower ?? '')) return false;
  // ("A company called Harmony Enterprises gave…": the name with the clause's verb after it names a subject)
  if (e > i + 1 && /^(?:VERB|AUX)$/.test(tokens[e]?.pos ?? '') && /^\p{Ll}/u.test(tokens[e].text)) return true;
  let k = i - 1;
  while (k > 0 && NOUN_PHRASE_WORD.test(tokens[k - 1].pos)) k--;
  return k > 0 && /^(?:ADP|VERB|AUX)$/.test(tokens[k - 1].pos);
}

/** Words that open a predicate after the named one ("called Oz a quack"). */
const PREDICATE_OPENS = /^(?:a|an)$/;
