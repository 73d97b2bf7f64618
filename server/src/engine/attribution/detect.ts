import { isKnownWord, type Token } from '../nlp/tokens';
import type { Span } from '../types';
import { isIrregularVerbForm, MONTH_NAMES, WEEKDAY_NAMES, YEAR } from '../crossdoc/normalize';
import { ACTOR_LICENSED, CUE_VERBS, type CueClass, type CueEntry, DOCUMENT_HEADS, EXISTENTIAL_STANCES, HEDGE_ADVERBS, ISSUE_VERBS, JUDGING_REACTIONS, NEEDS_COMPLEMENT, OBJECT_ACTS, OBJECT_CONTROL, PASSIVE_ACTS, REACTION_VERBS, REACTIONS, PHRASAL, PHRASAL_VERBS, PREPOSITIONAL, SPEECH_ACTS, STANCE_NOUNS, STANCE_VERBS, STATEMENT_NOUNS, TAKES_INFINITIVE, VAGUE_HEADS, WEAK_CUES, WELCOMED_THINGS } from '../lexicon/cues';
import { ACT_PASSIVE, CHARGE_PASSIVE, NAMING_PASSIVE, PURPOSE_PASSIVE, QUESTION_PASSIVE, QUESTION_PUT, REFUSAL, type Cue, type CueKind, type Source } from './model';
import { CONNECTIVE, describePhrase, determinerSubject, nameInApposition, npBackward, npForward, PARTITIVE, PRONOUNS, POSSESSIVE_MARK, spacedHyphen, SURVEYED, vagueness, withNamedApposition, WORK_WORD, type Mention } from './sources';
import { experiencer, RAISING_VERBS } from './raising';
import { namingParticiple } from './naming';
import { actPassive, APPROXIMATELY, byAgent, IT_THIS, PASSIVE_PARTICIPLE } from './passive';
import { gapSubject, parentheticalSubject, subjectInfinitive } from './embedded';
import { retagVerbs } from './retag';
import { PLACES } from '../lexicon/places';
import { KIN_TERMS } from '../lexicon/kinship';
import { beliefTopic } from './topics';

/** Resolves pronouns and surnames to earlier mentions; fed by the document walker. */
export interface Resolver {
  resolve(phrase: Mention, pronoun: string | null): { name: string; found: boolean };
  /** The latest earlier named source that is a report, study, survey or poll ("the report" after "a CIA report said"), if any. */
  earlierWork?(before: number): Mention | undefined;
}

export interface SentenceInput {
  tokens: Token[];
  /** Spans of quoted content inside the sentence (cues there belong to the quoted speaker). */
  quoted: Span[];
  text: string;
}

const OPEN_Q = /^["“‘'`]$/;
/** A closing quotation mark (also as a sentence's last token: a sign-off's sentence follows a quotation's). */
export const CLOSE_Q = /^["”’']$/;
/** Words that open a relative, wh- or that-clause. */
export const WH: ReadonlySet<string> = new Set(['that', 'what', 'whether', 'if', 'how', 'why', 'when', 'where', 'who', 'which']);

function inside(spans: Span[], t: Token): boolean {
  return spans.some((s) => s.start <= t.start && t.end <= s.end);
}

/** Speech verbs that, with an object that is no statement, do something with a thing ("add jobs", "post a loss"). */
const THING_ACTS: ReadonlySet<string> = new Set(['add', 'post']);
/** What is posted or added as content, not a thing: media, a story, a caveat (a statement noun is content too, see STATEMENT_NOUNS). */
const MEDIA_NOUNS = /^(?:videos?|photos?|pictures?|images?|clips?|links?|updates?|footage|graphics?|memes?|screenshots?|story|stories|articles?|pieces?|reports?|essays?|blogs?|caveats?)$/;

/** Whether a direct object that is a thing, not a statement or media, follows a verb ending at `from`: its head noun, after modifiers. */
function thingObject(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 6; j++) {
    const t = tokens[j];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      // (the head is the last noun of the run: "a net loss", "iPhone applications")
      if (tokens[j + 1]?.pos === 'NOUN') continue;
      return !STATEMENT_NOUNS.has(t.lower) && !MEDIA_NOUNS.test(t.lower);
    }
    if (!/^(?:DET|ADJ|NUM|ADV)$/.test(t.pos) && !(t.pos === 'PART' && POSSESSIVE_MARK.test(t.text))) return false;
  }
  return false;
}

/**
 * Whether what follows a verb ending at `from` is a clause with no "that", its subject first: a finite verb or an
 * auxiliary comes after the subject and before any word that opens another clause ("he added nine other states backed
 * an extension", "added a review board headed by Laird would examine…"; not "added 400 mln dlrs for schools while…").
 */
function clauseAfterObject(tokens: Token[], from: number): boolean {
  for (let j = from + 1; j < tokens.length && j < from + 16; j++) {
    const t = tokens[j];
    if (t.text === ';' || CLAUSE_OPENERS.has(t.lower)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && (/(?:[^s]s|ed)$/.test(t.lower) || isIrregularVerbForm(t.lower)) && tokens[j + 1]?.lower !== 'by')) return true;
  }
  return false;
}
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'which', 'who', 'when', 'because', 'although', 'though', 'if']);

/**
 * Whether the tokens from `from` are an object of names and nouns, commas and "and" between them (appositions, a
 * list), and then "to" and a verb: "wants Jill Lajdziak, Saturn's general manager, and Tom LaSorda to head the
 * company". The object opens with a name or a determiner.
 */
function objectThenInfinitive(tokens: Token[], from: number): boolean {
  if (!/^(?:PROPN|DET)$/.test(tokens[from]?.pos ?? '')) return false;
  for (let j = from; j < tokens.length && j < from + 25; j++) {
    const t = tokens[j];
    if (t.lower === 'to') return /^(?:VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '') && j > from + 1;
    if (!(/^(?:PROPN|NOUN|ADJ|DET|NUM)$/.test(t.pos) || t.text === ',' || t.lower === 'and' || (t.pos === 'PART' && POSSESSIVE_MARK.test(t.text)))) return false;
  }
  return false;
}

/** Does a clausal complement follow the verb at i (that-clause, quote, colon, wh-word, to-infinitive)? */
function hasComplement(tokens: Token[], i: number, lemma: string): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
    const t = tokens[j];
    if (WH.has(t.lower) || t.text === ':' || OPEN_Q.test(t.text)) return true;
    if (t.lower === 'to' && TAKES_INFINITIVE.has(lemma)) {
      const n = tokens[j + 1];
      if (!!n && (n.pos === 'VERB' || n.pos === 'AUX')) return true;
      // "seemed to Ruiz that…": the experiencer before the clause
      if (!RAISING_VERBS.has(lemma) || j !== i + 1) return false;
      continue;
    }
    if (t.lower === 'for' && (lemma === 'call' || lemma === 'ask')) return true;
    // "estimated its losses at five mln dlrs": the figure an estimate puts on its object
    if (t.lower === 'at' && j > i + 1 && ESTIMATING.has(lemma) && (/^(?:NUM|SYM)$/.test(tokens[j + 1]?.pos ?? '') || (APPROXIMATELY.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.pos === 'NUM'))) return true;
    // "had estimated a break up value of less than 150": a figure in its object is what an estimate says
    // (a finite estimate or a passive one, after its subject or "be": not a modifier, "for estimated loss", nor a
    // participle set off by commas, "German aid, estimated at four billion dlrs, represents…")
    if (j === i + 1 && ESTIMATING.has(lemma) && finiteOrPassive(tokens, i) && estimatedFigure(tokens, i)) return true;
    // "voters see Clinton as…", "described him as…": a judgement with its predicate.
    if (t.lower === 'as' && j > i + 1 && AS_VERBS.has(lemma)) return true;
    if (t.text === ',' && j === i + 1 && tokens[j + 1] && WH.has(tokens[j + 1].lower)) continue;
    if (t.lower === 'like' && j === i + 1) return true; // "seemed like", "sounds like"
    // a zero-that clause after a verb of thinking: "believe Obama advanced…", "think the plan works", "estimated the
    // stockpile held…" (a finite verb: in -s, -ed or an irregular past, not a participle "the stockpile held by…"; and
    // the verb of thinking itself no modifier: "its estimated reserves increased…")
    if (t.pos === 'VERB' && j > i + 1 && ZERO_THAT.has(lemma) && !attributive(tokens, i) && (/(?:[^s]s|ed)$/.test(t.lower) || (isIrregularVerbForm(t.lower) && tokens[j + 1]?.lower !== 'by')) && /^(?:NOUN|PROPN|PRON)$/.test(tokens[j - 1].pos) && !/^(?:him|her|them|me|us|it|you)$/.test(tokens[j - 1].lower)) return true;
    // "wants Jill Lajdziak, Saturn's general manager, and Tom LaSorda to head…": an object with appositions before "to"
    if (t.text === ',' && OBJECT_CONTROL.has(lemma) && objectThenInfinitive(tokens, i + 1)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return false;
    // a subject of a zero-that clause: "found the U.S. military is…" (not the "be" of an aspect's infinitive:
    // "continued to be a saving grace" is no clause)
    // (nor after a participle that modifies the noun after it: "Its estimated reserves … were sold")
    if (t.pos === 'AUX' && j > i + 1 && !(tokens[j - 1].lower === 'to' && ASPECT_VERBS.has(lemma)) && !(ED_END.test(tokens[i].lower) && attributive(tokens, i))) return true;
  }
  return false;
}

/**
 * A quotation closes within two tokens before the verb at i, or right before its subject ("…,” the Republican
 * nominee riffed"), or opens right after its end (or a colon or comma).
 */
function quoteNextTo(tokens: Token[], i: number, end: number): boolean {
  if (tokens.slice(Math.max(0, i - 3), i).some((t) => CLOSE_Q.test(t.text))) return true;
  if (tokens.slice(end, end + 2).some((t) => OPEN_Q.test(t.text))) return true;
  const np = npBackward(tokens, i);
  return !!np && np[0] >= 2 && CLOSE_Q.test(tokens[np[0] - 1].text) && /^[,?!]$/.test(tokens[np[0] - 2].text) && namesActor(tokens, np[0], np[1]);
}

/**
 * A clause opens at k, past adverbs and a time phrase ("maintained in the past that…"): "that", a wh-word,
 * a colon, a comma or a quotation, or "to" and a verb; for a verb of `speech`, also past a phrase of where it was
 * said ("testified in court that…", see `placeThenThat`). Not past an object ("allowed voters who…").
 */
function directClause(tokens: Token[], k: number, speech = false): boolean {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const t = tokens[j];
    if (WH.has(t.lower) || t.text === ':' || OPEN_Q.test(t.text) || t.text === ',' || (t.lower === 'to' && /^(?:VERB|AUX)$/.test(tokens[j + 1]?.pos ?? ''))) return true;
    if (t.pos === 'ADP' && timeAt(tokens, j + 1)) while (j + 1 < tokens.length && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j + 1].pos)) j++;
    else if (t.pos === 'ADP' && speech) return placeThenThat(tokens, j);
    else if (t.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * Whether a phrase of where or in what something was said, opening at the preposition at j, is followed by "that"
 * and a clause ("testified in court that none of…", "countered in a statement that the levy…").
 */
function placeThenThat(tokens: Token[], j: number): boolean {
  // ("related to the incident", "running counter to all that is…": "to" after the verb makes it another verb)
  if (tokens[j].lower === 'to') return false;
  let k = j + 1;
  // (the tagger may read "that" as a determiner: "in court that none of…")
  while (k < tokens.length && k <= j + 9 && tokens[k].lower !== 'that' && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k].pos) || tokens[k].lower === 'of')) k++;
  // (and a clause with a subject of its own after "that": "the incident that left one dead" is a relative clause)
  return k > j + 1 && tokens[k]?.lower === 'that' && !/^(?:VERB|AUX)$/.test(tokens[k + 1]?.pos ?? 'VERB');
}

/** Weak cues that are mostly acts, whose "that" after a place is a relative clause's ("go to the house that…", "allowed in the state that…"). */
const ACTING_WEAK_CUES: ReadonlySet<string> = new Set(['begin', 'go', 'allow', 'grant', 'welcome', 'address', 'debate']);
/** What stands before a participle that modifies a noun ("the expected rise", "1986 estimated…"; a participle, see `attributive`). */
const ATTRIBUTIVE_BEFORE = /^(?:ADJ|NUM)$/;
/** Determiners that need a noun after them (not "both", "some", "many": "Both think…" has its subject). */
const NOUN_DETERMINER = /^(?:the|a|an|this|these|those|its|his|her|their|our|my|your)$/;

/** Whether the word at i modifies the noun after it: "its estimated reserves", "the expected rise". */
function attributive(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p) return false;
  // (a participle before it modifies the same noun when it opens the phrase: "Revised estimated costs…"; not a
  // reduced relative closing the subject, "Those surveyed believe…", "Economists polled expect…")
  if (p.pos === 'VERB') return i === 1 || /^(?:ADJ|VERB)$/.test(tokens[i - 2].pos);
  return ATTRIBUTIVE_BEFORE.test(p.pos) || NOUN_DETERMINER.test(p.lower);
}
/** Verbs of aspect, cues only as speech tags ("he continued: …"): "continued to be…", "began to be…" is no statement. */
const ASPECT_VERBS: ReadonlySet<string> = new Set(['continue', 'begin']);
/** Where the verb group of the verb at i starts: its auxiliaries, negation and adverbs ("would not", "has also"). */
export function verbGroupStart(tokens: Token[], i: number): number {
  let from = i;
  while (from > 0 && i - from < 4 && AUXILIARY_POS.test(tokens[from - 1].pos) && tokens[from - 1].lower !== 'to') from--;
  return from;
}

/**
 * "A Gencorp spokesman would not comment on market speculation…", "The spokesman did not elaborate": a speech act
 * negated in its verb group, with a subject, is a refusal to speak (cue "would not comment", lemma "decline"), as
 * "declined to comment" is.
 */
function negatedAct(tokens: Token[], i: number, resolver: Resolver): Cue | null {
  const from = verbGroupStart(tokens, i);
  if (from === i || !tokens.slice(from, i).some((x) => /^(?:not|n't|n’t)$/.test(x.lower))) return null;
  // (someone who could have spoken: "The tests did not confirm the diagnosis" refuses nothing)
  const np = subjectBefore(tokens, from);
  if (!np || thingSource(tokens[np[1] - 1].lower)) return null;
  return cue(tokens, from, i + 1, 'speech', REFUSAL, makeSource(tokens, np[0], np[1], resolver));
}

/** The verb at i stands after its subject or a form of "be" (past adverbs: "are currently estimated"). */
function finiteOrPassive(tokens: Token[], i: number): boolean {
  if (attributive(tokens, i)) return false;
  let k = i - 1;
  while (k > 0 && tokens[k].pos === 'ADV') k--;
  return /^(?:AUX|NOUN|PROPN|PRON)$/.test(tokens[k]?.pos ?? '');
}

/** Modals of the writer's aside before a passive of speech ("it should be noted that…", "it must be said"). */
const WRITER_MODALS = /^(?:should|must)$/;
/** What is called in the sense of summoned or convened: "the meeting was called", "police were called". */
const SUMMONED: ReadonlySet<string> = new Set(['halt', 'meeting', 'meetings', 'session', 'police', 'strike', 'strikes', 'conference', 'election', 'elections', 'referendum', 'ambulance', 'firefighters', 'troops', 'talks']);
/** Passives of speech verbs that, with no agent, mostly tell of something else (see `otherSensePassive`). */
const OTHER_SENSE_PASSIVES: ReadonlySet<string> = new Set(['issue', 'quote', 'call', 'add', 'post', 'present', 'assure']);

/**
 * Whether an agentless passive of `lemma` (its participle ending before `cueEnd`) tells of something other than a
 * statement: an issue of bonds ("will be issued in denominations of…"; a statement issued is one: "a statement was
 * issued saying…"), a price ("shares were quoted at 375p"; "was quoted as saying" is speech), a summons or a name
 * ("the meeting was called after…", "police were called", "is called H and R Co"; "was called a liar" judges),
 * a sum or a record ("will be added to general funds", "gains were posted"; "was posted on the website" is
 * published), a thing handed over ("questions would be presented to China"), a certainty ("is assured of winning",
 * "is assured to be shut out").
 * "…that" after any of them reports a statement.
 */
function otherSensePassive(tokens: Token[], lemma: string, i: number, cueEnd: number, subject: () => [number, number] | null): boolean {
  if (!OTHER_SENSE_PASSIVES.has(lemma)) return false;
  const next = tokens[cueEnd];
  if (next?.lower === 'that' || (next && OPEN_Q.test(next.text))) return false;
  if (lemma === 'issue') {
    const sb = subject();
    return !sb || !STATEMENT_NOUNS.has(tokens[sb[1] - 1].lower);
  }
  if (lemma === 'quote') return !tokens.slice(cueEnd, cueEnd + 3).some((x) => x.lower === 'as');
  // ("is now assured of winning 175 delegates", "is assured to be shut out": certain of it; "was assured by the
  // minister", "were assured the…" are told)
  if (lemma === 'assure') return next?.lower === 'of' || next?.lower === 'to';
  // ("was posted on the website": published, a source of its own)
  if (lemma === 'post') return !/^(?:on|online)$/.test(tokens[i + 1]?.lower ?? '');
  // a summons ("the meeting was called", "police were called"), or a name ("is called H and R Co"; not "was called a
  // liar", a judgement, nor "the race was called for Cruz", "has been called into question", someone's verdict)
  if (lemma === 'call') {
    const after = tokens[i + 1];
    // ("called into question", "called for Cruz", "called out by fellow doctors": a verdict or a rebuke; a time after
    // it, "was called Tuesday", is no name given)
    if (after && /^(?:into|for|out)$/.test(after.lower)) return false;
    if (after && (after.pos === 'PROPN' || /^\p{Lu}/u.test(after.text)) && !TIME_HEAD.has(after.lower)) return true;
    const sb = subject();
    return !!sb && SUMMONED.has(tokens[sb[1] - 1].lower);
  }
  return true;
}

/** A figure (not a year) in the object after the verb at i, before any clause or punctuation: "estimated a value of less than 150". */
function estimatedFigure(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 10; j++) {
    const t = tokens[j];
    if (/^(?:PUNCT|VERB|AUX|SCONJ|PRON)$/.test(t.pos)) return false;
    if (t.pos === 'NUM' && !YEAR.test(t.text)) return true;
  }
  return false;
}

/** Verbs of estimating: their object's figure after "at" is what they say ("estimated its losses at five mln dlrs"). */
const ESTIMATING: ReadonlySet<string> = new Set(['estimate', 'forecast', 'project', 'predict']);
/** Verbs of thinking and of estimating that take a clause without "that" ("estimated the stockpile held…"). */
const ZERO_THAT = new Set(['think', 'believe', 'feel', 'fear', 'hope', 'expect', 'know', 'suspect', 'guess', 'bet', 'figure', 'reckon', 'suppose', 'assume', 'worry', 'doubt', 'estimate', 'forecast', 'predict', 'project']);

function makeSource(tokens: Token[], from: number, to: number, resolver: Resolver): Source {
  // "Ana Ruiz, the port's spokeswoman,", "Ana Ruiz (D-Ore.)", "Ana Ruiz — a teacher —": the name before an apposition or a parenthesis is who it is.
  let nameTo = to;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k].text === ',' || tokens[k].text === '(' || DASHES.test(tokens[k].text)) {
      nameTo = k;
      break;
    }
  }
  // a possessor ("Mayor Ana Ruiz’s claim", "the officials' claim") is who its possessive mark follows
  if (nameTo === to && to - from > 1 && POSSESSIVE_MARK.test(tokens[to - 1].text)) nameTo = to - 1;
  const m = describePhrase(tokens, from, nameTo);
  // An apposition that is no name leaves a vague phrase vague ("a ministry official, who was not authorised to
  // speak,"); a name in apposition names the source ("another board member, Jim Holm,", "The official, the party's
  // chairman Masayoshi Ito,"), who is then the one the source is resolved to
  const appositionEnd = nameTo < to && tokens[nameTo].text === ',' && !m.person ? nameInApposition(tokens, nameTo) : -1;
  const namedInApposition = tokens[nameTo + 1]?.pos === 'PROPN' || appositionEnd > 0;
  if (appositionEnd > 0) {
    const named = describePhrase(tokens, nameTo + 1, appositionEnd);
    [m.name, m.person, m.gender] = [named.name, true, named.gender];
  }
  if (nameTo < to) m.text = describePhrase(tokens, from, to).text;
  const first = tokens[from];
  const pronoun = to - from === 1 && PRONOUNS.has(first.lower) ? first.lower : null;
  const r = resolver.resolve(m, pronoun);
  const found = pronoun ? null : nameTo < to && !namedInApposition ? vagueness(tokens, from, nameTo, { ...m, text: describePhrase(tokens, from, nameTo).text }) : vagueness(tokens, from, to, m);
  let vague = found?.reason ?? null;
  let kind = found;
  if (vague && nameTo < to && tokens.slice(nameTo, to).some((t) => /^(?:anonymous|anonymously|unnamed|unidentified)$/.test(t.lower))) [vague, kind] = [`"${describePhrase(tokens, from, nameTo).text}" is anonymous`, null];
  if (pronoun && !r.found && (pronoun === 'they' || pronoun === 'it')) vague = `"${first.text}" does not say who`;
  // "the report said" after "a report from U.S. intelligence agencies said": the report the reader has met
  const work = kind?.work && !pronoun ? knownWork(tokens, from, nameTo, resolver) : undefined;
  if (work) vague = null;
  return {
    span: { start: tokens[from].start, end: tokens[to - 1].end },
    text: m.text,
    resolved: work?.name ?? r.name,
    pronoun: pronoun !== null,
    person: pronoun ? pronoun === 'he' || pronoun === 'she' : m.person || (to - from === 1 && first.pos === 'PROPN'),
    vague,
    partySpokesperson: vague !== null && !!kind?.party,
    head: vague !== null ? found?.head ?? null : null,
  };
}

/** A definite report, study, survey or poll ("the report", "the annual report") named by an earlier source of the document. */
function knownWork(tokens: Token[], from: number, to: number, resolver: Resolver): Mention | undefined {
  if (!resolver.earlierWork || !/^(?:the|this|that)$/.test(tokens[from].lower)) return undefined;
  const head = tokens[to - 1];
  return WORK_WORD.test(head.lower) ? resolver.earlierWork(head.start) : undefined;
}

/**
 * The work a named source said something in, right after the cue ("the counselor said in a field report", "wrote in
 * its monthly survey") or before its source ("In a report the institute said…"): a mention, under the source's
 * name, that a later "the report said" refers back to (see `knownWork`); null when there is none.
 */
export function workOfCue(tokens: Token[], c: Cue): Mention | null {
  const src = c.source;
  if (!src || src.vague || !src.resolved) return null;
  const work = (from: number, to: number): Mention => ({ text: describePhrase(tokens, from, to).text, name: src.resolved, offset: tokens[from].start, person: false, plural: false });
  let k = tokens.findIndex((t) => t.start >= c.span.end);
  if (k >= 0 && tokens[k].lower === 'in' && WORK_DETERMINER.test(tokens[k + 1]?.lower ?? '')) {
    k++;
    // (a possessive among its words too: "in the institutes' joint spring report")
    for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
      if (WORK_WORD.test(tokens[j].lower) && tokens[j].pos === 'NOUN') return work(k, j + 1);
      if (!WORK_MODIFIER_POS.test(tokens[j].pos) && !POSSESSIVE_MARK.test(tokens[j].text)) return null;
    }
    return null;
  }
  // …or before its source: "In a report(,) the Kiel institute said…"
  let j = tokens.findIndex((t) => t.start >= src.span.start) - 1;
  if (tokens[j]?.text === ',') j--;
  if (j < 2 || !WORK_WORD.test(tokens[j].lower) || tokens[j].pos !== 'NOUN') return null;
  for (let d = j - 1; d >= 1 && d >= j - 4; d--) {
    if (WORK_DETERMINER.test(tokens[d].lower)) return tokens[d - 1].lower === 'in' ? work(d, j + 1) : null;
    if (!WORK_MODIFIER_POS.test(tokens[d].pos)) return null;
  }
  return null;
}
const WORK_DETERMINER = /^(?:a|an|the|its|their|his|her)$/;
const WORK_MODIFIER_POS = /^(?:ADJ|NOUN|PROPN|NUM)$/;

function cue(tokens: Token[], from: number, to: number, kind: CueKind, lemma: string, source: Source | null): Cue {
  return {
    span: { start: tokens[from].start, end: tokens[to - 1].end },
    text: tokens.slice(from, to).map((t, k) => (k > 0 && t.start > tokens[from + k - 1].end ? ' ' : '') + t.text).join(''),
    kind,
    lemma,
    source,
    introducesBlock: false,
  };
}

/**
 * Words read after "according to" for its source, up to the next punctuation: "according to interviews with a dozen
 * party leaders and officials involved in the delegate selection process" is fourteen.
 */
const ACCORDING_REACH = 20;
/** First words of the prepositional cues ("according", "citing"): most tokens are none of them. */
const PREPOSITION_STARTS: ReadonlySet<string> = new Set(PREPOSITIONAL.map((p) => p[0]));

/**
 * Finds attribution cues in one sentence and the source each one names.
 * Patterns: SOURCE CUE (…, the ministry said), CUE SOURCE after a quote or comma
 * (," said Kirby), according to SOURCE, hedging adverbs (reportedly), passive
 * reporting (is said to, was quoted as saying), and SOURCE: "quote".
 */
