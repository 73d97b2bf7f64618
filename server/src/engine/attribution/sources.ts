import type { Token } from '../nlp/tokens';
import { ANONYMOUS_MODIFIERS, DOCUMENT_HEADS, STATEMENT_NOUNS, VAGUE_HEADS } from '../lexicon/cues';
import { ARTICLES, CURRENCY_SIGNS } from '../crossdoc/normalize';

const SKIP_BEFORE_CUE = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'also', 'later', 'earlier', 'previously',
  'repeatedly', 'reportedly', 'allegedly', 'then', 'still', 'already', 'just', 'not', "n't", 'n’t', 'wo', 'ca', 'never', 'did', 'does',
  'do', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', "'d", "'ll", '’d', '’ll', 'once', 'again',
  'long', 'often', 'always', 'recently', 'publicly', 'privately', 'first', 'last', 'even', 'further', 'separately',
  'initially', 'subsequently', 'simply', 'only', 'flatly', 'strongly', 'repeatedly', 'quickly', 'firmly', 'openly',
  'explicitly', 'directly', 'personally', 'officially', 'formally', 'now', 'too', 'similarly', 'likewise',
]);

/** What follows "NAME and" when others join a named person ("and other analysts", "and his aides"). */
const NAMED_AND_OTHERS = /^(?:other|his|her|their|fellow)$/;

/** What stands before a verb as its subject (a participle after one is that subject's verb, not a modifier). */
const SUBJECT_BEFORE_VERB = /^(?:PROPN|PRON|NOUN)$/;

/** Possessive determiners open a source phrase ("his brother"), they are not a source of their own. */
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/** Words for a share of a group, before "of" ("many of them", "two of whom"). */
export const PARTITIVE = /^(?:all|many|most|some|none|each|both|several|few|one|two|three|four|five|half|neither|either)$/;
const QUANT_ADVERBS = /^(?:about|nearly|almost|roughly|only|just|some|around|approximately|fully|over)$/;
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON']);
const NP_INNER = new Set(['of', 'for', 'on', 'and', '&', '-', "'s", '’s', "'", '’', 'de', 'al', 'al-', 'bin', 'von', 'van']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'on', 'in', 'at', 'during', 'earlier', 'later', 'last', 'this', 'next', 'late', 'early', 'when', 'while', 'after',
  'before', 'since', 'as', 'to', 'that', 'in', 'with', 'by', 'from', 'about', 'over', 'via', 'through',
]);
const STOP_WORDS_IN_NP = new Set(['who', 'which', 'that', 'whose', 'whom', 'what', 'where', 'there', 'here', 'when', 'whenever', 'while', 'how', 'why', 'whether', 'if', 'because', 'although', 'though', 'unless']);

function isWordy(t: Token): boolean {
  return /[\p{L}\p{N}]/u.test(t.text);
}

