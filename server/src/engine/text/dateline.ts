/**
 * A wire dateline at the start of a sentence: "NEW YORK, March 26 - ",
 * "MELBOURNE, Fla., March 26 - ", "WASHINGTON (Reuters) — ". It says where
 * and when the story was filed, not who did what: claims are read without it.
 */
import { capitalisedAlternation, WEEKDAY_NAMES } from '../crossdoc/normalize';

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
  /** Where it was filed, upper case and without full stops ("St. Louis, April 7 - " → "ST LOUIS"). */
  place: string;
}

/** The dateline a sentence opens with, or null. */
export function inlineDateline(sentence: string): InlineDateline | null {
  const c = sentence.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return null;
  const m = INLINE_DATELINE.exec(sentence) ?? TITLE_DATELINE.exec(sentence);
  if (!m) return null;
  const on = FILED_ON.exec(m[0]);
  const day = on ? Number(on[2]) : 0;
  const place = m[0].split(/[,(]|\s[-—–]/)[0].replace(/\./g, '').replace(/\s+/g, ' ').trim().toUpperCase();
  return { length: m[0].length, filed: on && day >= 1 && day <= 31 ? { month: MONTHS.indexOf(on[1].slice(0, 3)) + 1, day } : null, place };
}

/** The day a line that is only a date gives ("September 17, 2008"), as a dated article's second line gives it. */
export interface FullDate {
  year: number;
  month: number;
  day: number;
}

const WEEKDAY = String.raw`(?:${capitalisedAlternation(WEEKDAY_NAMES)}),?\s+`;
const MONTH_DAY_YEAR = new RegExp(String.raw`^(?:${WEEKDAY})?(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\.?$`);
const DAY_MONTH_YEAR = new RegExp(String.raw`^(?:${WEEKDAY})?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\.?,?\s+(\d{4})\.?$`);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date a line gives when the line is nothing but a date: "September 17, 2008", "Wednesday,
 * September 17, 2008", "17 September 2008", "2008-09-17". Null for anything else.
 */
export function dateLine(line: string): FullDate | null {
  const s = line.trim();
  let m = MONTH_DAY_YEAR.exec(s);
  if (m) return full(Number(m[3]), MONTHS.indexOf(m[1].slice(0, 3)) + 1, Number(m[2]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return full(Number(m[3]), MONTHS.indexOf(m[2].slice(0, 3)) + 1, Number(m[1]));
  m = ISO_DATE.exec(s);
  return m ? full(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function full(year: number, month: number, day: number): FullDate | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1800 && year <= 2200 ? { year, month, day } : null;
}
