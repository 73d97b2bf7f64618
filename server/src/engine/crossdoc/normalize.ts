/** Normalisation of names, words and values so the same claim matches across files. */

import { memoize } from '../util/memo';
import { wordTable } from '../util/table';
import { INSTITUTIONS } from '../lexicon/institutions';
import { EVENT_CLASSES } from '../lexicon/events';

/** Month names, lower case, in order. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Month names and abbreviations ("Sept", "Jan."), lower-case, to the month's number. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((m, i) => {
    const abbrs = m === 'september' ? ['sep', 'sept'] : [m.slice(0, 3)];
    return [[m, i + 1] as const, ...abbrs.flatMap((a) => [[a, i + 1] as const, [a + '.', i + 1] as const])];
  }),
);
/** Number words, lower case, to their values. */
export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map(
  Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12, hundred: 100, thousand: 1000 }),
);
/** The articles, lower case. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Signs of currency before an amount, lower case ("$20 million", "US$5"). */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', 'us$', '£', '€', '¥']);

/** Scale words to their factors ("27.5 billion"). */
export const SCALES: Readonly<Record<string, number>> = wordTable({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
/** The unit of every percentage, and the one-word ways of writing it ("48%", "48 percent", the wire's "48 pct"; also "48 per cent"). */
export const PERCENT = 'percent';
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'pct']);

/** Lower case, no diacritics, no punctuation (memoised: names repeat). */
export const fold: (s: string) => string = memoize(foldRaw);

/** ASCII only: no diacritics to take off and no curly quotes, so `foldRaw` needs no Unicode pass. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** What folding takes out of ASCII text once lower-cased: anything but letters, digits and spaces. */
const ASCII_MARKS_ANYWHERE = /[^a-z0-9\s]/g;

