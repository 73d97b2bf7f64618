/**
 * What one named source does about one named target, told two opposite ways:
 *
 * - it accuses the target, and it clears the target ("the Ethics Commission accuses Ilse Varn" /
 *   "the Ethics Commission said Ilse Varn did nothing wrong", "… cleared Ilse Varn");
 * - it would not say something, and it gave it ("the agency would not say in which ports the fish was
 *   sold" / "the agency published a list of the ports in which the fish was sold").
 *
 * Both need the same source named on both sides: an accuser and a court that clears the accused, a
 * company that would not say and a newspaper that found out, are two sources, not one told two ways.
 */
import type { ClaimSignature } from '../signature';
import { ARTICLES, BETWEEN, NAME_JOINERS, PREPOSITIONS, affirmedAt, asserted, differentNames, isAux, isContent, isNameTok, meets, nameKey, namesAfter, perSignature, perView, firstConflict, surface, viewOf, type Tok, type View } from './view';

/** Verbs that accuse the name after them ("accused Varn", "blames Varn"). */
const ACCUSE = new Set(['accuse', 'accuses', 'accused', 'accusing', 'blame', 'blames', 'blamed', 'blaming']);
/** Verbs that clear the name after them ("cleared Varn", "exonerated Varn"). */
const CLEAR = new Set(['clear', 'clears', 'cleared', 'exonerate', 'exonerates', 'exonerated', 'absolve', 'absolves', 'absolved']);
/** Verbs that report what a source found or said ("said Varn did nothing wrong", "concluded that …"). */
const SAYING = new Set(['said', 'says', 'say', 'found', 'finds', 'concluded', 'concludes', 'ruled', 'rules', 'stated', 'states', 'insisted', 'maintained', 'decided', 'determined']);
/** "did nothing wrong", "had done nothing wrong", "was not to blame", "was innocent", "was blameless". */
const INNOCENT: string[][] = [
  ['did', 'nothing', 'wrong'],
  ['done', 'nothing', 'wrong'],
  ['does', 'nothing', 'wrong'],
  ['was', 'not', 'to', 'blame'],
  ['is', 'not', 'to', 'blame'],
  ['were', 'not', 'to', 'blame'],
  ['was', 'innocent'],
  ['is', 'innocent'],
  ['was', 'blameless'],
  ['is', 'blameless'],
];

interface Stance {
  /** 'accused' or 'cleared'; 'withheld' or 'gave'. */
  kind: string;
  source: Set<string>;
  target: Set<string>;
  /** What was withheld or given: content words after the verb. */
  what?: Set<string>;
}

/** The names right before k past one comma ("former minister, Ilse Varn, did nothing wrong"). */
function namesRightBefore(t: Tok[], k: number): Set<string> {
  const out = new Set<string>();
  let j = k - 1;
  if (t[j]?.low === ',') j--;
  for (; j >= 0 && isNameTok(t[j], j); j--) out.add(nameKey(t[j]));
  return out;
}

/** The source of the nearest saying verb before k in the sentence ("the Ethics Commission said …"), or an empty set. */
function sayerBefore(v: View, k: number): Set<string> {
  const t = v.toks;
  for (let j = k - 1; j > 0; j--) if (SAYING.has(t[j].low)) return doerNamed(t, j);
  return new Set();
}

/**
 * The name that is the subject of the verb at k: right before it (past auxiliaries and adverbs), the
 * whole name ("the Ethics Commission", "the Board of Health"), and not after a preposition
 * ("prosecutors in Velna accused": the prosecutors are not Velna). Empty where there is none.
 */
function doerNamed(t: Tok[], k: number): Set<string> {
  let j = k - 1;
  while (j >= 0 && (isAux(t[j].low) || BETWEEN.has(t[j].low))) j--;
  const out = new Set<string>();
  let i = j;
  for (; i >= 0 && (isNameTok(t[i], i) || (NAME_JOINERS.has(t[i].low) && i > 0 && isNameTok(t[i - 1], i - 1) && out.size)); i--) if (isNameTok(t[i], i)) out.add(nameKey(t[i]));
  while (i >= 0 && ARTICLES.has(t[i].low)) i--;
  return i >= 0 && PREPOSITIONS.has(t[i].low) ? new Set() : out;
}


/** Whether the words of `phrase` stand at k. */
const phraseAt = (t: Tok[], k: number, phrase: string[]): boolean => phrase.every((w, n) => t[k + n]?.low === w);

