import { fileName, LineIndex, type HoverInfo } from '../engine';

const ROLE_LABEL: Record<string, string> = {
  headline: 'a headline',
  dateline: 'a dateline',
  byline: 'a byline',
  credit: 'a credit line',
  caption: 'a photo caption',
  category: 'a category line',
  timestamp: 'a timestamp',
  boilerplate: 'publisher boilerplate',
};

function esc(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}

/** Renders the engine's hover data as Markdown. Links open the exact line of another file. */
export function renderHover(h: HoverInfo, lookup: (uri: string) => LineIndex | null): string {
  const parts: string[] = [];
  if (h.role !== 'body') {
    parts.push(`**claimlint** · not checked: ${ROLE_LABEL[h.role] ?? h.role}.`);
    return parts.join('\n\n');
  }
  const a = h.attribution;
  if (a) {
    const who = a.resolved && a.resolved !== a.source ? `${esc(a.source ?? '')} → **${esc(a.resolved)}**` : `**${esc(a.source ?? '(no source named)')}**`;
    const how =
      a.how === 'cue' ? '' : a.how === 'quotation' ? ' (speaker of the quotation)' : a.how === 'colon' ? ' (continues a quotation introduced with a colon)' : ' (same speaker as the neighbouring quote)';
    parts.push(`**claimlint** · attributed to ${who} — cue “${esc(a.cue)}”${how}`);
    if (a.vague) parts.push(`Vague source: ${esc(a.vagueReason ?? '')}`);
  } else if (h.isClaim) {
    parts.push(`**claimlint** · claim in the article’s own voice with **no attribution**${h.claimReasons.length ? ` (states ${h.claimReasons.join(', ')})` : ''}.`);
  } else {
    parts.push(`**claimlint** · not a claim${h.claimReasons.length ? `: ${h.claimReasons.join(', ')}` : ''}.`);
  }
  for (const f of h.findings) parts.push(`- \`${f.rule}\` (${f.severity}): ${esc(f.message)} [docs](${f.docs})`);
  const groups = new Map<string, typeof h.links>();
  for (const l of h.links) {
    if (!groups.has(l.relation)) groups.set(l.relation, []);
    groups.get(l.relation)!.push(l);
  }
  const heading: Record<string, string> = {
    corroborates: 'Corroborated by',
    contradicts: 'Contradicted by',
    disputes: 'Disputed by',
    'quote-variant': 'Quoted differently in',
    'name-variant': 'Spelled differently in',
    attribution: 'Attributed in',
  };
  for (const [rel, links] of groups) {
    const files = new Set(links.map((l) => l.uri)).size;
    parts.push(`**${heading[rel] ?? rel} ${files} file${files === 1 ? '' : 's'}:**`);
    for (const l of links) {
      const idx = lookup(l.uri);
      const line = idx ? idx.positionAt(l.range.start).line + 1 : 1;
      const name = fileName(l.uri);
      parts.push(`- [${esc(name)}:${line}](${l.uri}#L${line}) — “${esc(l.text.length > 160 ? l.text.slice(0, 159) + '…' : l.text)}”`);
    }
  }
  return parts.join('\n\n');
}
