/**
 * One scheduled event given two dates: "the presidential vote, which is slated for October 30" /
 * "elections in Norland will take place on July 14". The date must be the event's own (written with
 * "will take place", "will be held", "is scheduled for", "is slated for", "is set for"), not another
 * date of the sentence ("promulgated the election law on July 14"); both sentences must name a place
 * or a participant they share; and a sentence that tells of a change of date ("postponed", "moved")
 * tells of two dates, not a conflict.
 */
import { wordTable } from '../../util/table';
import { CALENDAR_KEYS } from '../normalize';
import type { ClaimSignature } from '../signature';
import { YEAR, asserted, dayAt, isAux, monthNumber, perSignature, perView, firstConflict, type Tok, type View } from './view';

/** Kinds of scheduled events, by the nouns that name them: two nouns of one kind name one event. */
const KINDS: Readonly<Record<string, string>> = wordTable({
  election: 'vote', elections: 'vote', vote: 'vote', poll: 'vote', polls: 'vote', ballot: 'vote',
  summit: 'meeting', meeting: 'meeting', talks: 'meeting', conference: 'meeting',
  trial: 'trial', hearing: 'trial',
  launch: 'launch', wedding: 'wedding', funeral: 'funeral', referendum: 'referendum', inauguration: 'inauguration',
});
/** Words that make an event one of several of its kind: two of them are two events. */
const QUALIFIERS = new Set(['presidential', 'parliamentary', 'legislative', 'local', 'municipal', 'regional', 'general', 'primary', 'state', 'provincial', 'federal', 'senate', 'congressional', 'mayoral', 'european', 'national']);
/** Words of one round of several, or of a change of date: no single date. */
const NOT_ONE = /\b(?:round|run-?off|postpon\w*|delay\w*|reschedul\w*|moved|brought forward|pushed back|put off)\b/i;

interface Scheduled {
  kind: string;
  qualifier: string;
  /** "m/d", "m/yyyy" or "yyyy". */
  date: string;
  /** Its precision: 'day', 'month', 'year'. */
  level: string;
  shown: string;
}

/** The date right after j: "on July 14", "for October 30", "in May 2008", "in 2008". */
function dateAt(t: Tok[], j: number): { date: string; level: string; shown: string } | null {
  if (!/^(?:on|for|in)$/.test(t[j]?.low ?? '')) return null;
  const day = dayAt(t, j + 1);
  if (day) return { date: `${day.month}/${day.day}`, level: 'day', shown: t.slice(j + 1, j + 3).map((x) => x.raw).join(' ') };
  const m = t[j + 1] && monthNumber(t[j + 1]);
  if (m && t[j + 2] && YEAR.test(t[j + 2].low)) return { date: `${m}/${t[j + 2].low}`, level: 'month', shown: `${t[j + 1].raw} ${t[j + 2].raw}` };
  if (t[j + 1] && YEAR.test(t[j + 1].low) && !t[j + 1].word) return { date: t[j + 1].low, level: 'year', shown: t[j + 1].raw };
  return null;
}

/** Where the words of a schedule end at k ("will take place", "is slated"), or -1. */
function scheduleEnd(t: Tok[], k: number): number {
  const w = t[k].low;
  if (w === 'take' && t[k + 1]?.low === 'place' && t[k - 1]?.low === 'will') return k + 2;
  if (w === 'held' && t[k - 1]?.low === 'be' && t[k - 2]?.low === 'will') return k + 1;
  if (/^(?:scheduled|slated|set|planned)$/.test(w) && /^(?:is|are|was|were|been)$/.test(t[k - 1]?.low ?? '')) return k + 1;
  return -1;
}

/** The event a schedule at k is of: a noun of a kind before it in its clause (past "which", a comma and auxiliaries), with a qualifier before it. */
function eventBefore(t: Tok[], k: number): { kind: string; qualifier: string } | null {
  let j = k - 1;
  while (j >= 0 && (isAux(t[j].low) || t[j].low === 'will')) j--;
  if (t[j]?.low === 'which' || t[j]?.low === 'that') j--;
  if (t[j]?.low === ',') j--;
  for (let n = 0; j >= 0 && n < 6 && !t[j].brk; j--, n++) {
    const kind = KINDS[t[j].low];
    if (kind) {
      const qualifier = t[j - 1] && QUALIFIERS.has(t[j - 1].low) ? t[j - 1].low : '';
      return { kind, qualifier };
    }
  }
  return null;
}

const scheduledOf = perView((v: View): Scheduled[] => {
  const out: Scheduled[] = [];
  const t = v.toks;
  for (let k = 1; k < t.length; k++) {
    const e = scheduleEnd(t, k);
    if (e < 0 || !asserted(v, k)) continue;
    const d = dateAt(t, e);
    const ev = d && eventBefore(t, t[k].low === 'take' || t[k].low === 'held' ? k - 1 : k);
    if (d && ev) out.push({ ...ev, ...d });
  }
  return out;
});

const WORDS = /\b(?:take place|be held|scheduled|slated|set for|planned for)\b/;
/** The names a sentence gives (a name opening it too: "Norland's parliament"), no months or weekdays. */
function namesOf(s: ClaimSignature): string[] {
  const out = s.entities.filter((e) => !CALENDAR_KEYS.has(e));
  for (const m of s.names) if (m.initial) out.push('ent:' + m.key);
  return out;
}

/** A sentence may schedule one event (a cheap test before tokenising). */
const maySchedule = perSignature((s) => WORDS.test(s.text) && !NOT_ONE.test(s.text));

/** One event of a kind scheduled for two dates of one precision, in two sentences that share a name. */
export function scheduleConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  const nb = namesOf(b);
  if (!namesOf(a).some((e) => nb.includes(e))) return null;
  return firstConflict(a, b, maySchedule, scheduledOf, (x, y, sa, sb) => {
    if (x.kind !== y.kind || x.level !== y.level || x.date === y.date || (x.qualifier && y.qualifier && x.qualifier !== y.qualifier)) return null;
    // another date given for that event on either side agrees
    if (sa.some((p) => p.kind === x.kind && sb.some((q) => q.kind === p.kind && q.date === p.date))) return null;
    return `different dates of one ${x.kind} (${x.shown} vs ${y.shown})`;
  });
}