export function findCues(input: SentenceInput, resolver: Resolver): Cue[] {
  // (cue words the tagger misread where a verb stands are read as verbs: "is promising", "who support")
  const retagged = retagVerbs(input.tokens, (noun) => agentNoun(noun, false));
  const s = retagged === input.tokens ? input : { ...input, tokens: retagged };
  const marks = apostropheQuotes(s.tokens, s.text);
  const withMarks = marks.length ? { ...s, quoted: [...s.quoted, ...marks] } : s;
  const cues = findCuesIn(withMarks, resolver);
  // a sentence with no cue at all: a quotation in the predicate of its main clause's named subject is the subject's
  if (cues.length === 0 && withMarks.quoted.length > 0) predicateQuoteCue(withMarks, resolver, cues);
  for (let k = 0; k < cues.length; k++) cues[k] = raisingSource(s.tokens, cueWords(s.tokens, s.quoted, cues[k]), resolver);
  // "rhetoric that painted…", "a fund which backed…": a relative pronoun standing for a thing names no source.
  for (let k = 0; k < cues.length; k++) {
    const src = cues[k].source;
    if (!src || !/^(?:that|which)$/i.test(src.text)) continue;
    const at = s.tokens.findIndex((t) => t.start === src.span.start);
    if (at > 0 && !namesActor(s.tokens, at, at + 1)) cues[k] = { ...cues[k], source: null };
  }
  // ("went on to say:" takes in the cue "to say:" of the same speaker, "appeared to suggest" the cue "to suggest")
  return cues.filter((c) => !cues.some((o) => o !== c && o.span.start <= c.span.start && c.span.end <= o.span.end && o.span.end - o.span.start > c.span.end - c.span.start && (o.source?.text === c.source?.text || o.lemma === c.lemma)));
}

/** "Ruiz seemed to waver": the one whose impression it is, not the subject, is a raising verb's source. */
function raisingSource(tokens: Token[], c: Cue, resolver: Resolver): Cue {
  if (!c.source || !RAISING_VERBS.has(c.lemma)) return c;
  const end = tokens.findIndex((t) => t.start >= c.span.end);
  // "Holm appeared to suggest that…": what seems is a speech act, and its subject performs it
  const act = end > 0 && tokens[end].lower === 'to' ? CUE_VERBS.get(tokens[end + 1]?.lower ?? '') : undefined;
  if (act && act.cls === 'speech' && tokens[end + 1].lower === act.lemma) return { ...cue(tokens, tokens.findIndex((t) => t.start === c.span.start), end + 2, 'speech', act.lemma, c.source), introducesBlock: c.introducesBlock };
  const e = experiencer(tokens, end < 0 ? tokens.length : end);
  return { ...c, source: e ? makeSource(tokens, e[0], e[1], resolver) : null };
}

/**
 * Quotations marked with doubled apostrophes (''We are ready,'' she said.) or ``…'', a style some
 * archives use for every quote, read within the sentence: `` opens, '' before a word after a space
 * opens, any other mark closes. A closing mark with no opening one ends a quotation begun in an
 * earlier sentence or paragraph (which the quotation finder, reading one paragraph at a time, does
 * not see); an opening one with no closing one runs to the end of the sentence. Contents as spans;
 * none without such marks.
 */
