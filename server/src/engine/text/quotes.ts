import type { Span } from '../types';

/** A quotation: the marks and the words inside them. */
export interface Quotation {
  /** From the opening mark to the closing mark, inclusive. */
  span: Span;
  /** The quoted words, without the marks. */
  content: Span;
  /** Straight/curly double, or single. */
  mark: 'double' | 'single';
  /** Closed by the end of its paragraph rather than by a mark (news style for multi-paragraph quotes). */
  openEnded: boolean;
  /** Index of the quotation this one continues (a new paragraph opening with a mark after an open-ended one). */
  continues: number | null;
  words: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function countWords(s: string): number {
  return (s.match(WORD) ?? []).length;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined): boolean => c === undefined || /[\s([{\-–—/]/.test(c);

/**
 * Finds quotations in one block. Handles curly and straight double quotes,
 * single quotes only where they clearly open and close (not apostrophes in
 * let’s, Assad’s, ’90s), and quotes left open at the end of the block.
 */
export function findQuotations(text: string, block: Span): Quotation[] {
  const out: Quotation[] = [];
  let open: { at: number; mark: 'double' | 'single'; closer: string } | null = null;
  for (let i = block.start; i < block.end; i++) {
    const c = text[i];
    if (open) {
      const closes =
        open.mark === 'double'
          ? c === '”' || c === '"' || (c === '“' && false)
          : (c === '’' || c === "'") && !isLetter(text[i + 1]) && !isSpaceOrStart(text[i - 1]);
      if (closes) {
        push(open.at, i + 1, open.mark, false);
        open = null;
      }
      continue;
    }
    if (c === '“' || (c === '"' && !isLetter(text[i - 1]))) {
      open = { at: i, mark: 'double', closer: '”' };
    } else if ((c === '‘' || c === "'") && isSpaceOrStart(text[i - 1]) && isLetter(text[i + 1])) {
      // Only a single quote whose closing mark exists in the block counts.
      if (hasSingleCloser(text, i + 1, block.end)) open = { at: i, mark: 'single', closer: '’' };
    }
  }
  if (open && open.mark === 'double') push(open.at, block.end, 'double', true);
  return out;

  function push(start: number, end: number, mark: 'double' | 'single', openEnded: boolean): void {
    const contentStart = start + 1;
    const contentEnd = openEnded ? end : end - 1;
    const words = countWords(text.slice(contentStart, contentEnd));
    if (words === 0) return;
    out.push({ span: { start, end }, content: { start: contentStart, end: contentEnd }, mark, openEnded, continues: null, words });
  }
}

function hasSingleCloser(text: string, from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    const c = text[j];
    if ((c === '’' || c === "'") && !isLetter(text[j + 1]) && !isSpaceOrStart(text[j - 1])) {
      // s’ at a word end is usually a plural possessive ("officials’ view"); accept only
      // if it is followed by punctuation or the quote is long enough to be speech.
      return countWords(text.slice(from, j)) >= 2;
    }
  }
  return false;
}

/** Links quotations that continue across paragraphs (open-ended, then a paragraph opening with a mark). */
export function linkContinuations(quotes: Quotation[], blockOf: (qi: number) => number, blockStart: (b: number) => number): void {
  for (let i = 1; i < quotes.length; i++) {
    const prev = quotes[i - 1];
    const q = quotes[i];
    if (prev.openEnded && blockOf(i) === blockOf(i - 1) + 1 && q.span.start === blockStart(blockOf(i))) {
      q.continues = prev.continues ?? i - 1;
    }
  }
}