function npToken(t: Token): boolean {
  if (STOP_WORDS_IN_NP.has(t.lower)) return false;
  if (NP_POS.has(t.pos)) return true;
  // wink sometimes tags capitalised name parts as VERB/ADV ("Will", "Rand", "Bush"):
  if (/^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT' && t.pos !== 'SCONJ' && t.pos !== 'CCONJ' && t.pos !== 'ADP') return true;
  if (t.lower === "'s" || t.lower === '’s' || t.lower === 's') return true;
  return /^\p{Lu}[\p{L}]*\.$/u.test(t.text); // abbreviations like "Capt."
}

/**
 * The source phrase that ends just before token `end` (skipping auxiliaries and
 * adverbs such as "has", "also", "reportedly"), as [start, end) or null.
 */
/** Adverbs that open a clause of their own ("cities where attacks…", "asked how…"), never skipped back over. */
const WH_ADVERB = /^(?:where|when|how|why|whenever|wherever|however|there|here|so|then|thus|therefore)$/;

/** Connective adverbs: between a subject and its verb ("Carter however said", "She has since said") they are part of neither. */
export const CONNECTIVE = /^(?:however|therefore|thus|meanwhile|since)$/;

/** "Carter however said", "She has since said": a connective adverb between a subject and its verb. */
function midClauseAdverb(tokens: Token[], j: number, min: number): boolean {
  const w = tokens[j].lower;
  if (w === 'since') return j > min && /^(?:has|have|had|'s|’s)$/.test(tokens[j - 1].lower);
  return CONNECTIVE.test(w) && j > min && /^(?:PROPN|PRON|NOUN)$/.test(tokens[j - 1].pos) && tokens[j - 1].lower !== 'who';
}

export function npBackward(tokens: Token[], end: number, min = 0): [number, number] | null {
  let j = end - 1;
  // auxiliaries and adverbs, and a contracted "is"/"has" after a pronoun ("he’s referring to")
  while (j >= min && (SKIP_BEFORE_CUE.has(tokens[j].lower) || midClauseAdverb(tokens, j, min) || (tokens[j].pos === 'ADV' && /^\p{Ll}/u.test(tokens[j].text) && !WH_ADVERB.test(tokens[j].lower) && j > min && !/^(?:ADP|PUNCT|SCONJ|CCONJ)$/.test(tokens[j - 1].pos)) || (/^['’](?:s|re|ve|m)$/.test(tokens[j].text) && tokens[j - 1]?.pos === 'PRON'))) j--;
  if (j < min) return null;
  const phraseEnd = j + 1;
  if (PRONOUNS.has(tokens[j].lower) && tokens[j].lower !== 'who') return [j, j + 1];
  // an indefinite pronoun takes no modifier but a negation or "almost" ("not everyone", not "make sure everyone knows")
  if (INDEFINITE_PRONOUN.test(tokens[j].lower)) return j > min && /^(?:not|almost|nearly|virtually)$/.test(tokens[j - 1].lower) ? [j - 1, j + 1] : [j, j + 1];
  // a name in angle brackets, as wire copy marks companies ("<DPCE Holdings Plc> said"): the name inside
  if (tokens[j].text === '>') {
    let k = j - 1;
    while (k > min && j - k <= 10 && tokens[k].text !== '<' && tokens[k].text !== '>') k--;
    if (tokens[k]?.text === '<' && k >= min && j - k > 1 && tokens.slice(k + 1, j).some((t) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text))) return [k + 1, j];
  }
  let start = -1;
  for (; j >= min; j--) {
    const t = tokens[j];
    if (npToken(t)) {
      if (t.pos === 'PRON' && start !== -1 && !POSSESSIVE.has(t.lower)) break; // "they the ministry": stop at the pronoun
      start = j;
      // "news the United States plans…": an article opens its phrase; a common noun before it ends another one
      if (ARTICLES.has(t.lower) && j > min && tokens[j - 1].pos === 'NOUN') break;
      continue;
    }
    // "the students polled", "the senators surveyed": the participle of a survey closing the phrase of its respondents
    if (start === -1 && SURVEYED.test(t.lower) && j > min && tokens[j - 1].pos === 'NOUN') {
      start = j;
      continue;
    }
    // participles modifying the phrase: "published reports", "unnamed officials", "a poll released last week"
    // (not a verb between its subject and its object: "Kaine defended people accused of…")
    if (start !== -1 && t.pos === 'VERB' && /ed$/.test(t.lower) && !/^(?:said|told|reported|claimed|added|stated)$/.test(t.lower) && !(j > min && SUBJECT_BEFORE_VERB.test(tokens[j - 1].pos) && tokens[j + 1]?.pos === 'NOUN')) {
      start = j;
      continue;
    }
    // "its veto-wielding members": a participle hyphened to the word before it is part of a modifier
    if (start !== -1 && t.pos === 'VERB' && j - 2 >= min && tokens[j - 1].text === '-' && tokens[j - 1].end === t.start && npToken(tokens[j - 2]) && tokens[j - 2].end === tokens[j - 1].start) {
      start = j;
      continue;
    }
    // "analysts at Norbank", "a statement on the website", "sources close to": a source noun with its tail
    if (t.pos === 'ADP' && start !== -1 && j > min && SOURCE_NOUNS.has(tokens[j - 1].lower)) {
      start = j;
      continue;
    }
    // "nearly 90", "about three-quarters", "only four percent": a figure and its approximation
    if (start === j + 1 && QUANT_ADVERBS.test(t.lower) && /^(?:NUM)$/.test(tokens[j + 1].pos) || (start === j + 1 && QUANT_ADVERBS.test(t.lower) && /^(?:half|third|thirds|quarter|quarters|-?\w+-(?:thirds?|quarters?|fifths?))$/.test(tokens[j + 1].lower))) {
      start = j;
      continue;
    }
    // "Sanders’ aides", "the Reuters/Ipsos poll": a plural possessive and a slash inside a name
    if (start !== -1 && j > min && (((t.text === '’' || t.text === "'") && /s$/.test(tokens[j - 1].text) && tokens[j - 1].pos === 'PROPN' && tokens[j - 1].end === t.start) || (t.text === '/' && /^\p{Lu}/u.test(tokens[j - 1].text) && /^\p{Lu}/u.test(tokens[j + 1].text)))) {
      start = j;
      continue;
    }
    // "Six in 10", "nine out of 10": a share of people
    if (start !== -1 && j > min && tokens[start].pos === 'NUM' && (t.lower === 'in' || (t.lower === 'of' && tokens[j - 1]?.lower === 'out')) && /^(?:NUM|ADV)$/.test(tokens[t.lower === 'of' ? j - 2 : j - 1]?.pos ?? '')) {
      if (t.lower === 'of') j--;
      start = j;
      continue;
    }
    // "many of them", "two of the officials": a share of a group
    if (t.lower === 'of' && start !== -1 && j > min && (tokens[j - 1].pos === 'NOUN' || tokens[j - 1].pos === 'PROPN' || PARTITIVE.test(tokens[j - 1].lower))) {
      start = j;
      continue;
    }
    if (NP_INNER.has(t.lower) && start !== -1 && j > min && npToken(tokens[j - 1])) {
      // keep "of"/"for"/"and" only inside capitalised names ("Ministry of Defense", "Kerry and Lavrov")
      const next = tokens[j + 1];
      // (a hyphen with spaces around it is a dash: "NEW YORK, March 26 - GenCorp Inc said")
      if ((t.lower === "'s" || t.lower === '’s' || /^\p{Lu}/u.test(next.text) || t.lower === 'and' || t.lower === '-') && !spacedHyphen(tokens, j)) {
        start = j;
        continue;
      }
    }
    break;
  }
  if (start === -1) return null;
  // "…estimated the damage at about 10 mln dlrs and a company spokesman said": what stands before "and" after a verb
  // or a preposition is the clause before's object, no part of the source (unless both sides are names: "dealers
  // in Frankfurt and Zurich")
  if (start > min && OBJECT_BEFORE.test(tokens[start - 1].pos)) {
    const and = tokens.findIndex((t, k) => k > start && k < phraseEnd - 1 && t.lower === 'and');
    const named = (from: number, to: number): boolean => tokens.slice(from, to).some((t) => t.pos === 'PROPN');
    if (and > 0 && !(named(start, and) && named(and + 1, phraseEnd))) start = and + 1;
  }
  // A phrase cannot start with a connector.
  while (start < phraseEnd && (NP_INNER.has(tokens[start].lower) || !isWordy(tokens[start]))) start++;
  // "the minimum $20 million experts say it costs": an amount of money is not a count of the people after it
  if (start > min && CURRENCY_SIGNS.has(tokens[start - 1].lower)) while (start < phraseEnd && tokens[start].pos === 'NUM') start++;
  return start < phraseEnd ? [start, phraseEnd] : null;
}

/** Participles that tell who a survey asked ("voters polled", "the senators surveyed"). */
export const SURVEYED = /^(?:polled|surveyed|questioned|interviewed|sampled)$/;
/** What a phrase that is the object of a clause follows: a verb or a preposition. */
const OBJECT_BEFORE = /^(?:VERB|AUX|ADP)$/;

/** A hyphen written with a space on each side, as a dash is ("Boston - The city…"). */
export function spacedHyphen(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t.text === '-' && j > 0 && j + 1 < tokens.length && tokens[j - 1].end < t.start && t.end < tokens[j + 1].start;
}

/** What may close a name in apposition: a comma, a parenthesis or a dash, or the sentence's end. */
const APPOSITION_CLOSE = /^(?:[,;.!?)]|--|[—–])$/;

/**
 * The end of a person's name set off after a phrase that names no one ("remarks by her opponent, Republican nominee
 * Donald Trump, were…", "The official, the party's chairman Masayoshi Ito, told…"): the phrase's end `end` is a
 * comma, and what follows up to the next comma, dash or the sentence's end is a short phrase `describePhrase` reads
 * as a person's name. One past the name's last token, or -1.
 */
export function nameInApposition(tokens: Token[], end: number): number {
  if (tokens[end]?.text !== ',') return -1;
  let k = end + 1;
  while (k < tokens.length && k - end <= 12 && !APPOSITION_CLOSE.test(tokens[k].text)) {
    if (/^(?:VERB|AUX|PRON|SCONJ)$/.test(tokens[k].pos)) return -1;
    k++;
  }
  if (k === end + 1 || (k < tokens.length && !APPOSITION_CLOSE.test(tokens[k].text))) return -1;
  return describePhrase(tokens, end + 1, k).person ? k : -1;
}

/**
 * The end of an agent phrase [from, end) with the name set off after it when the phrase itself names no one ("by her
 * opponent, Republican nominee Donald Trump,"): the name's end, else `end`.
 */
export function withNamedApposition(tokens: Token[], from: number, end: number): number {
  if (tokens.slice(from, end).some((t) => t.pos === 'PROPN')) return end;
  const named = nameInApposition(tokens, end);
  return named > 0 ? named : end;
}

/** Pronouns of anyone or no one in particular. */
const INDEFINITE_PRONOUN = /^(?:everyone|everybody|someone|somebody|anyone|anybody|nobody)$/;

/** Index one past the last token of the source phrase that starts at `start`, or -1. */
export function npForward(tokens: Token[], start: number, max = tokens.length): number {
  let j = start;
  if (j < max && PRONOUNS.has(tokens[j].lower) && tokens[j].lower !== 'who') return j + 1;
  let end = -1;
  for (; j < max; j++) {
    const t = tokens[j];
    if (end !== -1 && TIME_WORDS.has(t.lower) && !(t.lower === 'of' || t.lower === 'for')) break;
    if (npToken(t)) {
      if (t.pos === 'PRON' && end !== -1) break;
      end = j + 1;
      continue;
    }
    if (NP_INNER.has(t.lower) && end !== -1 && j + 1 < max) {
      const next = tokens[j + 1];
      const after = tokens[j + 2];
      if ((/^\p{Lu}/u.test(next.text) || (next.pos === 'DET' && after && /^\p{Lu}/u.test(after.text)) || t.lower === "'s" || t.lower === '’s' || t.lower === '-') && !spacedHyphen(tokens, j)) {
        continue;
      }
    }
    break;
  }
  return end;
}

/** Nouns that head a source phrase and may carry a prepositional tail. */
let SOURCE_NOUNS_CACHE: Set<string> | null = null;
const SOURCE_NOUNS = {
  has(w: string): boolean {
    if (!SOURCE_NOUNS_CACHE) SOURCE_NOUNS_CACHE = new Set([...VAGUE_HEADS, ...DOCUMENT_HEADS, ...TITLES].filter((x) => !['it', 'they', 'some', 'many', 'others'].includes(x)));
    return SOURCE_NOUNS_CACHE.has(w);
  },
};

/** A word of a title or a post before a name ("Mr.", "Minister", "chairman"). */
export function isTitleWord(lower: string): boolean {
  return TITLES.has(lower);
}

const TITLES = new Set([
  'coach', 'chancellor', 'manager', 'master', 'engineer', 'economist', 'scientist', 'researcher', 'doctor', 'nurse',
  'prosecutor', 'detective', 'inspector', 'officer', 'sheriff', 'pope', 'bishop', 'cardinal', 'editor', 'founder',
  'owner', 'chair', 'speaker', 'premier', 'vice', 'deputy', 'head', 'councillor', 'councilor', 'commissioner',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'capt', 'capt.', 'col', 'col.', 'colonel', 'gen', 'gen.', 'general',
  'sen', 'sen.', 'senator', 'rep', 'rep.', 'gov', 'gov.', 'governor', 'president', 'minister', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'ceo', 'director', 'adm', 'adm.', 'admiral', 'lt', 'lt.',
  'sgt', 'sgt.', 'maj', 'maj.', 'major', 'captain', 'prime', 'king', 'queen', 'prince', 'judge', 'justice', 'mayor',
  'ambassador', 'envoy', 'professor', 'prof', 'prof.', 'father', 'rabbi', 'imam', 'candidate', 'nominee', 'leader',
  'chief', 'commander', 'official', 'analyst', 'lawyer', 'attorney', 'adviser', 'advisor', 'aide', 'reporter',
]);

const ORG_WORDS = new Set([
  'department', 'ministry', 'pentagon', 'agency', 'office', 'committee', 'council', 'house', 'senate', 'congress',
  'government', 'administration', 'army', 'military', 'forces', 'force', 'network', 'observatory', 'group', 'front',
  'party', 'campaign', 'company', 'corp', 'corp.', 'inc', 'inc.', 'bank', 'court', 'commission', 'union', 'nations',
  'organization', 'organisation', 'institute', 'university', 'center', 'centre', 'service', 'times', 'post', 'news',
  'press', 'agency', 'kremlin', 'coalition', 'states', 'federation', 'republic', 'state', 'police', 'board', 'fund',
  'association', 'foundation', 'statement', 'website', 'ministry', 'bureau', 'cabinet', 'parliament', 'embassy',
  // a company's legal form closing its name ("Quantum Diagnostics Ltd", "Rank Organisation Plc")
  'ltd', 'ltd.', 'plc', 'co', 'co.', 'llc', 'limited', 'corporation', 'incorporated', 'holdings', 'industries',
  'bancorp', 'nv', 'gmbh',
]);

export interface Mention {
  /** The full phrase as written. */
  text: string;
  /** The best name for the referent ("John Kirby"). */
  name: string;
  offset: number;
  person: boolean;
  plural: boolean;
  /** Set when a word before the name says it ("Mrs. Lund", "spokesman Jon Frey"; not "chairman", which is said of women too); pronouns must agree with it. */
  gender?: Gender;
}

export type Gender = 'male' | 'female';

export const MALE_WORDS = /^(?:mr\.?|sir|spokesman|congressman|businessman|king|prince)$/;
export const FEMALE_WORDS = /^(?:mrs\.?|ms\.?|miss|spokeswoman|congresswoman|businesswoman|chairwoman|queen|princess|madam|lady|dame)$/;

/** Reads a source phrase: is it a person, a plural group, and its best name. */
export function describePhrase(tokens: Token[], from: number, to: number): Mention {
  const slice = tokens.slice(from, to);
  const text = slice.map((t, i) => (i > 0 && t.start > slice[i - 1].end ? ' ' : '') + t.text).join('');
  // The name: the trailing run of capitalised tokens (after titles).
  let k = slice.length;
  while (k > 0 && /^\p{Lu}/u.test(slice[k - 1].text) && !TITLES.has(slice[k - 1].lower) && !ORG_WORDS.has(slice[k - 1].lower)) k--;
  const nameTokens = slice.slice(k);
  const hasDet = slice.slice(0, k).some((t) => t.pos === 'DET');
  const titled = k > 0 && TITLES.has(slice[k - 1].lower);
  const orgInName = nameTokens.some((t) => ORG_WORDS.has(t.lower));
  // "Pentagon spokesman Capt. Jeff Davis": a title right before the name makes it a person,
  // whatever organisation words modify the title.
  // (a name after "for" in a phrase with a determiner is whom the phrase's head works for: "a spokeswoman for Mayor
  // Ana Ruiz" is not Ana Ruiz)
  const onBehalf = hasDet && slice.slice(0, k).some((t) => t.lower === 'for');
  const person = nameTokens.length > 0 && !orgInName && !onBehalf && (titled || (!hasDet && nameTokens.length >= 2 && !slice.some((t) => ORG_WORDS.has(t.lower))));
  const last = slice[slice.length - 1];
  const plural = !!last && /s$/.test(last.lower) && last.pos === 'NOUN';
  const name = person ? nameTokens.map((t) => t.text).join(' ') : text;
  const m: Mention = { text, name, offset: slice[0]?.start ?? 0, person, plural };
  if (person) {
    // the words before the name only ("Mrs. Lund", "company spokesman Jon Frey")
    const before = slice.slice(0, k).map((t) => t.lower);
    const male = before.some((w) => MALE_WORDS.test(w));
    const female = before.some((w) => FEMALE_WORDS.test(w));
    if (male !== female) m.gender = male ? 'male' : 'female';
  }
  return m;
}

const WORK_HEADS = /^(?:poll|polls|survey|surveys|study|studies)$/;
/** A report, a study, a survey or a poll: a work that says things (one may be called another later: "a Reuters survey … the study found"). */
export const WORK_WORD = /^(?:reports?|stud(?:y|ies)|surveys?|polls?)$/;
/** Words for the press as a whole. */
const PRESS = /^(?:media|press)$/;
/** A possessive mark ("the company's report", "the unions' report"). */
export const POSSESSIVE_MARK = /^['’]s?$/;

/** Why a source phrase is vague, and what kind of vague source it is. */
export interface Vagueness {
  reason: string;
  /** A party's unnamed spokesperson (see `speaksForNamedParty`). */
  party: boolean;
  /** A work that does not say whose it is ("the report"): an earlier named one of the article may be it. */
  work: boolean;
  /** The phrase's head word in lower case ("spokesman" in "a ministry spokesman at the embassy"), as `sourceHead` finds it. */
  head: string | null;
}

/**
 * The index in a source phrase of its head: the last noun before a prepositional tail, or a participle's ("a CCC
 * spokesman at the Kansas City office", "interviews with party leaders and officials involved in the selection", "the
 * first poll published since…"); what a statement says rests on who made it, the head after "from" ("statements from
 * both U.S. and Soviet officials"); and a participle in -ing gives way to the noun before it ("reports emerging in the
 * news media").
 */
function sourceHead(slice: Token[]): number {
  let headIdx = slice.length - 1;
  for (let i = 0; i < slice.length; i++) {
    if (STATEMENT_NOUNS.has(slice[i - 1]?.lower ?? '') && /^(?:from|by)$/.test(slice[i].lower)) continue;
    if (HEAD_TAIL.test(slice[i].lower) || (i > 0 && /^(?:VERB|ADJ)$/.test(slice[i].pos) && /ed$/.test(slice[i].lower) && /^(?:NOUN|PROPN)$/.test(slice[i - 1].pos))) {
      headIdx = i - 1;
      break;
    }
  }
  while (headIdx > 0 && slice[headIdx].pos === 'VERB' && /ing$/.test(slice[headIdx].lower)) headIdx--;
  return headIdx;
}

/** Why a source phrase is vague, or null. `tokens[from..to)` is the phrase. */
export function vagueness(tokens: Token[], from: number, to: number, mention: Mention): Vagueness | null {
  const slice = tokens.slice(from, to);
  const words = slice.map((t) => t.lower);
  const phrase = `"${mention.text}"`;
  // a clause taken for a source ("GABORONE, April 9 - Three people were killed… when a huge explosion, believed to be a
  // bomb"): an auxiliary outside a relative clause ("officials who were involved" is a phrase) makes it no noun phrase
  const relative = slice.findIndex((x) => RELATIVE_WORD.test(x.lower));
  const clause = slice.some((t, i) => t.pos === 'AUX' && (relative < 0 || i < relative));
  const headIdx = sourceHead(slice);
  const head = slice[headIdx];
  const reason = (text: string, kind: 'party' | 'work' | null = null): Vagueness => ({ reason: text, party: kind === 'party', work: kind === 'work', head: head?.lower ?? null });
  if (words.some((w) => w === 'anonymous' || w === 'unnamed' || w === 'unidentified')) return reason(`${phrase} is anonymous`);
  if (clause || !head) return null;
  if (mention.person) return null;
  // "Joseph and other community members", "Cruz and his aides": a named person and others (not "Federal and
  // state officials", not a group's name, "Democrats and other…"; a one-word name in -s is a person's when "his" or
  // "her" follows: "Sanders and his supporters")
  const and = words.indexOf('and');
  if (and > 0 && NAMED_AND_OTHERS.test(words[and + 1] ?? '') && slice.slice(0, and).every((t) => t.pos === 'PROPN') && (and > 1 || !/s$/.test(words[0]) || /^(?:his|her)$/.test(words[and + 1]))) return null;
  if (DOCUMENT_HEADS.has(head.lower) && !/^(?:reports?)$/.test(head.lower)) return null;
  // "its monthly report", "the department's survey": a possessor says whose it is (a pronoun or a noun
  // phrase the reader has met, as "the company said" names the company)
  if (WORK_WORD.test(head.lower) && slice.slice(0, headIdx).some((t) => POSSESSIVE.has(t.lower) || POSSESSIVE_MARK.test(t.text)) && !words.some((w) => PRESS.test(w))) return null;
  // "a new Quinnipiac poll", "a Harvard study": a poll or a study named by who made it.
  if (WORK_HEADS.test(head.lower)) {
    return slice.some((t) => t.pos === 'PROPN' && !/^(?:U\.S\.|US|American|National|New|Latest|Recent)$/.test(t.text)) ? null : reason(`${phrase} does not say whose ${head.lower}`, 'work');
  }
  if (head.lower === 'reports' || head.lower === 'report') {
    // ("Japanese press reports", "U.S. media reports": a country's press is no one in particular)
    return slice.some((t) => t.pos === 'PROPN' && !/^(?:U\.S\.|US)$/.test(t.text)) && !words.some((w) => PRESS.test(w))
      ? null
      : reason(`${phrase} does not say whose reports`, 'work');
  }
  if (VAGUE_HEADS.has(head.lower) && (head.pos !== 'PROPN' || headIdx === 0)) {
    if (head.lower === 'they' || head.lower === 'it') return null; // unresolved pronouns are handled by the resolver
    if (words.some((w) => ANONYMOUS_MODIFIERS.has(w))) return reason(`${phrase} does not name the source`);
    if (speaksForNamedParty(slice, headIdx)) return reason(`${phrase} speaks for the party it names but is not named`, 'party');
    // "his chief spokesman", "its spokeswoman": a spokesperson of someone the article has named
    if (SPOKESPERSON.test(head.lower) && slice.slice(0, headIdx).some((t) => POSSESSIVE.has(t.lower))) return reason(`${phrase} speaks for someone named before but is not named`, 'party');
    return reason(`${phrase} does not name anyone`);
  }
  return null;
}

const RELATIVE_WORD = /^(?:who|whom|whose|which|that)$/;

/**
 * Words that open what follows a source phrase's head: "of", "for", "on", and a place, a time or an agent ("at", "in",
 * "from", "by", "since"; not "with": in "interviews with party officials" the officials are the source).
 */
const HEAD_TAIL = /^(?:of|for|on|at|in|from|by|since|among)$/;

export const SPOKESPERSON = /^(?:spokesperson|spokesman|spokeswoman|spokespeople|spokesmen|spokeswomen|representatives?|aides?)$/;

/**
 * A spokesperson (or a representative, an aide) of a party the phrase names: "a spokeswoman for Hillary Clinton", "a
 * Nissan spokesman", "the ministry's spokesman", "a representative for Mr. Pinchuk", "a spokesman at Anacomp" (not "a spokesman", "the
 * spokeswoman"). A routine attribution: the party speaks, though the person is not named.
 */
function speaksForNamedParty(slice: Token[], headIdx: number): boolean {
  if (!SPOKESPERSON.test(slice[headIdx].lower)) return false;
  const tail = slice.slice(headIdx + 2);
  if (/^(?:for|of|at|from)$/.test(slice[headIdx + 1]?.lower ?? '') && tail.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return true;
  return slice.slice(0, headIdx).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || POSSESSIVE_MARK.test(t.text));
}

/** Determiners that stand alone as a noun phrase ("Some said", "Both think", "Another wrote"). */
const PRONOUN_DETERMINERS = /^(?:some|another|each|both|neither|either|many|most|all|few|several|none|others|one)$/;

/** The token at k is a determiner standing alone as the subject opening its clause ("Some said", "…, but others say"). */
export function determinerSubject(tokens: Token[], k: number): boolean {
  const p = tokens[k - 1];
  return PRONOUN_DETERMINERS.test(tokens[k].lower) && (!p || /^(?:PUNCT|CCONJ|SCONJ)$/.test(p.pos));
}
