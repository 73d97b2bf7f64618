/**
 * Conflicts between two sentences already judged to be about the same claim:
 * one denies what the other states, they use antonymous predicates of the
 * same participants, or they give different numbers or dates for one thing.
 *
 * Everything here reads the two signatures only (a document indexed from
 * another thread has no analysis), and runs only on candidate pairs, so the
 * sentence text is re-read with a light tokeniser, memoised per signature.
 */
import type { ClaimSignature } from './signature';
import { antonyms, prefixAntonyms } from './conflict/antonyms';
import { complementPolarity, polarity } from './conflict/polarity';
import { ageConflict, slotConflict, values } from './conflict/values';
import { namedConflictOf } from './conflict/relations';
import { measureConflict } from './conflict/measures';
import { stanceConflict } from './conflict/stances';
import { scheduleConflict } from './conflict/schedule';
import { requirementConflict } from './conflict/requirements';
import { arrivals, departures, sourceAsDoer, twoWinners } from './conflict/events';

export { namedConflictOf };

export interface Conflict {
  /** Why, for the reader: "one says “accept…” happened, the other says it did not", "12 vs 40 soldier"… */
  detail: string;
  /**
   * A conflict of values (numbers, dates, directions of change): two reports of two events of
   * one kind also look like this, so it needs stronger evidence that the event is the same.
   */
  value: boolean;
  /**
   * The conflict itself names the same participants on both sides in one relation (A owns B / B owns A):
   * it needs less overlap of the rest of the two sentences to be about the same thing.
   */
  named?: boolean;
}

/**
 * Two wire stories filed on different days (their datelines say so): a central
 * bank's daily operation, a month's figure, a plan not yet presented, are
 * different instances or a later state, not one claim told two ways.
 */
export function filedApart(a: ClaimSignature, b: ClaimSignature): boolean {
  const days = daysApart(a, b);
  return days !== null && days !== 0;
}

/**
 * How many days apart two articles were filed (`ClaimSignature.filed`), or null when either gives no
 * day. A wire dateline gives no year: two days without both years are taken to be in one year.
 */
export function daysApart(a: ClaimSignature, b: ClaimSignature): number | null {
  if (a.filed == null || b.filed == null) return null;
  if (a.filed === b.filed) return 0;
  const x = filedDay(a.filed);
  const y = filedDay(b.filed);
  // (without both years: the days of one year)
  return Math.abs(x.year !== null && y.year !== null ? x.day - y.day : x.dayOfYear - y.dayOfYear);
}

interface FiledDay {
  year: number | null;
  /** Days since 1970 (with the year), and of a year (without it). */
  day: number;
  dayOfYear: number;
}

/** Filed days read, by what `filed` says: few distinct ones, read once each. */
const filedDays = new Map<string, FiledDay>();

function filedDay(filed: string): FiledDay {
  let d = filedDays.get(filed);
  if (!d) {
    const p = filed.split('-').map(Number);
    const [month, day] = p.slice(-2);
    const year = p.length === 3 ? p[0] : null;
    d = { year, day: Date.UTC(year ?? 2001, month - 1, day) / 86_400_000, dayOfYear: Date.UTC(2001, month - 1, day) / 86_400_000 };
    if (filedDays.size > 10_000) filedDays.clear();
    filedDays.set(filed, d);
  }
  return d;
}

/**
 * A conflict between two sentences about the same event, or null. Every kind
 * of conflict is tied to a shared predicate or to shared participants next to
 * the predicate, so sentences that merely share entities ("discussed joining
 * forces" / "no agreement to conduct strikes") never conflict.
 */
export function conflictOf(a: ClaimSignature, b: ClaimSignature): Conflict | null {
  const opposite = antonyms(a, b);
  if (opposite) return opposite;
  const prefixed = prefixAntonyms(a, b);
  if (prefixed) return { detail: prefixed, value: false };
  const named = namedConflictOf(a, b);
  if (named) return named;
  // one source accusing and clearing one target, or withholding and giving one thing
  const stance = stanceConflict(a, b);
  if (stance) return { detail: stance, value: false };
  const denied = polarity(a, b) ?? complementPolarity(a, b);
  if (denied) return { detail: denied, value: false };
  // done without what the other side says is required
  const required = requirementConflict(a, b);
  if (required) return { detail: required, value: false };
  const doer = (a.attributed !== b.attributed ? sourceAsDoer(a, b) : null) ?? departures(a, b) ?? arrivals(a, b) ?? twoWinners(a, b);
  if (doer) return { detail: doer, value: false };
  // a slot that holds one value, of one named owner: not two events of one kind
  const slot = slotConflict(a, b);
  if (slot) return slot;
  // one person's age given twice: two reports years apart give two ages, so it needs the evidence of one story that values need
  const age = ageConflict(a, b);
  if (age) return { detail: age, value: true };
  // one scheduled event given two dates
  const scheduled = scheduleConflict(a, b);
  if (scheduled) return { detail: scheduled, value: false };
  // a length or a weight of one named thing
  const measure = measureConflict(a, b);
  if (measure) return { detail: measure, value: false };
  const v = values(a, b);
  return v ? { detail: v, value: true } : null;
}