function apostropheQuotes(tokens: Token[], text: string): Span[] {
  if (tokens.length === 0) return [];
  const from = tokens[0].start;
  const to = tokens[tokens.length - 1].end;
  const slice = text.slice(from, to);
  if (!slice.includes("''")) return [];
  const spans: Span[] = [];
  let open = -1;
  // (``…'' is the same style with a distinct opening mark)
  for (const m of slice.matchAll(/''|``/g)) {
    const at = from + m.index;
    const before = at === from ? ' ' : text[at - 1];
    const after = text[at + 2] ?? ' ';
    if (m[0] === '``' || (/[\s(\[—–-]/.test(before) && /[\p{L}\p{N}"“‘$]/u.test(after))) {
      if (open < 0) open = at + 2;
    } else {
      spans.push({ start: open < 0 ? from : open, end: at });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: to });
  return spans;
}

/** Prepositions that open what a cue is about ("joked about", "railed against", "warned of", "lashed out"). */
const TOPIC_PREPOSITIONS = /^(?:about|against|of|for|on|out)$/;
/** Participles of characterising whose "as" opens the characterisation ("known as", "seen as"). */
const AS_PARTICIPLES = /^(?:known|billed|labeled|labelled|dubbed)$/;

/**
 * The words of a cue as a reader marks them: the colon that opens what it introduces ("added:"), the
 * infinitive marker before it ("to say", "as if to say"), the preposition that opens its topic
 * ("joked about", "railed against", "critical of", "known as"), and the article before a noun
 * ("the support of"). Not the time or place of a statement ("said on Tuesday", "said of" / "said in",
 * which name where as often as what), nor anything inside a quotation.
 */
function cueWords(tokens: Token[], quoted: Span[], c: Cue): Cue {
  if (c.kind === 'hedge' || c.kind === 'according' || c.kind === 'colon') return c;
  const first = tokens.findIndex((t) => t.start === c.span.start);
  const last = tokens.findIndex((t) => t.end === c.span.end) + 1;
  if (first < 0 || last <= 0) return c;
  let from = first;
  let to = last;
  const sourceAt = (k: number): boolean => !!c.source && tokens[k].start < c.source.span.end && c.source.span.start < tokens[k].end;
  const open = (k: number): boolean => k >= 0 && k < tokens.length && !inside(quoted, tokens[k]) && !sourceAt(k);
  const head = tokens[to - 1];
  const noun = head.pos === 'NOUN';
  // before: "to" of an infinitive, an article before a noun cue
  const p = tokens[from - 1];
  if (open(from - 1) && p.lower === 'to' && /^(?:VERB|AUX)$/.test(tokens[from].pos) && !/(?:ed|s)$/.test(tokens[from].lower)) from--;
  // after: the preposition of the topic
  const n = tokens[to];
  if (open(to)) {
    const say = c.lemma === 'say' || c.lemma === 'tell';
    if (TOPIC_PREPOSITIONS.test(n.lower) && !(say && /^(?:of|on|for)$/.test(n.lower)) && !/^(?:declin|refus)/.test(tokens[from].lower)) {
      // (not a time or a length of time: "commented on Tuesday", "has known for years", "spoke for about an hour")
      if (!timeAt(tokens, to + 1)) to++;
    } else if (n.lower === 'as' && AS_PARTICIPLES.test(head.lower)) to++;
    else if (n.lower === 'to' && noun && !/^(?:VERB|AUX)$/.test(tokens[to + 1]?.pos ?? '')) to++;
    // "went on to say", "goes on to praise": going on is what is said next
    else if (n.lower === 'to' && c.lemma === 'go' && tokens[to + 1]?.pos === 'VERB' && open(to + 1)) to += 2;
  }
  if (open(to) && tokens[to].text === ':') to++;
  if (from === first && to === last) return c;
  return { ...cue(tokens, from, to, c.kind, c.lemma, c.source), introducesBlock: c.introducesBlock };
}

const DURATION = /^(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|while|time|now|long|ages|about|nearly|almost|more|over|past)$/;

/** A time or a length of time opens at k: "Tuesday", "May 3", "years", "the past year", "about an hour", "two weeks". */
function timeAt(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 4; j++) {
    const t = tokens[j];
    if (TIME_HEAD.has(t.lower) || DURATION.test(t.lower) || t.lower === 'may' || t.pos === 'NUM') return true;
    if (!/^(?:DET|ADJ)$/.test(t.pos)) return false;
  }
  return false;
}

/** Forms of "be" after "there" ("there is", "there has long been", "there remain"; what stands between is read in `existentialStance`). */
const EXISTENTIAL_BE = /^(?:is|was|are|were|'s|’s|be|been|remains|remain|remained)$/;
/** What may qualify the stance noun: "much", "a lot of", "growing", "broad", "far less", "widespread". */
const STANCE_QUALIFIER_POS = /^(?:DET|ADJ|ADV|NUM)$/;
const STANCE_QUALIFIER_WORDS: ReadonlySet<string> = new Set(['lot', 'of', 'deal', 'great', 'more', 'less', 'much', 'growing', 'increasing', 'mounting', 'renewed']);
/** What opens the stance's content or holder after the noun: "…concern that", "…talk about", "…agreement among economists". */
const STANCE_CONTENT_OPENERS: ReadonlySet<string> = new Set(['that', 'about', 'over', 'among', 'within', 'as', 'whether', 'of', 'on', 'in']);
/** Stances whose topic "on" or "in" may open ("speculation in the weeks…", "talk on the floor about…"). */
const TOPIC_ON_STANCES: ReadonlySet<string> = new Set(['speculate', 'talk', 'concern']);
/** Nouns "little" makes the writer's own certainty ("there is little doubt that…"), as "no" does any (below). */
const NOT_HELD_WHEN_LITTLE: ReadonlySet<string> = new Set(['doubt', 'doubts', 'questions', 'agreement', 'consensus']);

/**
 * "There is growing concern among bankers that the peso will fall", "There has been much speculation about…",
 * "There were reports that…": a stance or report the sentence says is held, by an unnamed many or by the group
 * after "among" / "within" (its source, judged vague or not like any source). With no such group the cue has no
 * source: a passive's vagueness ("it is believed that…"), which `vague-attribution` reports. Not what no one holds
 * ("there were no reports of deaths" tells an absence; "there is no doubt that…", "little doubt", is the writer's own
 * certainty), and "agreement" only of a view ("broad agreement that", "among economists"), not a deal ("an agreement
 * to conduct strikes", "the agreement on trade").
 */
function existentialStance(tokens: Token[], i: number, resolver: Resolver): { cue: Cue | null; last: number } | null {
  let k = i + 1;
  // "there has been", "there have long been", "there is now"
  while (k < tokens.length && k <= i + 3 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].lower === 'long') && !EXISTENTIAL_BE.test(tokens[k].lower)) k++;
  if (!EXISTENTIAL_BE.test(tokens[k]?.lower ?? '')) return null;
  k++;
  const qualifiers = k;
  while (k < tokens.length && k < qualifiers + 5 && !EXISTENTIAL_STANCES.has(tokens[k].lower) && (STANCE_QUALIFIER_POS.test(tokens[k].pos) || STANCE_QUALIFIER_WORDS.has(tokens[k].lower))) k++;
  const noun = tokens[k];
  const lemma = noun ? EXISTENTIAL_STANCES.get(noun.lower) : undefined;
  if (!noun || !lemma) return null;
  const qualified = tokens.slice(qualifiers, k);
  // (nor is the noun then a stance noun of its own: "little doubt that…" is no one's doubt)
  const negated = tokens.slice(i + 1, qualifiers).some((x) => /^(?:not|n't|n’t|never|hardly)$/.test(x.lower));
  if (negated || qualified.some((x) => x.lower === 'no' || x.lower === 'never') || (qualified.some((x) => x.lower === 'little') && NOT_HELD_WHEN_LITTLE.has(noun.lower))) return { cue: null, last: k };
  const next = tokens[k + 1];
  const ends = !next || FULL_STOP.test(next.text);
  if (!ends && !STANCE_CONTENT_OPENERS.has(next.lower)) return null;
  // ("on" and "in" open a topic only of talk and speculation: "There is a report on the economy due Friday", "There
  // is hope in the city tonight" hold no one's view)
  if (next && /^(?:on|in)$/.test(next.lower) && !TOPIC_ON_STANCES.has(lemma)) return null;
  if (lemma === 'agree' && !(next && /^(?:that|among|within)$/.test(next.lower))) return null;
  // the group holding it: "among economists", "within the party"
  let source: Source | null = null;
  if (next && /^(?:among|within)$/.test(next.lower)) {
    const end = npForward(tokens, k + 2);
    if (end > k + 2) source = makeSource(tokens, k + 2, end, resolver);
  }
  return { cue: cue(tokens, i, k + 1, source ? 'belief' : 'passive', lemma, source), last: k };
}

/**
 * A thing that speaks only as evidence (`EVIDENCE_NOUNS`, and "findings"): no one a reaction comes from ("drew support
 * from strong economic data"), nor anyone refusing to speak ("The tests did not confirm the diagnosis").
 */
function thingSource(word: string): boolean {
  return EVIDENCE_NOUNS.has(word) || word === 'findings';
}
/** Times "from" may open after a reaction: "drew criticism from the outset" is no one's. */
const REACTION_TIMES: ReadonlySet<string> = new Set(['outset', 'start', 'beginning', 'first', 'get-go', 'onset']);

/**
 * "The proposal has drawn harsh criticism from fellow candidates", "Rubio has won overwhelming support from members of
 * Congress", "faced a backlash from gay rights groups": a reaction (REACTIONS) the verb's subject met, within four
 * words of the verb, and "from" someone within six words of the reaction, whose judgement or stance it is: the
 * source (whoever a criticism comes from judges; "fire" is no reaction here, it may be a gun's). The cue runs from
 * the verb to the reaction ("has drawn harsh criticism"). With no "from", a judgement (JUDGING_REACTIONS) is still
 * someone's, not said whose: a cue with no source, of a vague passive's kind ("has faced sharp criticism for…");
 * other reactions name no one ("won support in the primary", "won approval in May").
 */
function reactionCue(tokens: Token[], i: number, resolver: Resolver): Cue | null {
  let k = i + 1;
  while (k < tokens.length && k <= i + 4 && !REACTIONS.has(tokens[k].lower) && (/^(?:DET|ADJ|ADV|NUM)$/.test(tokens[k].pos) || (tokens[k].pos === 'VERB' && /(?:ing|ed)$/.test(tokens[k].lower)))) k++;
  if (!REACTIONS.has(tokens[k]?.lower ?? '')) return null;
  const from = verbGroupStart(tokens, i);
  // ("drew no criticism from…", "has not drawn any criticism from…": no one's)
  if (tokens.slice(from, k).some((x) => NEGATION.test(x.lower))) return null;
  let f = k + 1;
  while (f < tokens.length && f <= k + 6 && tokens[f].lower !== 'from' && !/^(?:VERB|AUX|PUNCT|SCONJ|CCONJ)$/.test(tokens[f].pos)) f++;
  // "Suu Kyi has faced sharp criticism for failing to…": a judgement met, not said whose (a vague passive's kind)
  if (tokens[f]?.lower !== 'from') return JUDGING_REACTIONS.has(tokens[k].lower) ? cue(tokens, from, k + 1, 'passive', REACTION_VERBS.get(tokens[i].lower)!, null) : null;
  let end = npForward(tokens, f + 1);
  if (end <= f + 1) return null;
  // someone, not a thing or a time ("from strong economic data", "from the outset" are no one)
  const head = tokens[end - 1];
  if (thingSource(head.lower) || REACTION_TIMES.has(head.lower)) return null;
  // ("members of the council", "both sides of the abortion debate": the group with its "of" phrase)
  if (tokens[end]?.lower === 'of') {
    const tail = npForward(tokens, end + 1);
    if (tail > end + 1) end = tail;
  }
  const lemma = REACTION_VERBS.get(tokens[i].lower)!;
  return cue(tokens, from, k + 1, 'speech', lemma, makeSource(tokens, f + 1, end, resolver));
}

// Patterns of findCuesIn's per-token and per-cue tests, compiled once (a regex literal is a new object each time it is evaluated).
const DECLINING = /^(?:declin|refus)/;
const DECLINED_ACT = /^(?:comment|say|discuss|elaborate|confirm|specify|answer|speculate|identify|detail|disclose|respond|name|reveal|project|estimate|predict)$/;
/** What is given when something is told ("declined to give details", "refused to give the purchase price"). */
const TOLD_THINGS = /^(?:details|detail|figures|figure|price|prices|terms|specifics|breakdown|numbers|name|names|reasons?|estimates?|forecasts?|comment)$/;

/** Whether the act at k that someone declines is saying something: "to comment", "to name the buyer", "to give details". */
function refusedSaying(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (DECLINED_ACT.test(t.lower)) return true;
  if (t.lower !== 'give' && t.lower !== 'provide') return false;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    if (TOLD_THINGS.test(tokens[j].lower)) return true;
    if (!/^(?:DET|ADJ|NOUN|NUM|PRON)$/.test(tokens[j].pos)) return false;
  }
  return false;
}
/** Acts whose negation is a refusal to speak ("would not comment"; not "do not identify with", "did not answer the door"). */
const REFUSED_ACT = /^(?:comment|elaborate|discuss|confirm|specify|speculate|disclose|detail)$/;
const FULL_STOP = /^[.!?]$/;
/** "Here’s" as one token: a presentation ("Here’s Clinton in 1992: “…”"). */
const HERE_IS = /^here(?:'s|’s)$/;
const UPPER_FIRST = /^\p{Lu}/u;
const ED_END = /ed$/;
const ING_END = /ing$/;
const S_END = /s$/;
const STATES = /^states?$/;
const SUBJECT_START_POS = /^(?:PROPN|PRON|DET|NUM|SCONJ)$/;
const CLAUSE_BREAK_POS = /^(?:PUNCT|CCONJ)$/;
const MODIFIER_POS = /^(?:NUM|ADJ|ADP)$/;
/** What may follow a role's noun after "as" and an -ing word: the phrase's end ("as reporting dealers, …", "… for the fund"). */
const ROLE_PHRASE_END = /^(?:PUNCT|ADP|CCONJ)$/;
const YOU = /^(?:you|ye)$/;
const BE_BEFORE_PARTICIPLE = /^(?:is|are|was|were|been|be|being)$/;
const VERB_POS = /^(?:VERB|AUX)$/;
const DAY_END = /day$/;
const AUXILIARY_POS = /^(?:AUX|PART|ADV)$/;
/** Passives whose subject holds the belief they bring about: "we are convinced that…". */
const EXPERIENCER_PASSIVES: ReadonlySet<string> = new Set(['convince', 'persuade']);
/** Passives that give a thing's purpose ("is intended to limit", "was designed to…", "is meant for…"), not a view of it. */
const PURPOSE_PASSIVES: ReadonlySet<string> = new Set(['intend', 'design', 'mean']);

function findCuesIn(s: SentenceInput, resolver: Resolver): Cue[] {
  const { tokens, quoted } = s;
  const cues: Cue[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (inside(quoted, tokens[i])) continue;
    const resume = phraseCueAt(tokens, i, resolver, cues, taken);
    if (resume === undefined) verbCueAt(s, i, resolver, cues, taken);
    else i = resume;
  }
  // A stance noun inside a reported statement is part of that statement's content, not a cue of its own.
  if (cues.some((c) => c.kind !== 'hedge' && !STANCE_NOUNS.has(c.lemma))) {
    for (let k = cues.length - 1; k >= 0; k--) if (STANCE_NOUNS.has(cues[k].lemma) && tokenAt(tokens, cues[k].span.start)?.pos === 'NOUN') cues.splice(k, 1);
  }
  // A belief inside what someone is reported to have said is part of that statement ("she said she was
  // confident that…", "he says he wants…"): the statement is the attribution, not the belief.
  const speechAt = cues.findIndex((c) => (c.kind === 'speech' || c.kind === 'report' || c.kind === 'evidence') && c.source && !ING_END.test(c.text));
  if (speechAt >= 0) {
    const speech = cues[speechAt];
    const from = speech.span.end;
    // A passive or a piece of evidence after it is too ("officials said the ship was seen…", "he said polls show…").
    for (let k = cues.length - 1; k >= 0; k--) if ((cues[k].kind === 'belief' || cues[k].kind === 'passive' || cues[k].kind === 'evidence') && cues[k].span.start >= from) cues.splice(k, 1);
    // A statement reported inside the statement is its content too: the subject of the reported clause
    // right after the verb ("Ruiz said the skipper told her…", "critics say he had proposed…", "added that
    // Frey had warned…") speaks only within it.
    const end = tokens.findIndex((t) => t.end === speech.span.end);
    // (after "that", also past a listener: "told reporters that…")
    let that = end + 1;
    while (that < end + 4 && tokens[that] && tokens[that].lower !== 'that' && /^(?:PROPN|NOUN|PRON|DET)$/.test(tokens[that].pos)) that++;
    const clauseAt = tokens[that]?.lower === 'that' ? tokens[that + 1]?.start : tokens[end + 1]?.start;
    // (or past a listener with no "that": "told reporters the report disclosed…")
    let listener = end + 1;
    if (TELLING.has(speech.lemma)) while (listener < end + 4 && /^(?:PROPN|NOUN|PRON)$/.test(tokens[listener]?.pos ?? '')) listener++;
    const afterListener = listener > end + 1 ? tokens[listener]?.start : undefined;
    if (clauseAt !== undefined && speech.source!.span.end <= speech.span.start) {
      for (let k = cues.length - 1; k >= 0; k--) {
        const c = cues[k];
        if (c !== speech && (c.kind === 'speech' || c.kind === 'report') && (c.source?.span.start === clauseAt || (afterListener !== undefined && c.source?.span.start === afterListener)) && c.span.start >= c.source!.span.end) cues.splice(k, 1);
      }
    }
    // …and so is one before it that the statement reports ("Voters want change, the mayor said").
    if (clauseEndsAfter(tokens, tokens.findIndex((t) => t.end === speech.span.end) + 1)) {
      // (a participle clause too: "Investors shied away, remembering the crash, analysts noted")
      for (let k = cues.length - 1; k >= 0; k--) if ((cues[k].kind === 'belief' || ING_END.test(cues[k].text)) && cues[k].span.end <= speech.span.start && (cues[k].source?.span.end ?? 0) <= speech.span.start) cues.splice(k, 1);
    }
  }
  // "Speaking to reporters on Monday, Ruiz said…": the setting of another cue, not a cue of its own.
  if (cues.length > 1) {
    for (let k = cues.length - 1; k >= 0; k--) {
      const c = cues[k];
      const end = tokens.findIndex((t) => t.end === c.span.end);
      if (/^(?:speak|address)$/.test(c.lemma) && ING_END.test(c.text) && /^(?:to|at|in|on|with|before|during)$/.test(tokens[end + 1]?.lower ?? '')) cues.splice(k, 1);
    }
  }
  // "…, according to the AP": the clause it attributes holds the statement; its verbs are not cues of their own.
  if (cues.some((c) => c.kind === 'according' && c.source)) {
    for (let k = cues.length - 1; k >= 0; k--) if (cues[k].kind !== 'according' && cues[k].kind !== 'hedge') cues.splice(k, 1);
  }
  // A participle with its agent after it is said by the agent, with or without a form of "be" before
  // it: "the levels desired by NATO", "(a view echoed by everyone I interviewed)".
  for (const c of cues) {
    if (c.kind === 'according' || c.kind === 'hedge' || !PASSIVE_PARTICIPLE.test(c.text)) continue;
    const end = tokens.findIndex((t) => t.end === c.span.end);
    // (a participle opening an apposition may have a short complement first: "members, called to service by the governor,")
    // (a regular "-ed" form after a noun and a comma: "Khaleda, said corrupt practices by officials…" and "The White
    // House, however, praised efforts by volunteers" are finite verbs; and the apposition closes with a comma)
    const opensApposition = tokens[end - 1]?.text === ',' && tokens[end].start === c.span.start && ED_END.test(c.text) && /^(?:NOUN|PROPN)$/.test(tokens[end - 2]?.pos ?? '');
    // (a judgement's passive may have its predicate first: "are considered unclean by Muslims")
    let agent = tokens[end + 1]?.lower === 'by' ? byAgent(tokens, end + 1, 0) : opensApposition ? byAgent(tokens, end + 1, 3) : c.kind === 'passive' && !c.source ? actorAgent(tokens, byAgent(tokens, end + 1)) : null;
    if (agent && opensApposition && tokens[end + 1]?.lower !== 'by' && tokens[agent[1]]?.text !== ',') agent = null;
    if (agent && !(c.source && c.source.span.start === tokens[agent[0]].start)) c.source = makeSource(tokens, agent[0], agent[1], resolver);
  }
  // Participles take the source of the main clause: "Saying…, Shoigu said…", "Putin ordered…, saying…".
  for (const c of cues) {
    // An infinitive takes the subject of its sentence: "Clinton took to Twitter to say…", "Sanders is choosing not to respond to…".
    if (!c.source && c.kind !== 'hedge' && c.kind !== 'passive' && c.kind !== 'according') {
      const at = tokens.findIndex((t) => t.start === c.span.start);
      const name = at > 1 && tokens[at - 1].lower === 'to' ? (sentenceSubject(tokens, at - 1) ?? headlineSubject(tokens, at - 1)) : null;
      if (name) {
        c.source = makeSource(tokens, name[0], name[1], resolver);
        continue;
      }
    }
    // (a phrasal one too: "by talking about")
    if (!c.source && /ing(?: \S+)?$/.test(c.text) && c.kind !== 'hedge' && c.kind !== 'passive') {
      // "Holm opened by talking about…", "When Ruiz launched her bid by attacking…": a gerund after a preposition
      // is performed by the subject of the verb before it
      const gerund = gerundSubject(tokens, tokens.findIndex((t) => t.start === c.span.start));
      if (gerund) {
        c.source = makeSource(tokens, gerund[0], gerund[1], resolver);
        continue;
      }
      // the nearest cue before it ("…, the union called Clinton a champion, citing her work": not the
      // "announcing" of an opening phrase), else the first after it ("Saying…, Shoigu said…")
      const main = nearestCueBefore(cues, c.span.start, (o) => o !== c && !o.source!.pronoun) ?? cues.find((o) => o !== c && o.source && !o.source.pronoun);
      if (main) c.source = main.source;
      else {
        const at = tokens.findIndex((t) => t.start === c.span.start);
        // "Conceding that…, he warned": a participle clause opening the sentence is performed by the main clause's subject
        let first = 0;
        while (first < at && (OPEN_Q.test(tokens[first].text) || tokens[first].pos === 'CCONJ' || tokens[first].pos === 'ADV')) first++;
        const name = (first === at ? sentenceSubject(tokens, tokens.length) : null) ?? sentenceSubject(tokens, at) ?? lastNameBefore(tokens, at);
        if (name) c.source = makeSource(tokens, name[0], name[1], resolver);
      }
    }
  }
  // "In a CNN poll released Monday, Clinton led…", "In the ad, Trump is shown…": a work opening the sentence is its source.
  if (cues.length === 0) {
    const w = openingWork(tokens, resolver) ?? pollPhrase(tokens, quoted, resolver);
    if (w) cues.push(w);
  }
  // "The board approved the plan in a statement issued on Monday": an act the subject tells of in its own work.
  if (!cues.some((c) => c.source)) {
    const w = subjectsWork(tokens, quoted, resolver);
    if (w) {
      for (let k = cues.length - 1; k >= 0; k--) if (cues[k].kind !== 'hedge' && cues[k].span.start >= w.span.start && cues[k].span.end <= w.span.end) cues.splice(k, 1);
      cues.push(w);
    }
  }
  // "Fallon fired back: “…”", "Perez lobbies for a higher wage: “…”": an actor's clause that a colon opens onto a quotation.
  const quoteColon = tokens.findIndex((t, k) => t.text === ':' && OPEN_Q.test(tokens[k + 1]?.text ?? '') && !inside(quoted, t));
  // (a cue in an opening clause, "Asked about the vote, Holm shot back: “…”", leaves the main clause free)
  const mainFrom = quoteColon > 1 ? tokens[clauseStart(tokens)]?.start ?? 0 : 0;
  if (quoteColon > 1 && !cues.some((c) => c.kind !== 'hedge' && c.span.start < tokens[quoteColon].start && c.span.start >= mainFrom)) {
    let sb = sentenceSubject(tokens, quoteColon);
    let v = sb ? sb[1] : -1;
    if (!sb) [sb, v] = appositionSubject(tokens, quoteColon);
    while (v >= 0 && v < quoteColon && SKIP_ADVERB.has(tokens[v].lower)) v++;
    if (sb && quoteColon - v <= 12 && VERB_POS.test(tokens[v].pos) && !tokens.slice(v, quoteColon).some((t) => t.pos === 'PUNCT' && t.text !== '-')) {
      cues.push(cue(tokens, v, quoteColon + 1, 'speech', tokens[v].lower, makeSource(tokens, sb[0], sb[1], resolver)));
    } else if (sb && tokens[quoteColon - 1].pos === 'VERB' && /^(?:and|then)$/.test(tokens[quoteColon - 2]?.lower ?? '')) {
      // "Trump gestured…, then leaned in and boomed: “…”": the last of the subject's coordinated verbs
      cues.push(cue(tokens, quoteColon - 1, quoteColon + 1, 'speech', tokens[quoteColon - 1].lower, makeSource(tokens, sb[0], sb[1], resolver)));
    }
  }
  // "Here’s Clinton in December 1992: “…”": the name presented is the quotation's speaker
  if (quoteColon > 1 && !cues.some((c) => c.kind !== 'hedge' && c.span.start < tokens[quoteColon].start)) {
    const at = HERE_IS.test(tokens[0].lower) ? 1 : tokens[0].lower === 'here' && /^(?:is|'s|’s)$/.test(tokens[1]?.lower ?? '') ? 2 : -1;
    const end = at > 0 ? npForward(tokens, at) : -1;
    if (end > at && end <= quoteColon && tokens.slice(at, end).some((t) => t.pos === 'PROPN') && (end === quoteColon || tokens[end].pos === 'ADP')) {
      cues.push(cue(tokens, quoteColon, quoteColon + 1, 'colon', ':', makeSource(tokens, at, end, resolver)));
    }
  }
  // "… - Carl Ruiz: “…”", "surprises pollster Ana Holm: “…”": a name right before a colon that opens a quotation
  // is its speaker, wherever it stands in the sentence.
  if (quoteColon > 1 && !cues.some((c) => c.span.end >= tokens[quoteColon].start && c.span.start <= tokens[quoteColon].end)) {
    const np = npBackward(tokens, quoteColon);
    // (after a dash, "from", or a verb that is no cue: not the listener or topic of a cue, "told CNBC:", "said of Ruiz:")
    if (np) for (let k = np[1] - 1; k > np[0]; k--) if (DASHES.test(tokens[k].text) || tokens[k].text === '-') np[0] = k + 1;
    const p = np ? tokens[np[0] - 1] : undefined;
    // (or "by", "via": the author of an excerpt, "“Theatre to close,” by Times' Ben Sisario: “…”")
    const opens = !p || DASHES.test(p.text) || p.text === '-' || /^(?:from|by|via)$/.test(p.lower) || (p.pos === 'VERB' && !CUE_VERBS.has(p.lower));
    // (or a document after "from": "More from the report: “…”")
    const named = !!np && (tokens.slice(np[0], np[1]).some((t) => t.pos === 'PROPN') || (p?.lower === 'from' && DOCUMENT_HEADS.has(tokens[np[1] - 1].lower)));
    if (np && opens && named && np[1] === quoteColon && quoteColon - np[0] <= 8 && !(np[1] - np[0] === 1 && HEADING_LABEL.test(tokens[np[0]].lower))) {
      cues.push(cue(tokens, quoteColon, quoteColon + 1, 'colon', ':', makeSource(tokens, np[0], np[1], resolver)));
    }
  }
  // SOURCE: "quote" / SOURCE: content (colon-introduced).
  // "Partial transcript as follows:", "He released the following statement:": the next paragraphs are quoted.
  const lastT = tokens[tokens.length - 1];
  if (cues.length === 0 && lastT?.text === ':' && tokens.some((t) => INTRODUCER.test(t.lower))) {
    const at = tokens.findIndex((t) => INTRODUCER.test(t.lower));
    // "Partial transcript as follows:": the transcript itself; "He released the following statement:": who released it.
    const np = /^(?:transcript|excerpts?)$/.test(tokens[at].lower) ? npBackward(tokens, at + 1) : npBackward(tokens, at);
    cues.push(cue(tokens, tokens.length - 1, tokens.length, 'colon', ':', np ? makeSource(tokens, np[0], np[1], resolver) : null));
    return cues;
  }
  let lead = 0;
  while (lead < tokens.length && OPEN_Q.test(tokens[lead].text)) lead++;
  const colon = tokens.findIndex((t, k) => t.text === ':' && k > lead && k <= lead + 8);
  if (colon > 0 && !cues.some((c) => c.span.start < tokens[colon].start) && !HEADING_LABEL.test(tokens[lead].lower)) {
    const np = npBackward(tokens, colon, lead);
    const next = tokens[colon + 1];
    const label = tokens.slice(lead, colon);
    const speakerLabel = label.length <= 4 && label.every((t) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text)); // "CLINTON:", "MR. TRUMP:"
    // (not a place heading a list: "New Hampshire: Charlie Arlinghaus, Arnie Arnesen, …")
    const place = PLACES.has(label.map((t) => t.lower).join(' '));
    if (np && np[0] === lead && !place && (!next || OPEN_Q.test(next.text) || UPPER_FIRST.test(next.text)) && (speakerLabel || label.some((t) => t.pos === 'PROPN'))) {
      // "Obama: I'm Optimistic Americans Will Say No": cues after the label are the speaker's words.
      cues.length = 0;
      cues.push(cue(tokens, colon, colon + 1, 'colon', ':', makeSource(tokens, lead, np[1], resolver)));
      return cues;
    }
  }
  const labelled = labelSpeaker(tokens, lead, resolver);
  if (labelled && !cues.some((c) => c.span.start < tokens[labelled.colon].start && c.kind !== 'hedge')) {
    cues.length = 0;
    cues.push(cue(tokens, labelled.colon, labelled.colon + 1, 'colon', ':', makeSource(tokens, labelled.from, labelled.to, resolver)));
  }
  return cues;
}

/**
 * Words that make a label of the words before a colon wherever they stand in it ("Delegate Update:", "AP-GfK Poll:",
 * "Breitbart News Daily:"), besides HEADING_LABEL's, which `labelSpeaker` also reads.
 */
const LABEL_WORDS = /^(?:updates|news|poll|polls|daily|email|briefing|notice|win|race|debate|review|interview|transcript|timeline|explainer|factbox|editorial|blog|quiz|map|chart)$/;
/** The prepositions of a headline's speaker label: "Mukasey at RNC:", "Gillibrand on Hillary's Speeches:" (not "Clinton
 * Wades In:", "Limited Tools to Fight Terrorism:", whose words in title case all read as names). */
const LABEL_PREPOSITIONS = /^(?:at|on)$/;

/**
 * A headline's or a transcript's speaker named before a colon, the words after it theirs: "Lynch: No outside
 * influence…", "De Blasio: Trust Bratton…", "EXCLUSIVE – Roger Stone: Don’t Trust…", "Former AG Mukasey at RNC:
 * Clinton email scandal disqualifies her…". The name (up to four capitalised words, all read as names when more
 * than one) opens the sentence, maybe after a tag and a dash, and may be followed by "at" or "on" and a name; it
 * must be a person's name (two words or a title, or one surname the article gave in full before). Not a label
 * ("The Latest:", "AP-GfK Poll:") nor a place ("New Hampshire: Charlie Arlinghaus, …").
 */
function labelSpeaker(tokens: Token[], lead: number, resolver: Resolver): { from: number; to: number; colon: number } | null {
  let from = lead;
  // ("EXCLUSIVE – Roger Stone:": a tag in capitals and a dash before the name)
  if (/^\p{Lu}{3,}$/u.test(tokens[from]?.text ?? '') && /^[–—-]$/.test(tokens[from + 1]?.text ?? '')) from += 2;
  const colon = tokens.findIndex((t, k) => k > from && k <= from + 14 && t.text === ':');
  if (colon < 0) return null;
  const next = tokens[colon + 1];
  if (!next || !(OPEN_Q.test(next.text) || UPPER_FIRST.test(next.text))) return null;
  let to = from;
  while (to < colon && to - from < 4 && UPPER_FIRST.test(tokens[to].text) && !/^(?:DET|ADP|ADV|PRON|CCONJ|SCONJ|PART|PUNCT|NUM)$/.test(tokens[to].pos)) to++;
  if (to === from || (to < colon && !(LABEL_PREPOSITIONS.test(tokens[to].text) && tokens[to + 1]?.pos === 'PROPN'))) return null;
  if (tokens.slice(from, to).some((t) => HEADING_LABEL.test(t.lower) || LABEL_WORDS.test(t.lower))) return null;
  // (a name the tagger read as one: "Limited Tools to Fight Terrorism:" is a subheading)
  if (to - from > 1 && !tokens.slice(from, to).every((t) => t.pos === 'PROPN' || t.pos === 'X')) return null;
  const m = describePhrase(tokens, from, to);
  const person = m.person || (to - from === 1 && resolver.resolve(m, null).name.split(' ').length > 1);
  return person && !PLACES.has(m.name.toLowerCase()) ? { from, to, colon } : null;
}
/**
 * The cues a sentence's token i opens that are not a reporting verb: "according to X", a stance noun or
 * adjective, a hedge, "declined to comment", a sign-off, an issued statement, a characterisation.
 * Pushes the cue found and returns the index to go on after (the loop's next token is one past it);
 * undefined when token i opens none of them. (findCuesIn's patterns are split in two functions so that
 * the JIT compiles each on its own, and recompiles only the one a rare pattern deoptimised.)
 */
function phraseCueAt(tokens: Token[], i: number, resolver: Resolver, cues: Cue[], taken: Set<number>): number | undefined {
  const t = tokens[i];
  // "in Forbes’ words", "in his view", "by his own admission": the possessor's wording or view (as "in the words of Forbes")
  if (t.lower === 'in' || t.lower === 'by') {
    const words = possessedWords(tokens, i);
    if (words) {
      cues.push(cue(tokens, i, words.end, 'according', 'in the words of', makeSource(tokens, words.from, words.to, resolver)));
      return words.end - 1;
    }
  }
  // according to X / citing X
  const prep = PREPOSITION_STARTS.has(t.lower) ? PREPOSITIONAL.find((p) => p.every((w, k) => tokens[i + k]?.lower === w)) : undefined;
  if (prep) {
    const after = i + prep.length;
    let end = npForward(tokens, after);
    if (prep[0] === 'per' && (end <= after || !perSource(tokens, after))) return i;
    // The phrase after "according to" is a source whatever its tags ("exit polls", "police"):
    // read on to the next punctuation when the noun-phrase reader stops early.
    if (prep[0] === 'according') {
      let k = Math.max(end, after);
      while (k < tokens.length && k < after + ACCORDING_REACH && tokens[k].pos !== 'PUNCT' && !WH.has(tokens[k].lower) && tokens[k].pos !== 'AUX') k++;
      if (k > after && (k === tokens.length || tokens[k].pos === 'PUNCT')) end = k;
    }
    if (end > after) {
      // "…, citing his anger at…": the one citing is the source (filled in below from the main clause), unless
      // what is cited is a source of its own ("citing unnamed officials").
      const cited = makeSource(tokens, after, end, resolver);
      // (also opening the sentence: "Citing a new poll, Ruiz said…" is Ruiz citing it)
      const byCiter = (prep[0] === 'citing' || prep[0] === 'quoting') && !cited.vague && !cited.person && (i > 0 || tokens[end]?.text === ',');
      cues.push(cue(tokens, i, after, byCiter ? 'speech' : 'according', prep.join(' '), byCiter ? null : cited));
      for (let k = i; k < end; k++) taken.add(k);
      return end - 1;
    }
  }
  // Stance and statement nouns: "Trump's claim that…", "his support for…", "calls for a ban".
  const nounPreps = t.pos === 'NOUN' ? STANCE_NOUNS.get(t.lower) : undefined;
  if (nounPreps) {
    const c = nounCue(tokens, i, nounPreps, resolver);
    if (c) {
      cues.push(c);
      return i;
    }
  }
  // "his attacks on Ruiz", "Trump's attack on Clinton's record": a person's attack on a named person is a
  // verbal one (not "the group's attack on Varna", a place, or "their attack on the convoy")
  if (t.pos === 'NOUN' && /^attacks?$/.test(t.lower)) {
    const c = verbalAttack(tokens, i, resolver);
    if (c) {
      cues.push(c);
      return i;
    }
  }
  // "Ms. Ruiz is confident that…", "voters were skeptical of…": a stance adjective predicated of people.
  if (STANCE_ADJECTIVES.has(t.lower) && (t.pos === 'ADJ' || t.pos === 'VERB')) {
    const c = stanceAdjective(tokens, i, resolver);
    if (c) {
      cues.push(c);
      return i;
    }
  }
  // "Ruiz is a staunch opponent of the levy", "who has been a strong supporter of…": a side predicated of people
  if (t.pos === 'NOUN' && tokens[i + 1]?.lower === 'of' && PARTISANS.test(t.lower)) {
    const c = partisanPredicate(tokens, i, resolver);
    if (c) {
      cues.push(c);
      return i + 1;
    }
  }
  if (HEDGE_ADVERBS.has(t.lower)) {
    cues.push({ ...cue(tokens, i, i + 1, 'hedge', t.lower, null) });
    return i;
  }
  // "There is growing concern among bankers that…", "There has been much speculation about…": a stance held by someone
  if (t.lower === 'there') {
    const found = existentialStance(tokens, i, resolver);
    if (found) {
      if (found.cue) cues.push(found.cue);
      return found.last;
    }
  }
  // "The proposal has drawn harsh criticism from fellow candidates": a reaction met, held by whoever it came from
  const reaction = REACTION_VERBS.has(t.lower) && t.pos === 'VERB' ? reactionCue(tokens, i, resolver) : null;
  if (reaction) {
    cues.push(reaction);
    return tokens.findIndex((x) => x.end === reaction.span.end);
  }
  // "would not comment on…", "did not elaborate": a refusal as "declined to comment" is one (negated "say" is a cue anyway)
  if (t.pos === 'VERB' && REFUSED_ACT.test(t.lower)) {
    const c = negatedAct(tokens, i, resolver);
    if (c) {
      cues.push(c);
      return i;
    }
  }
  // "declined to comment", "refused to say": a source speaking about not speaking.
  if (DECLINING.test(t.lower) && tokens[i + 1]?.lower === 'to' && refusedSaying(tokens, i + 2)) {
    const np = subjectBefore(tokens, i);
    // (the cue is the refusal, "declined"; what is refused, "to comment", is its content)
    cues.push(cue(tokens, i, i + 1, 'speech', REFUSAL, np ? makeSource(tokens, np[0], np[1], resolver) : null));
    return i + 2;
  }
  // Sign-off after a quote: "…our greatest shame.” ― Sonya Herridge".
  // (a hyphen or an en dash only opening a paragraph of its own: "- Sanders." under the quotation's paragraph)
  if ((DASHES.test(t.text) || (i === 0 && SHORT_DASHES.test(t.text))) && (i === 0 || CLOSE_Q.test(tokens[i - 1].text) || FULL_STOP.test(tokens[i - 1].text)) && UPPER_FIRST.test(tokens[i + 1]?.text ?? '')) {
    const end = npForward(tokens, i + 1);
    if (end > i + 1 && (end === tokens.length || tokens[end].pos === 'PUNCT') && (!SHORT_DASHES.test(t.text) || signOffEnds(tokens, end))) {
      const source = makeSource(tokens, i + 1, end, resolver);
      // (after a hyphen, a person's name only: a list item, "- Street lights.", "- IMF Reserves 689.7 mln", signs nothing)
      if (!SHORT_DASHES.test(t.text) || source.person) {
        cues.push(cue(tokens, i, i + 1, 'speech', SIGN_OFF, source));
        return end - 1;
      }
    }
  }
  // A credit in brackets after a quote: "…“China’s slowdown is fostering decline.” [WaPo.]" (a newsletter's excerpt).
  const credit = t.text === '[' ? bracketCredit(tokens, i) : 0;
  if (credit) {
    cues.push(cue(tokens, i, i + 1, 'speech', SIGN_OFF, makeSource(tokens, i + 1, credit, resolver)));
    return tokens.length - 1;
  }
  // "released a statement", "made several comments", "made it clear": issuing a statement.
  const issued = t.pos === 'VERB' && ISSUE_VERBS.has(t.lower) ? issueCue(tokens, i, resolver) : null;
  if (issued) {
    cues.push(issued);
    return tokens.findIndex((x) => x.end === issued.span.end);
  }
  // "a state seen as critical", "is widely regarded as the favourite", "was deemed unsafe": a judgement nobody owns.
  if (CHARACTERIZED.has(t.lower)) {
    const c = characterization(tokens, i);
    if (c) {
      cues.push(c);
      return i;
    }
  }
  return undefined;
}

/** A reporting verb at token i (a cue verb, or a verb taking a that-clause) with its source: pushes the cue, if any. */
function verbCueAt(s: SentenceInput, i: number, resolver: Resolver, cues: Cue[], taken: Set<number>): void {
  const { tokens } = s;
  const t = tokens[i];
  let entry = CUE_VERBS.get(t.lower);
  const asker = entry && ASKED.test(t.lower) ? askedBy(tokens, i) : null;
  if (asker) {
    cues.push(cue(tokens, i, i + 1, 'speech', QUESTION_PUT, makeSource(tokens, asker[0], asker[1], resolver)));
    return;
  }
  // "a plan that officials say will fail", "The plan, many think, is doomed": inside the clause it reports.
  const inner = entry && !taken.has(i) ? gapSubject(tokens, i, entry.lemma) ?? parentheticalSubject(tokens, i, entry.lemma) : null;
  if (entry && inner && (namesActor(tokens, inner[0], inner[1]) || (inner[1] - inner[0] === 1 && determinerSubject(tokens, inner[0])))) {
    cues.push(cue(tokens, i, i + 1, entry.cls, entry.lemma, makeSource(tokens, inner[0], inner[1], resolver)));
    return;
  }
  if (!entry) {
    // Phrasal cues whose verb alone is no cue: "pointed out", "laid out", "went after".
    const v = PHRASAL_VERBS.get(t.lower);
    if (v && PHRASAL.some(([pv, pp]) => pv === v && tokens[i + 1]?.lower === pp) && (tokens[i + 1].lower !== 'it' || wordingCue(tokens, i))) entry = { lemma: v, cls: 'speech' };
    // Any verb whose complement is a finite that-clause reports a statement or a thought
    // ("Democrats fretted that…", "the panel ruled that…"), when someone is its subject.
    // (right after the verb: after an object, "built a house that the town bought", "that" opens a relative clause;
    // only verbs of telling take an object before their clause, and the lexicon has those)
    else if ((t.pos === 'VERB' || (ED_END.test(t.lower) && t.pos !== 'PROPN')) && thatClauseAt(tokens, i + 1, false) && !NOT_REPORTING.has(t.lower)) {
      const sb = subjectBefore(tokens, i);
      if (!sb || !namesActor(tokens, sb[0], sb[1])) return;
      entry = { lemma: t.lower, cls: 'belief' };
    } else if (speechAfterQuote(tokens, i)) entry = { lemma: t.lower, cls: 'speech' };
    else return;
  }
  verbCueWith(s, i, entry, resolver, cues, taken);
}

/** What follows "compared" that sets figures side by side ("compared with 16.74 billion", "compares favorably"). */
const SIDE_BY_SIDE = /^(?:with|to|favou?rably|unfavou?rably)$/;
/** Punctuation that ends a clause (not a hyphen, "76-year old Reagan", nor a comma, which may open a parenthetical). */
const CLAUSE_PUNCT = /^[;:.!?()]$/;
/** Words that open a clause whose object stands before its subject ("what strategists dub…", "the country that they depict…"). */
const OBJECT_RELATIVE = /^(?:what|that|which|whom)$/;
/** Verbs of characterising that say something only with a predicate of their object ("branded him a liar"). */
const PREDICATING: ReadonlySet<string> = new Set(['paint', 'frame', 'brand', 'label', 'dub', 'cast', 'portray', 'depict']);

/**
 * Whether a verb of characterising at i (its group ending before `end`) has what it makes of its object after it:
 * "as" or a quotation in its clause ("painted him as a fraud", "dubbed it “the tax”"), a predicate after its object
 * ("branded the plan a failure", "labeled Ruiz a liar"), or one right after it in the passive ("was labeled a failure").
 */
function predicateAfter(tokens: Token[], i: number, end: number): boolean {
  // (past a parenthetical: "portraying Mexican immigrants, in particular, as “rapists”")
  for (let k = end; k < tokens.length && k < end + 10; k++) {
    const t = tokens[k];
    if (t.lower === 'as' || OPEN_Q.test(t.text)) return true;
    if (CLAUSE_PUNCT.test(t.text) || CLAUSE_BREAK.has(t.lower)) break;
  }
  // the object before the verb, in a relative or a wh-clause: "what strategists dub a 3-2-1 strategy", "the country
  // that the candidates will depict on Thursday (is a darker place)"
  const sb = subjectBefore(tokens, i);
  if (sb && sb[0] > 0 && OBJECT_RELATIVE.test(tokens[sb[0] - 1].lower)) return true;
  if (beBefore(tokens, i) >= 0) return /^(?:DET|ADJ)$/.test(tokens[end]?.pos ?? '');
  let k = end;
  if (/^(?:PRON|PROPN)$/.test(tokens[k]?.pos ?? '')) while (tokens[k]?.pos === 'PROPN' || (k === end && tokens[k]?.pos === 'PRON')) k++;
  else if (tokens[k]?.pos === 'DET') {
    k++;
    while (/^(?:ADJ|NOUN)$/.test(tokens[k]?.pos ?? '')) k++;
  } else return false;
  return k > end && /^(?:DET|ADJ)$/.test(tokens[k]?.pos ?? '');
}

/** Verbs of telling that take a listener before the clause they report ("told reporters the plan…"). */
const TELLING: ReadonlySet<string> = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'advise', 'notify', 'promise', 'show', 'teach']);
/** Participles of questioning whose "by" agent asks: "Asked by reporters whether…", "when pressed by Stephanopoulos on…". */
const ASKED = /^(?:asked|questioned|pressed|challenged|quizzed)$/;
/** What may stand before a participle clause of its own: nothing, a subordinator of time or condition, a comma or a dash. */
const BEFORE_PARTICIPLE_CLAUSE = /^(?:when|after|once|if|as|while|before|until|,|--|—|–)$/;

/**
 * "Asked by Thrush if Clinton gets race, Sharpton…", "…, he said when asked by a reporter if…": a participle clause of
 * questioning (no form of "be" before it) whose "by" agent names someone: the agent's question is reported. The agent's
 * tokens, or null.
 */
function askedBy(tokens: Token[], i: number): [number, number] | null {
  if (tokens[i + 1]?.lower !== 'by' || (i > 0 && !BEFORE_PARTICIPLE_CLAUSE.test(tokens[i - 1].lower))) return null;
  const agent = byAgent(tokens, i + 1, 0);
  return agent && namesActor(tokens, agent[0], agent[1]) ? agent : null;
}

/**
 * `verbCueAt` for a token that may be a cue verb (`entry`, its lemma and class): the checks of
 * its subject, complement and position. (Apart from `verbCueAt` so that the tokens that are no cue
 * verb, nearly all of them, return before this function's closures are made.)
 */
function verbCueWith(s: SentenceInput, i: number, entry: CueEntry, resolver: Resolver, cues: Cue[], taken: Set<number>): void {
  const { tokens, quoted } = s;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "in later states", "the only state holding…", "Western states": the noun, whatever its tag.
  if (entry.lemma === 'state' && STATES.test(t.lower) && stateNoun(tokens, i)) return;
  // "then state and local leaders": "state" coordinated with an adjective before a noun modifies the noun
  if (entry.lemma === 'state' && next?.pos === 'CCONJ' && tokens[i + 2]?.pos === 'ADJ' && tokens[i + 3]?.pos === 'NOUN') return;
  // "proved to be a safe space", "may prove costly": a copula, not evidence
  if (entry.lemma === 'prove' && (next?.pos === 'ADJ' || (next?.lower === 'to' && tokens[i + 2]?.lower === 'be'))) return;
  // wink tags "show" after a plural noun as a noun: "records show.", "the reports show Rubio ahead",
  // "polls there show Trump trailing", "records from the 2008 cycle show he…".
  const evidenceNoun =
    t.pos === 'NOUN' &&
    EVIDENCE_VERBS.has(entry.lemma) &&
    !!prev &&
    ((EVIDENCE_NOUNS.has(prev.lower) && S_END.test(prev.lower)) || (!!next && SUBJECT_START_POS.test(next.pos) && evidenceSubject(tokens, i) !== null));
  // "…, calling him a liar", "…, denouncing the plan": a participle clause after a comma tells what the subject
  // of the clause before it said or did with words; it needs no complement (whatever the tagger made of it). (Not
  // an aspect with no quotation after it: "…, continuing a pattern of high turnout".)
  let commaSource: Source | null | undefined;
  // (also after "by", the means of the clause's act: "Trump responded by calling her a liar", "opened by praising…")
  const commaClause = (): Source | null =>
    commaSource === undefined
      ? (commaSource = ING_END.test(t.lower) && (prev?.text === ',' || (prev?.lower === 'by' && entry.cls === 'speech')) && !!next && !CLAUSE_BREAK_POS.test(next.pos) && !(ASPECT_VERBS.has(entry.lemma) && !OPEN_Q.test(next.text)) ? participleSource(tokens, i, cues, quoted, resolver) : null)
      : commaSource;
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && !(t.pos === 'NOUN' && nounTaggedCue(tokens, i)) && !misTaggedVerbAfterQuote(tokens, i) && !evidenceNoun && !commaClause()) return;
  if (namingParticiple(tokens, i)) return;
  // "pledged delegates", "of reported cases": a participle modifying the next noun.
  if (ED_END.test(t.lower) && prev && MODIFIER_POS.test(prev.pos) && next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return;
  // "register as reporting dealers", "act as reporting agents for the fund": an -ing word naming a role, between "as"
  // and its noun, the phrase ending there ("was quoted as telling reporters that…" tells)
  if (ING_END.test(t.lower) && prev?.lower === 'as' && next?.pos === 'NOUN' && ROLE_PHRASE_END.test(tokens[i + 2]?.pos ?? 'PUNCT') && tokens[i + 2]?.lower !== 'that') return;
  // "a statement published on the website reads": a participle after a noun is a modifier when another cue follows,
  // or when the clause's own verb came before it ("The inspector general judged it worse in a report issued in May").
  // (not before its agent, "changes proposed by the government" are the government's, nor a judgement of the noun,
  // "people accused of fraud", "a mayor praised for her plan")
  if (ED_END.test(t.lower) && prev?.pos === 'NOUN' && tokens[i + 1]?.pos === 'ADP' && ((!/^(?:by|of|for|as)$/.test(tokens[i + 1].lower) && verbEarlierInClause(tokens, i - 1)) || cueVerbAfter(tokens, i + 2, quoted))) return;
  if (prev && ((prev.pos === 'DET' && !determinerSubject(tokens, i - 1) && !floatingQuantifier(tokens, i - 1)) || prev.lower === 'so' || prev.lower === 'self' || prev.lower === 'well' || prev.text === '-')) return; // "the said agreement", "self proclaimed"
  // "donations attributed to people with modest incomes": a participle after its noun is no claim
  // (the verb of a subject takes its object first: "The campaign attributed her loss to…")
  if (entry.lemma === 'attribute' && ED_END.test(t.lower) && prev?.pos === 'NOUN' && next?.lower === 'to') return;
  // "called to service", "called to the stand", "called to testify before…": summoned, not a thing said ("called to
  // say", a demand with its object "called to end the war", and "called on X to" are)
  if (entry.lemma === 'call' && next?.lower === 'to' && CUE_VERBS.get(tokens[i + 2]?.lower ?? '')?.cls !== 'speech' && !(tokens[i + 2]?.pos === 'VERB' && /^(?:DET|PRON|NOUN|PROPN)$/.test(tokens[i + 3]?.pos ?? ''))) return;
  // "Officials seen arriving…": seeing someone do something is perceiving, not a view
  if (entry.lemma === 'see' && next?.pos === 'VERB' && ING_END.test(next.lower)) return;
  const phrasal = PHRASAL.find(([v, p]) => entry.lemma === v && tokens[i + 1]?.lower === p);
  // "responded with attacks on Machado", "with a critical piece": words; "Moscow responded with a blast" is an act
  if (phrasal && phrasal[0] === 'respond' && phrasal[1] === 'with' && !statementObject(tokens, i + 2)) return;
  // the subject before the verb and whether a complement follows, each worked out once and only if asked
  const lemma = entry.lemma;
  let subjectHere: [number, number] | null | undefined;
  const subjectAt = (): [number, number] | null => (subjectHere === undefined ? (subjectHere = subjectBefore(tokens, i)) : subjectHere);
  let complementHere: boolean | undefined;
  const complement = (): boolean => (complementHere ??= hasComplement(tokens, i, lemma));
  // (and whether it is a speech act in the infinitive done by the sentence's subject, read by two tests below)
  let infinitiveHere: boolean | undefined;
  const infinitive = (): boolean => (infinitiveHere ??= infinitiveAct(tokens, i, lemma));
  const cueEnd = phrasal ? i + 2 : i + 1;
  // "rose to 17.18 billion compared with 16.74 billion", "This compares with its forecast": figures set side by side,
  // no one's judgement ("compared radical Muslims to Nazis" takes its object first)
  // ("is often compared with Castro" is someone's comparison, and so is a passive's)
  if (lemma === 'compare' && SIDE_BY_SIDE.test(tokens[cueEnd]?.lower ?? '') && beBefore(tokens, i) < 0) return;
  // "painted the house", "framed the picture", "the aluminium brand": a verb of characterising speaks only with what
  // it makes of its object ("painted him as a fraud", "branded the plan a failure", "was labeled a failure")
  if (PREDICATING.has(lemma) && !predicateAfter(tokens, i, cueEnd)) return;
  // A speech act or stance performed by a named actor, a pronoun or an institution ("the ad mentions"),
  // or evidence that shows or finds something ("a poll shows Sanders ahead").
  const evidence = EVIDENCE_VERBS.has(entry.lemma);
  // "-ing" after a form of "be" is a finite verb ("Trump is demanding…"), not a participle ("…, saying").
  const participle = ING_END.test(t.lower) && !progressive(tokens, i);
  // "a group backing Rubio", "voters supporting Trump": a stance in a participle after the people who take it
  const taker = participle && SIDE_TAKING.has(lemma) ? stanceTaker(tokens, i, resolver) : null;
  if (taker) {
    cues.push(cue(tokens, i, cueEnd, entry.cls, lemma, makeSource(tokens, taker[0], taker[1], resolver)));
    taken.add(i);
    return;
  }
  // Opinions held by people take an object as their content: "voters want change", "economists believe this".
  const opinion = entry.cls === 'belief' && OPINION_VERBS.has(entry.lemma) && t.lower !== entry.lemma + 'ing';
  let subj = (SPEECH_ACTS.has(entry.lemma) || evidence || opinion) && !participle ? subjectAt() : null;
  // "A CNN poll of Iowa released Tuesday showed…": the evidence noun heads a longer subject.
  let evidenceHead = !!subj && EVIDENCE_NOUNS.has(tokens[subj[1] - 1].lower);
  // "a new poll showing Trump ahead": the participle right after its evidence noun.
  if (evidence && participle && prev && EVIDENCE_NOUNS.has(prev.lower)) {
    subj = npBackward(tokens, i);
    evidenceHead = !!subj;
  }
  // (also when the subject found ends in one: "a USA TODAY analysis of newly filed reports shows" is the analysis's)
  if (evidence && !participle) {
    const long = evidenceSubject(tokens, i);
    if (long && (!evidenceHead || (long[0] < subj![0] && !tokens.slice(long[0], subj![0]).some((x) => x.pos === 'PUNCT')))) [subj, evidenceHead] = [long, true];
  }
  const actorAct =
    !!subj &&
    (evidence
      ? evidenceHead
      : STANCE_VERBS.has(entry.lemma) || opinion
        ? namesPeople(tokens, subj[0], subj[1], resolver)
        : namesActor(tokens, subj[0], subj[1]));
  // Next to a quotation, a speech verb needs no complement: the quote is its content ("…,” he added.).
  const nearQuote = quoted.length > 0 && entry.cls !== 'belief';
  // (their clause follows them directly: "maintained that…", "allowed that…"; not "allowed voters who…")
  // (next to a quotation means right after it or right before it: "…,” she countered", "began: “…”"; a phrasal
  // cue anywhere in a sentence with a quotation: "went after the board, calling it “…”")
  // (or they close the sentence as its speech tag, the clause before them their content: "…, the doctor maintains.")
  if (WEAK_CUES.has(entry.lemma) && !(nearQuote && (phrasal || quoteNextTo(tokens, i, cueEnd))) && !(complement() && directClause(tokens, cueEnd, entry.cls === 'speech' && !ACTING_WEAK_CUES.has(entry.lemma))) && !closingTag(tokens, i, cueEnd) && !(lemma === 'welcome' && welcomedThing(tokens, cueEnd))) return;
  // "rated" (the lexicon's only form of "rate"): by an agent ("the issue is rated Baa-2 by Moody's") or by people
  // ("PolitiFact rated 32% of claims…"), not a capacity ("the plant is rated at 500 megawatts")
  if (lemma === 'rate' && !(actorAct || passiveByActor(tokens, i, cueEnd, lemma))) return;
  // "posted a net loss", "can add applications to the store": a thing done with a thing, no statement (not "added a
  // caveat", "posted a video")
  if (THING_ACTS.has(lemma) && !nearQuote && !complement() && thingObject(tokens, cueEnd) && !(lemma === 'add' && clauseAfterObject(tokens, cueEnd))) return;
  if (!phrasal && !nearQuote && NEEDS_COMPLEMENT.has(entry.lemma) && !complement()) {
    // Parenthetical or sentence-final speech verbs need no complement: "…, his brother added." / "he asks."
    const speechLike = entry.cls === 'speech' && !STANCE_VERBS.has(entry.lemma) && !participle;
    const parenthetical = (speechLike && clauseEndsAfter(tokens, cueEnd) && (i === 0 || npBackward(tokens, i) !== null)) || closingFinding(tokens, i, cueEnd, entry.cls);
    // Speech acts with a named or pronoun subject: "Trump called Clinton a bigot", "Obama praised the deal".
    // A past-tense act counts whoever performs it, but a country or a company "backed" or "resisted" is not a stance.
    const looseAct = finiteAct(tokens, i, entry.lemma) && (!STANCE_VERBS.has(entry.lemma) || !subj || !tokens.slice(subj[0], subj[1]).some((x) => x.pos === 'PROPN'));
    // "Ruiz showed no interest", "the senators were talking policy": a verb of ACTOR_LICENSED with an actor as subject.
    const licensed = (): boolean => {
      if (!ACTOR_LICENSED.has(lemma) || participle || t.pos !== 'VERB' || (lemma === 'show' && next?.lower === 'up')) return false;
      const sb = subj ?? subjectAt();
      return !!sb && namesActor(tokens, sb[0], sb[1]);
    };
    if (!parenthetical && !actorAct && !looseAct && !commaClause() && !licensed() && !passiveByActor(tokens, i, cueEnd, lemma) && !infinitive() && !agentlessJudgement(tokens, i, lemma)) return;
  }
  // A phrasal cue of such a verb needs someone performing it: "the mayor responded to…", not "the ferry responded to the storm".
  if (phrasal && !nearQuote && !participle && NEEDS_COMPLEMENT.has(entry.lemma) && !complement()) {
    const sb = subj ?? subjectAt();
    if (sb && !namesActor(tokens, sb[0], sb[1])) return;
  }
  // Beliefs need a clause ("believes that…", "wants to…"); stances with an actor take an object ("Obama backed the deal").
  if (entry.cls === 'belief' && !actorAct && !complement()) {
    // "Sanders voted against the bill", "most would vote for Clinton": a stance taken by people.
    // "Holm has long worried about the levy", "voters still believe in the plan": a belief with its topic.
    const sb = (phrasal || beliefTopic(tokens, i, lemma)) && !participle ? subjectAt() : null;
    // (whoever votes for something takes a side: a person, a court, a county, a state; "you" asks the reader)
    const voter = phrasal && lemma === 'vote' && !!sb && !YOU.test(tokens[sb[1] - 1].lower);
    if (!sb || !(voter || namesPeople(tokens, sb[0], sb[1], resolver))) return;
  }
  // Passive reporting without an agent: "is said to", "was reported", "it is believed".
  // The form of "be" may stand before an adverb: "was barely mentioned", "is widely believed".
  const be = beBefore(tokens, i);
  if (be >= 0 && PASSIVE_PARTICIPLE.test(t.lower)) {
    const agent = byAgent(tokens, cueEnd);
    // "were charged fees": a fee billed, not a statement; "was charged (on Tuesday) with fraud": a charge laid (no
    // judgement on nobody's authority: see CHARGE_PASSIVE); "was charged by prosecutors with…", "it was charged
    // that…": as other passives
    const charge = !agent && entry.lemma === 'charge' && tokens[cueEnd]?.lower !== 'that';
    if (charge && !wordWithin(tokens, cueEnd, 'with')) return;
    // "is supposed to be over", "are supposed to be made public": what should be, not what anyone supposes
    if (entry.lemma === 'suppose' && !agent && tokens[cueEnd]?.lower === 'to') return;
    // "the issue is rated Baa-2 by Moody's" is the agency's judgement; "the plant is rated at 500 megawatts", with no
    // agent, is a capacity, no judgement on nobody's authority
    if (entry.lemma === 'rate' && !agent) return;
    // "were admitted as refugees", "was admitted to the hospital": let in, not a statement conceded ("it was admitted that…")
    if (entry.lemma === 'admit' && !agent && !IT_THIS.test(tokens[be - 1]?.lower ?? '') && !wordWithin(tokens, cueEnd, 'that')) return;
    // "transparency in how offshore profits are reported", "what was said at the meeting": a passive in a clause
    // that names a topic, not a judgement passed on nobody's authority
    if (!agent && topicClause(tokens, be)) return;
    // "It should be noted that…", "it must be said…": the writer's own aside, not a report on nobody's authority
    if (!agent && IT_THIS.test(tokens[be - 2]?.lower ?? '') && WRITER_MODALS.test(tokens[be - 1]?.lower ?? '')) return;
    // "No amount of shares were specified": nothing was, so no one's judgement is missing
    // (the subject before "be", found once for the tests below that read it)
    let beSubject: [number, number] | null | undefined;
    const subjectOfBe = (): [number, number] | null => (beSubject === undefined ? (beSubject = subjectBefore(tokens, be)) : beSubject);
    if (!agent && negatedSubject(tokens, subjectOfBe())) return;
    // a passive whose sense here is no statement: "the bonds will be issued in denominations of…", "shares were quoted
    // at 375p", "the meeting was called after…", "proceeds will be added to general funds"
    if (!agent && otherSensePassive(tokens, entry.lemma, i, cueEnd, () => subjectOfBe())) return;
    // "the plan, which is intended to limit emissions", "is designed to…", "was meant for…": a purpose (an intention,
    // as PolNeAR counts it), no judgement on nobody's authority
    const purpose = !agent && PURPOSE_PASSIVES.has(entry.lemma) && /^(?:to|for)$/.test(tokens[cueEnd]?.lower ?? '');
    // "we are convinced this is…", "voters were persuaded that…": the subject holds the belief (no agent is missing)
    // ("Not everyone is convinced…" has a vague holder, and is reported as one)
    // ("was persuaded to run": an act talked into, not a belief)
    const holder = !agent && EXPERIENCER_PASSIVES.has(entry.lemma) && tokens[cueEnd]?.lower !== 'to' ? subjectOfBe() : null;
    if (holder) {
      cues.push(cue(tokens, be, cueEnd, 'belief', entry.lemma, makeSource(tokens, holder[0], holder[1], resolver)));
      taken.add(i);
      return;
    }
    if (agent) {
      cues.push(cue(tokens, i, cueEnd, 'passive', entry.lemma, makeSource(tokens, agent[0], agent[1], resolver)));
    } else if (entry.cls !== 'belief' || IT_THIS.test(tokens[be - 1]?.lower ?? '') || (tokens[cueEnd]?.lower === 'to' && VERB_POS.test(tokens[cueEnd + 1]?.pos ?? ''))) {
      // "Reagan was once asked how…": a question put to a person (not "Questions were asked about…")
      // (and "had not been called on": a person given the floor; "been called on to resign" is a demand)
      const asked = (entry.lemma === 'ask' || (entry.lemma === 'call' && tokens[cueEnd - 1]?.lower === 'on' && tokens[cueEnd]?.lower !== 'to')) && askedPerson(tokens, subjectOfBe());
      // ("the agreement was announced in February": an act done to the subject, nothing said or judged after it; in a
      // clause of background, "Traffic rose after the levy was announced", it is no cue: the main clause is the claim)
      const act = !charge && !asked && !purpose && actPassive(tokens, be, cueEnd, entry.lemma);
      if (act && subordinateClause(tokens, be)) return;
      const c = cue(tokens, be, cueEnd, 'passive', charge ? CHARGE_PASSIVE : asked ? QUESTION_PASSIVE : purpose ? PURPOSE_PASSIVE : act ? ACT_PASSIVE : entry.lemma, null);
      cues.push(c);
    }
    return;
  }
  // Inverted: ," said Kirby. / , explained an anonymous source.
  let source: Source | null = null;
  const before = prev;
  // After an apposition ("Ruiz, the mayor, praised the deal") the phrase after such an act is its object.
  // "Will Rogers, for example, said Trump's visit…": a named subject before the comma is the speaker.
  const sbComma = subj ?? subjectAt();
  const objectAfter = OBJECT_ACTS.has(entry.lemma) || (before?.text === ',' && sbComma !== null && namesActor(tokens, sbComma[0], sbComma[1]));
  if ((!before || before.pos === 'PUNCT' || CLOSE_Q.test(before.text)) && !participle && before?.text !== ')' && !objectAfter) {
    const k = cueEnd;
    const end = npForward(tokens, k);
    // The phrase after the verb is its subject only when the clause ends there (," said Kirby on
    // Friday.); in "Ruiz, the mayor, said he…" it is the subject of the reported clause, and
    // "told reporters" names the listener.
    const after = tokens[end];
    // (or a relative clause says more of the speaker: ", wrote a supporter who runs the account.")
    const ends = !after || (after.pos === 'PUNCT' && after.text !== '-') || TIME_AFTER_CUE.test(after.lower) || after.pos === 'ADP' || (/^(?:who|whose)$/.test(after.lower) && CLOSE_Q.test(before?.text ?? ''));
    const timeOnly = end === k + 1 && (TIME_AFTER_CUE.test(tokens[k].lower) || (tokens[k].pos === 'PROPN' && DAY_END.test(tokens[k].lower)));
    if (end > k && ends && !timeOnly && !(entry.lemma === 'tell' && !CLOSE_Q.test(before?.text ?? ''))) {
      source = makeSource(tokens, k, end, resolver);
      // a named source takes the apposition that closes the sentence (a vague one is reported as written)
      const full = source.vague ? end : trailingApposition(tokens, end, quoted);
      if (full > end) source = makeSource(tokens, k, full, resolver);
    }
  }
  // "…, a Chinese official said, adding that…", "The senator has offered no details, saying…": a participle
  // after a comma is performed by the subject of the clause it hangs from.
  if (!source && participle) source = participleSource(tokens, i, cues, quoted, resolver);
  if (!source) {
    // "Rep. Gwen Moore (D-Wis.) said": the subject is before the parenthesis.
    const open = before?.text === ')' ? lastIndexBefore(tokens, i - 1, '(') : -1;
    const found = subj ?? (open > 0 ? subjectBefore(tokens, open) : subjectAt());
    const np = found ? afterCues(tokens, found, cues) : null;
    if (np) source = makeSource(tokens, np[0], np[1], resolver);
  }
  // "…, Mike Murphy, praised the efforts", "Gov. Ana Ruiz (R-OH), said": a name closing a long
  // subject, a comma, then the verb; the name opens the sentence or follows a comma (not one after a
  // verb or a preposition: "The crowd that cheered for Ilse Varn, thanked…")
  if (!source && !participle && before?.text === ',' && i >= 2) {
    const np = tokens[i - 2].text === ')' ? subjectBefore(tokens, i - 1) : npBackward(tokens, i - 1);
    const opener = np ? tokens[np[0] - 1] : undefined;
    if (np && (!opener || opener.text === ',') && namesActor(tokens, np[0], np[1])) source = makeSource(tokens, np[0], np[1], resolver);
  }
  // "As Jon Lund, a tax lawyer, put it,": the name after "as", before its apposition.
  if (!source && phrasal && lemma === 'put') {
    const as = asClauseStart(tokens, i);
    const end = as >= 0 ? npForward(tokens, as + 1) : -1;
    if (end > as + 1 && end < i) source = makeSource(tokens, as + 1, end, resolver);
  }
  // "Davis declined … but said …": a coordinated verb shares the sentence's subject.
  let conj = i - 1;
  while (conj > 0 && (tokens[conj].pos === 'ADV' || SKIP_ADVERB.has(tokens[conj].lower))) conj--;
  if (!source && conj >= 0 && (tokens[conj].lower === 'but' || tokens[conj].lower === 'and')) {
    const from = clauseStart(tokens);
    const end = npForward(tokens, from);
    if (end > from && end < i) source = makeSource(tokens, from, end, resolver);
  }
  // "…, saying he hoped" / "adding that": the subject of the main clause speaks.
  if (!source && participle) {
    const main = cues.find((c) => c.source && c.kind !== 'hedge');
    if (main) source = main.source;
  }
  // A speech act nobody performs is an event ("attacks on civilians had increased").
  if (!source && !participle && SPEECH_ACTS.has(entry.lemma)) {
    // "…, and denounced the plan": a coordinated verb shares its clause's subject.
    const sb = coordinatedSubject(tokens, i);
    if (sb && STANCE_VERBS.has(entry.lemma) && !namesPeople(tokens, sb[0], sb[1], resolver)) return;
    if (sb) source = makeSource(tokens, sb[0], sb[1], resolver);
    // "Ruiz phoned the mayor to complain that…": an infinitive with its clause, performed by the sentence's subject (below)
    else if (!finiteAct(tokens, i, entry.lemma) && !(prev?.lower === 'to' && complement() && purposeOfSubject(tokens, i - 1)) && !infinitive()) return;
  }
  // The cue is the verb group: "has also said", "did not respond" (auxiliaries, negation and adverbs before the verb).
  let from = i;
  while (from > 0 && i - from < 4 && AUXILIARY_POS.test(tokens[from - 1].pos) && tokens[from - 1].lower !== 'to' && !WH.has(tokens[from - 1].lower) && !CONNECTIVE.test(tokens[from - 1].lower) && !inside(quoted, tokens[from - 1]) && !(source && tokens[from - 1].end > source.span.start && tokens[from - 1].start < source.span.end)) from--;
  const c = cue(tokens, from, cueEnd, entry.cls, entry.lemma, source);
  cues.push(c);
  taken.add(i);
}

/** Speech acts whose agentless passive mostly tells what was seen, decided or summoned (see `agentlessJudgement`). */
const NOT_JUDGED: ReadonlySet<string> = new Set(['observe', 'note', 'reject', 'call']);

/**
 * "Peacekeepers have been blamed for introducing cholera", "the plan was widely criticized": a passive of a judgement
 * (PASSIVE_ACTS) with no agent, after a form of "be" (an adverb between): someone's judgement, not said whose.
 */
function agentlessJudgement(tokens: Token[], i: number, lemma: string): boolean {
  // (not a side, whose passive is the subject's own: "are firmly opposed"; nor a thing seen, decided or summoned: "is
  // observed as a holiday", "buying was noted from Japan", "was rejected in a referendum", "have yet to be called")
  if (!PASSIVE_ACTS.has(lemma) || STANCE_VERBS.has(lemma) || NOT_JUDGED.has(lemma) || !ED_END.test(tokens[i].lower) || tokens[i + 1]?.lower === 'by') return false;
  return beBefore(tokens, i) >= 0;
}

/** The form of "be" before the participle at i, across one adverb ("was criticized", "is widely believed"), or -1. */
function beBefore(tokens: Token[], i: number): number {
  const be = tokens[i - 1]?.pos === 'ADV' && i >= 2 ? i - 2 : i - 1;
  return be >= 0 && BE_BEFORE_PARTICIPLE.test(tokens[be].lower) ? be : -1;
}

/**
 * "The plan was criticized by Democrats", "the issue is rated Baa-2 by Moody's": a passive of a speech act or a
 * judgement at i with its "by" agent, who performs the act (the passive branch of `verbCueWith` takes the agent as the
 * source). Not a participle modifying a noun ("The rebels, backed by a foreign militia, seized…" has no "be").
 */
function passiveByActor(tokens: Token[], i: number, cueEnd: number, lemma: string): boolean {
  // (acts of speech and judgement only, PASSIVE_ACTS: "is guaranteed by the parent", "was signed by ministers", "will be
  // published by the ministry" tell an event, as their active forms do; nor a verb with a particle of another sense,
  // "were called off by the union")
  if (!PASSIVE_ACTS.has(lemma) || /^(?:off|up|down)$/.test(tokens[cueEnd]?.lower ?? '')) return false;
  const be = beBefore(tokens, i);
  if (be < 0 || !PASSIVE_PARTICIPLE.test(tokens[i].lower)) return false;
  // (what someone will or may do is the writer's prediction: "will undoubtedly be embraced by the developing countries")
  for (let k = be - 1; k >= 0 && k >= be - 3 && /^(?:AUX|ADV|PART)$/.test(tokens[k].pos); k--) if (MODAL_BEFORE_BE.test(tokens[k].lower)) return false;
  const agent = byAgent(tokens, cueEnd);
  // ("the strike was called by the union": a summons, whoever called it)
  if (lemma === 'call' && otherSensePassive(tokens, lemma, i, cueEnd, () => subjectBefore(tokens, be))) return false;
  // (whoever criticizes or rates performs a speech act; a stance needs an actor: "are backed by the full faith of…")
  return !!agent && (!STANCE_VERBS.has(lemma) || namesActor(tokens, agent[0], agent[1]));
}

/** Whether `word` is one of the four tokens from `from` ("charged Tuesday with…", "admitted in court that…"). */
function wordWithin(tokens: Token[], from: number, word: string): boolean {
  for (let k = from; k < from + 4 && k < tokens.length; k++) if (tokens[k].lower === word) return true;
  return false;
}

/**
 * A source phrase read back from a verb without a clause it opens with: in "the court noted published reports
 * alleging that…", "alleging" is said by the reports, not by "the court noted published reports" (the phrase
 * opens with the subject of a cue inside it). A cue in a relative clause or an apposition stays ("Brown, who was
 * persuaded…, said", "The mayor, praised by residents, said"), and so does a cue that would leave nothing
 * ("farm minister Omar Said told": a name read as a verb).
 */
function afterCues(tokens: Token[], np: [number, number], cues: readonly Cue[]): [number, number] {
  const start = tokens[np[0]].start;
  const end = tokens[np[1] - 1].end;
  let from = np[0];
  for (const c of cues) {
    if (c.source?.span.start !== start || c.span.start < start || c.span.end > end) continue;
    // (a participle after a comma is an apposition of the phrase: "The mayor, praised by residents, said")
    const k = tokens.findIndex((t) => t.start === c.span.start);
    if (tokens[k - 1]?.text === ',') continue;
    while (from < np[1] && tokens[from].start < c.span.end) from++;
  }
  return from < np[1] ? [from, np[1]] : np;
}

/** A cue verb (tagged a verb, outside quotations) from token `from` on: "a statement published on the website reads". */
function cueVerbAfter(tokens: Token[], from: number, quoted: Span[]): boolean {
  for (let j = from; j < tokens.length; j++) if (tokens[j].pos === 'VERB' && CUE_VERBS.has(tokens[j].lower) && !inside(quoted, tokens[j])) return true;
  return false;
}

/**
 * The verb at i and its subject close the sentence after a comma: "Secrecy is no stranger to her, the doctor maintains."
 * The clause before the comma is a clause of its own: it has a verb, and opens with no conjunction or preposition that
 * would make it the setting of the next clause ("After the jury was seated, the first witness testified.").
 */
function closingTag(tokens: Token[], i: number, cueEnd: number): boolean {
  if (tokens[i].pos !== 'VERB' || !/\p{Ll}/u.test(tokens[i].text) || !clauseEndsAfter(tokens, cueEnd)) return false;
  const np = npBackward(tokens, i);
  if (!np || np[0] <= 1 || tokens[np[0] - 1].text !== ',' || !namesActor(tokens, np[0], np[1])) return false;
  let first = 0;
  while (first < np[0] && (OPEN_Q.test(tokens[first].text) || tokens[first].pos === 'CCONJ')) first++;
  if (/^(?:SCONJ|ADP)$/.test(tokens[first]?.pos ?? '') || CLAUSE_BREAK.has(tokens[first]?.lower ?? '')) return false;
  for (let k = first; k < np[0] - 1; k++) if (VERB_POS.test(tokens[k].pos)) return true;
  return false;
}

/**
 * A verb before token `k` in its clause (no comma, semicolon, conjunction or relative pronoun between). A relative
 * clause's own verb is not the clause's ("the guru who founded the site tweeted on Monday"), nor is an "-ing"
 * participle right after its noun ("Residents living near the plant complained to the city that…"; an "-ed" form
 * there is as often the clause's own verb: "Imports of fish totaled…").
 */
function verbEarlierInClause(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.pos === 'VERB' && !RELATIVE.has(tokens[j - 1]?.lower ?? '') && !(/ing$/.test(t.lower) && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? ''))) return true;
    if (/^[,;:]$/.test(t.text) || t.pos === 'CCONJ' || t.pos === 'SCONJ' || RELATIVE.has(t.lower)) return false;
  }
  return false;
}

