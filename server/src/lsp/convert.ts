import { CodeActionKind, DiagnosticSeverity, TextDocumentEdit, type CodeAction, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation, type Range, type TextEdit } from 'vscode-languageserver';
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

/** What a diagnostic carries for its quick fixes (`Diagnostic.data`, handed back by the client). */
export interface DiagnosticData {
  suggestions: { title: string; edits: TextEdit[] }[];
}

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
  if (f.suggestions?.length) {
    const data: DiagnosticData = { suggestions: f.suggestions.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ range: toRange(index, e.range), newText: e.newText })) })) };
    d.data = data;
  }
  if (f.severity === 'hint') d.tags = [] as DiagnosticTag[];
  return d;
}

/**
 * The quick fixes of the claimlint diagnostics a client sends with a code-action request. Only
 * diagnostics published for the document's current version count (`isCurrent`): the ranges of an
 * older one may no longer hold what its fix replaces. Each edit names that version, so a client
 * applies none to a document changed since.
 */
export function quickFixes(uri: string, version: number, diagnostics: readonly Diagnostic[], isCurrent: (d: Diagnostic) => boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'claimlint' || !isCurrent(d)) continue;
    const data = d.data as Partial<DiagnosticData> | undefined;
    for (const s of Array.isArray(data?.suggestions) ? data.suggestions : []) {
      actions.push({
        title: s.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { documentChanges: [TextDocumentEdit.create({ uri, version }, s.edits)] },
      });
    }
  }
  return actions;
}
