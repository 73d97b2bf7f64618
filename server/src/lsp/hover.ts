import { fileName, LineIndex, type AttributionHow, type HoverInfo, type Relation } from '../engine';

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

/** How a sentence came by an attribution whose cue lies elsewhere (nothing when the cue is its own). */
const HOW_NOTE: Record<AttributionHow, string> = {
  cue: '',
  quotation: ' (speaker of the quotation)',
  colon: ' (continues a quotation introduced with a colon)',
  'adjacent-quote': ' (same speaker as the neighbouring quote)',
  'paragraph-speaker': ' (the speaker quoted earlier in the paragraph)',
};

/** Link groups of a hover, in this order: what is at odds first, then what agrees, then what is only about the same event. */
const RELATION_ORDER: readonly Relation[] = ['contradicts', 'disputes', 'quote-variant', 'corroborates', 'same-event', 'name-variant', 'attribution'];
const HEADING: Record<Relation, string> = {
  contradicts: 'Contradicted by',
  disputes: 'Disputed by',
  'quote-variant': 'Quoted differently in',
  corroborates: 'Corroborated by',
  'same-event': 'Other statements about this event in',
  'name-variant': 'Spelled differently in',
  attribution: 'Attributed in',
};
/** Statements about the same event shown (the best scored); the others are counted. */
const SAME_EVENT_SHOWN = 3;

/** Renders the engine's hover data as Markdown. Links open the exact line of another file. */
/** A sentence in quotation marks, unless it is a quotation already ("“…”", a quote-variant's text). */
function quoted(s: string): string {
  return OPENING_QUOTE.test(s) ? s : `“${s}”`;
}
const OPENING_QUOTE = /^["“‘']/;

export function renderHover(h: HoverInfo, lookup: (uri: string) => LineIndex | null): string {
  const parts: string[] = [];
  if (h.role !== 'body') {
    parts.push(`**claimlint** · not checked: ${ROLE_LABEL[h.role] ?? h.role}.`);
    return parts.join('\n\n');
  }
  const a = h.attribution;
  if (a) {
    const who = !a.source ? 'no source named' : a.resolved && a.resolved !== a.source ? `attributed to ${esc(a.source)} → **${esc(a.resolved)}**` : `attributed to **${esc(a.source)}**`;
    parts.push(`**claimlint** · ${who} — cue “${esc(a.cue)}”${HOW_NOTE[a.how]}`);
    if (a.vague) parts.push(`Vague source: ${esc(a.vagueReason ?? '')}`);
    else if (a.unnamedReason) parts.push(`No vague source: ${esc(a.unnamedReason)}.`);
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
  for (const rel of RELATION_ORDER) {
    const links = groups.get(rel);
    if (!links) continue;
    const files = new Set(links.map((l) => l.uri)).size;
    parts.push(`**${HEADING[rel]} ${files} file${files === 1 ? '' : 's'}:**`);
    const shown = rel === 'same-event' ? links.slice(0, SAME_EVENT_SHOWN) : links;
    for (const l of shown) {
      const idx = lookup(l.uri);
      const line = idx ? idx.positionAt(l.range.start).line + 1 : 1;
      const name = fileName(l.uri);
      parts.push(`- [${esc(name)}:${line}](${l.uri}#L${line}) — ${quoted(esc(l.text.length > 160 ? l.text.slice(0, 159) + '…' : l.text))}`);
    }
    if (shown.length < links.length) parts.push(`- …and ${links.length - shown.length} more`);
  }
  return parts.join('\n\n');
}
