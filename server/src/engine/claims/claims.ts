import { DAY_WORDS, MONTH_NAMES, WEEKDAY_NAMES, YEAR } from '../crossdoc/normalize';
import { PLACES } from '../lexicon/places';
import { isKnownWordForm, type Token } from '../nlp/tokens';
import { inlineDateline } from '../text/dateline';
import { verbGroupStart } from '../attribution/detect';
import { CUE_VERBS } from '../lexicon/cues';

export type ClaimStrength = 'specific' | 'general';

export interface ClaimVerdict {
  claim: boolean;
  strength: ClaimStrength;
  /** What makes it checkable ("a number", "a date", "named actors"), or why it is not a claim. */
  reasons: string[];
  /**
   * Characters the sentence opens with that are no part of the statement: a wire dateline on the
   * lede's own line ("HARBOUR TOWN, Dec 3 (Reuters) - "), with the dash and the space after it.
   */
  skip?: number;
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/** A month's full name, capitalised ("December"). */
const FULL_MONTH = new RegExp(`^(?:${MONTH_NAMES.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})$`);
const WEEKDAYS = new RegExp(`^(?:${[...WEEKDAY_NAMES, ...DAY_WORDS].join('|')})$`, 'i');
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|percent|per cent)$/i;
const IMPERATIVE = /^(?:please|click|see|read|watch|follow|subscribe|contact|sign|share|join|visit|download|call|email)$/i;

/**
 * Is a sentence in the article's own voice a factual claim worth sourcing,
 * and how specific is it? Questions, fragments without a verb, imperatives and
 * very short transitions are not claims. Numbers, dates and named actors make
 * a claim specific (checkable); otherwise it is general background.
 * A wire dateline the sentence opens with says where and when the story was
 * filed: the statement is read without it (`start`: where `text` starts).
 */
export function judgeClaim(tokens: Token[], text: string, start: number): ClaimVerdict {
  const skip = inlineDateline(text)?.length ?? 0;
  if (skip === 0) return judgeStatement(tokens, text);
  return { ...judgeStatement(tokens.filter((t) => t.start >= start + skip), text.slice(skip)), skip };
}

/** What a verb's object opens with: a determiner, or a pronoun that can only be an object ("shot himself"). */
const OBJECT_OPENERS = /^(?:a|an|the|his|her|its|their|this|these|those|himself|herself|itself|themselves|him|them)$/i;
/** Measures of time after "a" or "the" ("47.4 mln dlrs a year before"): no object. */
const MEASURE_OF_TIME = /^(?:year|years|month|months|week|weeks|day|days|night|nights|weekend|quarter|quarters|decade|time|times|earlier|ago|before|later)$/i;
/** What a subject ends with before its verb: a noun, a name, a pronoun, "all" or "both" ("all play"), or the comma closing an aside ("Kaisen, 76, shot"). */
const SUBJECT_ENDS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Whether a sentence the tagger found no verb in has one it read as a noun or an adjective: a lower-case word
 * between the end of a subject and the opening of an object ("Peter Kaisen, 76, shot himself in the parking lot",
 * "Burma leader's visit to Washington marks a success", "distance from the homeland all play a role"). In a
 * fragment with no verb a noun is not followed by an object's determiner ("An Ambitious, Divisive Legacy").
 */
function misreadVerb(tokens: Token[]): boolean {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !/^\p{Ll}+$/u.test(t.text) || !OBJECT_OPENERS.test(tokens[i + 1].text)) continue;
    // ("47.4 mln dlrs a year before": a measure of time, no object; "officials estimate the output": a verb of
    // saying or thinking the attribution finder did not read, so whose the statement is stays unknown)
    if (MEASURE_OF_TIME.test(tokens[i + 2]?.text ?? '') || CUE_VERBS.has(t.lower)) continue;
    const p = tokens[i - 1];
    if (SUBJECT_ENDS.has(p.pos) || p.text === ',' || /^(?:all|both)$/i.test(p.text)) return true;
  }
  return false;
}

