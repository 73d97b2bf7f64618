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
 * Two-character double quotes of typewriter and archive styles: ``…'' (TeX, the Penn Treebank,
 * Wikinews dumps) and ''…'' (the New York Times archive).
 */
const TEX_OPEN = '``';
const TWO_APOSTROPHES = "''";

/**
 * Finds quotations in one block. Handles curly and straight double quotes,
 * ``…'' and ''…'', single quotes only where they clearly open and close (not
 * apostrophes in let’s, Assad’s, ’90s), and quotes left open at the end of
 * the block.
 *
 * `opensInside`: the block before left a double quotation open. When this block closes a double quotation
 * before it opens any ("…conclusion,'' he said." after "``We were three words away from a deal."), the
 * quotation runs on from the block's start: a quote broken over two lines, as text with a sentence or a
 * wrapped line per line has it. A block with no mark at all is quoted whole and carries the quotation on (the
 * caller says so only when a later block closes it: see `analyzeText`). (A block that opens with a mark starts a
 * new quotation, the news style of a quote over several paragraphs: `linkContinuations` links the two.)
 */
export function findQuotations(text: string, block: Span, opensInside = false): Quotation[] {
  const out: Quotation[] = [];
  let open: { at: number; mark: 'double' | 'single'; length: number } | null = null;
  let carried = opensInside;
  for (let i = block.start; i < block.end; i++) {
    const c = text[i];
    if (carried) {
      if (closesCarried(text, i)) {
        const end = text.startsWith(TWO_APOSTROPHES, i) ? i + 2 : i + 1;
        push(block.start, end, 'double', false, 0, end - i);
        carried = false;
        i = end - 1;
        continue;
      }
      // (a mark that opens a quotation first: the one before stayed open, and this is another)
      if (opensDouble(text, i)) carried = false;
      else continue;
    }
    if (open) {
      const pair = open.mark === 'double' && text.startsWith(TWO_APOSTROPHES, i);
      // (an opening mark typed for the closing one: "…her here,“ said Clyburn", right after the words' punctuation)
      const closes =
        open.mark === 'double'
          ? c === '”' || c === '"' || pair || (c === '“' && /[,.!?]/.test(text[i - 1]) && !isLetter(text[i + 1]))
          : (c === '’' || c === "'") && !isLetter(text[i + 1]) && !isSpaceOrStart(text[i - 1]);
      if (closes) {
        const end = pair ? i + 2 : i + 1;
        push(open.at, end, open.mark, false, open.length, end - i);
        open = null;
        i = end - 1;
      }
      continue;
    }
    if (text.startsWith(TEX_OPEN, i) || (text.startsWith(TWO_APOSTROPHES, i) && isSpaceOrStart(text[i - 1]) && !isSpaceOrStart(text[i + 2]))) {
      open = { at: i, mark: 'double', length: 2 };
      i++;
    } else if (c === '“' || (c === '"' && !isLetter(text[i - 1]) && !strayCloser(text, i))) {
      open = { at: i, mark: 'double', length: 1 };
    } else if ((c === '‘' || c === "'") && isSpaceOrStart(text[i - 1]) && isLetter(text[i + 1])) {
      // Only a single quote whose closing mark exists in the block counts.
      if (hasSingleCloser(text, i + 1, block.end)) open = { at: i, mark: 'single', length: 1 };
    }
  }
  if (open && open.mark === 'double') push(open.at, block.end, 'double', true, open.length, 0);
  // (a block with no mark at all inside a quotation carried on: the whole block is quoted, and the quotation runs on)
  else if (carried) push(block.start, block.end, 'double', true, 0, 0);
  return out;

  /** `opener`, `closer`: the lengths of the marks (two for ``…'' and ''…''; none closes an open-ended quotation). */
  function push(start: number, end: number, mark: 'double' | 'single', openEnded: boolean, opener: number, closer: number): void {
    const contentStart = start + opener;
    const contentEnd = openEnded ? end : end - closer;
    const words = countWords(text.slice(contentStart, contentEnd));
    if (words === 0) return;
    out.push({ span: { start, end }, content: { start: contentStart, end: contentEnd }, mark, openEnded, continues: null, words });
  }
}

/**
 * What the first double quotation mark of a span does, read as `findQuotations` reads a block that opens inside a
 * quotation: "close" (it closes the quotation carried on), "open", or null when the span has no double mark.
 */
export function firstDoubleMark(text: string, span: Span): 'close' | 'open' | null {
  for (let i = span.start; i < span.end; i++) {
    if (closesCarried(text, i)) return 'close';
    if (opensDouble(text, i)) return 'open';
  }
  return null;
}

/** A mark at i that opens a double quotation inside a carried one (after `closesCarried` said it closes none). */
function opensDouble(text: string, i: number): boolean {
  return text.startsWith(TEX_OPEN, i) || text[i] === '“' || text[i] === '"';
}

/**
 * A straight mark at i that can only close a quotation, with none open: right after the words' punctuation, a
 * speech tag after it ("…its 16 pct share," said the ADB chief.", the opening mark lost in the copy).
 */
function strayCloser(text: string, i: number): boolean {
  return /[,.!?]/.test(text[i - 1] ?? '') && text[i + 1] === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '');
}

/**
 * A mark at i that closes a double quotation: ”, '' after a word, or a straight mark after a word or its
 * punctuation, or with no word right after it ("…that day has come. "" at the end of a line).
 */
function closesCarried(text: string, i: number): boolean {
  const c = text[i];
  if (c === '”') return true;
  if (text.startsWith(TWO_APOSTROPHES, i)) return i > 0 && !isSpaceOrStart(text[i - 1]);
  return c === '"' && ((i > 0 && !isSpaceOrStart(text[i - 1])) || !isLetter(text[i + 1]));
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
