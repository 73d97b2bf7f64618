import type { Token } from '../nlp/tokens';
import { YEAR } from '../crossdoc/normalize';
import { CUE_VERBS } from '../lexicon/cues';
import { APPROXIMATELY } from './passive';
import { SURVEYED } from './sources';

/** Modals, "do" and the infinitive marker: a base form follows them ("will support", "did not question", "to back"). */
const BASE_BEFORE = /^(?:will|would|can|could|should|shall|may|might|must|do|does|did|to|'ll|’ll|'d|’d)$/;
/** Forms of "be": an -ing form after one is progressive ("is promising", "are not voting"). */
const BE = /^(?:is|are|was|were|be|been|being|am|'s|’s|'re|’re|'m|’m)$/;
/** Forms of "have": a participle after one is perfect ("has endorsed"). */
const HAVE = /^(?:has|have|had|having|'ve|’ve)$/;
/** Words between an auxiliary and its verb: "not", "also", "never", "n't" (an adverb or a particle). */
const BETWEEN = /^(?:ADV|PART)$/;
/** Tags the tagger gives a verb it misreads; a verb tag is left alone. */
const MISREAD = /^(?:NOUN|ADJ|ADV|ADP|PROPN)$/;
/** What can follow a verb: an object, a complement, a preposition, the end of the clause. */
const AFTER_VERB = /^(?:DET|PRON|PROPN|NOUN|NUM|ADP|PART|SCONJ|ADJ|ADV|PUNCT)$/;
/** What a subject ends with. */
const SUBJECT_END = /^(?:NOUN|PROPN|PRON)$/;
const SUBJECT_PRONOUN = /^(?:i|he|she|it|we|they)$/;

/**
 * Is the cue word at i, which the tagger read as a noun or an adjective, a verb by its place? After a modal,
 * "do" or "to" in its base form ("would support", "Does Not Like", "to back"), after "be" in -ing ("is
 * promising", "are not voting"), after "have" as a participle ("have endorsed"), or right after "who" ("who
 * support Sanders"). An article or a possessive between the two (“is a question”, "has their support") keeps the noun.
 */
function verbBySlot(tokens: Token[], i: number, people: (noun: string) => boolean): boolean {
  const t = tokens[i];
  const entry = CUE_VERBS.get(t.lower);
  if (!entry || !MISREAD.test(t.pos)) return false;
  if (t.lower === entry.lemma && entry.cls !== 'evidence' && t.lower !== 'like' && onlyVerbSlot(tokens, i, people)) return true;
  const n = tokens[i + 1];
  if (n && !AFTER_VERB.test(n.pos)) return false;
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && BETWEEN.test(tokens[j].pos) && tokens[j].lower !== 'to') j--;
  const a = tokens[j];
  if (!a) return false;
  const base = t.lower === entry.lemma;
  const ing = /ing$/.test(t.lower) && t.lower !== entry.lemma;
  const participle = !base && !ing && !/s$/.test(t.lower);
  // "Some Democrats question whether…", "critics call it…", "they fear that…": a base form right after a
  // plural subject that names people, with a clause or an object after it ("reports like the…" is a preposition)
  // ("Some Democrats, however, question…": across a parenthetical adverb; "Obama and Clinton call them…": two names)
  const aside = i >= 4 && tokens[i - 1].text === ',' && tokens[i - 3].text === ',' && tokens[i - 2].pos === 'ADV';
  const subjectEnd = aside ? i - 4 : j === i - 1 ? j : -1;
  const s = tokens[subjectEnd];
  if (s && base && t.lower !== 'like' && (pluralPeople(s, subjectEnd === 0, people) || coordinatedNames(tokens, subjectEnd)) && !!n && (/^(?:DET|PRON|SCONJ)$/.test(n.pos) || /^(?:whether|that)$/.test(n.lower)) && !/^(?:'s|’s)$/.test(n.text)) return true;
  // "a panel in 2001 found the…": a past form right after a year the tagger read as a noun's modifier
  if (j === i - 1 && YEAR.test(a.text) && tokens[j - 1]?.lower === 'in') return participle && !!n && /^(?:DET|PRON|PROPN|SCONJ)$/.test(n.pos);
  // "The bank forecast the economy would grow…": a past form that is also the base form, read as a noun
  // compounded with its subject; the sentence has no verb before it, and what follows can open a clause or an object
  // (not before a time phrase: "The company's profit forecast this year is…" is the noun)
  if (j === i - 1 && PAST_AS_BASE.has(t.lower) && SUBJECT_END.test(a.pos) && !!n && (/^(?:DET|PRON|SCONJ|NUM)$/.test(n.pos) || (APPROXIMATELY.test(n.lower) && tokens[i + 2]?.pos === 'NUM')) && !(/^(?:this|next|last)$/.test(n.lower) && TIME_NOUN.test(tokens[i + 2]?.lower ?? '')) && noVerbBefore(tokens, i)) return true;
  // "The complaint alleged that…", "…, filed Monday, claimed that…": a past form the tagger read as an adjective,
  // right after its subject (or the comma closing what was said of it) and before the clause it reports
  // (or as a noun: "The inspector general found that…")
  if (j === i - 1 && participle && (t.pos === 'ADJ' || t.pos === 'NOUN') && n?.lower === 'that' && (SUBJECT_END.test(a.pos) || a.text === ',')) return true;
  // ("…, it referenced “political tensions”": a past form right after a subject pronoun, which nothing modifies)
  if (j === i - 1 && participle && t.pos === 'ADJ' && SUBJECT_PRONOUN.test(a.lower)) return true;
  // (and a third-person form after the comma closing an apposition to the subject, no verb before it: "Gerry Holm, a
  // GOP consultant, notes that…"; not a noun in apposition to an object, "…campaigning in Vermont, states that vote…")
  const thirdPerson = !base && !ing && /[^s]s$/.test(t.lower);
  if (j === i - 1 && thirdPerson && t.pos === 'NOUN' && n?.lower === 'that' && a.text === ',' && noVerbBefore(tokens, i)) return true;
  // "Records must be released, federal judge rules.": a third-person form closing the sentence, after a comma and a
  // short subject ending in a noun
  if (thirdPerson && t.pos === 'NOUN' && (!n || /^[.!?]$/.test(n.text)) && closingSubject(tokens, i)) return true;
  if (BASE_BEFORE.test(a.lower)) return base && (a.lower !== 'to' || j === i - 1);
  if (BE.test(a.lower)) return ing;
  if (HAVE.test(a.lower)) return participle;
  return a.lower === 'who' && j === i - 1 && !ing;
}

/** What the object of a verb starts with: a noun phrase, or an -ing clause ("support reducing the sentences"). */
const OBJECT_START = /^(?:DET|PRON|PROPN|NOUN|ADJ|NUM)$/;
/** The tagger found no verb before i: a cue word there may be the sentence's verb read as a noun. */
function noVerbBefore(tokens: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
  return true;
}

/** A short subject before i ("federal judge", "the new study") that a comma opens, ending in a noun. */
function closingSubject(tokens: Token[], i: number): boolean {
  if (!NAME_POS.test(tokens[i - 1]?.pos ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[k].pos)) k--;
  // (not the last item of a list: "handles wills, divorces, insurance claims.")
  return k >= 1 && tokens[k].text === ',' && !NAME_POS.test(tokens[k - 1].pos);
}

/** Nouns of a time a forecast is for ("this year", "next quarter"). */
const TIME_NOUN = /^(?:year|quarter|month|week|season|decade|fiscal|spring|summer|autumn|fall|winter)$/;
/** Cue verbs whose past tense is their base form: after a singular subject the tagger reads them as a noun ("The bank forecast…"). */
const PAST_AS_BASE: ReadonlySet<string> = new Set(['forecast', 'broadcast']);
/** A preposition that may end a plural subject ("Men under 35", "voters in Iowa", "a third of voters"). */
const SUBJECT_PP = /^(?:under|over|in|from|of|across|with|without|aged|between)$/;
/** What the short phrase after such a preposition is: a number or a noun ("under 35", "in Iowa"). */
const SHORT_PHRASE = /^(?:NUM|NOUN|PROPN|ADJ)$/;

/**
 * A cue word in its base form where the tagger found no verb before it: "Millennials support background checks",
 * "Men under 35 support Sanders by 4 points", "Two-thirds support reducing…". It stands right after a plural
 * subject (possibly ending in a short prepositional phrase) and before an object; the sentence has no verb
 * before it. (A noun compound keeps its noun: "Party support levels rose" has a singular noun before it.)
 */
function onlyVerbSlot(tokens: Token[], i: number, people: (noun: string) => boolean): boolean {
  const n = tokens[i + 1];
  if (!n || !(OBJECT_START.test(n.pos) || (n.pos === 'VERB' && /ing$/.test(n.lower))) || /^(?:'s|’s)$/.test(n.text)) return false;
  // (a capitalised word inside the sentence is a name: "Texas Air officials")
  if (CAPITALISED.test(tokens[i].text) && !titleCase(tokens)) return false;
  // ("19 percent of the students polled support…", "half the senators surveyed support…": the subject's head before
  // the participle of a survey)
  const surveyed = i >= 2 && SURVEYED.test(tokens[i - 1].lower) && NAME_POS.test(tokens[i - 2].pos);
  if (!noVerbBefore(tokens, surveyed ? i - 1 : i)) return false;
  if (surveyed) return subjectOfBaseForm(tokens, i - 2, people);
  let head = i - 1;
  // ("Men under 35", "voters in Iowa": the subject's head before a short phrase of a number or a noun)
  const p = tokens[i - 2]?.pos === 'ADP' ? i - 2 : tokens[i - 3]?.pos === 'ADP' && SHORT_PHRASE.test(tokens[i - 2].pos) ? i - 3 : -1;
  if (p >= 1 && SUBJECT_PP.test(tokens[p].lower) && SHORT_PHRASE.test(tokens[i - 1].pos) && !(tokens[p].lower === 'of' && subjectOfBaseForm(tokens, i - 1, people))) head = p - 1;
  return head >= 0 && subjectOfBaseForm(tokens, head, people);
}

/** A subject a base form agrees with at k: a plural noun ("voters", "thirds"), a name of people ("Democrats"), "64 percent", or "they", "we", "you", "I". */
function subjectOfBaseForm(tokens: Token[], k: number, people: (noun: string) => boolean): boolean {
  const t = tokens[k];
  if (/^(?:they|we|you|i)$/.test(t.lower)) return true;
  if (/^(?:percent|%)$/.test(t.lower)) return tokens[k - 1]?.pos === 'NUM';
  if (!/^(?:NOUN|PROPN)$/.test(t.pos)) return false;
  const plural = (/[^s'’]s$/.test(t.lower) && t.lower.length > 3 && !SINGULAR_IN_S.test(t.lower)) || IRREGULAR_PLURAL_PEOPLE.test(t.lower);
  // (a name in -s is mostly one name: "Texas", "Lewis"; a plural one names people: "Democrats", "Millennials")
  return plural && (t.pos === 'NOUN' || people(t.lower));
}
/** Nouns in -s that are no plurals ("political news show guests", "the analysis", "the census"). */
const SINGULAR_IN_S = /(?:is|us|news|series|species|ics|means)$/;

/** Offices named with a "general" after them ("inspector general", "attorneys general"). */
const GENERAL_OFFICES: ReadonlySet<string> = new Set(['inspector', 'inspectors', 'attorney', 'attorneys', 'surgeon', 'secretary', 'director', 'governor', 'solicitor', 'consul', 'postmaster', 'auditor', 'comptroller', 'advocate', 'adjutant', 'vicar', 'procurator', 'prosecutor']);

/** Two names joined by "and" end at k ("Obama and Clinton"): a plural subject. */
function coordinatedNames(tokens: Token[], k: number): boolean {
  return tokens[k].pos === 'PROPN' && CAPITALISED.test(tokens[k].text) && tokens[k - 1]?.lower === 'and' && tokens[k - 2]?.pos === 'PROPN' && CAPITALISED.test(tokens[k - 2].text);
}

const IRREGULAR_PLURAL_PEOPLE = /^(?:people|women|men|police|children)$/;

/**
 * Plural people a present-tense verb agrees with: "they", "we", a plural name ("Democrats") or a noun for people
 * ("voters"). A capitalised word opening the sentence may be any noun ("Sales show…", "Plans call for…").
 */
function pluralPeople(t: Token, opening: boolean, people: (noun: string) => boolean): boolean {
  if (/^(?:they|we)$/.test(t.lower)) return true;
  if (!/[^s']s$/.test(t.lower) && !IRREGULAR_PLURAL_PEOPLE.test(t.lower)) return false;
  return t.pos === 'PROPN' && !opening ? CAPITALISED.test(t.text) : (t.pos === 'NOUN' || t.pos === 'PROPN') && people(t.lower);
}
const CAPITALISED = /^\p{Lu}/u;
const WORD = /^\p{L}{4,}$/u;
const NAME_POS = /^(?:PROPN|NOUN)$/;

/** A headline in title case: most words of four letters or more are capitalised ("Trump Praises Reporter's Work"). */
function titleCase(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!WORD.test(t.text)) continue;
    words++;
    if (CAPITALISED.test(t.text)) caps++;
  }
  return words >= 3 && caps * 4 >= words * 3;
}

/**
 * In a title-case headline the tagger reads every capitalised word as a name: "Donald Trump Praises Boyle",
 * "Glenn Beck Blasts Drudge". A cue verb's third-person form right after a name of two words or more, with
 * something that can follow a verb after it, is the headline's verb.
 */
function headlineVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const entry = CUE_VERBS.get(t.lower);
  if (!entry || t.pos === 'VERB' || !CAPITALISED.test(t.text) || !/s$/.test(t.lower) || t.lower === entry.lemma) return false;
  // (a name of two words or more before it: "Donald Trump Praises", not the compound noun of "Ferry Claims Office")
  const named = (k: number): boolean => k >= 0 && NAME_POS.test(tokens[k].pos) && CAPITALISED.test(tokens[k].text);
  const n = tokens[i + 1];
  return named(i - 1) && named(i - 2) && !!n && n.pos !== 'PUNCT' && AFTER_VERB.test(n.pos);
}

/** A lower-case word the tagger may misread after a name that is the clause's verb: a cue verb's form, or any verb. */
function clauseVerb(t: Token | undefined): boolean {
  return !!t && !CAPITALISED.test(t.text) && (t.pos === 'VERB' || t.pos === 'AUX' || (CUE_VERBS.has(t.lower) && t.lower !== CUE_VERBS.get(t.lower)!.lemma));
}

/**
 * A capitalised cue word inside a person's name, before the clause's verb: a surname after a name ("chief executive
 * Ian Read said", "Edward Said told") or a first name before one ("Hope Hicks said"). Returns the verb's index, or
 * -1. (A title-case headline capitalises its verbs too: the caller leaves those alone.)
 */
function nameWord(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!CAPITALISED.test(t.text) || t.text === t.text.toUpperCase() || !CUE_VERBS.has(t.lower)) return -1;
  const name = (k: number): boolean => k >= 0 && tokens[k]?.pos === 'PROPN' && CAPITALISED.test(tokens[k].text) && !CUE_VERBS.has(tokens[k].lower);
  if (name(i - 1) && clauseVerb(tokens[i + 1])) return i + 1;
  // (a first name is a base form: "Says Clinton would…" opens with its verb)
  if (name(i + 1) && clauseVerb(tokens[i + 2]) && t.lower === CUE_VERBS.get(t.lower)!.lemma) return i + 2;
  return -1;
}

/**
 * The tokens of a sentence with cue words that stand where a verb stands read as verbs (see verbBySlot
 * and headlineVerb); the same array when there is none. `people`: whether a noun (in the singular or plural)
 * names people or an institution ("voters", "unions").
 */
export function retagVerbs(tokens: Token[], people: (noun: string) => boolean): Token[] {
  let out: Token[] | null = null;
  let headline: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    // "Ian Read said", "Edward Said told", "Hope Hicks said": a cue word in a name is a name, and the verb after it the verb
    const verb = nameWord(tokens, i);
    if (verb > 0 && !(headline ??= titleCase(tokens))) {
      out ??= tokens.slice();
      out[i] = { ...tokens[i], pos: 'PROPN' };
      if (out[verb].pos !== 'VERB' && out[verb].pos !== 'AUX') out[verb] = { ...tokens[verb], pos: 'VERB' };
      continue;
    }
    if (i === 0) continue;
    // "the inspector general", "an attorney general": the office's noun, not an adjective (the phrase is a person)
    if (tokens[i].lower === 'general' && tokens[i].pos === 'ADJ' && GENERAL_OFFICES.has(tokens[i - 1].lower)) {
      out ??= tokens.slice();
      out[i] = { ...tokens[i], pos: 'NOUN' };
      continue;
    }
    if (!verbBySlot(tokens, i, people) && !(headlineVerb(tokens, i) && (headline ??= titleCase(tokens)))) continue;
    out ??= tokens.slice();
    out[i] = { ...tokens[i], pos: 'VERB' };
  }
  return out ?? tokens;
}