function judgeStatement(tokens: Token[], text: string): ClaimVerdict {
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const trimmed = text.trim();
  if (/\?["”’)]*$/.test(trimmed)) return { claim: false, strength: 'general', reasons: ['a question'] };
  if (words.length < 4) return { claim: false, strength: 'general', reasons: ['too short to state a fact'] };
  if (!tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && !misreadVerb(tokens)) return { claim: false, strength: 'general', reasons: ['no verb: not a statement'] };
  if (IMPERATIVE.test(words[0].text) && (words[0].pos === 'VERB' || words[0].pos === 'INTJ')) {
    return { claim: false, strength: 'general', reasons: ['an instruction to the reader'] };
  }
  if (/^(?:i|we|you)$/i.test(words[0].text) && !/\b(?:said|says)\b/.test(trimmed)) {
    return { claim: false, strength: 'general', reasons: ['the writer speaking in the first person'] };
  }
  if (unansweredRequest(tokens)) return { claim: false, strength: 'general', reasons: ['the reporter’s own account of asking for comment'] };
  const view = notFactual(tokens, words);
  if (view) return { claim: false, strength: 'general', reasons: [view] };
  const reasons: string[] = [];
  // A day or a year inside a date is not "a number" of its own.
  const partOfDate = (i: number): boolean =>
    YEAR.test(tokens[i].text) || (/^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[i].text) && (MONTHS.test(tokens[i - 1]?.text ?? '') || MONTHS.test(tokens[i + 1]?.text ?? '') || MONTHS.test(tokens[i + 2]?.text ?? '')));
  if (tokens.some((t, i) => (t.pos === 'NUM' || /\d/.test(t.text) || NUMBER_WORDS.test(t.text)) && !partOfDate(i))) reasons.push('a number');
  if (tokens.some((t) => MONTHS.test(t.text) && /^\p{Lu}/u.test(t.text)) || tokens.some((t) => WEEKDAYS.test(t.text)) || /\b(?:1[89]|20)\d\d\b/.test(trimmed)) {
    reasons.push('a date');
  }
  // a weekday tagged PROPN ("on Tuesday"), a month next to its day or year ("May 20"), or a month's full name
  // on its own ("in December"; not a surname after a first name, "Theresa May") is a date, not an actor
  const inDate = (i: number): boolean =>
    WEEKDAYS.test(tokens[i].text) ||
    (MONTHS.test(tokens[i].text) &&
      (/^\d/.test(tokens[i + 1]?.text ?? '') || /^\d/.test(tokens[i - 1]?.text ?? '') || (FULL_MONTH.test(tokens[i].text) && tokens[i - 1]?.pos !== 'PROPN')));
  // a capitalised word opening the sentence is a name when the next is one too, when it is an acronym, a
  // place ("India is searching…") or a word the tagger's English lexicon does not know, inflected or not
  // ("Ongpin said"; not "Picketing was peaceful")
  const opensWithName = (t: Token): boolean =>
    tokens[1]?.pos === 'PROPN' ||
    /^\p{Lu}[\p{Lu}.]+$/u.test(t.text) ||
    PLACES.has(t.text.toLowerCase()) ||
    !isKnownWordForm(t.text);
  const names = tokens.filter((t, i) => t.pos === 'PROPN' && !inDate(i) && (i > 0 || opensWithName(t)));
  if (names.length > 0) reasons.push('named actors');
  return { claim: true, strength: reasons.length > 0 ? 'specific' : 'general', reasons };
}

/**
 * Modals of obligation: what ought to be, not what is ("Mexico should sue"). Not "must": in news it mostly states a
 * rule ("each new casino must hold a trial day", "tenders must be for one million dollars"), a fact one can check.
 */
const NORMATIVE = /^(?:should|ought)$/;
/** Words between such a modal and its verb ("should not", "should also", "ought to"). */
const MODAL_GAP = /^(?:not|n't|n’t|never|also|still|only|now|then|first|at|least|to|all|both|clearly|certainly|surely|simply|just|really|therefore|instead|either)$/;
/** Words that open a clause inside the sentence: a modal after one is no part of the main clause ("…who should pay"). */
const SUBORDINATE = /^(?:who|whom|whose|what|which|that|how|whether|if|where|when|why|whoever|whatever)$/;
/** Where a clause may begin: a comma, a semicolon, a dash or a colon. */
const CLAUSE_BREAK = /^(?:[,;:]|--|—|–)$/;

/**
 * Whether the modal at `i` is its main clause's verb: no clause-opening word and no other verb before it, back to a
 * break ("…who should pay", "the levy each island should pay": both say what a clause inside the sentence does).
 */
function modalOfMainClause(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (CLAUSE_BREAK.test(tokens[k].text)) return true;
    if (SUBORDINATE.test(tokens[k].lower) || tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
  }
  return true;
}

/** Verbs of movement: "should" before one forecasts ("Stocks should gain", "demand should rise"), it prescribes nothing. */
const MOVEMENT = /^(?:rise|fall|gain|grow|increase|decline|drop|improve|ease|slow|fluctuate|recover|rebound|peak|remain|continue|reach|exceed|top|climb|slip|weaken|strengthen|expand|shrink|narrow|widen|stabilize|stabilise|surge|soar|plunge|dip|edge|lift|boost|benefit|help|stimulate|favor|favour|hurt|outpace|offset|return|resume|begin|start|end|arrive|last|cost|total|average|show)$/;

/**
 * The obligation a modal at `i` states, if it is one: the main clause's "should" or "ought" before a verb that does
 * not forecast, in a sentence with no figure or day (those forecast what one can check: "sales should rise to 30,000
 * this year"), and not a passive with its agent ("should be approved by the shareholders" states a procedure) or of
 * completion ("the plant should be completed" forecasts).
 */
function prescribes(tokens: Token[], i: number): boolean {
  if (!NORMATIVE.test(tokens[i].lower) || i === 0 || !modalOfMainClause(tokens, i) || datedOrCounted(tokens)) return false;
  let k = i + 1;
  while (k < tokens.length && MODAL_GAP.test(tokens[k].lower)) k++;
  const verb = tokens[k];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  if (verb.lower === 'be' && tokens[k + 1]?.pos === 'VERB') {
    // a passive: "should be adopted by the House" (a procedure), "should be completed" (a forecast)
    if (tokens.slice(k + 2, k + 6).some((t) => t.lower === 'by')) return false;
    return !/^(?:completed|finished|ready|done|known|available|released|announced|signed|closed|sold|approved|reached)$/.test(tokens[k + 1].lower);
  }
  return tokens[i].lower !== 'should' || !MOVEMENT.test(verb.lower);
}

/** A figure, a month or a weekday in the sentence: "sales should rise to 30,000 this year" forecasts what one can check. */
function datedOrCounted(tokens: Token[]): boolean {
  return tokens.some((t) => t.pos === 'NUM' || /\d/.test(t.text) || WEEKDAYS.test(t.text) || (MONTHS.test(t.text) && /^\p{Lu}/u.test(t.text)));
}

/** Verbs of the speaker's own mind: "I think", "we believe", "I guess". */
const BELIEF_VERBS = /^(?:think|believe|feel|guess|hope|suppose|suspect|doubt|wish|bet|want|fear)$/;
/** Words between "I"/"we" and such a verb ("I really think", "we don't believe"). */
const BELIEF_GAP = /^(?:do|don't|don’t|did|didn't|didn’t|really|just|still|certainly|strongly|truly|honestly|also|all|personally)$/;
/**
 * Judgements predicated of "it", "that" or "this": "it is important to…", "that's obvious". Not "clear": "it is clear
 * that the plan failed" asserts that it failed, and "it is unclear whether…" tells what is not known.
 */
const EVALUATIVE = /^(?:important|good|great|wonderful|terrible|bad|right|wrong|fair|unfair|ridiculous|absurd|outrageous|shameful|sad|nice|disgraceful|unacceptable|necessary|essential|vital|critical|crucial|obvious|interesting|amazing|incredible|horrible|awful|impossible|appropriate|inappropriate|ironic|remarkable|striking|encouraging|disturbing|troubling|worrying|refreshing)$/;
/** Nouns of judgement after "it is a…" ("it is a shame that…"), and "it is time to…". */
const EVALUATIVE_NOUNS = /^(?:shame|disgrace|mistake|pity|travesty|scandal|time)$/;
/** Degree words before such a judgement ("it is very important", "that is not fair"). */
const DEGREE = /^(?:very|so|really|just|not|simply|utterly|totally|entirely|completely|deeply|rather|fairly|truly|highly|absolutely|extremely|too|quite|pretty|also|still|especially|particularly|hardly|far|less|more|most|now|certainly|clearly|equally|becoming|a|an)$/;
/** Verbs that open an address to the reader or listener: "Let's break them down", "Imagine a world…", "Consider the case of…". */
const OPENING_IMPERATIVE = /^(?:let|look|imagine|remember|consider|listen|think|forget|note|recall|take)$/;

/**
 * A sentence that says what ought to be, what its writer thinks, or how the
 * writer judges something, rather than what is: opinion, not a factual claim
 * anyone could source (the writer's own voice; in an article it is comment).
 * - an obligation: "should" or "ought" before a verb, in the main clause ("Mexico should sue…", "They should be very
 *   worried"); see `prescribes` for the forecasts and procedures that stay claims;
 * - the writer's belief: "I think", "we don't believe", "I guess" (not "know": "we know he lied" asserts it);
 * - a judgement of "it", "that" or "this": "It is important to…", "That's obvious", "It is not fair",
 *   "It is time for…", "It's a shame that…"; an adjective before a noun describes it ("It's a tremendous spike"
 *   says there was a spike);
 * - an opening verb addressed to the reader: "Let's…", "Imagine…", "Consider…".
 * `words`: the tokens with a letter or digit, as `judgeStatement` picked them. Returns why, or null.
 */
function notFactual(tokens: Token[], words: Token[]): string | null {
  const first = words[0];
  if (first && OPENING_IMPERATIVE.test(first.lower) && first.text !== first.text.toUpperCase() && (first.pos === 'VERB' || first.pos === 'INTJ') && words[1]?.pos !== 'ADP') {
    return 'an instruction to the reader';
  }
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    if (NORMATIVE.test(w)) {
      if (prescribes(tokens, i)) return 'a prescription, what should be rather than what is';
    } else if (w === 'i' || w === 'we') {
      let k = i + 1;
      while (k < tokens.length && k <= i + 3 && BELIEF_GAP.test(tokens[k].lower)) k++;
      if (BELIEF_VERBS.test(tokens[k]?.lower ?? '')) return 'the writer’s own opinion';
    } else if ((w === 'is' || w === "'s" || w === '’s' || w === 'was') && /^(?:it|that|this)$/.test(tokens[i - 1]?.lower ?? '')) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 3 && DEGREE.test(tokens[k].lower)) k++;
      const judged = tokens[k];
      if (!judged) continue;
      const next = tokens[k + 1];
      if (EVALUATIVE.test(judged.lower) && next?.pos !== 'NOUN' && next?.pos !== 'PROPN') return 'an opinion, a judgement rather than a fact';
      if (EVALUATIVE_NOUNS.test(judged.lower) && (next?.lower === 'to' || next?.lower === 'that' || next?.lower === 'for' || next?.pos === 'PUNCT')) return 'an opinion, a judgement rather than a fact';
    }
  }
  return null;
}

