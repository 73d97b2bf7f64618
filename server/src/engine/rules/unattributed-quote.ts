import { isLinted, type DocumentAnalysis, type Sentence } from '../analyze';
import type { Finding, Span } from '../types';
import { quoteText, type Rule } from './rule';

/** Quotations long enough to be speech (not a term in scare quotes) that no one is said to have said. */
export function unattributedQuotations(a: DocumentAnalysis): { span: Span; sentence: number; text: string }[] {
  const out: { span: Span; sentence: number; text: string }[] = [];
  const text = a.parsed.text;
  // the sentence where each quotation starts, in one pass
  const startsIn = new Map<number, Sentence>();
  for (const x of a.sentences) for (const qi of x.quotations) if (!startsIn.has(qi)) startsIn.set(qi, x);
  a.quotations.forEach((q, qi) => {
    if (a.quotationAttribution[qi] || q.continues !== null) return;
    const s = startsIn.get(qi);
    if (!s || !isLinted(s)) return;
    if (s.attribution && s.attribution.cue.kind !== 'hedge') return;
    const content = text.slice(q.content.start, q.content.end);
    if (isTerm(content, q.words) || (/^\p{Lu}/u.test(content) && WORK_BEFORE.test(text.slice(Math.max(0, q.span.start - 24), q.span.start)))) return;
    if (modifiesNoun(text, q.span)) return;
    out.push({ span: q.span, sentence: s.index, text: content });
  });
  return out;
}

/**
 * A name or term in quotation marks: short, or in Title Case ("Cessation of Hostilities", "Room with a View":
 * the small words of a title may stay lower case).
 */
function isTerm(content: string, words: number): boolean {
  if (words < 4) return true;
  const ws = content.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = ws.filter((w) => w.length > 3 && !TITLE_SMALL_WORDS.has(w));
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w)) && words <= 8;
}

/**
 * A quotation standing where a modifier of a noun does, a determiner before it and the noun after it: the name of
 * a thing, not words anyone said ("included in the “bank lending in sterling to the U.K. private sector” component").
 */
function modifiesNoun(text: string, span: Span): boolean {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start))) return false;
  const next = NOUN_AFTER.exec(text.slice(span.end, span.end + 24));
  return !!next && !NOT_A_NOUN.test(next[1]);
}
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her)\s+$/i;
const NOUN_AFTER = /^\s+(\p{Ll}+)/u;
const NOT_A_NOUN = /^(?:he|she|they|it|we|i|you|said|says|say|and|or|but|is|was|are|were|to|of|in|on|at|for|by|with|from|as|that|which|who)$/;

/** Words of four letters or more that a title may leave in lower case. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'than', 'that', 'about', 'under', 'after', 'without', 'through', 'between', 'against', 'during', 'before', 'toward', 'towards']);

/**
 * A work named before the quotation marks, whose title opens with a capital: "Ruiz' commentary, “Tell your
 * story,” is…", "a book titled “…”", "headlines such as “…”", "the campaign slogan is “…”" (not a review's words: "The
 * film, “a masterpiece of quiet devastation,”").
 */
const WORK_BEFORE = /\b(?:commentary|column|op-ed|editorial|essay|article|book|memoir|novel|film|movie|documentary|song|album|poem|episode|headlines?(?: such as| like)?|titled|entitled|(?:slogan|motto|tagline)s?(?: is| was)?|subject line)[,:]?\s*$/i;

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  description: 'A quotation with no speaker.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/unattributed-quote.md',
  check({ analysis }) {
    return unattributedQuotations(analysis).map(
      (q): Finding => ({
        rule: 'unattributed-quote',
        severity: 'warning',
        message: `Quotation with no speaker: who said “${quoteText(q.text)}”?`,
        range: { ...q.span },
        sentence: q.sentence,
        related: [],
      }),
    );
  },
};