/**
 * A passive's subject `sb` is the one a question or a request was put to ("Reagan was asked how…", "Shareholders will
 * be asked to approve…"), not the question itself ("Questions have been asked about…").
 */
function askedPerson(tokens: Token[], sb: [number, number] | null): boolean {
  if (!sb) return false;
  // "where the question was asked" (of a poll's respondents): one question the reader knows, no insinuation
  // ("Questions have been asked about…" is one)
  if (sb[1] - sb[0] === 2 && tokens[sb[0]].lower === 'the' && tokens[sb[0] + 1].lower === 'question') return true;
  return !QUESTION_NOUNS.test(tokens[sb[1] - 1].lower);
}
const QUESTION_NOUNS = /^(?:questions?|concerns?|doubts?|it|this|that)$/;

/** Token k closes a quotation whose words end in a comma, "!" or "?" (`,”`, `!"`, `,''`). */
function closesQuoteAt(tokens: Token[], k: number): boolean {
  if (k < 1 || !CLOSE_Q.test(tokens[k].text)) return false;
  const j = tokens[k].text === "'" && tokens[k - 1].text === "'" ? k - 2 : k - 1;
  return j >= 0 && /^[,!?]$/.test(tokens[j].text);
}

/**
 * Any verb in the past or present tense that stands between a quotation's closing mark and the end
 * of the clause, next to an actor, says who spoke the quotation and how, known to the lexicon or not:
 * "“…,” beamed Ana Ruiz.", "“…,” Ruiz enthused.".
 */
