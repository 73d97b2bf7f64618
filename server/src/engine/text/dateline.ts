/**
 * A wire dateline at the start of a sentence: "NEW YORK, March 26 - ",
 * "MELBOURNE, Fla., March 26 - ", "WASHINGTON (Reuters) — ". It says where
 * and when the story was filed, not who did what: claims are read without it.
 */
// A place in capitals, then either ", Month Day" segments (", Fla., March 26") or a credit in
// brackets ("(Reuters)"), then a dash: an opening acronym and a dash ("NATO - the alliance said")
// is not a dateline.
const PLACE = String.raw`[A-Z]{3}[A-Z'’.-]*(?:\s+[A-Z]{2}[A-Z'’.-]*)*`;
const SEGMENT = String.raw`,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*(?:\s+\d{1,2})?`;
const CREDIT = String.raw`\s*\([^()]{1,40}\)`;
const INLINE_DATELINE = new RegExp(String.raw`^${PLACE}(?:(?:${SEGMENT})+(?:${CREDIT})?|${CREDIT})\s+[-—–]{1,2}\s+`);
/** A month's name or abbreviation. */
const MONTH = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;
const FILED_ON = new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2})\b`);
// A place in title case ("Peoria", "Sioux Falls", "Murdochville, Quebec") is a dateline only with a day
// and a dash after it ("Peoria, April 7 - "): a name and a comma open many sentences.
const TITLE_PLACE = String.raw`[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?`;
const TITLE_DATELINE = new RegExp(String.raw`^${TITLE_PLACE},\s+(?:${MONTH})\.?\s+\d{1,2}\s+[-—–]{1,2}\s+`);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface InlineDateline {
  /** Characters the dateline takes, with the dash and the space after it. */
  length: number;
  /** The day it was filed, when it gives one. */
  filed: { month: number; day: number } | null;
}

/** The dateline a sentence opens with, or null. */
export function inlineDateline(sentence: string): InlineDateline | null {
  const c = sentence.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return null;
  const m = INLINE_DATELINE.exec(sentence) ?? TITLE_DATELINE.exec(sentence);
  if (!m) return null;
  const on = FILED_ON.exec(m[0]);
  const day = on ? Number(on[2]) : 0;
  return { length: m[0].length, filed: on && day >= 1 && day <= 31 ? { month: MONTHS.indexOf(on[1].slice(0, 3)) + 1, day } : null };
}
