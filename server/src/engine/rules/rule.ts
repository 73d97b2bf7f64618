import type { DocumentAnalysis } from '../analyze';
import type { NameMention } from '../crossdoc/signature';
import type { Finding, RelatedLocation, Severity } from '../types';

export interface NameVariant {
  mention: NameMention;
  other: RelatedLocation;
}

export interface RuleContext {
  uri: string;
  analysis: DocumentAnalysis;
  /** Cross-document links of each sentence (by sentence index), from the workspace index. */
  links: ReadonlyMap<number, RelatedLocation[]>;
  nameVariants: readonly NameVariant[];
  options: { softenCorroborated: boolean };
}

/** A check: an id other tools can rely on, documentation, and a pure check function. */
export interface Rule {
  id: string;
  description: string;
  /** Severity used when the user configures none; a rule may lower it per finding (see docs). */
  defaultSeverity: Severity;
  /** Path of the rule's documentation page, relative to the project root. */
  docs: string;
  check(ctx: RuleContext): Finding[];
}

export const DOCS_BASE = 'https://github.com/claimlint/claimlint/blob/main/';

export function docsUrl(rule: Rule): string {
  return DOCS_BASE + rule.docs;
}

export function quoteText(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
