import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import { docsUrl, LineIndex, ruleById, type Finding, type Severity, type Span } from '../engine';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(index: LineIndex, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

/** Looks up another document's line index (for related locations). */
export type IndexLookup = (uri: string) => LineIndex | null;

export function toDiagnostic(f: Finding, index: LineIndex, lookup: IndexLookup): Diagnostic {
  const rule = ruleById(f.rule);
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of f.related) {
    const idx = lookup(r.uri);
    if (!idx) continue;
    related.push({ location: { uri: r.uri, range: toRange(idx, r.range) }, message: `${r.relation}: ${r.text}` });
  }
  const d: Diagnostic = {
    range: toRange(index, f.range),
    severity: SEVERITY[f.severity],
    source: 'claimlint',
    code: f.rule,
    message: f.message,
  };
  if (rule) d.codeDescription = { href: docsUrl(rule) };
  if (related.length) d.relatedInformation = related;
  if (f.severity === 'hint') d.tags = [] as DiagnosticTag[];
  return d;
}