/** What a reporter leaves that goes unanswered: "a phone call", "messages", "a request seeking comment". */
const CONTACT_NOUNS: ReadonlySet<string> = new Set(['call', 'calls', 'message', 'messages', 'email', 'emails', 'e-mail', 'e-mails', 'voicemail', 'voicemails', 'request', 'requests', 'inquiry', 'inquiries']);
const NEGATION = /^(?:not|n't|n’t|never)$/;
/** Words the account may end with ("…seeking comment on the offer", "…from The Associated Press on Wednesday"). */
const ACCOUNT_TAIL_POS = /^(?:ADP|DET|NOUN|PROPN|ADJ|NUM|PUNCT|CCONJ|PRON|PART|ADV)$/;
/** …and the words of asking for comment, whatever their tags ("for/SCONJ comment/VERB"); a capitalised word is part of a name ("The Associated Press"). */
const ACCOUNT_TAIL_WORDS: ReadonlySet<string> = new Set(['for', 'seeking', 'comment', 'to']);
/** A clause of its own after the account, whatever the tagger made of its verb ("…, which halts/NOUN the merger"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that', 'because', 'but', 'while', 'although', 'after', 'since', 'where', 'when']);

/**
 * A sentence that tells only that a source did not answer the reporter: "A spokeswoman for Mr. Trump did not return
 * a message for comment", "Company officials could not immediately be reached for comment on the offer". The
 * reporter's own account of the reporting, no claim anyone could source (when its subject tells nothing else either:
 * no clause or figure in it). Negated only ("he returned the call" tells of an answer), a contact noun within four
 * words of "return" ("did not return to work" is no such account), "for" or "to comment" after "be reached" ("an
 * agreement could not be reached" is none either), and nothing after it with a verb of its own but "seeking"
 * ("…reached for comment on the ruling, which halts the merger" states what the ruling does).
 */
function unansweredRequest(tokens: Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i].lower;
    if (w !== 'return' && w !== 'returned' && w !== 'reached') continue;
    const from = verbGroupStart(tokens, i);
    if (from === 0 || !tokens.slice(from, i).some((t) => NEGATION.test(t.lower))) continue;
    // (the subject is only who was asked: "Exxon, which lost 2 billion dlrs after the spill, could not be reached…"
    // also states a loss)
    if (tokens.slice(0, from).some((t) => CLAUSE_OPENERS.has(t.lower) || t.pos === 'NUM')) return false;
    let k = i + 1;
    if (w === 'reached') {
      if (!tokens.slice(from, i).some((t) => t.lower === 'be' || t.lower === 'been')) continue;
      if (tokens[k]?.lower === 'immediately') k++;
      if (!/^(?:for|to)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'comment') continue;
      k += 2;
    } else {
      while (k < tokens.length && k <= i + 4 && !CONTACT_NOUNS.has(tokens[k].lower) && /^(?:DET|ADJ|NOUN|PRON)$/.test(tokens[k].pos)) k++;
      if (!CONTACT_NOUNS.has(tokens[k]?.lower ?? '')) continue;
      k++;
    }
    return tokens.slice(k).every((t) => !CLAUSE_OPENERS.has(t.lower) && (ACCOUNT_TAIL_POS.test(t.pos) || ACCOUNT_TAIL_WORDS.has(t.lower) || /^\p{Lu}/u.test(t.text)));
  }
  return false;
}

const CAPTION_VERB = /^(?:speaks|gestures|arrives|attends|listens|waves|walks|poses|delivers|holds|shakes|talks|sits|stands|smiles|leaves|meets|addresses|looks|greets|chats|reacts|is|are)$/i;

/** Photo captions: "X speaks during … on May 20, 2016." (present tense, a full date or a photo marker). */
export function isCaption(tokens: Token[], text: string): boolean {
  const verbAt = tokens.findIndex((t, i) => i < 14 && CAPTION_VERB.test(t.text) && (t.text.toLowerCase() !== 'is' && t.text.toLowerCase() !== 'are' ? true : /^(?:seen|pictured|shown)$/i.test(tokens[i + 1]?.text ?? '')));
  if (verbAt < 1) return false;
  const fullDate = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},\s+\d{4}\b/.test(text);
  return fullDate || /\((?:photo|reuters|ap|afp|getty)/i.test(text) || /\b(?:pictured|file photo)\b/i.test(text);
}
