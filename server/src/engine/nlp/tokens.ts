import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../types';

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

function instance(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['pos']);
  return nlp;
}

/**
 * Tokenises and POS-tags one span of the analysis text with wink-nlp, and
 * recovers each token's offsets (wink gives values and spacing, not offsets).
 */
export function tokenize(text: string, span: Span): Token[] {
  const body = text.slice(span.start, span.end);
  if (!body.trim()) return [];
  const n = instance();
  const its = n.its;
  const doc = n.readDoc(body);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const at = body.indexOf(v, cursor);
    if (at < 0) continue; // wink normalised the token; skip it rather than guess offsets
    cursor = at + v.length;
    out.push({ start: span.start + at, end: span.start + at + v.length, text: v, lower: v.toLowerCase(), pos: tags[i] as Pos });
  }
  return out;
}