function speechAfterQuote(tokens: Token[], i: number): boolean {
  if (tokens[i].pos !== 'VERB' || !/(?:ed|[^s]s)$/.test(tokens[i].lower)) return misTaggedVerbAfterQuote(tokens, i);
  if (closesQuoteAt(tokens, i - 1)) {
    const end = npForward(tokens, i + 1);
    return end > i + 1 && quoteSpeaker(tokens, i + 1, end) && (end >= tokens.length || /^[.,;!?]$/.test(tokens[end].text));
  }
  const np = npBackward(tokens, i);
  return !!np && closesQuoteAt(tokens, np[0] - 1) && (clauseEndsAfter(tokens, i + 1) || TAG_ADJUNCT.test(tokens[i + 1]?.lower ?? '')) && quoteSpeaker(tokens, np[0], np[1]);
}

/**
 * A verb the tagger read as a noun in a speech tag after a closing quotation: a past form right after a name ("“…,”
 * Trump shot back."), or a present one after the phrase that speaks the quotation ("“…,” the document states.",
 * "“…,” the Saudis state in the paper."); before a particle, a place or time ("in", "on") or the end of the clause.
 * Or a past form in "-ed" it read as an adjective ("“…,” Toomey fumed on Tuesday.", "“…,” she elaborated, “…”").
 */
function misTaggedVerbAfterQuote(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (i < 2) return false;
  if (t.pos === 'ADJ') {
    const np = ED_END.test(t.lower) && /^(?:PROPN|PRON)$/.test(tokens[i - 1].pos) ? npBackward(tokens, i) : null;
    return !!np && np[1] === i && closesQuoteAt(tokens, np[0] - 1) && namesActor(tokens, np[0], np[1]) && clauseEndsAfter(tokens, i + 1);
  }
  if (t.pos !== 'NOUN') return false;
  const past = ED_END.test(t.lower) || isIrregularVerbForm(t.lower);
  const before = tokens[i - 1];
  // a present form: "states" after its subject, or "state" after a plural ("the Saudis")
  const present = !past && (/[^s]s$/.test(t.lower) ? /^(?:PROPN|PRON|NOUN)$/.test(before.pos) : /^(?:PROPN|NOUN)$/.test(before.pos) && /[^s]s$/.test(before.lower));
  if (!past && !present) return false;
  if (past && !/^(?:PROPN|PRON)$/.test(before.pos)) return false;
  const next = tokens[i + 1];
  if (next && !(next.pos === 'PUNCT' || /^(?:back|out|up|off|again)$/.test(next.lower) || (present && /^(?:in|on)$/.test(next.lower)))) return false;
  const np = npBackward(tokens, i) ?? [i, i];
  if (np[1] === i && closesQuoteAt(tokens, np[0] - 1)) return past ? namesActor(tokens, np[0], np[1]) : quoteSpeaker(tokens, np[0], np[1]);
  // "“…,” the narrator in the ad states.": the phrase that speaks, with a place or part after it
  const head = present ? speakerWithTail(tokens, i) : null;
  return !!head && quoteSpeaker(tokens, head[0], head[1]);
}

/**
 * The phrase right after a quotation's closing mark that speaks it when a prepositional tail stands between it
 * and its verb at i ("the narrator in the ad", "a spokesman for the board"): the phrase without its tail.
 */
function speakerWithTail(tokens: Token[], i: number): [number, number] | null {
  let k = i - 1;
  while (k > 0 && i - k <= 8 && !closesQuoteAt(tokens, k)) k--;
  if (!closesQuoteAt(tokens, k)) return null;
  const end = npForward(tokens, k + 1, i);
  if (end <= k + 1 || tokens[end]?.pos !== 'ADP') return null;
  return npForward(tokens, end + 1, i) === i ? [k + 1, end] : null;
}

/** Words between a verb and the quotation it gives that keep one clause: objects, prepositions, modifiers. */
const IN_PREDICATE = /^(?:DET|ADJ|NOUN|PROPN|PRON|ADP|NUM|PART|ADV|CCONJ)$/;

/**
 * A finite verb of a named actor whose predicate goes on into a quotation of prose: what is quoted is the actor's
 * ("The impostor gushed about a “common interest in keeping our hemisphere safe”", "Clinton shared a bit of her
 * anxiety with an audience, “I do not know which Donald Trump will show up.”"). Not a title or a name in quotation
 * marks ("read “The Art of the Deal”"), nor a quotation after another verb or a subordinate clause.
 */
function quoteInPredicate(s: SentenceInput, i: number): boolean {
  const { tokens, quoted } = s;
  const t = tokens[i];
  if (!quoted.length || t.pos !== 'VERB' || inside(quoted, t) || !(ED_END.test(t.lower) || /[^s]s$/.test(t.lower) || isIrregularVerbForm(t.lower))) return false;
  // (a passive's subject is not the one who speaks: "investors have been rattled by “a perception that…”")
  let b = i - 1;
  while (b > 0 && tokens[b].pos === 'ADV') b--;
  if (b >= 0 && (BE_BEFORE_PARTICIPLE.test(tokens[b].lower) || /^(?:get|gets|got|gotten|getting)$/.test(tokens[b].lower))) return false;
  const q = quoted.find((x) => x.start >= t.end);
  if (!q || !proseQuote(tokens, q)) return false;
  // (a determiner before the quotation marks makes it a term: "passed the “clean water protection act”")
  let open = i + 1;
  while (open + 1 < tokens.length && tokens[open + 1].end <= q.start) open++;
  if (tokens[open - 1]?.pos === 'DET') return false;
  // (a quotation that modifies a noun names a kind: "earned “is it over?” headlines")
  const after = tokens.find((x) => x.start >= q.end && !CLOSE_Q.test(x.text));
  if (after?.pos === 'NOUN') return false;
  for (let k = i + 1; k < tokens.length && tokens[k].end <= q.start; k++) {
    const x = tokens[k];
    if (k - i > 16) return false;
    if (OPEN_Q.test(x.text) || (x.text === ',' && tokens[k + 1] && OPEN_Q.test(tokens[k + 1].text))) continue;
    if (!IN_PREDICATE.test(x.pos) || SUBORDINATE_OPENERS.has(x.lower)) return false;
  }
  // (the main clause's subject: not a verb inside a clause the sentence reports or subordinates)
  const sb = subjectBefore(tokens, i);
  if (!sb || sb[0] !== clauseStart(tokens) || !namesActor(tokens, sb[0], sb[1])) return false;
  for (let k = sb[1]; k < i; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'SCONJ' || SUBORDINATE_OPENERS.has(tokens[k].lower)) return false;
  return true;
}

/** The cue of the first verb whose predicate gives a quotation (`quoteInPredicate`), for a sentence with no other cue. */
function predicateQuoteCue(s: SentenceInput, resolver: Resolver, cues: Cue[]): void {
  for (let i = 1; i < s.tokens.length; i++) {
    if (!quoteInPredicate(s, i)) continue;
    verbCueWith(s, i, { lemma: s.tokens[i].lower, cls: 'speech' }, resolver, cues, new Set());
    return;
  }
}

/** Words that open a subordinate clause ("because", "when", "that"): a quotation after one is that clause's, not the predicate's. */
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set([...WH, 'because', 'while', 'although', 'though', 'after', 'before', 'since', 'until', 'unless', 'as', 'than', 'whom', 'whose']);

/** Whether the word at `i` stands in a subordinate clause: an opener of one before it, with no punctuation between. */
function subordinateClause(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k].pos !== 'PUNCT'; k--) if (SUBORDINATE_OPENERS.has(tokens[k].lower) || tokens[k].lower === 'once') return true;
  return false;
}

/**
 * A quotation of prose: three words or more, mostly in lower case (not a title in capitals), with a verb of its own
 * (not a term: "passed the “clean water protection act”", "a “targeted employment area”").
 */
function proseQuote(tokens: Token[], q: Span): boolean {
  let words = 0;
  let lower = 0;
  let verb = false;
  for (const x of tokens) {
    if (x.start < q.start || x.end > q.end || !/^\p{L}/u.test(x.text)) continue;
    words++;
    if (/^\p{Ll}/u.test(x.text)) lower++;
    if (x.pos === 'VERB' || x.pos === 'AUX') verb = true;
  }
  return verb && words >= 3 && lower * 2 >= words;
}

/** What may follow a quotation's speech tag before its clause ends: "“…,” she snapped as she left", "“…,” he barked and left". */
const TAG_ADJUNCT = /^(?:as|while|when|before|after|and|then)$/;

/**
 * Right after a quotation closed by a comma, "!" or "?", the phrase next to a verb speaks it: an actor, or any
 * group or thing named by a noun ("“…,” the crowd roared", "“…,” the sign read"); not a pronoun for a thing.
 */
function quoteSpeaker(tokens: Token[], from: number, to: number): boolean {
  if (namesActor(tokens, from, to)) return true;
  const head = tokens[to - 1];
  return head.pos === 'NOUN' && /^(?:DET|PRON)$/.test(tokens[from].pos) && !/^(?:it|this|that)$/.test(tokens[from].lower);
}

/** Works that hold what someone says or finds: "in the poll", "in his speech", "in a letter". */
const SOURCE_WORKS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'report', 'interview', 'interviews', 'statement', 'speech', 'letter',
  'ad', 'ads', 'advertisement', 'op-ed', 'column', 'editorial', 'memo', 'email', 'tweet', 'post', 'book', 'video',
  'remarks', 'testimony', 'filing', 'essay', 'article', 'piece', 'message', 'documentary', 'analysis', 'lawsuit',
]);

/**
 * "In" opening the sentence with a work that holds statements, then a comma ("In a Quinnipiac poll
 * released Tuesday, …", "In his speech, …"): the cue is "In", the work its source. Between "in" and
 * the work only modifiers; after it, at most a participial tail before the comma.
 */
function openingWork(tokens: Token[], resolver: Resolver): Cue | null {
  let k = 0;
  while (k < tokens.length && OPEN_Q.test(tokens[k].text)) k++;
  if (tokens[k]?.lower !== 'in') return null;
  const head = workAfter(tokens, k, 10, SOURCE_WORKS, false);
  if (head < 0) return null;
  for (let j = head + 1; j < tokens.length && j <= head + 10; j++) {
    const t = tokens[j];
    if (t.text === ',') return cue(tokens, k, k + 1, 'according', 'in', makeSource(tokens, k + 1, head + 1, resolver));
    if (t.pos === 'AUX' || t.pos === 'PUNCT' || (t.pos === 'VERB' && !/(?:ed|en)$/.test(t.lower))) return null;
  }
  return null;
}

/**
 * The work ("poll", "statement": a noun of `heads`) that the phrase after "in" at `k` heads, within `max` tokens and
 * with only modifiers before it (determiners, adjectives, names, nouns, numbers, possessives; with `participles`, also
 * "-ing"/"-ed" forms and "-ly" adverbs: "a newly released memo"); its index, or -1.
 */