function foldRaw(s: string): string {
  // (the same steps as below for ASCII, which most names and words are written in: a third less time per call)
  if (ASCII_ONLY.test(s)) return s.toLowerCase().replace(/'s$/, '').replace(ASCII_MARKS_ANYWHERE, '').replace(/\s+/g, ' ').trim();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A transliteration key: spelling variants of one name get the same key
 * (Sergey/Sergei, Raqqa/Raqa, Mohammed/Muhammad is beyond it). Memoised.
 */
export const translit: (s: string) => string = memoize(translitRaw);

const ACRONYM_CAPS = /^\p{Lu}{2,}$/u;

/** A word in capitals only ("NATO", "ICCO", "EU"): an acronym, spelled as written. */
export const isAcronym = (word: string): boolean => ACRONYM_CAPS.test(word);

function translitRaw(s: string): string {
  // an acronym is spelled as written: "ICCO" (cocoa) is not "ICO" (coffee)
  if (isAcronym(s)) return fold(s);
  return fold(s)
    .replace(/^al /, 'al')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/\s/g, '');
}

const PLAIN = /^[a-z0-9]+$/;
/** Printable ASCII without a letter or digit (punctuation tokens): it folds to nothing. */
const ASCII_MARKS = /^[!-/:-@[-`{-~]+$/;
const DOTS = /\./g;
const SHORT_CAPS = /^[A-Z]{2,4}$/;
const LEADING_THE = /^the /;

/** Alias table: folded name → canonical key. */
export class Aliases {
  private readonly map = new Map<string, string>();
  /** Folded first words of every alias: only these can start a match. */
  private readonly firstWords = new Set<string>();
  private maxWords = 1;

  /**
   * `institutions`: institutions of states, a country then its institutions per group (by default
   * the built-in ones, `lexicon/institutions.ts`), read with these aliases.
   */
  constructor(
    groups: string[][],
    readonly institutions: readonly (readonly string[])[] = INSTITUTIONS,
  ) {
    this.add(groups);
  }

  add(groups: string[][]): void {
    for (const g of groups) {
      if (!Array.isArray(g) || g.length === 0) continue;
      const key = 'ent:' + translit(String(g[0]));
      for (const name of g) {
        const f = fold(String(name)).replace(/^the /, '');
        if (!f) continue;
        // "IS" and "US" are only names in upper case: keep the case-sensitive form for short all-caps aliases.
        const k = /^[A-Z.]{2,4}$/.test(String(name)) ? 'CASE:' + String(name).replace(/\./g, '') : f;
        if (!this.map.has(k)) this.map.set(k, key);
        this.firstWords.add(f.split(' ')[0]);
        this.maxWords = Math.max(this.maxWords, f.split(' ').length);
      }
    }
  }

  /** Can an alias start with this word? (`lower`: the word in lower case, when the caller has it.) */
  startsAlias(word: string, lower = word.toLowerCase()): boolean {
    // most words are plain lower-case ASCII once lowered: they fold to themselves
    if (PLAIN.test(lower)) return this.firstWords.has(lower) || (lower === 'the' && this.firstWords.has(''));
    if (ASCII_MARKS.test(word)) return this.firstWords.has('');
    const f = fold(word);
    return this.firstWords.has(f) || (f === 'the' && this.firstWords.has(''));
  }

  /** The canonical key of a name as written, or null when it is not an alias (`folded`: its `fold`, when the caller has it). */
  lookup(surface: string, folded?: string): string | null {
    const caps = surface.replace(DOTS, '');
    if (SHORT_CAPS.test(caps)) {
      const k = this.map.get('CASE:' + caps);
      if (k) return k;
    }
    return this.map.get((folded ?? fold(surface)).replace(LEADING_THE, '')) ?? null;
  }

  get longest(): number {
    return this.maxWords;
  }

  private institutionCountries: Map<string, string> | null = null;

  /** The country (as its institutions' group lists it) of an institution named as listed ("White House" → United States), or null. */
  institutionCountry(name: string): string | null {
    if (!this.institutionCountries) {
      this.institutionCountries = new Map();
      for (const [country, ...names] of this.institutions) for (const n of names) this.institutionCountries.set(fold(n), country);
    }
    return this.institutionCountries.get(fold(name)) ?? null;
  }
}

const STOP = new Set(
  `a an the and or but of to in on at by for with from as into over about after before than that this these those
  is are was were be been being has have had do does did will would shall should can could may might must it its
  he she they we i you his her their our your them him us me who whom which what when where why how there here
  not no nor never n't also just only even still yet so such very more most some any all each other another
  said says say told tells according reported reports added adding stated claimed statement spokesman spokeswoman
  mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday week month year day today yesterday`.split(/\s+/),
);

/** Irregular verb forms → base form, so "withdrew" and "did not withdraw" share a predicate. */
const IRREGULAR: Readonly<Record<string, string>> = wordTable(
  Object.fromEntries(
  `arise arose arisen|beat beat beaten|become became become|begin began begun|bite bit bitten|blow blew blown|break broke broken|
  bring brought brought|build built built|buy bought bought|catch caught caught|choose chose chosen|come came come|cost cost cost|
  cut cut cut|deal dealt dealt|do did done|draw drew drawn|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|
  feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|forbid forbade forbidden|forget forgot forgotten|
  freeze froze frozen|get got gotten|give gave given|go went gone|grow grew grown|hang hung hung|have had had|hear heard heard|
  hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|know knew known|lay laid laid|lead led led|
  leave left left|lend lent lent|let let let|lie lay lain|lose lost lost|make made made|mean meant meant|meet met met|pay paid paid|
  put put put|quit quit quit|read read read|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|
  seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shoot shot shot|shut shut shut|sink sank sunk|
  sit sat sat|sleep slept slept|speak spoke spoken|spend spent spent|split split split|spread spread spread|stand stood stood|
  steal stole stolen|strike struck struck|swear swore sworn|sweep swept swept|swim swam swum|take took taken|teach taught taught|
  tear tore torn|tell told told|think thought thought|throw threw thrown|understand understood understood|wake woke woken|
  wear wore worn|win won won|withdraw withdrew withdrawn|write wrote written|overthrow overthrew overthrown|undertake undertook undertaken|
  shrink shrank shrunk|seize seized seized|slay slew slain|forsake forsook forsaken|bear bore borne|die died dies dying|lie lies lying`
    .split('|')
    .flatMap((g) => {
      const [base, ...forms] = g.trim().split(/\s+/);
      return forms.filter((f) => f !== base).map((f) => [f, base]);
    }),
  ),
);

/** Whether a word is an irregular form of a verb other than its base ("shot", "spoke", "written"). */
export function isIrregularVerbForm(word: string): boolean {
  return IRREGULAR[word] !== undefined;
}

/** A crude English stem: enough to match inflections (attacks/attacked/attacking → attack). Memoised. */
export const stem: (word: string) => string = memoize(stemRaw);

function stemRaw(word: string): string {
  let w = fold(word);
  if (IRREGULAR[w]) w = IRREGULAR[w];
  if (w.length <= 3) return w;
  w = w.replace(/(?:ies)$/, 'y').replace(/(?:sses)$/, 'ss');
  // "denied", "carried" → "deny", "carry", as "denies", "carries"
  if (w.length > 4) w = w.replace(/ied$/, 'y');
  if (/[^s]s$/.test(w) && w.length > 4) w = w.slice(0, -1);
  if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  w = w.replace(/e$/, '');
  w = w.replace(/(\p{L})\1$/u, '$1');
  return w;
}

export function isStop(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

export const NEGATORS = new Set(['not', "n't", 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'denied', 'denies', 'deny', '’t']);

/** Words before a predicate that deny it without "not" ("stopped selling", "failed to respond"); raw forms and stems. */
export const IMPLICIT_NEGATORS = new Set([
  'stop', 'stopped', 'stops', 'stopping', 'fail', 'failed', 'fails', 'failing', 'refus', 'refuse', 'refused', 'ceas', 'ceased', 'quit',
  'avoid', 'avoided', 'without', 'lack', 'lacked', 'unable', 'never', 'no', 'not', "n't", 'didn’t', "didn't", 'halt', 'halted', 'declin', 'declined',
  // (nouns of not doing: "alleged failure to honor an agreement", "the failure of the talks to agree")
  'failure', 'failures', 'inability', 'refusal',
  // (verbs that keep a thing from happening: "designed to prevent the act from being used to regulate emissions")
  'prevent', 'prevents', 'prevented', 'preventing', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'forbid', 'forbids', 'forbade', 'forbidden', 'barred', 'barring',
]);

/** Words that deny the verb after "to" ("failed to pay", "unable to meet", "refused to sign"). */
export const DENYING_TO = new Set(['fail', 'failed', 'fails', 'unable', 'refuse', 'refused', 'refuses']);

/** Weekday names, lower case, Monday first. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Words that name a day by the text's own day ("today", "yesterday"). */
export const DAY_WORDS = ['today', 'tonight', 'yesterday', 'tomorrow'];
/** Auxiliaries whose stem changes before "n't" ("won't" is "will not", "can't", "shan't"). */
export const NEGATED_AUX: Readonly<Record<string, string>> = wordTable({ ca: 'can', wo: 'will', sha: 'shall' });
/** A year as news writes one (1800–2099). */
export const YEAR = /^(?:1[89]|20)\d\d$/;
/** A regex alternation of lower-case words written capitalised ("Monday|Tuesday"), or either way (`either`: "[Tt]oday"). */
export const capitalisedAlternation = (words: readonly string[], either = false): string =>
  words.map((w) => (either ? `[${w[0].toUpperCase()}${w[0]}]` : w[0].toUpperCase()) + w.slice(1)).join('|');
/** Entity keys of weekday names (capitalised weekdays are indexed as entities). */
export const WEEKDAY_KEYS = new Set(WEEKDAY_NAMES.map((d) => 'ent:' + translit(d)));

/** Entity keys of weekdays and months: when, not who. */
export const CALENDAR_KEYS = new Set([...WEEKDAY_KEYS, ...MONTH_NAMES.map((m) => 'ent:' + translit(m))]);

/**
 * Nouns and adjectives made from a verb or noun, to the stem they are made from,
 * so that two reports wording one event as a verb and as a noun share a key:
 * "election" / "elected", "investigation" / "investigator" / "investigated",
 * "decision" / "decided", "settlement" / "settled", "piracy" / "pirates",
 * "seizure" / "seized", "robbery" / "robbed", "withdrawal" / "withdrew".
 * Takes a `stem` and applies one suffix rule, keeping at least four letters of
 * the base; words whose stripped form is another, unrelated word ("officer" /
 * "office", "department" / "departed", "former" / "form") are left alone.
 * Used for the index's keys, not for the conflict rules (which compare stems).
 */
export const derive: (st: string) => string = memoize(deriveRaw);

/** Words a suffix rule would wrongly take to another word's stem. */
const UNDERIVED = new Set(
  `officer former letter corner tower center counter meter better bitter banner manner dinner summer border order power
  matter number member water paper winter river master later factor sector motor agency department apartment`.split(/\s+/),
);

function deriveRaw(st: string): string {
  // "agree" and "agreed" stem to "agre" and "agr"
  if (st.length < 6 || UNDERIVED.has(st)) return st.length > 3 ? st.replace(/ee$/, 'e').replace(/e$/, '') : st;
  let m: RegExpMatchArray | null;
  let w = st;
  if ((m = /^(.{4,})ation$/.exec(st))) w = m[1] + 'at';
  else if ((m = /^(.{4,}t)ion$/.exec(st))) w = m[1];
  else if ((m = /^(.{3,}[^s])sion$/.exec(st))) w = m[1] + 'd';
  else if ((m = /^(.{4,})ment$/.exec(st))) w = m[1];
  else if ((m = /^(.{3,})acy$/.exec(st))) w = m[1] + 'at';
  else if ((m = /^(.{3,}n)cy$/.exec(st))) w = m[1] + 't';
  else if ((m = /^(.{3,})ury$/.exec(st))) w = m[1] + 'ur';
  else if ((m = /^(.{4,})ur$/.exec(st))) w = m[1];
  else if ((m = /^(.{3,})ery$/.exec(st))) w = m[1];
  else if ((m = /^(.{4,}[vsw])al$/.exec(st))) w = m[1];
  else if ((m = /^(.{4,})[eo]r$/.exec(st))) w = m[1];
  if (w === st) return st.replace(/ee$/, 'e').replace(/e$/, '');
  // as `stem` ends a word: no final "e", no doubled final letter ("settle" → "settl", "robb" → "rob")
  return w.replace(/ee$/, 'e').replace(/e$/, '').replace(/(\p{L})\1$/u, '$1');
}

/** Stem → event class name (lexicon/events.ts), built on first use. */
let eventClasses: Map<string, string> | null = null;

/** The event class of a content word, given as `derive(stem(word))` ("kil" → "death"), or undefined. */
export function eventClassOf(derived: string): string | undefined {
  if (!eventClasses) {
    eventClasses = new Map();
    for (const c of EVENT_CLASSES) for (const w of c.words) eventClasses.set(derive(stem(w)), c.name);
  }
  return eventClasses.get(derived);
}

/**
 * Words of company names that many companies share ("Mercantile Stores Co Inc", "Ames Department
 * Stores Inc"): names are keyed word by word, and a value belongs to a name both sentences give only
 * when they share a word of it that tells one company from another.
 */
export const GENERIC_NAME_KEYS: ReadonlySet<string> = new Set(
  `inc incorporated corp corporation co cos company companies ltd limited plc llc lp ag sa nv bv gmbh spa ab
  group holding holdings industries international intl enterprises partners associates trust bancorp
  stores department bank banks financial securities capital investment investments resources systems
  technologies technology services products communications energy petroleum oil gas mining`
    .split(/\s+/)
    // keyed as entities are (`translit`: "resources" is ent:resurces, "group" ent:grup; in capitals,
    // as an acronym: "LLC" is ent:llc)
    .flatMap((w) => ['ent:' + translit(w), 'ent:' + translit(w.toUpperCase())]),
);