/** Cheap test before tokenising: a word of an accusation, a clearing, or a refusal to say. */
const WORDS = /\b(?:accus|blam|clear|exonerat|absolv|nothing wrong|innocent|not to blame|would not|wouldn't|declined to|refused to|provided|gave|released|published|disclosed|revealed)/i;
const mayTakeStance = perSignature((s) => WORDS.test(s.text));

/** Verbs of giving what was asked for ("provided a list of the ports", "disclosed the price"). */
const GAVE = new Set(['provided', 'provides', 'gave', 'gives', 'released', 'releases', 'published', 'publishes', 'disclosed', 'discloses', 'revealed', 'reveals']);
/** Verbs of telling that a refusal withholds ("would not say", "declined to disclose"). */
const TELL = new Set(['say', 'disclose', 'reveal', 'name', 'identify', 'specify', 'give', 'provide', 'release', 'publish', 'confirm']);
/** Words of what is given that say nothing of what it is about. */
const GENERIC = new Set(['list', 'detail', 'details', 'information', 'figure', 'figures', 'data', 'number', 'name', 'names']);

/** Content words after k in its clause, up to eight words on, past "in which", "how", "where" (the refusal's object). */
function whatAfter(t: Tok[], k: number): Set<string> {
  const out = new Set<string>();
  for (let j = k + 1; j < t.length && j <= k + 9; j++) {
    if ((t[j].brk && !/^(?:which|whom|whose)$/.test(t[j].low)) || t[j].low === '.') break;
    if (isContent(t[j]) && !GENERIC.has(t[j].low)) out.add(t[j].st);
  }
  return out;
}

/** The stances a sentence takes, memoised with its view. */
const stancesOf = perView((v: View): Stance[] => {
  const out: Stance[] = [];
  const t = v.toks;
  for (let k = 1; k < t.length; k++) {
    const w = t[k].low;
    if (ACCUSE.has(w) || CLEAR.has(w)) {
      // "A accused B" (not "A was accused", "B accused of", "accused of" a noun) stated plainly
      if (!affirmedAt(v, k) || /^(?:is|are|was|were|be|been|being)$/.test(t[k - 1].low)) continue;
      const source = doerNamed(t, k);
      const target = namesAfter(t, k);
      if (source.size && target.size && differentNames(source, target)) out.push({ kind: ACCUSE.has(w) ? 'accused' : 'cleared', source, target });
      continue;
    }
    const innocent = INNOCENT.find((p) => phraseAt(t, k, p));
    if (innocent && asserted(v, k)) {
      const target = namesRightBefore(t, k);
      const source = sayerBefore(v, k);
      if (source.size && target.size && differentNames(source, target)) out.push({ kind: 'cleared', source, target });
      continue;
    }
    // "would not say", "wouldn't say", "declined to disclose", "refused to name"
    let tell = -1;
    if (TELL.has(t[k].low) && (t[k - 1].low === 'not' || t[k - 1].low === "n't") && t[k - 2]?.low === 'would') tell = k - 2;
    else if (TELL.has(t[k].low) && t[k - 1].low === 'to' && /^(?:declined|refused|declines|refuses)$/.test(t[k - 2]?.low ?? '')) tell = k - 2;
    if (tell > 0 && asserted(v, k)) {
      const source = doerNamed(t, tell);
      const what = whatAfter(t, k);
      if (source.size && what.size >= 2) out.push({ kind: 'withheld', source, target: source, what });
      continue;
    }
    if (GAVE.has(w) && affirmedAt(v, k)) {
      const source = doerNamed(t, k);
      const what = whatAfter(t, k);
      if (source.size && what.size >= 2) out.push({ kind: 'gave', source, target: source, what });
    }
  }
  return out;
});

const OPPOSITE: Readonly<Record<string, string>> = { accused: 'cleared', cleared: 'accused', withheld: 'gave', gave: 'withheld' };

/** One named source accusing and clearing one named target, or withholding and giving one thing. */
export function stanceConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  return firstConflict(a, b, mayTakeStance, stancesOf, (x, y) => {
    if (OPPOSITE[x.kind] !== y.kind) return null;
    if (!meets(x.source, y.source) || !meets(x.target, y.target)) return null;
    // the same thing withheld and given: two words of it on both sides ("states", "pills")
    if (x.what && y.what && [...x.what].filter((s) => y.what!.has(s)).length < 2) return null;
    const who = surface(viewOf(a).toks, x.what ? x.source : x.target) || [...x.target].join(' ');
    return x.what ? `withheld and given by ${who}` : `${who} both accused and cleared`;
  });
}

