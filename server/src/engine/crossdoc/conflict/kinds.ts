/**
 * Two kinds of one thing: "open primaries" / "closed primaries", "legal immigrants" / "illegal immigrants". Two
 * sentences that name the same noun with opposite words of kind before it speak of two things, so neither a
 * conflict between them ("open primaries allow independents to vote" / "independents could not vote in the closed
 * primaries") nor their likeness ("… vote in the council elections") makes them one claim.
 */
import { ANTONYM_GROUPS } from '../../lexicon/antonyms';
import { stem } from '../normalize';
import type { ClaimSignature } from '../signature';
import { attributive } from './antonyms';
import { perView, viewOf, type View } from './view';

/**
 * Words of kind that are no antonymous predicates (the lexicon's adjective groups are kinds too): a thing can
 * be opened and closed in turn, but an open primary and a closed one are two primaries.
 */
const KIND_PAIRS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['open'], ['closed']],
  [['domestic'], ['foreign', 'international']],
  [['urban'], ['rural']],
  [['male'], ['female']],
  [['indoor'], ['outdoor']],
];

/** Each word of kind, as written ("closed", not the verb "opened"): its pair and side. */
const KIND_OF = new Map<string, { pair: string; side: number }>();
const addPair = (pair: string, a: readonly string[], b: readonly string[]): void => {
  for (const w of a) if (!w.includes(' ')) KIND_OF.set(w, { pair, side: 0 });
  for (const w of b) if (!w.includes(' ')) KIND_OF.set(w, { pair, side: 1 });
};
KIND_PAIRS.forEach(([a, b], k) => addPair(`kind ${k}`, a, b));
for (const g of ANTONYM_GROUPS) if (g.adjectives) addPair(g.name, g.a, g.b);

/** Negative prefixes of adjectives of kind ("illegal", "nonprofit", "unregistered"). */
const NEGATIVE_PREFIX = /^(?:il|im|in|ir|un|non-?)(?=\p{L}{4})/u;

/** The kinds a sentence names. */
interface Kinds {
  /** Per noun (stem), the words of kind right before it: `pair:side`, or `not:base` for a word negated by prefix. */
  marked: Map<string, string[]>;
  /** Every other word right before a noun, as `noun|word` (stems): what a word negated by prefix is the negation of. */
  plain: Set<string>;
}

const kindsOf = perView((v: View): Kinds => {
  const marked = new Map<string, string[]>();
  const plain = new Set<string>();
  const t = v.toks;
  for (let i = 0; i + 1 < t.length; i++) {
    const w = t[i];
    const noun = t[i + 1];
    // (before the noun it names things by, as the antonym rules read it: not after "a", "was a liberal writer" says
    // what someone is and still contradicts "a conservative writer"; not a name after a lower-case word)
    if (!w.word || (noun.cap && !w.cap) || !attributive(v, { at: i, len: 1 })) continue;
    const known = KIND_OF.get(w.low);
    const prefixed = known ? null : NEGATIVE_PREFIX.exec(w.low);
    if (!known && !prefixed) {
      plain.add(`${noun.st}|${w.st}`);
      continue;
    }
    const mark = known ? `${known.pair}:${known.side}` : `not:${stem(w.low.slice(prefixed![0].length))}`;
    const list = marked.get(noun.st);
    if (list) list.push(mark);
    else marked.set(noun.st, [mark]);
  }
  return { marked, plain };
});

/**
 * Whether the two sentences name one noun as two opposite kinds ("open primaries" / "closed primaries"), each
 * a kind the other does not name (two sentences that both tell of "edible and inedible products" are alike).
 */
export function otherKinds(a: ClaimSignature, b: ClaimSignature): boolean {
  const ka = kindsOf(viewOf(a));
  const kb = kindsOf(viewOf(b));
  if (ka.marked.size === 0 && kb.marked.size === 0) return false;
  return opposed(ka, kb) || opposed(kb, ka);
}

/** Whether `x` names a noun as a kind whose opposite only `y` names: two sides of one pair, or a word and its negation by prefix. */
function opposed(x: Kinds, y: Kinds): boolean {
  for (const [noun, marks] of x.marked) {
    const there = y.marked.get(noun);
    for (const m of marks) {
      if (there?.includes(m)) continue;
      const colon = m.indexOf(':');
      const kind = m.slice(0, colon);
      const value = m.slice(colon + 1);
      if (kind === 'not') {
        const base = `${noun}|${value}`;
        if (y.plain.has(base) && !x.plain.has(base)) return true;
      } else {
        const other = `${kind}:${value === '0' ? '1' : '0'}`;
        if (there?.includes(other) && !marks.includes(other)) return true;
      }
    }
  }
  return false;
}
