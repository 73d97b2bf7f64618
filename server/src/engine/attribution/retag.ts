import type { Token } from '../nlp/tokens';
import { CUE_VERBS } from '../lexicon/cues';

/** Modals, "do" and the infinitive marker: a base form follows them ("will support", "did not question", "to back"). */
const BASE_BEFORE = /^(?:will|would|can|could|should|shall|may|might|must|do|does|did|to|'ll|’ll|'d|’d)$/;
/** Forms of "be": an -ing form after one is progressive ("is promising", "are not voting"). */
const BE = /^(?:is|are|was|were|be|been|being|am|'s|’s|'re|’re|'m|’m)$/;
/** Forms of "have": a participle after one is perfect ("has endorsed"). */
const HAVE = /^(?:has|have|had|having|'ve|’ve)$/;
/** Words between an auxiliary and its verb: "not", "also", "never", "n't" (an adverb or a particle). */
const BETWEEN = /^(?:ADV|PART)$/;
/** Tags the tagger gives a verb it misreads; a verb tag is left alone. */
const MISREAD = /^(?:NOUN|ADJ|ADV|ADP|PROPN)$/;
/** What can follow a verb: an object, a complement, a preposition, the end of the clause. */
const AFTER_VERB = /^(?:DET|PRON|PROPN|NOUN|NUM|ADP|PART|SCONJ|ADJ|ADV|PUNCT)$/;

/**
 * Is the cue word at i, which the tagger read as a noun or an adjective, a verb by its place? After a modal,
 * "do" or "to" in its base form ("would support", "Does Not Like", "to back"), after "be" in -ing ("is
 * promising", "are not voting"), after "have" as a participle ("have endorsed"), or right after "who" ("who
 * support Sanders"). An article or a possessive between the two (“is a question”, "has their support") keeps the noun.
 */
function verbBySlot(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const entry = CUE_VERBS.get(t.lower);
  if (!entry || !MISREAD.test(t.pos)) return false;
  const n = tokens[i + 1];
  if (n && !AFTER_VERB.test(n.pos)) return false;
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && BETWEEN.test(tokens[j].pos) && tokens[j].lower !== 'to') j--;
  const a = tokens[j];
  if (!a) return false;
  const base = t.lower === entry.lemma;
  const ing = /ing$/.test(t.lower) && t.lower !== entry.lemma;
  const participle = !base && !ing && !/s$/.test(t.lower);
  if (BASE_BEFORE.test(a.lower)) return base && (a.lower !== 'to' || j === i - 1);
  if (BE.test(a.lower)) return ing;
  if (HAVE.test(a.lower)) return participle;
  return a.lower === 'who' && j === i - 1 && !ing;
}

/**
 * The tokens of a sentence with cue words that stand where a verb stands read as verbs (see verbBySlot);
 * the same array when there is none.
 */
export function retagVerbs(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    if (!verbBySlot(tokens, i)) continue;
    out ??= tokens.slice();
    out[i] = { ...tokens[i], pos: 'VERB' };
  }
  return out ?? tokens;
}
