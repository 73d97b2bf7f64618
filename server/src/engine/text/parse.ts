import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { DocumentFormat } from '../types';
import type { Block, BlockRole, ParsedDocument } from './blocks';
import { classifyBlock } from './roles';

/** Replaces control characters (but not newlines), the BOM and U+FFFD with spaces. */
function maskControl(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f\ufeff\ufffd\u2028\u2029]/g, ' ');
}

export function parseDocument(original: string, format: DocumentFormat): ParsedDocument {
  return format === 'markdown' ? parseMarkdown(original) : parsePlainText(original);
}

interface RawBlock {
  start: number;
  end: number;
  blockquote: boolean;
  heading: boolean;
}

function finish(original: string, text: string, raw: RawBlock[]): ParsedDocument {
  const blocks: Block[] = [];
  let beforeBody = true;
  for (const r of raw) {
    // Trim whitespace so spans start and end on text.
    let { start, end } = r;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) continue;
    const role: BlockRole = r.blockquote ? 'body' : classifyBlock(text.slice(start, end), { beforeBody, heading: r.heading });
    if (role === 'body') beforeBody = false;
    blocks.push({ span: { start, end }, role, blockquote: r.blockquote, heading: r.heading });
  }
  return { original, text, blocks };
}

/**
 * Plain text: a non-empty line is a paragraph (wire copy and web scrapes put one
 * paragraph per line), unless the file is hard-wrapped, in which case blank
 * lines separate paragraphs.
 */
export function parsePlainText(original: string): ParsedDocument {
  const text = maskControl(original);
  const lines: { start: number; end: number }[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m[0].length > 0) {
    const start = m.index;
    const end = start + m[0].replace(/\n$/, '').length;
    lines.push({ start, end });
    if (re.lastIndex >= text.length) break;
  }
  const nonEmpty = lines.filter((l) => text.slice(l.start, l.end).trim().length > 0);
  const wrapped = isHardWrapped(text, nonEmpty);
  const raw: RawBlock[] = [];
  let cur: RawBlock | null = null;
  for (const l of lines) {
    const s = text.slice(l.start, l.end);
    const blank = s.trim().length === 0;
    const indentedStart = /^\s{2,}\S/.test(s) || /^\t/.test(original.slice(l.start, l.end));
    if (blank) {
      cur = null;
      continue;
    }
    if (wrapped && cur && !(indentedStart && endsSentence(text.slice(cur.start, cur.end)))) {
      cur.end = l.end;
      continue;
    }
    cur = { start: l.start, end: l.end, blockquote: false, heading: false };
    raw.push(cur);
    if (!wrapped) cur = null;
  }
  return finish(original, text, raw);
}

function endsSentence(s: string): boolean {
  return /[.!?:"”’)]\s*$/.test(s);
}

/**
 * Hard-wrapped text: lines are short and a paragraph's lines run on, so many
 * lines are followed by a line that starts in lower case.
 */
function isHardWrapped(text: string, lines: { start: number; end: number }[]): boolean {
  if (lines.length < 4) return false;
  let short = 0;
  let runOn = 0;
  let pairs = 0;
  for (let i = 0; i < lines.length; i++) {
    const s = text.slice(lines[i].start, lines[i].end).trimEnd();
    if (s.length <= 100) short++;
    const next = lines[i + 1];
    if (!next || text.slice(lines[i].end, next.start).split('\n').length > 2) continue; // blank line between
    pairs++;
    if (/^\s*[\p{Ll}(]/u.test(text.slice(next.start, next.end)) && !endsSentence(s)) runOn++;
  }
  return short / lines.length > 0.9 && pairs > 0 && runOn / pairs >= 0.25;
}

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  depth?: number;
}

/**
 * Markdown: parsed with mdast (CommonMark + front matter). Only the text of
 * paragraphs, headings, list items and block quotes is kept; everything else
 * (code, HTML, front matter, link targets, emphasis markers) is masked.
 */
export function parseMarkdown(original: string): ParsedDocument {
  const masked = maskControl(original);
  const keep = new Uint8Array(masked.length);
  const raw: RawBlock[] = [];
  let tree: MdNode;
  try {
    tree = fromMarkdown(masked, {
      extensions: [frontmatter(['yaml', 'toml'])],
      mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
    }) as unknown as MdNode;
  } catch {
    return parsePlainText(original);
  }
  const offsets = (n: MdNode): [number, number] | null => {
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    return s === undefined || e === undefined ? null : [s, e];
  };
  const keepText = (n: MdNode): void => {
    if (n.type === 'text') {
      const o = offsets(n);
      if (o) keep.fill(1, o[0], o[1]);
      return;
    }
    if (n.type === 'inlineCode' || n.type === 'html' || n.type === 'image' || n.type === 'imageReference') return;
    if (n.type === 'break') return;
    for (const c of n.children ?? []) keepText(c);
  };
  const visit = (n: MdNode, inQuote: boolean): void => {
    switch (n.type) {
      case 'paragraph':
      case 'heading': {
        const o = offsets(n);
        if (!o) return;
        keepText(n);
        raw.push({ start: o[0], end: o[1], blockquote: inQuote, heading: n.type === 'heading' });
        return;
      }
      case 'blockquote':
        for (const c of n.children ?? []) visit(c, true);
        return;
      case 'code':
      case 'html':
      case 'yaml':
      case 'toml':
      case 'thematicBreak':
      case 'definition':
      case 'table':
        return;
      default:
        for (const c of n.children ?? []) visit(c, inQuote);
    }
  };
  visit(tree, false);
  let text = '';
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i <= masked.length; i++) {
    if (i === masked.length || keep[i] !== keep[runStart]) {
      const chunk = masked.slice(runStart, i);
      parts.push(keep[runStart] ? chunk : chunk.replace(/[^\n]/g, ' '));
      runStart = i;
    }
  }
  text = parts.join('');
  return finish(original, text, raw);
}
