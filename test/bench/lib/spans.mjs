// Span helpers. A span is { start, end } with `end` exclusive. JavaScript strings
// (and the engine) use UTF-16 code-unit offsets; datasets such as PolNeAR give
// Unicode code-point offsets, which differ once a text holds astral characters.

/**
 * Returns a function converting code-point offsets into `text` to UTF-16 offsets.
 * Identity when the text has no surrogate pairs (the common case, no allocation).
 * Offsets past the end map to text.length.
 */
export function codePointToUtf16(text) {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => Math.min(cp, text.length);
  const table = [0];
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i);
    i += c > 0xffff ? 2 : 1;
    table.push(i);
  }
  return (cp) => table[Math.min(cp, table.length - 1)];
}

/** Converts a code-point [start, end] pair (as in dataset files) to a UTF-16 span. */
export function convertPair(conv, [start, end]) {
  return { start: conv(start), end: conv(end) };
}

export function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

export function overlapLength(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Smallest span covering all `spans` (for discontinuous annotations). */
export function hull(spans) {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** Shrinks a span so it neither starts nor ends on whitespace. */
export function trimSpan(text, span) {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export const spanKey = (s) => `${s.start}:${s.end}`;

/**
 * Prefix counts of non-whitespace characters, so "how many visible characters
 * of span s" is `weight(prefix, s)` in O(1). Use it to measure overlap without
 * counting the spaces and newlines between sentences.
 */
export function visiblePrefix(text) {
  const p = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) p[i + 1] = p[i] + (/\s/.test(text[i]) ? 0 : 1);
  return p;
}

/** Like `visiblePrefix`, counting letters and digits only (no punctuation). */
export function wordCharPrefix(text) {
  const p = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) p[i + 1] = p[i] + (/[\p{L}\p{N}]/u.test(text[i]) ? 1 : 0);
  return p;
}

export function weight(prefix, span) {
  const a = Math.max(0, Math.min(span.start, prefix.length - 1));
  const b = Math.max(a, Math.min(span.end, prefix.length - 1));
  return prefix[b] - prefix[a];
}

/** Visible characters shared by a and b. */
export function visibleOverlap(prefix, a, b) {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end > start ? weight(prefix, { start, end }) : 0;
}

/**
 * Finds, for each gold sentence `{doc, sent_id, start, end}` (code-point offsets),
 * the claim signature covering at least half of its visible characters.
 * `docs` maps a doc id to `{ sigs, prefix: visiblePrefix(text), conv: codePointToUtf16(text) }`.
 * Returns a Map from `doc#sent_id` to the signature, or null when none covers it.
 */
export function locateSentences(docs, goldSentences) {
  const located = new Map();
  for (const g of goldSentences) {
    const d = docs.get(g.doc);
    if (!d) continue;
    const span = { start: d.conv(g.start), end: d.conv(g.end) };
    const total = weight(d.prefix, span);
    let best = null;
    let bestOv = 0;
    for (const s of d.sigs) {
      const ov = visibleOverlap(d.prefix, s.span, span);
      if (ov > bestOv) [best, bestOv] = [s, ov];
    }
    located.set(`${g.doc}#${g.sent_id}`, best && bestOv * 2 >= total ? best : null);
  }
  return located;
}
