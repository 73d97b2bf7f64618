/**
 * A thing one side says is done without and the other says is required: "animals may enter the UK
 * without quarantine" / "quarantine is compulsory for animals to enter the UK"; "visitors enter
 * without a visa" / "a visa is required".
 *
 * What is read: "without" and the noun it governs (up to three words: "without a valid visa"), stated
 * plainly ("cannot enter without a visa" says the visa is needed, and is not read); and a requirement
 * of a noun: "X is (compulsory|mandatory|obligatory|required)", "(compulsory|mandatory|obligatory) X",
 * stated plainly too ("quarantine is not compulsory" agrees with doing without it). The two sentences
 * must already be alike enough to be about one claim (the caller's gate): this rule only says they
 * are at odds.
 */
import type { ClaimSignature } from '../signature';
import { ARTICLES, PREPOSITIONS, affirmedAt, isAux, isContent, perSignature, perView, firstConflict, type Tok, type View } from './view';

const REQUIRED = new Set(['compulsory', 'mandatory', 'obligatory', 'required']);
const WORDS = /\b(?:without|compulsory|mandatory|obligatory|required)\b/i;
const mayTell = perSignature((s) => WORDS.test(s.text));

interface Mention {
  kind: 'without' | 'required';
  /** The noun's stem. */
  noun: string;
  /** The noun as written. */
  shown: string;
}

/** The head noun of the phrase from j: up to three words, no break or preposition, the last content word. */
function headFrom(t: Tok[], j: number): number {
  if (ARTICLES.has(t[j]?.low ?? '') || t[j]?.low === 'any') j++;
  let head = -1;
  for (let k = j; k < t.length && k < j + 3 && !t[k].brk && !PREPOSITIONS.has(t[k].low) && !isAux(t[k].low); k++) if (isContent(t[k]) && !t[k].num) head = k;
  return head;
}

const mentionsOf = (v: View): Mention[] => {
  const t = v.toks;
  const out: Mention[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k].low;
    if (w === 'without') {
      const h = headFrom(t, k + 1);
      if (h >= 0 && affirmedAt(v, k)) out.push({ kind: 'without', noun: t[h].st, shown: t[h].low });
    } else if (REQUIRED.has(w)) {
      // "quarantine is compulsory": the noun right before the verb
      if (isAux(t[k - 1]?.low ?? '') && t[k - 2] && isContent(t[k - 2]) && affirmedAt(v, k)) out.push({ kind: 'required', noun: t[k - 2].st, shown: t[k - 2].low });
      // "compulsory quarantine", "a mandatory six-month quarantine"
      else if (w !== 'required') {
        const h = headFrom(t, k + 1);
        if (h >= 0 && affirmedAt(v, k)) out.push({ kind: 'required', noun: t[h].st, shown: t[h].low });
      }
    }
  }
  return out;
};

const readMentions = perView(mentionsOf);

/** One side does without what the other says is required: "without quarantine" / "quarantine is compulsory". */
export function requirementConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  return firstConflict(a, b, mayTell, readMentions, (x, y, xa, xb) => {
    if (x.kind === y.kind || x.noun !== y.noun) return null;
    // (a side that says both, "without a visa, though one is required", tells no state of its own)
    if (xa.some((p) => p.kind !== x.kind && p.noun === x.noun) || xb.some((q) => q.kind !== y.kind && q.noun === y.noun)) return null;
    const [without, required] = x.kind === 'without' ? [x, y] : [y, x];
    return x.kind === 'without' ? `done without “${without.shown}” vs “${required.shown}” required` : `“${required.shown}” required vs done without “${without.shown}”`;
  });
}
