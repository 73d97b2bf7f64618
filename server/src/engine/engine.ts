import { analyzeText, isLinted, type DocumentAnalysis, type Sentence } from './analyze';
import type { Attribution } from './attribution/model';
import { RULES, ruleById } from './rules/registry';
import { docsUrl } from './rules/rule';
import type { Finding, RelatedLocation, SeveritySetting, SourceDocument, Span } from './types';

export interface LintConfig {
  /** Severity per rule id; `off` disables a rule. Unlisted rules use their own severity. */
  rules?: Record<string, SeveritySetting>;
}

export interface AttributionSummary {
  cue: string;
  source: string | null;
  /** The source as resolved ("he" → "John Kirby"). */
  resolved: string | null;
  vague: boolean;
  /** Why the source is vague, when it is. */
  vagueReason: string | null;
  how: Attribution['how'];
  /** Where the cue is (it may be in another sentence). */
  cueRange: Span;
}

export interface ClaimRecord {
  sentence: number;
  range: Span;
  text: string;
  attribution: AttributionSummary | null;
  links: RelatedLocation[];
}

export interface HoverInfo {
  range: Span;
  text: string;
  role: Sentence['role'];
  attribution: AttributionSummary | null;
  /** Why the sentence is or is not a claim. */
  claimReasons: string[];
  isClaim: boolean;
  findings: (Finding & { docs: string })[];
  links: RelatedLocation[];
}

interface Entry {
  doc: SourceDocument;
  analysis: DocumentAnalysis | null;
}

/**
 * The analysis engine's entry point. It holds the documents its host gives it
 * (open editors, files on disk) and answers lint, claims and hover queries.
 * It never reads files itself: hosts push text in with `set` and take it out
 * with `remove`, so the same engine serves the language server and the CLI.
 */
export class ClaimEngine {
  private readonly docs = new Map<string, Entry>();

  set(doc: SourceDocument): void {
    const prev = this.docs.get(doc.uri);
    if (prev && prev.doc.text === doc.text && prev.doc.format === doc.format) {
      prev.doc = doc;
      return;
    }
    this.docs.set(doc.uri, { doc, analysis: null });
  }

  remove(uri: string): void {
    this.docs.delete(uri);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  uris(): string[] {
    return [...this.docs.keys()];
  }

  analysis(uri: string): DocumentAnalysis | null {
    const e = this.docs.get(uri);
    if (!e) return null;
    if (!e.analysis) e.analysis = analyzeText(e.doc.text, e.doc.format);
    return e.analysis;
  }

  lint(uri: string, config: LintConfig = {}): Finding[] {
    const analysis = this.analysis(uri);
    if (!analysis) return [];
    const findings: Finding[] = [];
    for (const rule of RULES) {
      const setting = config.rules?.[rule.id];
      if (setting === 'off') continue;
      for (const f of rule.check({ uri, analysis })) {
        findings.push(setting ? { ...f, severity: setting } : f);
      }
    }
    findings.sort((a, b) => a.range.start - b.range.start || a.rule.localeCompare(b.rule));
    return findings;
  }

  /** Every sentence treated as a claim (attributed or not), with its attribution. */
  claims(uri: string): ClaimRecord[] {
    const a = this.analysis(uri);
    if (!a) return [];
    const text = a.parsed.original;
    return a.sentences
      .filter((s) => isLinted(s) && (s.attribution || s.claim?.claim))
      .map((s) => ({
        sentence: s.index,
        range: { ...s.span },
        text: text.slice(s.span.start, s.span.end),
        attribution: summarize(s.attribution),
        links: [],
      }));
  }

  hover(uri: string, offset: number, config: LintConfig = {}): HoverInfo | null {
    const a = this.analysis(uri);
    if (!a) return null;
    const s = a.sentences.find((x) => x.span.start <= offset && offset < x.span.end) ?? a.sentences.find((x) => x.span.end === offset);
    if (!s) return null;
    const findings = this.lint(uri, config)
      .filter((f) => f.sentence === s.index)
      .map((f) => ({ ...f, docs: docsUrl(ruleById(f.rule)!) }));
    return {
      range: { ...s.span },
      text: a.parsed.original.slice(s.span.start, s.span.end),
      role: s.role,
      attribution: summarize(s.attribution),
      claimReasons: s.claim?.reasons ?? [],
      isClaim: !!s.claim?.claim,
      findings,
      links: [],
    };
  }
}

export function summarize(a: Attribution | null): AttributionSummary | null {
  if (!a) return null;
  const src = a.cue.source;
  const vagueReason = a.cue.kind === 'hedge' ? `“${a.cue.text}” names no source` : a.cue.kind === 'passive' && !src ? `“${a.cue.text}” does not say by whom` : src?.vague ?? null;
  return {
    cue: a.cue.text,
    source: src?.text ?? null,
    resolved: src ? src.resolved : null,
    vague: vagueReason !== null,
    vagueReason,
    how: a.how,
    cueRange: { ...a.cue.span },
  };
}
