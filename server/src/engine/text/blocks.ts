import type { Span } from '../types';

/**
 * What a block of an article is. Only `body` (and `quote`) blocks carry claims;
 * the others are furniture that is never flagged.
 */
export type BlockRole =
  | 'body'
  | 'headline'
  | 'dateline'
  | 'byline'
  | 'credit'
  | 'caption'
  | 'category'
  | 'timestamp'
  | 'boilerplate';

export interface Block {
  span: Span;
  role: BlockRole;
  /** Markdown block quote, or an indented quotation introduced by a colon. */
  blockquote: boolean;
  /** Markdown heading (always role `headline`). */
  heading: boolean;
}

export interface ParsedDocument {
  /** The original text. */
  original: string;
  /**
   * The analysis text: same length and offsets as `original`, with everything
   * that is not article prose (Markdown syntax, code, front matter, HTML,
   * control characters, BOM) replaced by spaces.
   */
  text: string;
  blocks: Block[];
}
