import sbd from 'sbd';
import type { Span } from '../types';

/** sbd's own abbreviation list (titles, months, Capt., Sen., St. …) is kept. */
const SBD_OPTIONS = {
  newline_boundaries: true,
  html_boundaries: false,
  sanitize: false,
  allowed_tags: false as const,
  preserve_whitespace: true,
};

/** Splits a block of prose into sentence spans (absolute offsets). */
export function splitSentences(text: string, block: Span): Span[] {
  const body = text.slice(block.start, block.end);
  let pieces: string[];
  try {
    pieces = sbd.sentences(body, SBD_OPTIONS);
  } catch {
    pieces = [body];
  }
  const spans: Span[] = [];
  let cursor = 0;
  for (const p of pieces) {
    const t = p.trim();
    if (!t) continue;
    let at = body.indexOf(t, cursor);
    if (at < 0) {
      // sbd normalised something; align on the first word instead.
      const head = t.slice(0, Math.min(12, t.length));
      at = body.indexOf(head, cursor);
      if (at < 0) continue;
    }
    const end = Math.min(body.length, at + t.length);
    spans.push({ start: block.start + at, end: block.start + end });
    cursor = end;
  }
  if (spans.length === 0) return [{ ...block }];
  // Anything sbd dropped at the end belongs to the last sentence.
  const last = spans[spans.length - 1];
  const rest = body.slice(last.end - block.start);
  if (rest.trim()) last.end = block.end;
  return mergeFragments(text, spans);
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
    if (prev && (modifierAbbrev || /^[\p{Ll}]/u.test(t) || /^[\p{P}\s]+$/u.test(t)) && !/\n/.test(text.slice(prev.end, s.start))) {
      prev.end = s.end;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/** Words that usually open a sentence, so a preceding "U.S." really ends one. */
const SENTENCE_STARTERS =
  /^(?:The|A|An|In|On|At|But|And|Or|So|Yet|It|He|She|They|We|I|You|This|That|These|Those|There|Then|However|Meanwhile|Still|Also|Now|If|When|While|As|After|Before|Since|His|Her|Their|Its|Our|My|Some|Many|Most|No|Not|What|Who|Why|How|Such|Other|Last|Next|Earlier|Later)\b/;