function workAfter(tokens: Token[], k: number, max: number, heads: ReadonlySet<string>, participles: boolean): number {
  for (let j = k + 1; j < tokens.length && j <= k + max; j++) {
    const t = tokens[j];
    if (t.pos === 'NOUN' && heads.has(t.lower)) return j;
    const modifier =
      /^(?:DET|ADJ|PROPN|NOUN|NUM)$/.test(t.pos) ||
      POSSESSIVE_DET.test(t.lower) ||
      /^(?:['’]s|-|\/)$/.test(t.text) ||
      (participles && ((t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower)) || (t.pos === 'ADV' && /ly$/.test(t.lower))));
    if (!modifier) return -1;
  }
  return -1;
}

/**
 * Of `SOURCE_WORKS`, those a sentence's subject makes itself: not a poll or survey, which reports on its subject ("leads
 * in a poll"), nor a word with an idiom of "in" ("in his post" as chief, "in the final analysis", "in one piece").
 */
const OWN_WORKS = new Set([...SOURCE_WORKS].filter((w) => !/^(?:polls?|surveys?|post|analysis|piece)$/.test(w)));

/**
 * "in" and a work its sentence's subject made, after the subject's verb in the active ("The board approved the plan
 * in a statement issued on Monday", "The inspector general judged it worse in a report"): the work is how the subject
 * says it. Only modifiers stand between "in" and the work. (Not "Ruiz was named in a report": a passive's subject
 * made nothing.)
 */
function subjectsWork(tokens: Token[], quoted: Span[], resolver: Resolver): Cue | null {
  for (let k = 2; k < tokens.length; k++) {
    // (not a verb's own "in": "resulted in Trump's tweet", "took part in an interview")
    if (tokens[k].lower !== 'in' || inside(quoted, tokens[k]) || tokens[k - 1].pos === 'VERB') continue;
    // the subject's own work: one it made ("in a statement", "in his speech"), not one met ("in the video", "in the
    // company's annual report")
    const det = tokens[k + 1]?.lower ?? '';
    if (!/^(?:a|an|his|her|its|their|our|my)$/.test(det)) continue;
    // (a participle too: "a scathing report", "a newly released memo")
    const head = workAfter(tokens, k, 5, OWN_WORKS, true);
    // (the work heads its phrase: not "in the email and Clinton Foundation controversies")
    if (head < 0 || /^(?:NOUN|PROPN|CCONJ)$/.test(tokens[head + 1]?.pos ?? '')) continue;
    const sb = sentenceSubject(tokens, k);
    if (!sb) return null;
    let v = sb[1];
    while (v < k && SKIP_ADVERB.has(tokens[v].lower) && tokens[v].pos !== 'AUX') v++;
    // (a work still to come holds nothing yet: "He will speak in an interview with WVIT")
    if (tokens[v].pos === 'AUX' && (BE_FORMS.has(tokens[v].lower) || MODAL_BEFORE_BE.test(tokens[v].lower))) return null;
    // (what one finds or sees in a work is not what one says, "Police found the names in a letter", nor what one has,
    // "has no role in the lawsuit")
    if (PERCEIVING.test(tokens[v].lower) || /^(?:has|have|had|having)$/.test(tokens[v].lower)) return null;
    return cue(tokens, k, head + 1, 'speech', 'in', makeSource(tokens, sb[0], sb[1], resolver));
  }
  return null;
}

/** Verbs of finding, seeing or showing up, whose "in" a work is where a thing is met: "found the names in a letter". */
const PERCEIVING = /^(?:finds?|found|finding|discover(?:s|ed|ing)?|sees?|saw|seen|spott(?:ed|ing)|spots?|notic(?:e|es|ed|ing)|read|reads|wore|wears?|appear(?:s|ed|ing)?|featur(?:e|es|ed|ing)|star(?:s|red|ring))$/;

/** Heads of the works whose figures a sentence reports "in": "leads by 9 points in the latest Fox poll". */
const POLL_HEADS = /^(?:poll|polls|survey|surveys)$/;

/**
 * "in" and a poll anywhere in the sentence ("Ruiz leads 52 to 40 in a new Harbour Times poll", "second in most
 * surveys"): the poll is the source of the figures. The phrase holds only modifiers between "in" and the
 * head; a bare "in the polls" (a candidate's standing in general) needs a modifier to name particular polls.
 */
function pollPhrase(tokens: Token[], quoted: Span[], resolver: Resolver): Cue | null {
  for (let k = 0; k < tokens.length - 2; k++) {
    if (tokens[k].lower !== 'in' || inside(quoted, tokens[k])) continue;
    // (a long name may stand before it, "the previous Washington Post/ABC News national poll", and coordinated
    // modifiers, "online and snap polls")
    for (let j = k + 1; j < tokens.length && j <= k + 10; j++) {
      const t = tokens[j];
      if (POLL_HEADS.test(t.lower)) {
        const mods = tokens.slice(k + 1, j);
        if (/s$/.test(t.lower) && !mods.some((m) => m.pos !== 'DET')) break;
        // ("the RealClearPolitics average of Iowa polls": "of" may stand between)
        return cue(tokens, k, k + 1, 'according', 'in', makeSource(tokens, k + 1, pollMakerEnd(tokens, j), resolver));
      }
      if (!(/^(?:DET|ADJ|PROPN|NOUN|NUM|ADV)$/.test(t.pos) || POSSESSIVE_DET.test(t.lower) || /^(?:['’]s|-|\/|of|and|or)$/.test(t.text))) break;
    }
  }
  return null;
}

/**
 * Where the phrase of the poll at `head` ends: after the poll itself, or after a participle's agent that names its
 * makers ("polls conducted after the debates by news outlets such as Time, Slate and Drudge Report").
 */
function pollMakerEnd(tokens: Token[], head: number): number {
  const p = tokens[head + 1];
  if (!p || p.pos !== 'VERB' || !/(?:ed|en)$/.test(p.lower)) return head + 1;
  let by = -1;
  let end = head + 2;
  for (; end < tokens.length && end <= head + 16 && !/^[.;:!?]$/.test(tokens[end].text); end++) {
    if (tokens[end].lower === 'by' && by < 0) by = end;
    // (a comma ends it unless it separates the names after "by")
    if (tokens[end].text === ',' && (by < 0 || tokens[end + 1]?.pos !== 'PROPN')) break;
  }
  return by > 0 && tokens.slice(by + 1, end).some((t) => t.pos === 'PROPN') ? end : head + 1;
}

/**
 * A speech act in the past tense as the finite verb of its clause ("…, and
 * later denounced the deal", "Palin condemned it"): whoever performed it, the
 * clause reports a statement or a stance. Not an infinitive ("to endorse"),
 * a participle modifying a noun ("proposed legislation") or a passive.
 */
function finiteAct(tokens: Token[], i: number, lemma: string): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || t.lower === lemma || /(?:ing|s)$/.test(t.lower) || !SPEECH_ACTS.has(lemma) || NOT_FINITE_ACTS.has(lemma)) return false;
  // "compared with 2012", "charged with fraud": a comparison or an indictment, not a statement.
  if (/^(?:with|to)$/.test(tokens[i + 1]?.lower ?? '') && /^(?:compare|liken|equate|charge)$/.test(lemma)) return false;
  let j = i - 1;
  while (j >= 0 && (tokens[j].pos === 'ADV' || tokens[j].pos === 'PART') && tokens[j].lower !== 'to') j--;
  const p = tokens[j];
  if (p && (p.lower === 'to' || BE_FORMS.has(p.lower) || /^(?:been|being|get|got|gets|getting)$/.test(p.lower))) return false;
  const n = tokens[i + 1];
  // "the army, backed by Hezbollah": a passive participle.
  if (n?.lower === 'by') return false;
  // "described as", "called for": still a finite act; "charged uprising": a modifier.
  if (p && /^(?:ADJ|DET|NUM)$/.test(p.pos) && n && (n.pos === 'NOUN' || n.pos === 'PROPN')) return false;
  return true;
}

/**
 * "Trump went on to criticize the convention", "Clinton has had to condemn parts of…": a speech act in the
 * infinitive, without a clause of its own, performed by the sentence's subject (`purposeOfSubject`).
 */
function infinitiveAct(tokens: Token[], i: number, lemma: string): boolean {
  const t = tokens[i];
  // (nor one whose verb mostly means something else without a clause: "to issue warrants", "to present a bill")
  if (t.lower !== lemma || tokens[i - 1]?.lower !== 'to' || !SPEECH_ACTS.has(lemma) || NOT_FINITE_ACTS.has(lemma) || (OTHER_SENSE_PASSIVES.has(lemma) && lemma !== 'call')) return false;
  const n = tokens[i + 1];
  if (n?.lower === 'by' || (/^(?:with|to)$/.test(n?.lower ?? '') && /^(?:compare|liken|equate|charge)$/.test(lemma))) return false;
  // "to call a halt to…", "to call an election": a summons, not a thing said
  if (lemma === 'call' && !/^(?:for|on)$/.test(n?.lower ?? '')) {
    const end = npForward(tokens, i + 1);
    if (end > i + 1 && SUMMONED.has(tokens[end - 1].lower)) return false;
  }
  if (headlineSubject(tokens, i - 1)) return true;
  // not the infinitive of a noun ("efforts to admit refugees", "the firepower to challenge her") nor of a degree
  // ("too close to call"), nor an act not done or not yet done ("were unable to comment", "not available to comment",
  // "is likely to present")
  const before = tokens[i - 2];
  // (nor after a cue of its own, whose content it is: "decided to recommend sanctions, industry sources said")
  if (!before || before.pos === 'NOUN' || before.pos === 'PROPN' || tokens[i - 3]?.lower === 'too' || UNDONE_BEFORE_TO.test(before.lower) || CUE_VERBS.has(before.lower)) return false;
  for (let k = i - 3; k >= 0 && k >= i - 6; k--) if (NEGATION.test(tokens[k].lower)) return false;
  // the subject's verb group right before "to" ("has also had to condemn", "went on to criticize"), or its verb and object
  const sb = sentenceSubject(tokens, i - 1);
  if (sb && tokens.slice(sb[1], i - 1).every((x) => VERB_GROUP_POS.test(x.pos))) return true;
  return purposeOfSubject(tokens, i - 1);
}

/** Tags of a verb group with its adverbs and particle ("has also had", "went on"). */
const VERB_GROUP_POS = /^(?:VERB|AUX|ADV|ADP)$/;

/** Words before "to" that say its act is not done (yet): "unable to comment", "likely to present". */
const UNDONE_BEFORE_TO = /^(?:unable|able|available|unavailable|likely|unlikely|set|due|about|free|fail|fails|failed|failing)$/;
/** Negations of a verb group or of its object ("drew no criticism"). */
const NEGATION = /^(?:not|n't|n’t|never|no)$/;

/**
 * The people who take the stance of the participle at i, right before it ("an outside group backing Rubio", "super
 * PACs supporting Cruz"), when an object follows: [from, to), or null. Not forces or a country ("Russian forces backing
 * the army" is military help), nor things ("prices backing off").
 */
function stanceTaker(tokens: Token[], i: number, resolver: Resolver): [number, number] | null {
  const head = tokens[i - 1];
  const next = tokens[i + 1];
  if (!head || !/^(?:NOUN|PROPN)$/.test(head.pos) || !next || !/^(?:PROPN|DET|NOUN|ADJ|NUM)$/.test(next.pos)) return null;
  const np = npBackward(tokens, i);
  if (!np || np[1] !== i) return null;
  if (head.pos === 'NOUN' && (PLACE_NOUNS.has(head.lower) || DOCUMENT_HEADS.has(head.lower))) return null;
  return (head.pos === 'NOUN' && agentNoun(head.lower, true)) || namesPeople(tokens, np[0], np[1], resolver) ? np : null;
}

/** Taking a side, as a participle after the side's takers ("a group backing Rubio"; not "executives promoting the exchange"). */
const SIDE_TAKING: ReadonlySet<string> = new Set(['support', 'back', 'endorse', 'oppose', 'favor', 'favour']);

/** A headline's future, "Clinton to call for wider efforts…": the subject right before "to" at `to`, naming an actor. */
function headlineSubject(tokens: Token[], to: number): [number, number] | null {
  const from = clauseStart(tokens);
  const end = npForward(tokens, from);
  // (not a verb the tagger took for a noun: "Belgium plans to issue…")
  return end === to && end > from && !CUE_VERBS.has(tokens[end - 1].lower) && namesActor(tokens, from, end) ? [from, end] : null;
}

/** The object at k is a noun of statements or a work (STATEMENT_NOUNS, SOURCE_WORKS), across a determiner, a possessive and modifiers. */
function statementObject(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 5; j++) {
    const t = tokens[j];
    if (t.pos === 'NOUN') return STATEMENT_NOUNS.has(t.lower) || SOURCE_WORKS.has(t.lower);
    if (!/^(?:DET|ADJ|NUM|ADV)$/.test(t.pos) && !POSSESSIVE_DET.test(t.lower)) return false;
  }
  return false;
}

/**
 * The object at k is a thing welcomed as a stance (WELCOMED_THINGS): its head noun, across a determiner,
 * modifiers and a possessive ("the EU's financial contribution", "Friday's ruling").
 */
function welcomedThing(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 7; j++) {
    const t = tokens[j];
    if (t.pos === 'NOUN' && (!tokens[j + 1] || tokens[j + 1].pos !== 'NOUN')) return WELCOMED_THINGS.has(t.lower);
    if (!/^(?:DET|ADJ|PROPN|NOUN|NUM|PART)$/.test(t.pos) && !POSSESSIVE_DET.test(t.lower)) return false;
  }
  return false;
}

/** A passive's subject `sb` opens with a negation: "No amount of shares were specified", "Neither figure was given". */
function negatedSubject(tokens: Token[], sb: [number, number] | null): boolean {
  return !!sb && /^(?:no|neither|none|nothing)$/.test(tokens[sb[0]].lower);
}

/** Words that open a clause naming a topic: "how profits are reported", "whether it was approved". */
const TOPIC_WH: ReadonlySet<string> = new Set(['how', 'what', 'whether', 'why']);
/** Tags that end a search back across a subject. */
const SUBJECT_STOP = /^(?:PUNCT|ADP|AUX|CCONJ|SCONJ)$/;

/**
 * The passive whose "be" is at `be` is in a clause naming a topic: a wh-word right before its subject ("how offshore
 * profits are reported"), or as its subject ("what was said").
 */
function topicClause(tokens: Token[], be: number): boolean {
  // (across the subject, whatever the tagger made of its words: "how offshore/ADV profits/VERB are reported")
  let k = be - 1;
  while (k >= 0 && be - k <= 6 && !TOPIC_WH.has(tokens[k].lower) && !SUBJECT_STOP.test(tokens[k].pos)) k--;
  return k >= 0 && TOPIC_WH.has(tokens[k].lower);
}

/** "state(s)" after a determiner or a preposition, across its modifiers ("the only state", "in later states", "to Western states"). */
function stateNoun(tokens: Token[], i: number): boolean {
  // (a plural name before it and no noun after is its subject: "…,” the Saudis state in the white paper")
  const p1 = tokens[i - 1];
  if (p1?.pos === 'PROPN' && /[^s']s$/.test(p1.lower) && !/^(?:NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? 'PUNCT')) return false;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const p = tokens[j];
    if (p.pos === 'DET' || p.pos === 'ADP' || p.pos === 'NUM' || POSSESSIVE_DET.test(p.lower) || /^['’]s$/.test(p.text)) return true;
    if (!/^(?:ADJ|ADV|PROPN)$/.test(p.pos) || p.lower === 'also') return false;
  }
  return false;
}

/**
 * The source of a participle that follows a comma (adverbs between allowed: ", quickly adding"): the
 * source of the cue whose clause the comma closes (", a Chinese official said on Friday, adding"), else
 * the subject of the first finite verb of the main clause ("Clinton sternly rebuked Trump, saying…").
 * Verbs inside quotations do not count. Null when no comma comes right before or no subject is found.
 */
function participleSource(tokens: Token[], i: number, cues: Cue[], quoted: Span[], resolver: Resolver): Source | null {
  let k = i - 1;
  while (k > 0 && tokens[k].pos === 'ADV' && /^\p{Ll}/u.test(tokens[k].text)) k--;
  // (or "by": the means of the main clause's act, "Trump responded by calling her a liar")
  if (tokens[k]?.text !== ',' && tokens[k]?.lower !== 'by') return null;
  const comma = tokens[k].start;
  const finite = (j: number): boolean => {
    const t = tokens[j];
    if (t.pos !== 'VERB' || inside(quoted, t) || /ing$/.test(t.lower) || tokens[j - 1]?.lower === 'to') return false;
    // "the proposed ban", "a plan backed by": a participle modifying a noun
    return !(/(?:ed|en)$/.test(t.lower) && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? '') && !BE_FORMS.has(tokens[j - 1]?.lower ?? '') && !/^(?:PROPN|PRON)$/.test(tokens[j - 1]?.pos ?? ''));
  };
  // (a verb's: "attacked Varn for her support of…, saying" is not her saying it)
  const last = nearestCueBefore(cues, comma, (c) => c.kind !== 'hedge' && tokenAt(tokens, c.span.start)?.pos !== 'NOUN') ?? null;
  // (not a cue of a subordinate clause: "no details about how he planned to…, saying")
  const opener = last && last.source!.span.start < last.span.start ? tokens[tokens.findIndex((t) => t.start === last!.source!.span.start) - 1] : undefined;
  if (last && !(opener && (WH.has(opener.lower) || opener.pos === 'SCONJ'))) {
    const end = tokens.findIndex((t) => t.end === last!.span.end);
    let other = false;
    for (let j = end + 1; j < k; j++) if (finite(j) && !(tokens[j].start >= last.source!.span.start && tokens[j].end <= last.source!.span.end)) other = true;
    if (!other) return last.source;
  }
  // the first finite verb of the main clause, read after any opening adverbial and outside quotations
  for (let j = clauseStart(tokens); j < k; j++) {
    if (inside(quoted, tokens[j]) || tokens[j].pos === 'SCONJ') return null;
    // (a copula or an auxiliary opens the verb group too: "Clinton is more cautious, saying…")
    if (!finite(j) && !(tokens[j].pos === 'AUX' && /^(?:is|are|was|were|has|have|had)$/.test(tokens[j].lower))) continue;
    const sb = subjectBefore(tokens, j);
    if (!sb || inside(quoted, tokens[sb[0]]) || /^(?:it|this|there)$/.test(tokens[sb[1] - 1].lower) || TIME_AFTER_CUE.test(tokens[sb[1] - 1].lower)) return null;
    return makeSource(tokens, sb[0], sb[1], resolver);
  }
  return null;
}

/** The cue with a source, accepted by `ok`, that ends nearest before offset `at` (the first of a tie), or undefined. */
function nearestCueBefore(cues: readonly Cue[], at: number, ok: (c: Cue) => boolean): Cue | undefined {
  let best: Cue | undefined;
  for (const c of cues) if (c.span.end <= at && c.source && (!best || c.span.end > best.span.end) && ok(c)) best = c;
  return best;
}

/** Speech acts whose bare past tense is mostly something else ("added three seats", "featured a band"). */
const NOT_FINITE_ACTS = new Set(['add', 'feature', 'post', 'address', 'answer']);

/**
 * The subject of a verb coordinated with an earlier one ("Trump called her a
 * liar and threatened to sue", "…, but later denied it"): the subject before
 * the first verb of the clause. [from, to) or null.
 */
function coordinatedSubject(tokens: Token[], i: number): [number, number] | null {
  let j = i - 1;
  while (j >= 0 && (tokens[j].pos === 'ADV' || SKIP_ADVERB.has(tokens[j].lower))) j--;
  if (j < 1 || !/^(?:and|but)$/.test(tokens[j].lower)) return null;
  // back to the first verb of the clause the "and" continues
  let v = -1;
  for (let k = j - 1; k >= 0 && j - k <= 30; k--) {
    const t = tokens[k];
    if (t.text === ';' || t.text === ':' || (t.pos === 'SCONJ' && t.lower !== 'that') || OPEN_Q.test(t.text)) break;
    if (t.pos === 'VERB' && !/ing$/.test(t.lower)) v = k;
  }
  if (v < 0) return null;
  const sb = subjectBefore(tokens, v);
  return sb && namesActor(tokens, sb[0], sb[1]) ? sb : null;
}

/** Adjectives of belief, wish and attitude: predicated of a person they report a stance. */
const STANCE_ADJECTIVES = new Set([
  'eager', 'confident', 'concerned', 'skeptical', 'sceptical', 'aware', 'hopeful', 'optimistic', 'pessimistic',
  'worried', 'convinced', 'certain', 'sure', 'unsure', 'adamant', 'critical', 'supportive', 'determined', 'keen',
  'willing', 'unwilling', 'reluctant', 'wary', 'proud', 'pleased', 'angry', 'upset', 'furious', 'frustrated',
  'disappointed', 'satisfied', 'afraid', 'fearful', 'doubtful', 'insistent', 'unhappy', 'enthusiastic', 'dismissive',
  'anxious', 'nervous', 'open', 'committed', 'opposed', 'grateful', 'thankful', 'interested', 'outraged', 'alarmed',
]);
const COPULAS = /^(?:is|are|was|were|be|been|being|am|'s|’s|'re|’re|'m|’m|seem|seems|seemed|appear|appears|appeared|remain|remains|remained|feel|feels|felt|become|became|sound|sounds|sounded|grew|grow|grows)$/;
const ADJ_COMPLEMENT = /^(?:that|to|about|of|with|on|over|in|for|whether|if|toward|towards)$/;

/** A subject that holds a stance: people, or a name ("Ruiz was eager to…", "Russia is wary of…"). */
function peopleOrName(tokens: Token[], sb: [number, number], resolver: Resolver): boolean {
  return namesPeople(tokens, sb[0], sb[1], resolver) || (sb[1] - sb[0] === 1 && tokens[sb[0]].pos === 'PROPN');
}

/** Nouns of the people on a side ("a supporter of", "an outspoken critic of"). */
const PARTISANS = /^(?:supporters?|opponents?|critics?|backers?|advocates?|proponents?|champions?|foes?|defenders?|detractors?|admirers?|fans?)$/;

/**
 * "Ruiz is a staunch opponent of the levy", "two-thirds … were supporters of Sanders": the copula, its
 * determiners and modifiers, the noun at i and "of", with the subject, people or a name, as the source.
 */
function partisanPredicate(tokens: Token[], i: number, resolver: Resolver): Cue | null {
  let j = i - 1;
  while (j >= 0 && i - j <= 5 && /^(?:DET|ADJ|ADV|NUM)$/.test(tokens[j].pos) && !COPULAS.test(tokens[j].lower)) j--;
  if (j < 1 || !COPULAS.test(tokens[j].lower)) return null;
  const sb = subjectBefore(tokens, j);
  if (!sb || !peopleOrName(tokens, sb, resolver)) return null;
  return cue(tokens, j, i + 2, 'belief', tokens[i].lower, makeSource(tokens, sb[0], sb[1], resolver));
}

/**
 * A stance adjective after a copula whose subject names people ("The mayor is
 * confident that…", "Voters remain skeptical of…"); the cue runs from the
 * copula to the adjective. The adjective needs its complement or the clause end.
 */
function stanceAdjective(tokens: Token[], i: number, resolver: Resolver): Cue | null {
  const n = tokens[i + 1];
  if (n && !ADJ_COMPLEMENT.test(n.lower) && n.pos !== 'PUNCT') return null;
  if (n?.text === '-' || (n?.lower === 'to' && !/^(?:VERB|AUX|DET|PROPN|PRON|NOUN)$/.test(tokens[i + 2]?.pos ?? ''))) return null;
  let j = i - 1;
  // (adverbs and a floating quantifier: "were both sternly critical of")
  while (j >= 0 && i - j <= 4 && (tokens[j].pos === 'ADV' || tokens[j].pos === 'PART' || /^(?:both|all|each)$/.test(tokens[j].lower)) && !COPULAS.test(tokens[j].lower)) j--;
  if (j < 1 || !COPULAS.test(tokens[j].lower)) return null;
  const sb = subjectBefore(tokens, j);
  if (!sb || !peopleOrName(tokens, sb, resolver)) return null;
  return cue(tokens, j, i + 1, 'belief', tokens[i].lower, makeSource(tokens, sb[0], sb[1], resolver));
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", '’s', "'re", '’re', "'m", '’m', 'am']);

/** The "-ing" form at i follows a form of "be", skipping adverbs and "not" ("is also demanding", "was not defending"). */
function progressive(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && (tokens[j].pos === 'ADV' || tokens[j].pos === 'PART') && !BE_FORMS.has(tokens[j].lower)) j--;
  return j >= 0 && BE_FORMS.has(tokens[j].lower) && (tokens[j].pos === 'AUX' || tokens[j].pos === 'VERB');
}

const INTRODUCER = /^(?:follows|following|transcript|excerpts?|reads)$/;

/**
 * "[WaPo.]", "[Will Fitzgibbon, ICIJ]" at `i`, closing its sentence right after a quotation (or as a sentence of its
 * own, which the paragraph's sign-off then checks follows one): the end of the source's name (before "." and "]"), or
 * 0. A transcript's note ("[Applause]", "[inaudible]") is one word of English, not a name.
 */
function bracketCredit(tokens: Token[], i: number): number {
  // (a closing mark typed as an opening one after the quote's last stop: "…the tax.“ [HuffPost]")
  if (i > 0 && !CLOSE_Q.test(tokens[i - 1].text) && !(tokens[i - 1].text === '“' && i > 1 && FULL_STOP.test(tokens[i - 2].text))) return 0;
  const close = tokens.length - 1 - (FULL_STOP.test(tokens[tokens.length - 1].text) && tokens.length - 2 > i ? 1 : 0);
  if (tokens[close].text !== ']' || close - i > 12) return 0;
  let end = close;
  if (tokens[end - 1].text === '.') end--;
  const words = tokens.slice(i + 1, end);
  // (a name's words are capitalised but for its small words, "[Will Fitzgibbon, The International Consortium of
  // Investigative Journalists]": not "[End of excerpt.]", "[Emphasis mine.]")
  if (!words.length || !/^[\p{Lu}\d]/u.test(words[0].text) || words.some((w) => !/^(?:[\p{Lu}\d]|[,&|.'’-]$)/u.test(w.text) && !NAME_SMALL_WORDS.test(w.text)) || words.some((w) => w.pos === 'VERB')) return 0;
  if (words.length === 1 && isKnownWord(words[0].lower)) return 0;
  return end;
}

/** Small words a name of several words keeps in lower case ("Consortium of Investigative Journalists", "Banco de España"). */
const NAME_SMALL_WORDS = /^(?:of|for|the|and|on|in|at|de|del|la|le|von|van|der)$/;

/** Lemma given to the dash that signs a quote off with its speaker's name. */
export const SIGN_OFF = '―';
const DASHES = /^(?:―|—|--)$/;
const SHORT_DASHES = /^[-–]$/;

/**
 * After a sign-off's name at `end`, the line ends, at most with a full stop or a short place or title of capitalised
 * words ("- Sanders.", "-Michelle Marks, Philadelphia."): a list item of wire copy ("- The Kodak system 5000, a
 * networked information system…") goes on.
 */
function signOffEnds(tokens: Token[], end: number): boolean {
  if (end >= tokens.length || (end === tokens.length - 1 && FULL_STOP.test(tokens[end].text))) return true;
  if (tokens[end].text !== ',' || tokens.length - end > 6 || !UPPER_FIRST.test(tokens[end + 1]?.text ?? '')) return false;
  return tokens.slice(end + 1).every((x) => UPPER_FIRST.test(x.text) || (x === tokens[tokens.length - 1] && FULL_STOP.test(x.text)));
}
/** Labels of headings and notes, not speakers: "The Latest:", "Correction:", "Editor's Note:". */
const HEADING_LABEL = /^(?:the|a|an|latest|correction|corrections|update|updated|note|editor|editors|related|watch|read|see|breaking|exclusive|analysis|opinion|photos?|videos?|more|also|listen|live|clarification|disclosure|warning|background|context|q|question|answer)$/;
const UNITS = /^(?:year|years|day|days|week|weeks|month|months|hour|hours|cent|capita|person|head|share|gallon|barrel|mile|minute|second|game|vote|household|student|pupil|unit|ton|tonne|pound|kilo)$/;

/** "per the ministry", "per Reuters" — not "per year", "per cent". */
function perSource(tokens: Token[], after: number): boolean {
  const n = tokens[after];
  if (!n || UNITS.test(n.lower)) return false;
  if (n.pos === 'DET') return !!tokens[after + 1] && !UNITS.test(tokens[after + 1].lower) && /^\p{Lu}/u.test(tokens[after + 1].text);
  return /^\p{Lu}/u.test(n.text);
}

/**
 * "…, Fox found.", "…, the survey showed.", "…, the Times reported last week.": evidence or a report
 * closing the sentence after a comma, its content the clause before. Whoever found or reported it
 * stands between the comma and the verb: an actor or a document.
 */
function closingFinding(tokens: Token[], i: number, cueEnd: number, cls: CueClass): boolean {
  if ((cls !== 'evidence' && cls !== 'report') || !clauseEndsAfter(tokens, cueEnd) || tokens[i].pos !== 'VERB') return false;
  const np = npBackward(tokens, i);
  return !!np && np[0] > 1 && np[1] === i && tokens[np[0] - 1].text === ',' && namesActor(tokens, np[0], np[1]);
}

/** Nothing but a time phrase or an adverb lies between token `from` and the end of the clause. */
function clauseEndsAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    const t = tokens[k];
    if (t.pos === 'PUNCT') return t.text !== '-' ;
    if (!(t.pos === 'ADV' || TIME_AFTER_CUE.test(t.lower) || (t.pos === 'PROPN' && /day$/.test(t.lower)))) return false;
  }
  return from >= tokens.length;
}
const TIME_AFTER_CUE = /^(?:on|in|at|last|this|today|yesterday|tonight|earlier|later|then|again|too|also|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening)$/;

/**
 * The phrase names a person or organisation (a proper noun, a personal pronoun,
 * or a noun for people, institutions or documents: "the campaign", "critics",
 * "the ad"), not a thing. A relative pronoun names what it refers back to.
 */
function namesActor(tokens: Token[], from: number, to: number): boolean {
  if (to - from === 3 && partitiveRelative(tokens, to - 1) === from) return namesActor(tokens, from - 1, from);
  if (to - from === 1 && RELATIVE.has(tokens[from].lower)) {
    const ante = npBackward(tokens, tokens[from - 1]?.text === ',' ? from - 1 : from);
    return !!ante && namesActor(tokens, ante[0], ante[1]);
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.pos === 'PROPN' || /^(?:he|she|they|we|i)$/.test(t.lower)) return true;
  }
  const head = tokens[to - 1];
  return !!head && head.pos === 'NOUN' && agentNoun(head.lower, true);
}

const RELATIVE = new Set(['who', 'which', 'that', 'what']);
/** A relative pronoun ("who", "which", "that", "what"), as a cue's source text stands for its clause's antecedent. */
export const isRelativePronoun = (text: string): boolean => RELATIVE.has(text.toLowerCase());

/** "…, many of whom", "…, two of which": where the share opens when `whom`/`which` at j ends one after a comma; -1 if not. */
function partitiveRelative(tokens: Token[], j: number): number {
  if (j < 3 || !/^(?:whom|which)$/.test(tokens[j].lower) || tokens[j - 1].lower !== 'of') return -1;
  const q = tokens[j - 2];
  return (PARTITIVE.test(q.lower) || q.pos === 'NUM') && tokens[j - 3].text === ',' ? j - 2 : -1;
}

/**
 * The phrase names a person or a group of people (not a country or a place):
 * a pronoun, a full or titled name, a surname already met as a person's, or a
 * noun for people ("voters", "the campaign").
 */
function namesPeople(tokens: Token[], from: number, to: number, resolver: Resolver): boolean {
  if (to - from === 1) {
    const w = tokens[from].lower;
    if (/^(?:he|she|they|we|i)$/.test(w)) return true;
    if (RELATIVE.has(w)) {
      const ante = npBackward(tokens, tokens[from - 1]?.text === ',' ? from - 1 : from);
      // ("who" is said of people: "a pilot who backs the levy")
      return !!ante && (w === 'who' || namesPeople(tokens, ante[0], ante[1], resolver));
    }
  }
  // "Morton Blackwell, the conservative icon,": the name before an apposition is who it is.
  // ("Marion, the party's vice-president,": a name not known as a person's, and an apposition that says it is one)
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k].text !== ',') continue;
    if (namesPeople(tokens, from, k, resolver)) return true;
    return tokens[k - 1].pos === 'PROPN' && namesPeople(tokens, k + 1, tokens[to - 1].text === ',' ? to - 1 : to, resolver);
  }
  // ("the students polled": the respondents of a survey are its participle's noun)
  if (to - from > 1 && SURVEYED.test(tokens[to - 1].lower) && tokens[to - 2].pos === 'NOUN') return namesPeople(tokens, from, to - 1, resolver);
  const head = tokens[to - 1];
  if (peopleCount(tokens, from, to)) return true;
  if (head.pos === 'NOUN') return agentNoun(head.lower, false) && !PLACE_NOUNS.has(head.lower);
  // (a plural opening the sentence, which the tagger read as a name: "Millennials support…", "Men under 35 back…")
  if (head.pos === 'PROPN' && from === 0 && to - from === 1 && /(?:s|men)$/.test(head.lower) && agentNoun(head.lower, false)) return true;
  const m = describePhrase(tokens, from, to);
  if (m.person) return true;
  if (to - from === 1 && head.pos === 'PROPN') return resolver.resolve(m, null).name.split(' ').length > 1;
  return false;
}

/** Verbs of opinion that polls report of groups ("most voters oppose…"). */
const OPINION_VERBS = new Set(['support', 'oppose', 'favor', 'favour', 'prefer', 'want', 'think', 'believe', 'say', 'back', 'like', 'trust', 'view', 'see', 'expect', 'fear', 'agree', 'disagree', 'blame', 'approve', 'disapprove', 'reject', 'consider']);
const PEOPLE_COUNT = /^(?:percent|per|%|majority|plurality|minority|most|many|half|third|thirds|quarter|quarters|share|number|voters|respondents|americans|adults|democrats|republicans|independents|people|residents|members|supporters|citizens|those|others)$/;

/** The phrase counts people: "40 percent of voters", "a majority", "three-quarters", "Most Democrats". */
function peopleCount(tokens: Token[], from: number, to: number): boolean {
  // "40 percent of exports": what is counted must be people
  const head = tokens[to - 1];
  for (let k = from; k < to - 1; k++) {
    if (tokens[k].lower === 'of') return head.pos === 'PROPN' || PEOPLE_COUNT.test(head.lower) || AGENT_NOUNS.has(head.lower);
  }
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if (PEOPLE_COUNT.test(w) || /-(?:thirds?|quarters?|fifths?)$/.test(w)) return true;
  }
  return false;
}

/** Nouns for places and states: their "support" is usually material. */
const PLACE_NOUNS = new Set(['city', 'state', 'states', 'country', 'countries', 'nation', 'nations', 'government', 'military', 'army', 'ministry', 'department', 'forces', 'regime']);

/** Prepositions before a gerund whose subject is the clause's ("by saying", "while praising", "after calling"). */
const GERUND_PREPOSITIONS = /^(?:by|while|after|before|in|without|since|when|through|despite)$/;

/**
 * The subject of the gerund at `at` after a preposition: that of the nearest finite verb before the
 * preposition in the same clause ("Holm opened by talking…"). [from, to) or null.
 */
function gerundSubject(tokens: Token[], at: number): [number, number] | null {
  if (at < 2 || !GERUND_PREPOSITIONS.test(tokens[at - 1].lower)) return null;
  for (let v = at - 2; v >= 0 && at - v <= 12; v--) {
    const t = tokens[v];
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || WH.has(t.lower)) return null;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower)) {
      const sb = subjectBefore(tokens, v);
      return sb && namesActor(tokens, sb[0], sb[1]) ? sb : null;
    }
  }
  return null;
}

/** Verbs whose object takes an "as" predicate that is a judgement ("sees Clinton as the stronger candidate"). */
const AS_VERBS = new Set(['see', 'view', 'regard', 'consider', 'describe', 'portray', 'paint', 'cast', 'brand', 'label', 'characterize', 'characterise', 'depict', 'know', 'hail', 'tout', 'praise', 'criticize', 'criticise', 'dismiss', 'deride', 'frame', 'treat', 'present', 'mock', 'attack', 'defend', 'recognize', 'recognise', 'identify', 'rate', 'rank']);

/** Verbs of evidence, cues when a document, poll or study is their subject. */
const EVIDENCE_VERBS = new Set(['show', 'find', 'reveal', 'suggest', 'indicate', 'demonstrate', 'prove', 'confirm', 'estimate', 'conclude', 'document', 'predict', 'project']);

