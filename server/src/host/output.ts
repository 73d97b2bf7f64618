import { LineIndex, type ClaimRecord, type Finding, type RelatedLocation, type Severity } from '../engine';

/** 1-based lines, 1-based UTF-16 columns, end exclusive, as editors count them. */
export interface Range1 {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function toRange1(index: LineIndex, start: number, end: number): Range1 {
  const a = index.positionAt(start);
  const b = index.positionAt(end);
  return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

export interface JsonRelated extends Range1 {
  path: string;
  relation: RelatedLocation['relation'];
  text: string;
  score?: number;
  /** Why, where a link says: the conflict ("different employers of …"), or the words two versions of a quote differ in. */
  detail?: string;
}

export interface JsonFinding extends Range1 {
  rule: string;
  severity: Severity;
  message: string;
  text: string;
  related: JsonRelated[];
  /** Edits the finding proposes (the editor's quick fixes), in this file; only when there are any. */
  suggestions?: JsonSuggestion[];
}

export interface JsonSuggestion {
  title: string;
  edits: (Range1 & { newText: string })[];
}

export interface JsonClaim extends Range1 {
  path: string;
  text: string;
  attribution: { cue: string; source: string | null; vague: boolean } | null;
  links: JsonRelated[];
}

/** Resolves another document's path and line index for related locations. */
export interface DocumentLookup {
  display(uri: string): string;
  index(uri: string): LineIndex | null;
}

export function relatedToJson(r: RelatedLocation, docs: DocumentLookup): JsonRelated {
  const idx = docs.index(r.uri);
  const range = idx ? toRange1(idx, r.range.start, r.range.end) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const out: JsonRelated = { path: docs.display(r.uri), ...range, relation: r.relation, text: r.text };
  if (r.score !== undefined) out.score = Math.round(r.score * 100) / 100;
  if (r.detail) out.detail = r.detail;
  return out;
}

export function findingToJson(f: Finding, text: string, index: LineIndex, docs: DocumentLookup): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...toRange1(index, f.range.start, f.range.end),
    text: text.slice(f.range.start, f.range.end),
    related: f.related.map((r) => relatedToJson(r, docs)),
    ...(f.suggestions?.length
      ? { suggestions: f.suggestions.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ ...toRange1(index, e.range.start, e.range.end), newText: e.newText })) })) }
      : {}),
  };
}

export function claimToJson(c: ClaimRecord, path: string, index: LineIndex, docs: DocumentLookup): JsonClaim {
  return {
    path,
    ...toRange1(index, c.range.start, c.range.end),
    text: c.text,
    attribution: c.attribution
      ? // the source as resolved: "he said" is attributed to the person "he" refers to
        { cue: c.attribution.cue, source: c.attribution.resolved ?? c.attribution.source, vague: c.attribution.vague }
      : null,
    links: c.links.map((l) => relatedToJson(l, docs)),
  };
}
