/** Offsets are UTF-16 code-unit offsets into the document text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export type DocumentFormat = 'plaintext' | 'markdown';

export interface SourceDocument {
  /** Stable identifier chosen by the host (a URI or a path). */
  uri: string;
  text: string;
  format: DocumentFormat;
  /** Host version; analyses are cached per (uri, version). */
  version?: number;
}

export type Relation = 'attribution' | 'corroborates' | 'contradicts' | 'disputes' | 'quote-variant' | 'same-event' | 'name-variant';

export interface RelatedLocation {
  uri: string;
  range: Span;
  relation: Relation;
  text: string;
  score?: number;
  /** Why: the conflict, or the words that differ. */
  detail?: string;
  /** For quote links: the range of the quotation in the document being linted. */
  detailRange?: Span;
}

/** A finding is plain data: hosts turn it into diagnostics or CLI output. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Span;
  /** Index of the sentence the finding is about (for hovers). */
  sentence: number;
  related: RelatedLocation[];
  /** Edits the user may choose to make (editors offer them as quick fixes); never applied unasked. */
  suggestions?: Suggestion[];
}

/** A change a finding proposes: replace each range of the document with its text. */
export interface Suggestion {
  title: string;
  edits: { range: Span; newText: string }[];
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The file name of a uri or path, for messages ("seeds/002.txt" → "002.txt"). */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.split(/[\\/]/).pop() ?? uri);
}
