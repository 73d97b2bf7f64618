import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import allowed from 'wink-nlp/src/allowed.js';
import type { Span } from '../types';
import { StringMemo } from '../util/memo';

/** Universal POS tags as wink-nlp assigns them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token extends Span {
  text: string;
  lower: string;
  pos: Pos;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
}

/**
 * wink-nlp learns every new word into a lexicon cache shared by all documents,
 * and its tokenizer consults that cache ("is `Ltd's` a known word?"): without
 * this, how a text is tokenised would depend on which documents were read
 * before it ("<Northern Telecom Ltd's>" in one story teaches it `Ltd's`, and
 * "Hitachi Ltd's" in the next stops being split). Results would differ
 * between the CLI and the server, or between one thread and two. So the
 * cache's lookup is made to see only the model's own lexicon: learned words
 * still get their features, but never change tokenisation.
 */
function forgetLearnedWords(n: Nlp): void {
  let cache: WinkCache | null = null;
  // `out()` only calls `its` functions it knows: register one that hands over the document's cache.
  const grab = (_index: number, rdd: { cache: WinkCache }): number => {
    cache = rdd.cache;
    return 0;
  };
  allowed.its4token.add(grab);
  n.readDoc('x').tokens().out(grab as unknown as typeof n.its.value);
  allowed.its4token.delete(grab);
  const c = cache as WinkCache | null;
  const intrinsic = typeof c?.intrinsicSize === 'function' ? c.intrinsicSize() : NaN;
  if (!c || typeof c.lookup !== 'function' || !Number.isInteger(intrinsic)) throw new Error('wink-nlp internals changed: cannot pin its tokeniser');
  // Only the tokeniser's questions are answered from the model alone: while a word is being
  // added (its features computed), the model's feature functions see the learned words too.
  const { lookup, add } = c;
  modelLookup = (text) => {
    const found = lookup(text);
    return found !== null && found.length === 1 && found[0] < intrinsic;
  };
  let adding = 0;
  c.add = (text, category) => {
    adding++;
    try {
      return add(text, category);
    } finally {
      adding--;
    }
  };
  c.lookup = (text) => {
    const found = lookup(text);
    return adding === 0 && found !== null && found.length === 1 && found[0] >= intrinsic ? null : found;
  };
}

/** Whether a string is in the model's own lexicon (set up with the instance). */
let modelLookup: ((text: string) => boolean) | null = null;

/**
 * Whether a word, in lower case, is an English word the model knows ("gross", "loss"), as opposed
 * to a name it has never seen ("raqa"). A capitalised word opening a sentence may be either.
 */
export function isKnownWord(word: string): boolean {
  instance();
  return modelLookup!(word.toLowerCase());
}

/** An English inflection a word the lexicon lacks may carry ("Picketing", "Reopened", "Studies"). */
const INFLECTED = /(?:ing|ed|es|s)$/;

/**
 * Whether a word is one the model knows, as it is or inflected: "picketing", "closing" (close), "stopped"
 * (stop), "studies" (study), "heifers" (heifer).
 */
export function isKnownWordForm(word: string): boolean {
  const w = word.toLowerCase();
  if (isKnownWord(w)) return true;
  const m = INFLECTED.exec(w);
  if (!m) return false;
  const base = w.slice(0, m.index);
  if (base.length < 2) return false;
  return [base, base + 'e', base.endsWith('i') ? base.slice(0, -1) + 'y' : '', /(.)\1$/.test(base) ? base.slice(0, -1) : ''].some((b) => b !== '' && isKnownWord(b));
}

function instance(): Nlp {
  if (!nlp) {
    nlp = winkNLP(model, ['pos']);
    forgetLearnedWords(nlp);
  }
  return nlp;
}

const NUMBER = /^\d+(?:[.,]\d+)*$/;

/**
 * A paragraph's tokens in a compact form: each token's text (wink's own string for it), tag and
 * start relative to the paragraph (its end is its start plus its length).
 */
interface ParagraphTokens {
  text: readonly string[];
  pos: readonly Pos[];
  starts: readonly number[];
}

const NO_TOKENS: ParagraphTokens = { text: [], pos: [], starts: [] };

/** Tokens of recently seen paragraphs (see `StringMemo`). */
const memo = new StringMemo<ParagraphTokens>(1024);

/**
 * Tokenises and POS-tags one span of the analysis text with wink-nlp, and
 * recovers each token's offsets (wink gives values and spacing, not offsets).
 * Tokens depend on the span's text alone (see `forgetLearnedWords`), so a
 * paragraph seen recently is not tokenised again.
 */
export function tokenize(text: string, span: Span): Token[] {
  const p = memo.through(text.slice(span.start, span.end), tokenizeBody);
  const out: Token[] = new Array(p.text.length);
  for (let i = 0; i < out.length; i++) {
    const v = p.text[i];
    const start = p.starts[i] + span.start;
    out[i] = { start, end: start + v.length, text: v, lower: v.toLowerCase(), pos: p.pos[i] };
  }
  return out;
}

function tokenizeBody(body: string): ParagraphTokens {
  if (!body.trim()) return NO_TOKENS;
  const n = instance();
  const its = n.its;
  const doc = n.readDoc(body);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as Pos[];
  // (the two arrays wink gave are kept, with the tokens whose offsets are not found taken out)
  const starts: number[] = new Array(values.length);
  let kept = 0;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const at = body.indexOf(v, cursor);
    if (at < 0) continue; // wink normalised the token; skip it rather than guess offsets
    cursor = at + v.length;
    values[kept] = v;
    // wink keeps the tag class a string had when first learned ("490" once learned as a word stays
    // PROPN): a plain number is a number whatever was read before
    tags[kept] = NUMBER.test(v) ? 'NUM' : tags[i];
    starts[kept] = at;
    kept++;
  }
  values.length = kept;
  tags.length = kept;
  starts.length = kept;
  return { text: values, pos: tags, starts };
}