/** Heads of noun phrases that hold evidence: polls, studies, records. */
const EVIDENCE_NOUNS = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'data', 'report', 'reports', 'review', 'analysis',
  'analyses', 'research', 'figures', 'numbers', 'statistics', 'records', 'documents', 'document', 'video', 'videos',
  'footage', 'photos', 'images', 'emails', 'results', 'investigation', 'audit', 'census', 'estimates', 'models',
  'evidence', 'tests', 'test', 'filings', 'filing', 'transcript', 'transcripts', 'memo', 'letter', 'paper', 'probe',
]);

/** Words that end the clause before a verb when reading back to its subject. */
const CLAUSE_BREAK = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'although', 'though', 'if', 'when', 'but', 'and', 'or', 'as', 'since', 'after', 'before', 'where']);

/**
 * The subject of an evidence verb at i when it is a noun phrase headed by an
 * evidence noun with modifiers after it ("A CNN/ORC poll of South Carolina
 * released on Tuesday", "Federal Election Commission records compiled by the
 * Center"): from the start of that phrase to the verb, or null.
 */
function evidenceSubject(tokens: Token[], i: number): [number, number] | null {
  let end = i;
  while (end > 0 && (SKIP_ADVERB.has(tokens[end - 1].lower) || tokens[end - 1].text === ',')) end--;
  let head = -1;
  for (let j = end - 1; j >= 0 && i - j <= 25; j--) {
    const t = tokens[j];
    if (t.text === ';' || t.text === ':' || t.text === '.' || t.pos === 'SCONJ' || CLAUSE_BREAK.has(t.lower)) break;
    // any tag: wink reads "polls" as a verb or a proper noun
    if (EVIDENCE_NOUNS.has(t.lower) && t.pos !== 'ADP') {
      head = j;
      continue;
    }
    if (t.pos === 'VERB' && !/(?:ed|en|ing)$/.test(t.lower) && t.lower !== 'held') break;
  }
  if (head < 0) return null;
  let start = head;
  while (start > 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[start - 1].pos) && !CLAUSE_BREAK.has(tokens[start - 1].lower)) start--;
  if (start > 0 && /^['’]s$/.test(tokens[start - 1].text)) {
    start--;
    while (start > 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[start - 1].pos)) start--;
  }
  return start < end ? [start, end] : null;
}

/**
 * The subject that opens the sentence, when it names an actor and a verb follows
 * it ("Trump has tried…, accusing her", "He complained…, even suggesting"), and
 * it ends before token `before`; [from, to) or null.
 */
function sentenceSubject(tokens: Token[], before: number): [number, number] | null {
  const from = clauseStart(tokens);
  const end = npForward(tokens, from);
  if (end <= from || end >= before) return null;
  let k = end;
  // (an auxiliary is a verb already: "Voters are more likely to say…")
  while (k < before && SKIP_ADVERB.has(tokens[k].lower) && tokens[k].pos !== 'AUX') k++;
  const v = tokens[k];
  if (!v || (v.pos !== 'VERB' && v.pos !== 'AUX')) return null;
  return namesActor(tokens, from, end) ? [from, end] : null;
}

/**
 * The subject opening the sentence when it names a person or a group by what they are ("His opponent laughed", "The
 * governor stood up"): no name, no pronoun. [from, to), or null.
 */
export function personSubject(tokens: Token[]): [number, number] | null {
  const sb = sentenceSubject(tokens, tokens.length);
  if (!sb || tokens.slice(sb[0], sb[1]).some((t) => t.pos === 'PROPN' || PRONOUNS.has(t.lower))) return null;
  const head = tokens[sb[1] - 1];
  return head.pos === 'NOUN' && agentNoun(head.lower, true) && !DOCUMENT_HEADS.has(head.lower) ? sb : null;
}

/** The infinitive whose "to" is at `to` is performed by the sentence's subject ("Ruiz phoned the mayor to complain that…"). */
function purposeOfSubject(tokens: Token[], to: number): boolean {
  const sb = sentenceSubject(tokens, to);
  if (!sb) return false;
  let v = sb[1];
  while (v < to && SKIP_ADVERB.has(tokens[v].lower) && tokens[v].pos !== 'AUX') v++;
  return subjectInfinitive(tokens, to, v);
}

/**
 * Where the main clause of the sentence starts: after opening quotes and conjunctions, and after an
 * opening adverbial that ends at a comma ("Ultimately, …", "Walking to the door, …", "When told, …").
 */
function clauseStart(tokens: Token[]): number {
  let from = 0;
  while (from < tokens.length && (OPEN_Q.test(tokens[from].text) || tokens[from].pos === 'CCONJ')) from++;
  // a dateline: "WASHINGTON —", "HARTVILLE, Ohio, March 26 - "
  for (let k = from + 1; k < tokens.length && k < from + 9; k++) {
    if (!DASHES.test(tokens[k].text) && !spacedHyphen(tokens, k)) continue;
    if (/^[\p{Lu}.]{2,}$/u.test(tokens[from].text) && tokens.slice(from, k).every((x) => /^[\p{Lu}.,]+$/u.test(x.text) || /^\p{Lu}[\p{Ll}.]+$/u.test(x.text) || /^\d{1,2}$/.test(x.text))) from = k + 1;
    break;
  }
  const t = tokens[from];
  if (t && (/^(?:ADV|SCONJ|ADP|PART)$/.test(t.pos) || (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower)))) {
    for (let k = from + 1; k < tokens.length && k < from + 30; k++) if (tokens[k].text === ',') return k + 1;
  }
  return from;
}

/** Index of the last token with text `text` before index `end` (at most 12 back), or -1. */
function lastIndexBefore(tokens: Token[], end: number, text: string): number {
  for (let j = end - 1; j >= 0 && end - j <= 12; j--) if (tokens[j].text === text) return j;
  return -1;
}

function tokenAt(tokens: Token[], start: number): Token | undefined {
  return tokens.find((t) => t.start === start);
}

const POSSESSIVE_DET = /^(?:his|her|their|its|our|my)$/;
const IDEAS = /^ideas?$/;

/**
 * A stance noun as a cue: with a possessor ("Trump's claim", "his support")
 * the possessor is the source; otherwise its content must follow ("support for
 * the bill", "calls for a ban", "the claim that…") and the source is unnamed,
 * unless "by/from X" names it.
 */
function nounCue(tokens: Token[], i: number, preps: ReadonlySet<string>, resolver: Resolver): Cue | null {
  // the possessor, skipping up to two modifiers ("his infamous comment", "Trump's latest attacks")
  let j = i - 1;
  while (j >= 0 && i - j <= 2 && tokens[j].pos === 'ADJ') j--;
  const p = tokens[j];
  let source = possessorAt(tokens, j, POSSESSIVE_DET, (from, to) => namesActor(tokens, from, to), resolver);
  const next = tokens[i + 1];
  // ("a bad idea to hire…" is advice, not anyone's idea; "Clinton's comments Tuesday on…": a day between whose and what)
  const content =
    !!next &&
    (preps.has(next.lower) ||
      (next.lower === 'that' && next.pos === 'SCONJ') ||
      (next.lower === 'to' && !IDEAS.test(tokens[i].lower) && /^(?:VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '')) ||
      (!!source && TIME_HEAD.has(next.lower) && preps.has(tokens[i + 2]?.lower ?? '')));
  // A possessor alone names a speech event, not its content ("Trump's comments came as…"); "criticism from
  // Democrats" names whose it is instead.
  // (not market demand: "demand from end-investors")
  const from = content || source || !/^(?:from|by)$/.test(next?.lower ?? '') || /^demands?$/.test(tokens[i].lower) ? null : agentAfter(tokens, i + 1);
  // "strong support among evangelicals", "his greatest support among the Marines surveyed": the group holds it (a
  // possessor is the one supported)
  // (not a poll's share, "at 85 percent support among black voters": a figure, no one's stance)
  const share = /^(?:percent|pct|%)$/.test(tokens[i - 1]?.lower ?? '');
  const among = SUPPORT_NOUNS.test(tokens[i].lower) && next?.lower === 'among' && !share ? supportersAmong(tokens, i + 2, resolver) : null;
  if (among) return cue(tokens, i, i + 2, 'speech', tokens[i].lower, makeSource(tokens, among[0], among[1], resolver));
  if (!content && !from) return null;
  if (!source && p && p.pos === 'DET' && /^(?:no|any)$/.test(p.lower)) return null;
  // "The candidate plans to…", "Trump calls for…": a verb the tagger read as a noun, its subject right before it.
  // "Critics charge that…": a plural subject with the plain form.
  if (!source && j === i - 1 && p && /^(?:NOUN|PROPN)$/.test(p.pos) && (/s$/.test(tokens[i].lower) || (/[^s']s$/.test(p.lower) && next?.lower === 'that')) && next && (next.lower === 'to' || next.lower === 'that' || next.lower === 'for')) {
    const np = npBackward(tokens, i);
    if (np && (np[0] === 0 || /^(?:PUNCT|CCONJ|SCONJ)$/.test(tokens[np[0] - 1].pos)) && namesActor(tokens, np[0], np[1])) source = makeSource(tokens, np[0], np[1], resolver);
  }
  if (!source) {
    // "criticism from Democrats", "support by the unions", "won the endorsement of the unions"
    const np = from ?? agentAfter(tokens, i + 2) ?? supporterOf(tokens, i);
    if (np) source = makeSource(tokens, np[0], np[1], resolver);
  }
  const kind: CueKind = /^(?:view|views|belief|beliefs|opinion|opinions|concern|concerns|fear|fears|worry|worries|doubt|doubts|hope|hopes|plan|plans|intention|decision|determination|theory)$/.test(tokens[i].lower) ? 'belief' : 'speech';
  return cue(tokens, i, i + 1, kind, tokens[i].lower, source);
}

/** The people after "among" at k, who hold a support ("among African-American voters in S.C."): [k, end), or null. */
function supportersAmong(tokens: Token[], k: number, resolver: Resolver): [number, number] | null {
  const end = npForward(tokens, k);
  return end > k && (namesPeople(tokens, k, end, resolver) || peopleCount(tokens, k, end)) ? [k, end] : null;
}

/** What is someone's after "in" ("in his words", "in Ruiz's view") and after "by" ("by his own admission"). */
const VIEW_HEADS: ReadonlySet<string> = new Set(['words', 'view', 'opinion', 'estimation', 'judgment', 'judgement', 'telling']);
const ACCOUNT_HEADS: ReadonlySet<string> = new Set(['admission', 'account', 'reckoning', 'estimate', 'count']);

/**
 * "in Forbes’ words", "in his own words", "in Ruiz's view", "by his own admission": the possessor [from, to) and the
 * end of the cue (after the noun), or null.
 */
function possessedWords(tokens: Token[], i: number): { from: number; to: number; end: number } | null {
  // (a possessive pronoun or a name opens the phrase: most "in"s and "by"s end here)
  const first = tokens[i + 1];
  if (!first || !(PERSON_POSSESSIVE.test(first.lower) || first.pos === 'PROPN' || first.pos === 'DET')) return null;
  const heads = tokens[i].lower === 'in' ? VIEW_HEADS : ACCOUNT_HEADS;
  let w = i + 1;
  while (w < tokens.length && w <= i + 6 && !heads.has(tokens[w].lower)) w++;
  if (!heads.has(tokens[w]?.lower ?? '')) return null;
  const before = tokens[w - 1].lower === 'own' ? w - 1 : w;
  if (before === i + 2 && PERSON_POSSESSIVE.test(tokens[i + 1].lower)) return { from: i + 1, to: i + 2, end: w + 1 };
  // a name and its possessive mark ("Forbes’", "Ruiz's")
  const mark = before - 1;
  if (!POSSESSIVE_MARK.test(tokens[mark]?.text ?? '') || mark <= i + 1) return null;
  return tokens.slice(i + 1, mark).every((x) => x.pos === 'PROPN' || x.pos === 'DET') && tokens[mark - 1].pos === 'PROPN' ? { from: i + 1, to: mark, end: w + 1 } : null;
}

/** "his attacks on Ruiz": see `phraseCueAt`. The possessor names people; the target is a person's name, not a place's. */
function verbalAttack(tokens: Token[], i: number, resolver: Resolver): Cue | null {
  const on = tokens[i + 1];
  const target = tokens[i + 2];
  if (!on || !/^(?:on|against)$/.test(on.lower) || !target || target.pos !== 'PROPN' || PLACES.has(target.lower)) return null;
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && /^(?:ADJ|ADV)$/.test(tokens[j].pos)) j--;
  const source = possessorAt(tokens, j, PERSON_POSSESSIVE, (from, to) => namesPeople(tokens, from, to, resolver), resolver);
  return source ? cue(tokens, i, i + 2, 'speech', 'attack', source) : null;
}
const PERSON_POSSESSIVE = /^(?:his|her|their)$/;

/**
 * The possessor whose determiner or possessive mark is at j ("his claim", "Trump's claim"): the determiner, or the
 * phrase before the mark with the mark when `names` accepts that phrase; null otherwise.
 */
function possessorAt(tokens: Token[], j: number, determiner: RegExp, names: (from: number, to: number) => boolean, resolver: Resolver): Source | null {
  const p = tokens[j];
  if (!p) return null;
  if (determiner.test(p.lower)) return makeSource(tokens, j, j + 1, resolver);
  if (!POSSESSIVE_MARK.test(p.text) || j === 0) return null;
  const np = npBackward(tokens, j);
  return np && names(np[0], np[1]) ? makeSource(tokens, np[0], j + 1, resolver) : null;
}

const SUPPORT_NOUNS = /^(?:support|backing|endorsement|endorsements|approval|votes?)$/;
const OBTAIN = /^(?:has|have|had|having|earn|earns|earned|win|wins|won|enjoy|enjoys|enjoyed|receive|receives|received|get|gets|got|gain|gains|gained|draw|draws|drew|drawn|lose|loses|lost|secure|secures|secured|consolidate|consolidated|need|needs|needed|want|wants|wanted|seek|seeks|sought|court|courts|courted|land|landed)$/;

/**
 * "won the endorsement of the unions", "has the support of most voters": after a verb of obtaining, the
 * "of" phrase of a noun of support names who gives it (not "in support of Ruiz", what is supported). [from, to) or null.
 */
function supporterOf(tokens: Token[], i: number): [number, number] | null {
  if (!SUPPORT_NOUNS.test(tokens[i].lower) || tokens[i + 1]?.lower !== 'of') return null;
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && /^(?:DET|ADJ|ADV)$/.test(tokens[j].pos)) j--;
  if (j < 0 || !OBTAIN.test(tokens[j].lower)) return null;
  const end = npForward(tokens, i + 2);
  return end > i + 2 && (namesActor(tokens, i + 2, end) || peopleCount(tokens, i + 2, end)) ? [i + 2, end] : null;
}

/**
 * The actor a "from" or "by" names within a few words from k, before any verb or punctuation ("criticism
 * from fellow candidates", "support for the bill by the unions"): [from, to) or null.
 */
function agentAfter(tokens: Token[], k0: number): [number, number] | null {
  for (let k = k0; k < tokens.length && k < k0 + 6; k++) {
    if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'VERB') return null;
    if (tokens[k].lower === 'from' || tokens[k].lower === 'by') {
      const end = npForward(tokens, k + 1);
      // (not a time: "the announcement by 0830 GMT", "a comment from Tuesday")
      return end > k + 1 && namesActor(tokens, k + 1, end) && timePhraseStart(tokens, end) < 0 && !tokens.slice(k + 1, end).some((t) => t.pos === 'NUM') ? [k + 1, withNamedApposition(tokens, k + 1, end)] : null;
    }
  }
  return null;
}

/**
 * An issuing verb whose object is a statement ("The ministry released a statement", "he made
 * several remarks", "she made it clear"), performed by a named actor: the cue runs from the verb
 * to the noun. Modifiers between them may be determiners, adjectives, numbers, possessives and
 * other nouns ("sent a fund-raising email"); at most five tokens.
 */
function issueCue(tokens: Token[], i: number, resolver: Resolver): Cue | null {
  const lemma = ISSUE_VERBS.get(tokens[i].lower)!;
  let end = -1;
  if (lemma === 'make' && tokens[i + 1]?.lower === 'it' && tokens[i + 2]?.lower === 'clear') end = i + 3;
  for (let j = i + 1; end < 0 && j < tokens.length && j <= i + 6; j++) {
    const w = tokens[j];
    if (w.pos === 'NOUN' && STATEMENT_NOUNS.has(w.lower)) end = j + 1;
    else if (!(/^(?:DET|ADJ|NUM|NOUN|ADV)$/.test(w.pos) || POSSESSIVE_DET.test(w.lower) || w.lower === 'out' || w.text === '-')) break;
  }
  if (end < 0) return null;
  // ("offered their thoughts and prayers to the victims": nouns of statements coordinated)
  while (/^(?:and|or)$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.pos === 'NOUN' && STATEMENT_NOUNS.has(tokens[end + 1].lower)) end += 2;
  // Its content must follow: "made the case for…", "released a statement saying…"; "made his remarks during the visit" is an event.
  const n = tokens[end];
  // ("fired a parting shot at Trump" is a jab; "fired a shot that struck him" a gun)
  if (lemma === 'fire' && /^shots?$/.test(tokens[end - 1].lower)) {
    if (n?.lower !== 'at') return null;
  } else if (!n || !(ISSUED_CONTENT.has(n.lower) || n.text === ':' || OPEN_Q.test(n.text) || (n.text === ',' && /^(?:saying|calling|urging|warning|adding|accusing)$/.test(tokens[end + 1]?.lower ?? '')) || /^(?:saying|calling)$/.test(n.lower))) return null;
  // "the statement released on Monday", "a prepared speech": a participle, not the act.
  if (/(?:ed|en)$/.test(tokens[i].lower) && /^(?:DET|ADJ)$/.test(tokens[i - 1]?.pos ?? '')) return null;
  const sb = subjectBefore(tokens, i) ?? coordinatedSubject(tokens, i);
  if (!sb || !namesActor(tokens, sb[0], sb[1])) return null;
  return cue(tokens, i, end, 'speech', lemma, makeSource(tokens, sb[0], sb[1], resolver));
}

/** Words after a statement noun that open its content ("a statement that…", "remarks about…", "the case against…"). */
const ISSUED_CONTENT = new Set(['that', 'about', 'on', 'against', 'for', 'of', 'to', 'over', 'in', 'toward', 'towards', 'calling', 'saying', 'urging', 'warning', 'accusing', 'praising', 'criticizing', 'criticising', 'condemning', 'defending', 'expressing', 'announcing', 'explaining', 'denying', 'demanding', 'asking']);

/** A "by" phrase after a predicate that names who holds the view, not a time ("was considered dead by Tuesday"). */
function actorAgent(tokens: Token[], agent: [number, number] | null): [number, number] | null {
  if (!agent || !namesActor(tokens, agent[0], agent[1])) return null;
  return tokens.slice(agent[0], agent[1]).some((t) => TIME_AFTER_CUE.test(t.lower) || MONTH_NAMES.includes(t.lower)) ? null : agent;
}

/** Participles that characterise something on nobody's named authority ("seen as", "regarded as", "deemed"). */
const CHARACTERIZED = new Set([
  'seen', 'viewed', 'regarded', 'considered', 'known', 'described', 'labeled', 'labelled', 'branded', 'billed',
  'touted', 'hailed', 'dubbed', 'portrayed', 'depicted', 'characterized', 'characterised', 'perceived', 'painted',
  'deemed',
]);
/** Before "be" of a characterising participle: a modal or the "to" of an infinitive ("should be seen as", "to be known as"). */
const MODAL_BEFORE_BE = /^(?:should|must|could|can|might|may|would|will|shall|ought|to)$/;
/** Words after "as" that make it a comparison of amount or time ("seen as many as", "known as early as"). */
const AS_AMOUNT = new Set(['many', 'much', 'few', 'little', 'well', 'long', 'soon', 'far', 'early', 'late', 'recently', 'often', 'quickly', 'high', 'low', 'large', 'big', 'good', 'bad']);

/**
 * A passive participle of judgement with its predicate: "seen as critical", "known as RBG", after a
 * noun or a form of "be"; "considered"/"deemed" also take an adjective or a noun phrase after "be"
 * ("was deemed unsafe", "is considered a liberal"). The cue is the (be +) participle, its source
 * the "by" phrase if any. Not an active perfect ("has seen as many").
 */
function characterization(tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && (tokens[j].pos === 'ADV' || tokens[j].lower === 'not')) j--;
  const p = tokens[j];
  const be = !!p && BE_FORMS.has(p.lower);
  if (p && /^(?:has|have|had|having)$/.test(p.lower)) return null;
  if (p && !be && !/^(?:NOUN|PROPN|PUNCT)$/.test(p.pos)) return null;
  // "should be seen as", "could be regarded as": how the writer says a thing ought to or might be taken, not a view
  // someone holds
  if (be && p.lower === 'be') {
    let m = j - 1;
    while (m > 0 && j - m <= 2 && (tokens[m].pos === 'ADV' || tokens[m].lower === 'not')) m--;
    if (MODAL_BEFORE_BE.test(tokens[m]?.lower ?? '')) return null;
  }
  // "an explosion that Mayor Bill de Blasio described as…": a name after a relative pronoun is the subject of
  // an active verb (the verb's own cue names it)
  if (!be && p?.pos === 'PROPN') {
    let k = j;
    while (k > 0 && tokens[k - 1].pos === 'PROPN') k--;
    if (RELATIVE.has(tokens[k - 1]?.lower ?? '')) return null;
  }
  const n = tokens[i + 1];
  if (!n) return null;
  // "hydrofluorocarbons, known as HFCs", "Burma, also known as Myanmar": a name, not a judgement
  // (not a possessor's: "known as Washington's top fixer" is a judgement)
  // (after "the": "the bill, known as the “Justice Against…”", "known as the Big Apple")
  const at = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  const named = tokens[at];
  let nameEnd = at + 1;
  while (tokens[nameEnd] && UPPER_FIRST.test(tokens[nameEnd].text)) nameEnd++;
  // (a name in quotation marks is one: "known as 'Big Bang'")
  const naming = t.lower === 'known' && n.lower === 'as' && !!named && (OPEN_Q.test(named.text) || (UPPER_FIRST.test(named.text) && !POSSESSIVE_MARK.test(tokens[nameEnd]?.text ?? '')));
  const asPredicate = n.lower === 'as' && !AS_AMOUNT.has(tokens[i + 2]?.lower ?? '') && !!tokens[i + 2];
  const bare = be && (t.lower === 'considered' || t.lower === 'deemed') && (/^(?:ADJ|DET)$/.test(n.pos) || (n.lower === 'to' && tokens[i + 2]?.lower === 'be'));
  if (!asPredicate && !bare) return null;
  return cue(tokens, be ? j : i, i + 1, 'passive', naming ? NAMING_PASSIVE : t.lower, null);
}

/** Punctuation inside a name and its apposition: commas, a hyphen, an initial's full stop ("Steven M. Rosenthal"), "&", a possessive's apostrophe. */
const APPOSITION_MARK = /^[,.&'’-]$/;

/**
 * "as Lund put it,", "Lund put it bluntly:": "put it" speaks of wording only when nothing but an
 * adverb follows before the clause ends, and not as the writer's "to put it mildly".
 */
function wordingCue(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.lower === 'to') return false;
  let k = i + 2;
  if (tokens[k]?.pos === 'ADV') k++;
  // introducing the words: "put it this way:" is not covered, "put it bluntly: …", "put it: “…”" are
  if (tokens[k] && (tokens[k].text === ':' || DASHES.test(tokens[k].text) || OPEN_Q.test(tokens[k].text))) return true;
  // "as Lund put it," / "…, as Lund put it.": an as-clause about someone's wording, across an apposition
  // ("As Jon Lund, a tax lawyer at Holm & Berg, recently put it,")
  return (k >= tokens.length || /^[,;.!?]$/.test(tokens[k].text)) && asClauseStart(tokens, i) >= 0;
}

/**
 * The "as" opening the clause of a verb at i ("as Lund put it"), across the apposition of a name right after it
 * ("As Jon Lund, a tax lawyer, put it"; not "As prices rose, Lund put it bluntly"); -1 when none.
 */
function asClauseStart(tokens: Token[], i: number): number {
  let commas = 0;
  for (let j = i - 1; j >= 0 && i - j <= 30; j--) {
    if (tokens[j].lower === 'as') return commas === 0 || tokens[j + 1]?.pos === 'PROPN' ? j : -1;
    if (tokens[j].text === ',') commas++;
    if ((tokens[j].pos === 'PUNCT' && !APPOSITION_MARK.test(tokens[j].text)) || tokens[j].pos === 'VERB') return -1;
  }
  return -1;
}

/** Verbs whose that-clause is a purpose or a result, not a reported content. */
const NOT_REPORTING = new Set(['ensure', 'ensured', 'ensures', 'ensuring', 'means', 'meant', 'mean', 'given', 'provided', 'providing', 'except', 'so', 'such', 'now', 'seeing']);

/** Nouns whose that-clause is their content ("the idea that…", "speculation that…"), not a relative clause. */
const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  ...STATEMENT_NOUNS, ...STANCE_NOUNS.keys(),
  'idea', 'ideas', 'notion', 'assumption', 'belief', 'beliefs', 'view', 'fact', 'reality', 'possibility', 'impression',
  'sense', 'theory', 'premise', 'perception', 'speculation', 'suggestion', 'argument', 'rumor', 'rumour', 'news', 'word',
]);

/** Words after "that" as a degree ("that much", "that many", "that far"). */
const THAT_DEGREE = /^(?:much|many|far|long|big|bad|good|well|little|few|high|low|late|early|often|hard|easy|simple|important|different)$/;

/**
 * "that" at j is a degree ("earns that much in a week", "is not that far"), not a clause: a degree word follows, and no
 * noun, adjective, number, verb or "of" after it ("fretted that many voters would stay home" is a clause).
 */
function thatDegree(tokens: Token[], j: number): boolean {
  if (!THAT_DEGREE.test(tokens[j + 1]?.lower ?? '')) return false;
  const after = tokens[j + 2];
  return !after || !(/^(?:NOUN|PROPN|ADJ|NUM|VERB|AUX)$/.test(after.pos) || after.lower === 'of');
}

