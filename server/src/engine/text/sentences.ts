import sbd from 'sbd';
import type { Span } from '../types';
import { StringMemo } from '../util/memo';

/** sbd's own abbreviation list (titles, months, Capt., Sen., St. …) is kept. */
export const SBD_OPTIONS = {
  newline_boundaries: true,
  html_boundaries: false,
  sanitize: false,
  allowed_tags: false as const,
  preserve_whitespace: true,
};

/** Sentence spans of recently seen paragraphs, relative to the paragraph (see `StringMemo`). */
const memo = new StringMemo<readonly Span[]>(1024);

/** Splits a block of prose into sentence spans (absolute offsets). They depend on the block's text alone. */
export function splitSentences(text: string, block: Span): Span[] {
  const rel = memo.through(text.slice(block.start, block.end), splitBody);
  return rel.map((s) => ({ start: s.start + block.start, end: s.end + block.start }));
}

/** What sbd ends a sentence at wherever it stands (with `newline_boundaries`), or reads apart. */
const SBD_BREAKS = /\n|[-#=_+*]{4}|@~@|<br/;
/** sbd's sentence-ending marks. */
const END_MARK = /[.!?]/;
/** A last word whose marks close it, with no letter after one (sbd reads "end.Next" as two sentences). */
const PLAIN_LAST_WORD = /^[^.!?]*[.!?]*[^.!?a-zA-Z]*$/;
const LAST_WORD = /\S+$/;
const EDGE_SPACE = /^\s|\s$/;

/**
 * Whether sbd would return the paragraph whole, as one sentence, so that it
 * need not be asked: no line break, rule of four dashes, `<br` or sbd's own
 * line-break placeholder, and no full stop, question or exclamation mark
 * before the last word. Most wire paragraphs are one sentence ending in a
 * full stop.
 */
export function keptWhole(body: string): boolean {
  if (EDGE_SPACE.test(body) || SBD_BREAKS.test(body)) return false;
  const last = LAST_WORD.exec(body);
  if (last === null || !PLAIN_LAST_WORD.test(last[0])) return false;
  const mark = body.search(END_MARK);
  return mark < 0 || mark >= last.index;
}

function splitBody(body: string): Span[] {
  const text = body;
  const block: Span = { start: 0, end: body.length };
  if (keptWhole(body)) return [{ ...block }];
  let pieces: string[];
  try {
    pieces = sbd.sentences(body, SBD_OPTIONS);
  } catch {
    pieces = [body];
  }
  const spans: Span[] = [];
  let cursor = 0;
  for (const p of pieces) {
    const found = align(body, p, cursor);
    if (!found) continue;
    spans.push({ start: block.start + found[0], end: block.start + found[1] });
    cursor = found[1];
  }
  if (spans.length === 0) return [{ ...block }];
  // Never drop text: whatever sbd left out joins the sentence before it (or the first one).
  const firstText = body.slice(0, spans[0].start - block.start);
  if (firstText.trim()) spans[0].start = block.start + firstText.search(/\S/);
  for (let k = 0; k + 1 < spans.length; k++) {
    const gap = text.slice(spans[k].end, spans[k + 1].start);
    if (gap.trim()) spans[k].end = spans[k].end + gap.trimEnd().length;
  }
  const last = spans[spans.length - 1];
  const rest = body.slice(last.end - block.start);
  if (rest.trim()) last.end = block.start + body.trimEnd().length;
  return mergeFragments(text, splitAtPairedMarks(text, spans));
}

/**
 * A full stop closed by a two-character quotation mark before a capitalised word ("…no chance.'' He
 * smiled.", "…a while.'' ``Now…"): sbd, which knows only one-character marks, reads on.
 */
const PAIRED_MARK_END = /[.!?]''(?=\s+(?:``|''|["“‘])?\p{Lu})/gu;

function splitAtPairedMarks(text: string, spans: Span[]): Span[] {
  if (!text.includes("''")) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    let start = s.start;
    for (const m of text.slice(s.start, s.end).matchAll(PAIRED_MARK_END)) {
      const end = s.start + m.index + m[0].length;
      const next = end + (/^\s+/.exec(text.slice(end, s.end))?.[0].length ?? 0);
      if (next >= s.end) break;
      out.push({ start, end });
      start = next;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

const isSpace = (c: string): boolean => /\s/.test(c);

/**
 * Finds sbd's piece `p` in `body` from `cursor`, comparing only the
 * non-space characters (sbd may turn non-breaking or double spaces into one
 * space). Returns [start, end) in body, or null when the piece is not there.
 */
function align(body: string, p: string, cursor: number): [number, number] | null {
  const t = p.trim();
  if (!t) return null;
  const direct = body.indexOf(t, cursor);
  if (direct >= 0 && !body.slice(cursor, direct).trim()) return [direct, direct + t.length];
  let i = cursor;
  while (i < body.length && isSpace(body[i])) i++;
  const start = i;
  let k = 0;
  while (k < t.length && i < body.length) {
    if (isSpace(t[k])) {
      k++;
      continue;
    }
    if (isSpace(body[i])) {
      i++;
      continue;
    }
    if (body[i] !== t[k]) break;
    i++;
    k++;
  }
  while (k < t.length && isSpace(t[k])) k++;
  if (k === t.length) return [start, i];
  if (direct >= 0) return [direct, direct + t.length];
  return null;
}

/**
 * Rejoins splits sbd makes inside one sentence: a piece starting in lower case
 * ("Why now?" he asked), or a piece that is only closing punctuation.
 */
function mergeFragments(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const t = text.slice(s.start, s.end);
    const prev = out[out.length - 1];
    const prevText = prev ? text.slice(prev.start, prev.end) : '';
    // "the U.S. State Department said": a dotted country abbreviation used as a modifier.
    const modifierAbbrev = /\b(?:U\.S|U\.K|U\.N|E\.U|U\.S\.A)\.$/.test(prevText) && /^\p{Lu}/u.test(t) && !SENTENCE_STARTERS.test(t);
    // "Mr.", "Rep. G.K. Butterfield": a title or an initial does not end a sentence.
    const titleAbbrev = (TITLE_ABBREV.test(prevText) || DELEGATE.test(prevText) || PLACE_ABBREV.test(prevText) || (INITIAL.test(prevText) && !SENTENCE_STARTERS.test(t))) && /^["“”'‘’(]?\p{Lu}/u.test(t);
    // "Hitachi Ltd <HIT.T> expects": a stock code in angle brackets (wire copy) is one word.
    const inCode = prev !== undefined && s.start === prev.end && STOCK_CODE_OPEN.test(prevText);
    if (prev && (modifierAbbrev || titleAbbrev || inCode || /^[\p{Ll}]/u.test(t) || /^[\p{P}\s]+$/u.test(t)) && !/\n/.test(text.slice(prev.end, s.start))) {
      prev.end = s.end;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/** A piece ending inside an angle-bracketed code that opened after its last space ("<HIT."). */
const STOCK_CODE_OPEN = /<[^\s<>]*$/;
const TITLE_ABBREV = /(?:^|[\s"“”‘’(])(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Prof|Rev|Hon|Gens|Cmdr|Supt|Atty|Cpl|Pvt|Det|Amb|Insp|Msgr|Brig)\.$/u;
/** "state Del. Marcia Price": a delegate's title, not Delaware's abbreviation after a comma ("Dover, Del. Her husband…"). */
const DELEGATE = /(?:^|[^,\s]\s+|["“”‘’(])Del\.$/u;
/** "at the Ste. Therese plant", "near Mt. Hood", "at Ft. Drum": a saint's, mount's or fort's abbreviation after a lower-case word opens a name ("Main St." ends one). */
const PLACE_ABBREV = /(?:^|[\s"“”‘’(])(?:[\p{Ll}\d][\p{L}\d-]*\s+)(?:St|Ste|Mt|Ft)\.$/u;
const INITIAL = /(?:^|[\s"“”‘’(-])(?:\p{Lu}|\p{Lu}\.\p{Lu})\.$/u;

/** Words that usually open a sentence, so a preceding "U.S." really ends one. */
const SENTENCE_STARTERS =
  /^(?:The|A|An|In|On|At|But|And|Or|So|Yet|It|He|She|They|We|I|You|This|That|These|Those|There|Then|However|Meanwhile|Still|Also|Now|If|When|While|As|After|Before|Since|His|Her|Their|Its|Our|My|Some|Many|Most|No|Not|What|Who|Why|How|Such|Other|Last|Next|Earlier|Later)\b/;
