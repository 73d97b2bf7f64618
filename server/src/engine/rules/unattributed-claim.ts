import { isLinted, isMostlyQuote } from '../analyze';
import type { Finding } from '../types';
import type { Rule } from './rule';
import { unattributedQuotations } from './unattributed-quote';

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  description: 'A factual statement in the article’s own voice with no source.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/unattributed-claim.md',
  check({ analysis, links, options }) {
    const out: Finding[] = [];
    const quoted = new Set(unattributedQuotations(analysis).map((q) => q.sentence));
    const text = analysis.parsed.text;
    for (const s of analysis.sentences) {
      if (!isLinted(s) || s.attribution || !s.claim?.claim || quoted.has(s.index)) continue;
      // (the words of a quotation no one is said to have said are someone's, not the article's own voice: the
      // quotation's own finding, where it opens, asks who said them)
      if (s.quotations.length && isMostlyQuote(text, s, analysis.quotations, s.quotations)) continue;
      const specific = s.claim.strength === 'specific';
      const why = specific ? ` It states ${joinReasons(s.claim.reasons)}: say who says so.` : ' Say who says so, or mark it as the writer’s background.';
      const corroborating = (links.get(s.index) ?? []).filter((l) => l.relation === 'corroborates');
      const files = new Set(corroborating.map((l) => l.uri)).size;
      const also = files ? ` ${files} other file${files === 1 ? '' : 's'} report${files === 1 ? 's' : ''} it too.` : '';
      out.push({
        rule: 'unattributed-claim',
        severity: specific && !(files && options.softenCorroborated) ? 'warning' : 'info',
        message: `Unattributed claim: this statement has no source.${why}${also}`,
        // (a dateline the sentence opens with is left out: it is no part of the statement)
        range: { start: s.span.start + (s.claim.skip ?? 0), end: s.span.end },
        sentence: s.index,
        related: corroborating,
      });
    }
    return out;
  },
};

function joinReasons(r: string[]): string {
  return r.length <= 1 ? r.join('') : `${r.slice(0, -1).join(', ')} and ${r[r.length - 1]}`;
}
