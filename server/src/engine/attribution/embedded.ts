import type { Token } from '../nlp/tokens';
import { npBackward } from './sources';

/** Verbs that take a clause as what is said or thought: they can stand inside it ("…, many think, …"). */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say', 'think', 'believe', 'claim', 'argue', 'estimate', 'expect', 'allege', 'fear', 'suspect', 'know', 'contend',
  'insist', 'predict', 'feel', 'suggest', 'hope', 'assume', 'reckon', 'report', 'acknowledge', 'note', 'warn',
  'worry', 'concede', 'maintain', 'agree', 'add', 'explain', 'recall', 'write', 'tell',
]);

const DASH = /^(?:—|–|--)$/;
const RELATIVE = /^(?:that|which|who|whom|what)$/;
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you)$/;
// (tag tests read in loops, compiled once: a regular expression literal is a new object each time it is evaluated)
const NOMINAL = /^(?:NOUN|PROPN|ADJ|NUM)$/;
const OBJECT_WORD = /^(?:DET|ADJ|NOUN|PROPN|PRON|ADP|NUM|ADV|PART)$/;

/**
 * The subject of a verb of saying or thinking at i whose clause is a relative clause's gap: "a plan that
 * officials say will fail", "what experts think is necessary", "a step the unions believe could help". The
 * verb is followed by the finite verb of the clause (an auxiliary, or a verb in -s/-ed), and its subject is
 * a noun phrase after a relative word, or a pronoun or determined phrase right after a noun (a relative
 * without "that"). [from, to) or null.
 */
export function gapSubject(tokens: Token[], i: number, lemma: string): [number, number] | null {
  const n = tokens[i + 1];
  if (!CLAUSE_VERBS.has(lemma) || !n || !(n.pos === 'AUX' || (n.pos === 'VERB' && /(?:[^s]s|ed)$/.test(n.lower)))) return null;
  const p = tokens[i - 1];
  if (p && SUBJECT_PRONOUN.test(p.lower)) {
    const b = tokens[i - 2];
    return b && (RELATIVE.test(b.lower) || b.pos === 'NOUN') ? [i - 1, i] : null;
  }
  let k = i;
  while (k > 0 && NOMINAL.test(tokens[k - 1].pos) && !RELATIVE.test(tokens[k - 1].lower)) k--;
  if (k === i || k === 0) return null;
  const b = tokens[k - 1];
  if (RELATIVE.test(b.lower)) return [k, i];
  // "a step the unions believe…": a determined phrase right after the noun it qualifies
  return (b.pos === 'DET' || /^(?:his|her|their|its|our|my)$/.test(b.lower)) && tokens[k - 2]?.pos === 'NOUN' ? [k - 1, i] : null;
}

/**
 * The subject of a verb of saying or thinking at i in a clause set off by commas or dashes inside the
 * statement it reports: "The plan, many think, is doomed", "…, Ruiz allies believe — …". [from, to) or null.
 */
export function parentheticalSubject(tokens: Token[], i: number, lemma: string): [number, number] | null {
  const n = tokens[i + 1];
  if (!CLAUSE_VERBS.has(lemma) || !n || !(n.text === ',' || DASH.test(n.text))) return null;
  const np = npBackward(tokens, i);
  if (!np || np[1] !== i) return null;
  const b = tokens[np[0] - 1];
  return b && (b.text === ',' || DASH.test(b.text)) ? np : null;
}

/** Verbs whose object performs the infinitive after it ("expect the board to call for…", "urged Ruiz to say…"). */
const OBJECT_CONTROL = /^(?:expect|ask|urge|want|allow|force|tell|persuade|convince|encourage|enable|need|require|call|invite|push|lobby|press|pressure|help|get|lead|prompt|cause|order|advise|warn|remind|use|let|make|leave|pay|hire|send|choose|elect|appoint|nominate|name|wait|prefer|like|love|hate|compel|oblige|instruct|direct|authorize|permit|challenge|dare|beg|implore|recruit|train|teach)/;
/** Nouns whose infinitive says what is possible, not what is done ("the right to ask", "a chance to say"). */
const MODAL_NOUNS = /^(?:right|rights|ability|power|powers|authority|chance|opportunity|freedom|option|permission|time|way|means|money|courage|nerve|duty|obligation)$/;

/**
 * "Ruiz phoned the mayor to complain that…", "A spokeswoman was unable to say…": an infinitive of purpose or of
 * an adjective performed by the subject of the sentence, whose own verb (`verb`, the first after the subject) is
 * the last verb before "to" at `to`; only its object, prepositional phrases, adverbs and an adjective between.
 */
export function subjectInfinitive(tokens: Token[], to: number, verb: number): boolean {
  if (verb >= to || to - verb > 9 || OBJECT_CONTROL.test(tokens[verb].lower) || MODAL_NOUNS.test(tokens[to - 1].lower)) return false;
  for (let k = verb + 1; k < to; k++) if (!OBJECT_WORD.test(tokens[k].pos) || tokens[k].lower === 'to') return false;
  return true;
}