/** A that-clause opens at k, directly or (`object`) after a short object ("told reporters that"). */
function thatClauseAt(tokens: Token[], k: number, object = true): boolean {
  for (let j = k; j < k + 4 && j < tokens.length; j++) {
    // (after an object only a noun of content takes a that-clause: "bought the idea that…", not "built a house that…")
    // (a particle is no object: "shot back that…")
    if (!object && j > k && tokens[j].lower === 'that' && tokens.slice(k, j).some((t) => !/^(?:ADV|ADP|PART)$/.test(t.pos)) && !CONTENT_NOUNS.has(tokens[j - 1].lower)) return false;
    const t = tokens[j];
    // (not a degree: "earns that much", "is not that far")
    if (t.lower === 'that') {
      if (thatDegree(tokens, j)) return false;
      return t.pos === 'SCONJ' || (j + 1 < tokens.length && /^(?:PRON|PROPN|DET)$/.test(tokens[j + 1].pos) && tokens[j + 1].lower !== 'is');
    }
    if (!/^(?:PRON|PROPN|NOUN|DET|ADV)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * Whether the comma at k joins a place to its state or country inside a phrase that ends at the comma at `end`
 * ("in Allentown, Pa.,", "in Lyon, France,"): a name before it, and one to three capitalised words (or the full stop
 * of an abbreviation) after it.
 */
function placeComma(tokens: Token[], k: number, end: number): boolean {
  const n = end - k - 1;
  return tokens[k - 1]?.pos === 'PROPN' && n >= 1 && n <= 3 && tokens.slice(k + 1, end).every((t) => /^\p{Lu}/u.test(t.text) || t.text === '.');
}

/**
 * The subject of the first verb of the sentence's main clause before `before` when it is a phrase with an apposition
 * ("Lee Zeldin, Republican of New York, gave…", "One early supporter, Representative Lee Zeldin, …, gave…") that names
 * an actor, and that verb's index; [null, -1] when there is none.
 */
function appositionSubject(tokens: Token[], before: number): [[number, number] | null, number] {
  const from = clauseStart(tokens);
  const v = tokens.findIndex((t, k) => k > from && k < before && VERB_POS.test(t.pos));
  if (v < 0 || tokens[v - 1]?.text !== ',') return [null, -1];
  const sb = subjectBefore(tokens, v);
  // (the name may follow a description set off by a comma: "One early supporter, Representative Lee Zeldin, …")
  const opens = !!sb && (sb[0] === from || (tokens[sb[0] - 1].text === ',' && !tokens.slice(from, sb[0]).some((t) => VERB_POS.test(t.pos))));
  return sb && opens && namesActor(tokens, sb[0], sb[1]) ? [sb, v] : [null, -1];
}

/**
 * The subject of the verb at i: the noun phrase right before it, a name with
 * an apposition ("Brian Fallon, the campaign's press secretary, noted"), or a
 * relative pronoun ("Clinton, who praised"). [from, to) or null.
 */
function subjectBefore(tokens: Token[], i: number): [number, number] | null {
  if (floatingQuantifier(tokens, i - 1)) return subjectBefore(tokens, i - 1);
  // "Holm last week said", "Trump at the time said", "Police had last month charged": a time phrase
  // between the subject and its verb is no part of the subject.
  const when = timePhraseStart(tokens, i);
  if (when > 0) {
    const s = subjectBefore(tokens, when);
    if (s && tokens.slice(s[0], s[1]).some((t) => /^(?:NOUN|PROPN|PRON)$/.test(t.pos))) return s;
  }
  const np = npBackward(tokens, i);
  // "Trump, …, on Friday described": a time phrase is no subject; look before it.
  if (np && np[0] > 0 && /^(?:on|in|at|during|since|by)$/.test(tokens[np[0] - 1].lower) && tokens.slice(np[0], np[1]).every((t) => TIME_AFTER_CUE.test(t.lower) || t.pos === 'NUM' || /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.)$/.test(t.lower))) {
    return subjectBefore(tokens, np[0] - 1);
  }
  // "The voters who elected him rejected the plan": the phrase before is the relative clause's object; the subject
  // is what the clause is about
  const head = np ? relativeHead(tokens, np) : null;
  if (head) return head;
  const outside = np ? subjectBeforeAdjunct(tokens, np) : null;
  if (outside) return outside;
  if (np) return trimLeadingTime(tokens, np);
  let j = i - 1;
  // adverbs, auxiliaries and negation between the subject and its verb ("…, a Democrat, did not mention")
  while (j >= 0 && (SKIP_ADVERB.has(tokens[j].lower) || (tokens[j].pos === 'ADV' && /ly$/.test(tokens[j].lower)) || tokens[j].pos === 'AUX' || /^(?:n't|n’t)$/.test(tokens[j].lower))) j--;
  if (j >= 0 && RELATIVE.has(tokens[j].lower) && j > 0 && tokens[j].pos !== 'SCONJ') return [j, j + 1];
  // "…, many of whom say", "…, two of which found": a share of the antecedent
  const part = partitiveRelative(tokens, j);
  if (part >= 0) return [part, j + 1];
  // "Sen. Ana Ruiz (D-Ore.) on Friday criticized": the subject is before the parenthesis.
  if (tokens[j]?.text === ')') {
    const open = lastIndexBefore(tokens, j, '(');
    return open > 0 ? subjectBefore(tokens, open) : null;
  }
  if (j > 0 && DASHES.test(tokens[j].text)) return dashedSubject(tokens, j);
  if (tokens[j]?.text !== ',') return null;
  // "Some Democrats, however, question…": an adverb set off by commas is no apposition; the subject is before it
  // (as found for a verb there: "People close to Ruiz, however, said" is theirs, not Ruiz's)
  if (j >= 3 && tokens[j - 1].pos === 'ADV' && tokens[j - 2].text === ',') {
    const sb = subjectBefore(tokens, j - 2);
    // (a phrase after a preposition, an adjective or a verb is the tail of a subject not found: "People close to Ruiz")
    return sb && !/^(?:ADP|ADJ|VERB)$/.test(tokens[sb[0] - 1]?.pos ?? '') ? sb : null;
  }
  // NAME , APPOSITION , (has) VERB: the apposition holds no verb and no other comma (but the one between a place and
  // its state or country: "Cecelia Purner, a retired teacher in Allentown, Pa., said").
  let k = j - 1;
  while (k > 0 && j - k < 29 && (tokens[k].text !== ',' || placeComma(tokens, k, j))) {
    const p = tokens[k];
    // A verb ends the apposition unless it is a participle, follows a relative pronoun, is a capitalised
    // name part ("Ways and Means") or modifies a noun after a determiner ("a paid CNN commentator").
    // (a tagger's adverb between the determiner and the word, "a later press conference", is an adjective)
    const verbInside =
      p.pos === 'VERB' &&
      (/(?:ed|ing)$/.test(p.lower) ||
        RELATIVE.has(tokens[k - 1]?.lower ?? '') ||
        /^\p{Lu}/u.test(p.text) ||
        /^(?:DET|ADJ)$/.test(tokens[k - 1]?.pos ?? '') ||
        (tokens[k - 1]?.pos === 'ADV' && tokens[k - 2]?.pos === 'DET') ||
        // "Varn, star of the harbour play, thanked": the last word of a compound noun
        (tokens[k - 1]?.pos === 'NOUN' && /^(?:DET|ADJ)$/.test(tokens[k - 2]?.pos ?? '') && tokens[k + 1]?.text === ','));
    if ((p.pos === 'PUNCT' && !/^[-–'’"“”()]$/.test(p.text) && !abbreviationDot(tokens, k) && !(p.text === ',' && placeComma(tokens, k, j))) || (p.pos === 'VERB' && !verbInside)) return longApposition(tokens, j);
    k--;
  }
  // ("A teacher in Allentown, Pa., said": a phrase with its place, from the sentence's start)
  if (k === 0 && tokens[0].text !== ',' && tokens.slice(1, j).some((t, m) => t.text === ',' && placeComma(tokens, m + 1, j))) return [0, j + 1];
  if (k <= 0 || tokens[k].text !== ',') return longApposition(tokens, j);
  // "Sen. Ana Ruiz (D-Ore.), a member of the panel, said": the name before its parenthesis
  const open = tokens[k - 1]?.text === ')' ? lastIndexBefore(tokens, k - 1, '(') : -1;
  let name = npBackward(tokens, open > 0 ? open : k);
  // "Eva Lund, 58, who lives outside the town, says": an age after the name is one more apposition
  if (name && tokens.slice(name[0], name[1]).every((t) => t.pos === 'NUM') && tokens[name[0] - 1]?.text === ',') name = npBackward(tokens, name[0] - 1);
  if (!name) return longApposition(tokens, j);
  let before: Token | undefined = tokens[name[0] - 1];
  // "One of the club's lawyers, Jon Frey,", "A partner at Holm & Co, Jon Frey,": a head with its prepositional tail
  if (before && /^(?:of|at|for|with|from|in)$/.test(before.lower)) {
    const head = npBackward(tokens, name[0] - 1);
    const open = head ? tokens[head[0] - 1] : undefined;
    if (head && head[1] === name[0] - 1 && (!open || /^(?:PUNCT|CCONJ|SCONJ)$/.test(open.pos))) {
      name = [head[0], name[1]];
      before = open;
    }
  }
  if (before && before.pos !== 'PUNCT' && before.pos !== 'CCONJ' && before.pos !== 'SCONJ') return longApposition(tokens, j);
  // "Ruiz, at a later press conference, said": a phrase after a preposition is no apposition, only the name is the source
  return tokens[k + 1]?.pos === 'ADP' ? name : [name[0], j + 1];
}

const FLOATING = /^(?:all|both|each)$/;

/** "the ministers all urged", "Bolton and Gorka both denounced": a quantifier floated after its subject. */
function floatingQuantifier(tokens: Token[], k: number): boolean {
  return k > 0 && FLOATING.test(tokens[k].lower) && /^(?:NOUN|PROPN|PRON)$/.test(tokens[k - 1].pos);
}

/** Prepositions of a phrase between a subject and its verb ("Stumpf in an interview appeared to blame"). */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'during', 'through', 'on', 'with', 'from', 'for', 'under', 'across', 'outside', 'inside', 'near', 'throughout', 'among', 'into']);
/** …of which these say whose the subject is ("a spokesman for the campaign", "analysts at Norbank"): the phrase is part of it. */
const AFFILIATING = new Set(['for', 'at', 'with', 'from']);

/**
 * The phrase a "who" clause is about when `np` ends that clause, right before the main verb ("the doctors who sent
 * the letter", "Residents who opposed the plan in court", "Democrats in Iowa who watched the debate"): "who", the
 * clause's verb, then its object and prepositional phrases; before "who", a phrase that names an actor (with its
 * own prepositional tail). Null otherwise.
 */
function relativeHead(tokens: Token[], np: [number, number]): [number, number] | null {
  let who = -1;
  let verb = false;
  for (let k = np[1] - 1; k >= 0 && np[1] - k <= 12; k--) {
    const t = tokens[k];
    if (t.lower === 'who') {
      who = k;
      break;
    }
    if (t.pos === 'VERB') verb = true;
    else if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'AUX') return null;
  }
  if (who < 1 || !verb) return null;
  let head = npBackward(tokens, who);
  if (!head || head[1] !== who) return null;
  head = subjectBeforeAdjunct(tokens, head) ?? head;
  // ("who" is said of people: "The pilot who sent the letter criticized…", whatever the lexicon knows of pilots)
  return namesActor(tokens, head[0], head[1]) || tokens[head[1] - 1].pos === 'NOUN' ? head : null;
}

/**
 * The subject of a verb whose nearest phrase is the object of a preposition: "Stumpf in a televised
 * interview appeared to blame" (Stumpf), "Protesters marching through the streets chanted"
 * (Protesters), "a spokesman for the campaign said" (the whole phrase: the preposition says whose
 * spokesman). The phrase before the preposition must stand where a subject does (not after a verb
 * or another preposition: "met voters in Ohio"); null otherwise.
 */
function subjectBeforeAdjunct(tokens: Token[], np: [number, number]): [number, number] | null {
  const p = np[0] - 1;
  if (p < 1 || !ADJUNCT_PREPOSITIONS.has(tokens[p].lower) || tokens[p].pos !== 'ADP') return null;
  // a participle between the subject and the preposition modifies the subject ("protesters marching through")
  const k = tokens[p - 1].pos === 'VERB' && /(?:ing|ed)$/.test(tokens[p - 1].lower) ? p - 1 : p;
  const s = npBackward(tokens, k);
  if (!s || !tokens.slice(s[0], s[1]).some((t) => /^(?:NOUN|PROPN|PRON)$/.test(t.pos))) return null;
  const before = tokens[s[0] - 1];
  if (before && /^(?:VERB|AUX|ADP|PART)$/.test(before.pos)) return null;
  return trimLeadingTime(tokens, AFFILIATING.has(tokens[p].lower) && k === p ? [s[0], np[1]] : s);
}

/** "Last week Holm said": a time phrase opening the sentence is no part of the subject after it. */
function trimLeadingTime(tokens: Token[], np: [number, number]): [number, number] {
  let k = np[0];
  let head = false;
  while (k < np[1] - 1 && (TIME_HEAD.has(tokens[k].lower) || (/^(?:last|this|next|early|late|earlier|later)$/.test(tokens[k].lower) && !head))) {
    if (TIME_HEAD.has(tokens[k].lower)) head = true;
    k++;
  }
  return head && k > np[0] && /^(?:PROPN|PRON|DET)$/.test(tokens[k].pos) ? [k, np[1]] : np;
}

const TIME_HEAD = new Set([
  ...['today', 'yesterday', 'tonight', 'week', 'weekend', 'month', 'year', 'time', 'morning', 'afternoon', 'evening', 'night'],
  ...WEEKDAY_NAMES,
  // months, but not "may" (far more often the verb)
  ...MONTH_NAMES.filter((m) => m !== 'may'),
  ...['jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.'],
]);
const TIME_FILLER = /^(?:on|in|at|during|last|this|next|the|that|early|late|earlier|later|same|following|previous)$/;

/**
 * Where a time phrase right before the verb at i starts ("last week", "at the time", "earlier
 * Tuesday", "had last month"), auxiliaries included; -1 when there is none. It holds a time word and
 * only time words, figures and their fillers, and a word that is no time word stands before it.
 */
function timePhraseStart(tokens: Token[], i: number): number {
  let k = i - 1;
  let head = false;
  while (k > 0) {
    const t = tokens[k];
    // (lower-case words only, but for days and months: "the report in Time", "Pan Am")
    if (TIME_HEAD.has(t.lower) && (/^\p{Ll}/u.test(t.text) || !/^(?:time|week|month|year|today|tonight|yesterday)$/.test(t.lower))) head = true;
    else if (!/^\p{Ll}/u.test(t.text) && t.pos !== 'NUM') break;
    else if (!(TIME_FILLER.test(t.lower) || t.pos === 'AUX' || (t.pos === 'NUM' && /^\d{1,4}$/.test(t.text)))) break;
    k--;
  }
  if (!head || tokens[k].pos === 'PUNCT') return -1;
  return k + 1;
}

/**
 * "Ana Ruiz — a teacher who moved here in May — said", "Union leaders — and, above all, Jon Frey —
 * insisted": a dash-delimited aside between the subject and its verb at `close`. The subject opens the
 * clause right before the first dash; the source runs to the closing dash (as an apposition between
 * commas does). The aside holds no sentence punctuation and no third dash. [from, close + 1) or null.
 */
function dashedSubject(tokens: Token[], close: number): [number, number] | null {
  let open = close - 1;
  while (open > 0 && close - open < 40 && !DASHES.test(tokens[open].text) && !/^[.!?;:]$/.test(tokens[open].text)) open--;
  if (open <= 0 || open === close - 1 || !DASHES.test(tokens[open].text)) return null;
  const name = npBackward(tokens, open);
  if (!name || name[1] !== open) return null;
  const before = tokens[name[0] - 1];
  if (before && before.pos !== 'PUNCT' && before.pos !== 'CCONJ' && before.pos !== 'SCONJ') return null;
  return [name[0], close + 1];
}

/**
 * The name that opens the clause, followed by appositions and relative clauses up to the comma at
 * `comma` before the verb ("Ms. Arnold, who helped found EDGE, an environmental group based in
 * Philadelphia, said"). Outside relative clauses the stretch holds no finite verb. [from, comma + 1) or null.
 */
function longApposition(tokens: Token[], comma: number): [number, number] | null {
  const from = clauseStart(tokens);
  const end = npForward(tokens, from);
  if (end <= from || tokens[end]?.text !== ',' || end >= comma || comma - end > 45 || !namesActor(tokens, from, end)) return null;
  let relative = false;
  for (let m = end + 1; m < comma; m++) {
    const t = tokens[m];
    if (t.text === ',') relative = false;
    else if (RELATIVE.has(t.lower) || t.lower === 'whose' || t.lower === 'whom') relative = true;
    else if (!relative && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|ing|en)$/.test(t.lower) && !/^\p{Lu}/u.test(t.text) && !/^(?:DET|ADJ)$/.test(tokens[m - 1].pos)))) return null;
    else if (!relative && (t.pos === 'PUNCT' && !/^[-–—'’"“”()]$/.test(t.text) && !abbreviationDot(tokens, m))) return null;
  }
  return [from, comma + 1];
}

/**
 * The end of an inverted source with the apposition that closes the sentence ("…," said Ana Ruiz, a pollster
 * who worked for the mayor.): from the comma at `end` up to the closing punctuation, when the apposition opens
 * like a noun phrase or a relative clause, holds no quotation and is not long. `end` when there is none.
 */
function trailingApposition(tokens: Token[], end: number, quoted: Span[]): number {
  if (tokens[end]?.text !== ',') return end;
  const first = tokens[end + 1];
  if (!first || !(/^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(first.pos) || POSSESSIVE_DET.test(first.lower) || first.lower === 'who')) return end;
  let last = tokens.length;
  while (last > end + 1 && (/^[.!?;]$/.test(tokens[last - 1].text) || CLOSE_Q.test(tokens[last - 1].text))) last--;
  if (last - end > 30) return end;
  for (let k = end + 1; k < last; k++) {
    const t = tokens[k];
    if (inside(quoted, t) || OPEN_Q.test(t.text) || CLOSE_Q.test(t.text) || t.text === ':' || t.text === ';') return end;
    // "…, said Ruiz, adding that…", "…, said Ruiz, who then told…": a clause of its own
    if (t.pos === 'VERB' && CUE_VERBS.has(t.lower)) return end;
  }
  return last;
}


/** A full stop written onto a short capitalised word inside a phrase ("R-Ky.", "Inc."), not a sentence end. */
function abbreviationDot(tokens: Token[], k: number): boolean {
  const p = tokens[k - 1];
  return tokens[k].text === '.' && !!p && p.end === tokens[k].start && /^\p{Lu}[\p{L}]{0,3}$/u.test(p.text) && !!tokens[k + 1];
}

const SKIP_ADVERB = new Set(['also', 'later', 'then', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'long', 'often', 'repeatedly', 'publicly', 'previously', 'recently', 'never', 'not', 'still', 'already', 'once']);

/** Heads of noun phrases that can speak, decide or take a stance. */
const AGENT_NOUNS = new Set([
  ...VAGUE_HEADS, ...DOCUMENT_HEADS,
  'campaign', 'administration', 'government', 'group', 'groups', 'party', 'committee', 'council', 'board', 'union',
  'company', 'firm', 'network', 'newspaper', 'paper', 'magazine', 'publication', 'journal', 'bulletin',
  'broadcaster', 'outlet', 'site', 'ad', 'ads', 'advertisement',
  'article', 'story', 'piece', 'column', 'editorial', 'book', 'film', 'documentary', 'video', 'spot', 'clip', 'show',
  'speech', 'remarks', 'tweet', 'tweets', 'post', 'nominee', 'candidate', 'president', 'senator', 'governor',
  'lawmakers', 'legislators', 'leaders', 'leader', 'voters', 'democrats', 'republicans', 'advocates', 'protesters',
  'parents', 'teachers', 'women', 'men', 'americans', 'coalition', 'alliance', 'organization', 'organisation',
  'association', 'institute', 'foundation', 'court', 'judge', 'judges', 'panel', 'jury', 'prosecutors', 'investigators',
  'police', 'military', 'army', 'ministry', 'department', 'agency', 'commission', 'congress', 'senate', 'house',
  'team', 'staff', 'spokesman', 'spokeswoman', 'official', 'officials', 'secretary', 'minister', 'chairman', 'mayor',
  'city', 'state', 'states', 'country', 'countries', 'nation', 'nations', 'everyone', 'all', 'both', 'many', 'most',
]);

/** People by what they do or stand for, in the singular: a plural names them too ("advisers", "candidates"). */
const PEOPLE_NOUNS = new Set([
  'adviser', 'advisor', 'ally', 'donor', 'worker', 'employee', 'economist', 'strategist', 'politician', 'student',
  'citizen', 'executive', 'investor', 'delegate', 'conservative', 'liberal', 'progressive', 'lawyer', 'attorney',
  'doctor', 'consumer', 'customer', 'owner', 'manager', 'banker', 'trader', 'dealer', 'farmer', 'candidate', 'nominee',
  'senator', 'governor', 'judge', 'official', 'leader', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'mayor',
  'president', 'chairman', 'legislator', 'lawmaker', 'voter', 'critic', 'analyst', 'expert', 'activist', 'supporter',
  'councillor', 'councilor', 'resident', 'member', 'diplomat', 'negotiator', 'researcher', 'scientist', 'scholar', 'observer',
  // people by what they are or do, and kin ("The woman disputes…", "Her father said…")
  'woman', 'man', 'girl', 'boy', 'teenager', 'veteran', 'officer', 'soldier', 'nurse', 'teacher', 'pastor', 'priest',
  'professor', 'historian', 'journalist', 'reporter', 'editor', 'writer', 'author', 'actor', 'actress', 'singer',
  'comedian', 'pollster', 'consultant', 'volunteer', 'organizer', 'organiser', 'protester', 'prosecutor', 'sheriff',
  'regulator', 'commissioner', 'founder', 'director', 'neighbor', 'neighbour', 'friend', 'survivor', 'victim',
  // ("the general", and an office with "general" after it, "the inspector general": see retagVerbs)
  'general', 'inspector', 'auditor',
  // people by the group a poll counts them in ("Millennials support…", "Evangelicals back…")
  'millennial', 'boomer', 'evangelical', 'latino', 'hispanic', 'moderate', 'independent', 'parent', 'senior', 'adult',
  'respondent', 'participant',
  ...KIN_TERMS.keys(),
]);

/**
 * A noun for a speaker or an institution ("the campaign", "advisers", "allies"); `plural` reads any plural as its
 * singular ("unions"), not only a noun for people ("houses" are no houses of parliament).
 */
function agentNoun(w: string, plural: boolean): boolean {
  const one = w.replace(/ies$/, 'y').replace(/(wo)?men$/, '$1man').replace(/s$/, '');
  return AGENT_NOUNS.has(w) || PEOPLE_NOUNS.has(one) || (plural && AGENT_NOUNS.has(one));
}

/**
 * wink tags some reporting verbs as nouns ("The New York Post reports that…",
 * "records show"). Such a form is a cue when a noun phrase precedes it and a
 * clause follows ("that", a quote, a colon), or when it ends a parenthetical
 * "…, the Post reports." — not a plural noun like "in 30 states".
 */
function nounTaggedCue(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (/^(?:says|said)$/.test(t.lower)) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "Six in 10 say…", "a third say", "many say": poll shares and quantifiers before "say" (not "the final say").
  if (t.lower === 'say' && prev && /^(?:NUM|ADJ)$/.test(prev.pos) && next && next.pos !== 'ADP') return true;
  // "Both think the plan…", "Some say it…": a determiner standing alone as the subject, a clause after the verb
  if (prev && determinerSubject(tokens, i - 1) && next && /^(?:DET|PRON|PROPN|NUM)$/.test(next.pos)) return true;
  if (!prev || !/^(?:NOUN|PROPN|PRON)$/.test(prev.pos) || /^(?:his|her|their|its|our|my|your)$/.test(prev.lower)) return false;
  // "40 percent of voters support a ban", "a majority favor Clinton": a stance verb after a group of people.
  const entry = CUE_VERBS.get(t.lower);
  if (entry && OPINION_VERBS.has(entry.lemma) && !/(?:ed|ing)$/.test(t.lower) && next && /^(?:DET|PROPN|PRON|ADJ|NUM)$/.test(next.pos)) {
    const np = npBackward(tokens, i);
    if (np && peopleCount(tokens, np[0], np[1])) return true;
  }
  if (next && (next.lower === 'that' || next.text === ':' || OPEN_Q.test(next.text))) return true;
  // "The ad slams Kasich", "Israel regards Jerusalem": a third-person form between its subject and an object.
  if (entry && t.lower !== entry.lemma && /s$/.test(t.lower) && next && /^(?:PROPN|PRON|DET)$/.test(next.pos) && !/^['’]s$/.test(prev.text)) {
    const np = npBackward(tokens, i);
    if (np && namesActor(tokens, np[0], np[1])) return true;
  }
  if ((!next || next.pos === 'PUNCT') && /s$/.test(t.lower) && (prev.pos === 'PROPN' || prev.pos === 'PRON')) {
    const np = npBackward(tokens, i);
    return !!np && (np[0] === 0 || tokens[np[0] - 1].pos === 'PUNCT');
  }
  return false;
}


/** The last run of two or more proper nouns (a person's name) before token `end`. */
function lastNameBefore(tokens: Token[], end: number): [number, number] | null {
  for (let j = end - 1; j > 0; j--) {
    if (tokens[j].pos === 'PROPN' && tokens[j - 1].pos === 'PROPN') {
      let k = j - 1;
      while (k > 0 && tokens[k - 1].pos === 'PROPN') k--;
      // (not the object of a verb or a preposition, nor a name inside a phrase: "shunned Jimmy Carter", "in Green Bay", "the State Department")
      if (k > 0 && (/^(?:ADP|DET|VERB|AUX|CCONJ|NUM|ADJ|PART)$/.test(tokens[k - 1].pos) || OPEN_Q.test(tokens[k - 1].text))) return null;
      return [k, j + 1];
    }
  }
  return null;
}
