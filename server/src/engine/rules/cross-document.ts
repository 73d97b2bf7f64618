import { isLinted } from '../analyze';
import { fileName, type Finding, type RelatedLocation } from '../types';
import { quoteText, type Rule, type RuleContext } from './rule';

/** Findings for sentences whose links include `relation`, filtered by whether the sentence is attributed. */
function linkFindings(ctx: RuleContext, rule: string, relation: RelatedLocation['relation'], attributed: boolean, message: (l: RelatedLocation) => string): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.analysis.sentences) {
    if (!isLinted(s) || !!s.attribution !== attributed) continue;
    const related = (ctx.links.get(s.index) ?? []).filter((l) => l.relation === relation);
    if (related.length === 0) continue;
    out.push({ rule, severity: 'warning', message: message(related[0]) + (related.length > 1 ? ` (and ${related.length - 1} more)` : ''), range: { ...s.span }, sentence: s.index, related });
  }
  return out;
}

export const contradictedClaim: Rule = {
  id: 'contradicted-claim',
  description: 'A claim in the article’s own voice that another file in the workspace contradicts.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/contradicted-claim.md',
  check(ctx) {
    return linkFindings(ctx, 'contradicted-claim', 'contradicts', false, (l) => `Contradicted by ${fileName(l.uri)}: ${l.detail}: “${quoteText(l.text, 80)}”`);
  },
};

export const disputedClaim: Rule = {
  id: 'disputed-claim',
  description: 'An attributed statement that conflicts with what another source says in another file.',
  defaultSeverity: 'info',
  docs: 'docs/rules/disputed-claim.md',
  check(ctx) {
    return [
      ...linkFindings(ctx, 'disputed-claim', 'disputes', true, (l) => `Disputed in ${fileName(l.uri)}: ${l.detail}: “${quoteText(l.text, 80)}”`),
      ...linkFindings(ctx, 'disputed-claim', 'contradicts', true, (l) => `Disputed in ${fileName(l.uri)}: ${l.detail}: “${quoteText(l.text, 80)}”`),
    ].map((f) => ({ ...f, severity: 'info' as const }));
  },
};

export const quoteMismatch: Rule = {
  id: 'quote-mismatch',
  description: 'A quotation that differs from the same speaker’s quotation in another file.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/quote-mismatch.md',
  check(ctx) {
    const out: Finding[] = [];
    const best = bestQuoteMatches(ctx);
    for (const s of ctx.analysis.sentences) {
      for (const l of ctx.links.get(s.index) ?? []) {
        if (l.relation !== 'quote-variant' || !best(l)) continue;
        out.push({
          rule: 'quote-mismatch',
          severity: 'warning',
          message: `Quoted differently in ${fileName(l.uri)}: ${l.detail}`,
          range: l.detailRange ?? { ...s.span },
          sentence: s.index,
          related: [l],
        });
      }
    }
    return out;
  },
};

/**
 * Whether a link between two quotations pairs each with its closest version in the other's file: none
 * of this file's quotations matches the other quotation better, and none of the other file's matches
 * this one better. An article that quotes a speaker twice ("It's official: I'm hosting the #Oscars!" and
 * "I am so excited to be hosting the Oscars…") has each quote's version in another report matched to
 * its own, not to the one they share a few words with.
 */
function bestQuoteMatches(ctx: RuleContext): (l: RelatedLocation) => boolean {
  // the best score of a link from each of this file's quotations to each other file, and to each other quotation
  const fromHere = new Map<string, number>();
  const toThere = new Map<string, number>();
  const raise = (m: Map<string, number>, k: string, v: number): void => {
    if (v > (m.get(k) ?? -Infinity)) m.set(k, v);
  };
  const keys = (l: RelatedLocation): [string, string] => [`${l.detailRange!.start}\u0000${l.uri}`, `${l.uri}\u0000${l.range.start}`];
  const quoteLinks = [...ctx.links.values()].flat().filter((l) => l.detailRange && (l.relation === 'quote-variant' || l.relation === 'corroborates'));
  for (const l of quoteLinks) {
    const [here, there] = keys(l);
    raise(fromHere, here, l.score ?? 0);
    raise(toThere, there, l.score ?? 0);
  }
  return (l) => {
    const [here, there] = keys(l);
    const score = l.score ?? 0;
    return score >= (fromHere.get(here) ?? 0) && score >= (toThere.get(there) ?? 0);
  };
}

export const nameVariant: Rule = {
  id: 'name-variant',
  description: 'A name spelled differently in another file of the workspace.',
  defaultSeverity: 'info',
  docs: 'docs/rules/name-variant.md',
  check(ctx) {
    return ctx.nameVariants.map((v) => {
      const s = ctx.analysis.sentences.find((x) => x.span.start <= v.mention.span.start && v.mention.span.start < x.span.end);
      return {
        rule: 'name-variant',
        severity: 'info' as const,
        message: `“${v.mention.surface}” is spelled “${v.other.text}” in ${fileName(v.other.uri)}.`,
        range: { ...v.mention.span },
        sentence: s?.index ?? 0,
        related: [v.other],
        // which spelling is right is the editor's call: offered, never applied
        suggestions: [{ title: `Spell it “${v.other.text}”, as ${fileName(v.other.uri)} does`, edits: [{ range: { ...v.mention.span }, newText: v.other.text }] }],
      };
    });
  },
};
