import { isLinted } from '../analyze';
import type { Finding } from '../types';
import type { Rule } from './rule';

export const vagueAttribution: Rule = {
  id: 'vague-attribution',
  description: 'A source that is vague or anonymous ("sources said", "reportedly", "media outlets reported").',
  defaultSeverity: 'warning',
  docs: 'docs/rules/vague-attribution.md',
  check({ analysis }) {
    const out: Finding[] = [];
    for (const s of analysis.sentences) {
      if (!isLinted(s)) continue;
      const named = s.cues.some((c) => c.source && !c.source.vague && c.kind !== 'hedge');
      // one finding per vague source, however many cues it has ("officials sought to depict…")
      const reported = new Set<number>();
      for (const c of s.cues) {
        let message: string | null = null;
        let range = c.span;
        if (c.kind === 'hedge') {
          message = `Vague attribution: “${c.text}” hedges the statement without saying who reported it.`;
        } else if (c.kind === 'passive' && !c.source) {
          message = `Vague attribution: “${c.text}” does not say by whom.`;
        } else if (c.source?.vague && !reported.has(c.source.span.start)) {
          reported.add(c.source.span.start);
          message = `Vague attribution: ${c.source.vague}.`;
          range = { start: c.source.span.start, end: Math.max(c.source.span.end, c.span.end) };
          if (c.source.span.start > c.span.start) range = { start: c.span.start, end: c.source.span.end };
        }
        if (!message) continue;
        out.push({
          rule: 'vague-attribution',
          severity: named ? 'info' : 'warning',
          message,
          range: { ...range },
          sentence: s.index,
          related: [],
        });
      }
    }
    return out;
  },
};
