import type { DocumentAnalysis, Sentence } from '../analyze';
import { isLinted } from '../analyze';
import type { Span } from '../types';
import type { Pos, Token } from '../nlp/tokens';
import type { ClaimIndex } from './index';

/** Key of a signature's back-reference to the index holding it. */
export const INDEXED: unique symbol = Symbol('indexed');
/** Key of what a body sentence's signature was computed from (`inputKey`), kept so that the next version of the document can reuse it. */
const INPUT: unique symbol = Symbol('input');
import { dateLine, inlineDateline } from '../text/dateline';
import { isKnownWord } from '../nlp/tokens';
import { toldInput, toldOf } from './communication';
import { wordTable } from '../util/table';
import { isTitleWord } from '../attribution/sources';
import { Aliases, ARTICLES, DENYING_TO, fold, isAcronym, isStop, MONTH_NUMBERS, NEGATED_AUX, NEGATORS, NUMBER_WORD_VALUES, PERCENT, PERCENT_WORDS, SCALES, stem, translit, YEAR } from './normalize';
import { spokenForm, withoutInsertions } from './house-style';

export interface NameMention {
  surface: string;
  /** Transliteration key: same key, different surface = a spelling variant. */
  key: string;
  span: Span;
  /** The key of the name word right after it ("Smith" in "Alan Smith"), when there is one. */
  partner?: string;
  /** The key of the name word right before it ("Rune" in "Rune Andersson"; not a title, "Mr."), when there is one. */
  before?: string;
  /**
   * A lone capitalised word opening the sentence ("Raqa was seized…"): a name only for spelling
   * variants, and only against a spelling met inside a sentence elsewhere (capitals prove nothing there).
   */
  initial?: boolean;
  /** What the name names, where the words around it tell (`nameKind`). */
  kind?: NameKind;
}

/** What a name names: a person, an organisation or a place. */
export type NameKind = 'person' | 'organisation' | 'place';

export interface QuoteSig {
  /** The words compared: folded, aliases as their group's key ("U.S." and "United States" alike). */
  words: string[];
  /** Each of `words` as written (what a difference shows). */
  shown: string[];
  span: Span;
  /** The quotation as written (links show it without needing the other file's text). */
  text: string;
  /** Who says it: canonical speaker key (surname), or null. */
  speaker: string | null;
}

export interface NumberSig {
  value: number;
  /** The noun the number counts ("civilians", "airstrikes"), stemmed; '' if none. */
  unit: string;
}

export interface DateSig {
  year?: number;
  month?: number;
  day?: number;
}

/** What a sentence says, reduced to comparable keys. */
export interface ClaimSignature {
  sentence: number;
  span: Span;
  text: string;
  attributed: boolean;
  /** The sentence is a headline: it names the event its article reports, not a claim of its own. */
  headline: boolean;
  /** Entity keys (aliases resolved). */
  entities: string[];
  /** Those of `entities` named only as the source of what the sentence says ("…, USDA sales manager Melvin Sims said"). */
  speakers: string[];
  /** Stemmed content words (nouns, verbs, adjectives; no entities, no stop words). */
  stems: string[];
  /** Stemmed verbs: the predicates. */
  predicates: string[];
  /**
   * Those of `predicates` met only in a clause that sets the background of the sentence's claim ("Since Russia
   * began airstrikes in September, the U.S. has demanded…", "…since the strikes began"): when, after or since
   * what the sentence tells, not what it tells.
   */
  background: string[];
  /** Predicates under a negation ("have not coordinated", "did not receive"). */
  negatedPredicates: string[];
  negated: boolean;
  numbers: NumberSig[];
  dates: DateSig[];
  quotes: QuoteSig[];
  names: NameMention[];
  /**
   * The entity, number (`n:`) and date (`d:`) keys of the whole document (sorted; one array shared by every
   * signature of the document): which event the article is about, so that
   * two sentences of articles about one event read as the same claim more
   * readily than two of articles about two events of one kind.
   */
  context: string[];
  /**
   * The day the article's wire dateline says it was filed ("LONDON, March 27 - …": "3-27"), or
   * the date line under its headline ("September 17, 2008": "2008-9-17"), or null: two stories
   * filed on two days report two days' figures.
   */
  filed: string | null;
  /** Where the article's wire dateline says it was filed ("ST LOUIS"; upper case, no full stops), or null. */
  from: string | null;
  /**
   * The time of the trading day the article's headline says it reports ("WALL STREET STOCKS LOWER IN EARLY TRADING":
   * "early"; "… AT MIDDAY": "midday"; "LME LEAD CLOSES FIRMER": "close"; "… GIVEN FURTHER 570 MLN STG HELP": "further"),
   * or null: a wire's updates of one market on one day give its running figures at two times.
   */
  edition: string | null;
  /** What a party was told of, or says it was not (`communication.ts`); nearly always the shared empty list. */
  told: string[];
  /** Blocking keys, filled once by the index. */
  keys?: string[];
  /** Where the signature sits in the index that holds it (set by the index; a symbol key, so never serialised). */
  [INDEXED]?: { index: ClaimIndex; id: number };
  /** What it was computed from (`inputKey`): what its sentence was read from, and how it was attributed. */
  [INPUT]?: { read: string; rest: string };
}

/** Conjunctions that open a clause of background: when, since or after what the sentence tells. */
const BACKGROUND_OPENERS: ReadonlySet<string> = new Set(['since', 'after', 'before', 'when', 'until', 'while', 'once', 'because']);

/**
 * Which tokens stand in a clause of background: from a conjunction that opens one and has a verb of its own
 * ("since Russia began airstrikes", "after the vote was counted") to the next comma, semicolon or colon, a conjunction
 * before another verb ("…after the vote was counted and left the party"), or the sentence's end. ("after Daesh", a
 * preposition with no verb, opens none; nor does one opening a sentence with no comma to close it, "After the vote
 * the senator resigned", whose clause cannot be told from the main one.)
 */
function backgroundClauses(toks: readonly Token[]): boolean[] | null {
  // (most sentences have none: nothing is allocated for them)
  let inside: boolean[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!BACKGROUND_OPENERS.has(toks[i].lower) || (toks[i].pos !== 'SCONJ' && toks[i].pos !== 'ADP')) continue;
    let end = i + 1;
    let verb = false;
    while (end < toks.length && !/^[,;:]$/.test(toks[end].text) && !(verb && toks[end].pos === 'CCONJ' && toks[end + 1]?.pos === 'VERB')) {
      verb ||= toks[end].pos === 'VERB';
      end++;
    }
    const opensSentence = !toks.slice(0, i).some((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ');
    if (!verb || (opensSentence && !/^[,;:]$/.test(toks[end]?.text ?? ''))) continue;
    inside ??= new Array<boolean>(toks.length).fill(false);
    for (let k = i; k < end; k++) inside[k] = true;
    i = end;
  }
  return inside;
}

/** The one empty list of every signature with nothing of a kind (most have no dates, quotations or denied verbs). */
const NONE = Object.freeze([]) as unknown as never[];

/**
 * A list as a signature keeps it: the shared empty list, or a copy the size of its contents (an
 * array grown by pushing keeps spare room). Signatures of a large workspace stay in memory for
 * good: at 10,000 indexed Reuters stories this is about 30 MiB of a 230 MiB heap.
 */
export function stored<T>(xs: T[]): T[] {
  return xs.length === 0 ? NONE : xs.slice();
}

/** `xs`, made exactly to size (by spreading a set, `map`, `split`, JSON), or the shared empty list. */
export function sized<T>(xs: T[]): T[] {
  return xs.length === 0 ? NONE : xs;
}

/** Verbs whose denial denies the verb of their "to" complement ("not allowed to leave", "never managed to reach"). */
const ENABLING = new Set(['allowed', 'permitted', 'going', 'managed', 'manage', 'able']);

/** First letters of the month names and abbreviations, either case: most words are ruled out before lower-casing them. */
const MONTH_INITIAL = /^[jfmasondJFMASOND]/;

function monthOf(w: string): number | undefined {
  return w.length < 3 || w.length > 9 || !MONTH_INITIAL.test(w) ? undefined : MONTH_NUMBERS.get(w.toLowerCase());
}

// Patterns of the per-token tests, compiled once (a regular expression literal in a loop is a new object each time round).
const CAPITALISED = /^\p{Lu}/u;
/** Tags a capitalised word after a name may have and still be the name's next word. */
const NAME_PART_POS = /^(?:PROPN|NOUN|VERB|ADJ)$/;
const LETTER_FIRST = /^\p{L}/u;
const HAS_LETTER = /\p{L}/u;
const NAME_CASED = /^\p{Lu}\p{Ll}/u;
/**
 * An acronym opening a sentence not in capitals ("NATO has 16 members", "IBM's sales…"): a name there
 * too, unless a colon or dash after it makes it a label ("NOTE: …", "UPDATE - …").
 */
function initialAcronym(toks: readonly Token[], i: number): boolean {
  return isAcronym(toks[i].text.replace(POSSESSIVE, '')) && !LABEL_MARK.test(toks[i + 1]?.text ?? '');
}
const LABEL_MARK = /^[:\-–—]$/;
const POSSESSIVE = /['’]s$/;
const PLAIN_NUMBER = /^\d[\d,]*(?:\.\d+)?$/;
const DAY = /^\d{1,2}$/;
const BEFORE_YEAR = /^(?:in|since|of|until|by)$/i;


/**
 * Builds the signature of every linted sentence of a document, and of its
 * headlines: a headline states the event the article reports, so it can link
 * and be linked to, though it is never linted as a claim itself.
 *
 * `previous`, the signatures of the document's last version, makes it
 * incremental: a body sentence computed from exactly the same input (text,
 * tokens, cues, quotations; see `inputKey`) gets its previous signature
 * back, moved to its new position, so an edit recomputes only the sentences
 * it changed and the index keeps the entries of the others.
 */
export function signatures(a: DocumentAnalysis, aliases: Aliases, previous?: readonly ClaimSignature[]): ClaimSignature[] {
  const text = a.parsed.original;
  const out: ClaimSignature[] = [];
  let headlines: Sentence[] | null = null;
  const bodyEntities = new Set<string>();
  const reusable = previous ? reusableOf(previous) : null;
  // the text the tokens were read from, when it differs from the original (Markdown markup masked)
  const masked = a.parsed.text === text ? null : a.parsed.text;
  for (const s of a.sentences) {
    if (isLinted(s)) {
      let sig: ClaimSignature | undefined;
      if (reusable) {
        const key = inputKey(a, s, text, masked);
        sig = takeReusable(reusable, key);
        if (sig) moveTo(sig, s);
        else {
          sig = signatureOf(a, s, text, aliases, null);
          sig[INPUT] = key;
        }
      } else sig = signatureOf(a, s, text, aliases, null);
      for (const e of sig.entities) bodyEntities.add(e);
      out.push(sig);
    } else if (s.role === 'headline' && s.tokens.length >= 3) (headlines ??= []).push(s);
  }
  if (headlines) {
    for (const s of headlines) out.push(signatureOf(a, s, text, aliases, isShouty(s) ? bodyEntities : null));
    out.sort((x, y) => x.sentence - y.sentence);
  }
  const all = new Set(bodyEntities);
  if (headlines) for (const sig of out) for (const e of sig.entities) all.add(e);
  // …and the numbers and dates it gives: two earthquakes of one kind differ in magnitude, toll and day
  for (const sig of out) {
    for (const n of sig.numbers) all.add('n:' + n.value);
    for (const d of sig.dates) all.add(`d:${d.year ?? ''}-${d.month ?? ''}-${d.day ?? ''}`);
  }
  const context = [...all].sort();
  const { day: filed, from } = filedOn(a, text);
  const edition = editionOf(a, text);
  for (const sig of out) {
    sig.context = context;
    sig.filed = filed;
    sig.from = from;
    sig.edition = edition;
  }
  return out;
}

/**
 * A time of the trading day in a wire headline in capitals, in its words (normalised by `EDITIONS`): "EARLY" alone
 * only closing it ("… GETS 1.14 BILLION STG EARLY"), "FURTHER" only before a figure or a participle ("GIVEN FURTHER 570
 * MLN STG", "FURTHER REVISED").
 */
const EDITION =
  /\b(EARLY (?:TRADING|TRADE|DEALINGS|SESSION)|LATE (?:TRADING|TRADE|DEALINGS|SESSION)|LATE MORNING|EARLY AFTERNOON|LATE AFTERNOON|MID-?MORNING|MID-?DAY|MID-?SESSION|MID-?AFTERNOON|NOON|OPEN(?:S|ED|ING)?|CLOS(?:E|ES|ED|ING)|EARLY(?=\W*$)|FURTHER(?= [\d.,]+ | [A-Z]+ED\b))\b/;
/** The words of EDITION, as one time of the day each. */
const EDITIONS: Readonly<Record<string, string>> = {
  'early trading': 'early', 'early trade': 'early', 'early dealings': 'early', 'early session': 'early',
  open: 'open', opens: 'open', opened: 'open', opening: 'open',
  midmorning: 'midmorning', 'late morning': 'late morning',
  midday: 'midday', noon: 'midday', midsession: 'midsession',
  'early afternoon': 'early afternoon', midafternoon: 'midafternoon', 'late afternoon': 'late afternoon',
  'late trading': 'late', 'late trade': 'late', 'late dealings': 'late', 'late session': 'late',
  close: 'close', closes: 'close', closed: 'close', closing: 'close',
  // ("U.K. MONEY MARKET GETS 1.14 BILLION STG EARLY"; "… GIVEN FURTHER 570 MLN STG HELP", "DEFICIT FURTHER REVISED": a
  // later operation or revision of the day than the first report's)
  early: 'early', further: 'further',
};

/**
 * The time of the trading day a headline above the body names (`ClaimSignature.edition`), or null (none named).
 */
function editionOf(a: DocumentAnalysis, text: string): string | null {
  for (const s of a.sentences) {
    if (s.role === 'body') return null;
    // (a short headline in capitals reads as a dateline: "COFFEE FIRMER AT MIDDAY"; only a wire's headline in capitals
    // names a trading session this way: "Trial opens in Dayton" names none)
    if ((s.role !== 'headline' && s.role !== 'dateline') || !isShouty(s)) continue;
    const m = EDITION.exec(text.slice(s.span.start, s.span.end));
    if (m) return EDITIONS[m[1].toLowerCase().replace('-', '')] ?? null;
  }
  return null;
}

/**
 * The day the article's wire dateline gives, as "month-day", or that a line of nothing but a date
 * gives above its body ("September 17, 2008" under a Wikinews headline), as "year-month-day", or
 * null: the first line or body sentence that opens with one, up to the first body sentence (a line
 * in capitals before it, "GRAIN SHIPS LOADING AT PORTLAND", is a headline without a date; a short
 * line of a results table that opens with one, "CHICAGO, March 30 - Shr loss 12 cts vs loss 10
 * cts", is read as a headline but gives the day all the same).
 */
function filedOn(a: DocumentAnalysis, text: string): { day: string | null; from: string | null } {
  for (const s of a.sentences) {
    if (s.role !== 'body' && s.role !== 'dateline' && s.role !== 'headline' && s.role !== 'timestamp') continue;
    const head = text.slice(s.span.start, Math.min(s.span.end, s.span.start + 120));
    const d = inlineDateline(head);
    if (d?.filed) return { day: `${d.filed.month}-${d.filed.day}`, from: d.place };
    if (s.role === 'body') return { day: null, from: d?.place ?? null };
    // a line that is only a date, under the headline ("September 17, 2008")
    const full = s.span.end - s.span.start <= 40 ? dateLine(head) : null;
    if (full) return { day: `${full.year}-${full.month}-${full.day}`, from: null };
  }
  return { day: null, from: null };
}

/** The previous version's body signatures by what their sentences were read from. */
function reusableOf(previous: readonly ClaimSignature[]): Map<string, ClaimSignature[]> {
  const m = new Map<string, ClaimSignature[]>();
  for (const p of previous) {
    const key = p[INPUT];
    if (key === undefined) continue;
    const list = m.get(key.read);
    if (list) list.push(p);
    else m.set(key.read, [p]);
  }
  return m;
}

/** The first previous signature computed from exactly this input, taken out of `reusable`. */
function takeReusable(reusable: Map<string, ClaimSignature[]>, key: { read: string; rest: string }): ClaimSignature | undefined {
  const list = reusable.get(key.read);
  if (!list) return undefined;
  const i = list.findIndex((p) => p[INPUT]!.rest === key.rest);
  return i < 0 ? undefined : list.splice(i, 1)[0];
}

/**
 * Everything `signatureOf` reads for a body sentence: two sentences with the same key have the
 * same signature, wherever they are. In two parts: what the sentence was read
 * from (its text, masked text, tokens with their tags and offsets in the sentence, cues), and
 * how it was attributed and what it reads of other sentences (attributed or not; the proposal
 * "the idea" stands for; its quotations, their offsets in the sentence and speakers). The first part is the same for a sentence of a paragraph the analysis reused
 * (`Sentence.read`): it is built once and kept there, and the same string object makes the
 * lookup cheap.
 */
function inputKey(a: DocumentAnalysis, s: Sentence, text: string, masked: string | null): { read: string; rest: string } {
  const read = s.read ? (s.read.key ??= readKey(s, text, masked)) : readKey(s, text, masked);
  const at = s.span.start;
  // (what the sentence says a party was told of may read the sentence before it: "the idea")
  let rest = (s.attribution ? 'A' : '-') + '\u0005' + toldInput(a, s);
  for (const qi of s.quotations) {
    const q = a.quotations[qi];
    if (q.words < 5 || q.span.start < at) continue;
    const att = a.quotationAttribution[qi] ?? s.attribution;
    rest += '\u0003' + (q.span.start - at) + ' ' + (q.content.start - at) + ' ' + (q.content.end - at) + ' ' + (att?.cue.source?.resolved ?? '') + '\u0004' + text.slice(q.span.start, q.span.end);
  }
  return { read, rest };
}

function readKey(s: Sentence, text: string, masked: string | null): string {
  const at = s.span.start;
  let k = text.slice(at, s.span.end) + '\u0001' + (masked === null ? '' : masked.slice(at, s.span.end));
  // tokens as three UTF-16 units each (start, end, tag): their text is the sentence's
  // (a sentence too long for offsets in 16 bits spells them out)
  const wide = s.span.end - at > 0xffff;
  const codes: number[] = [];
  k += '\u0001';
  for (const t of s.tokens) {
    if (wide) k += `${t.start - at},${t.end - at},${t.pos};`;
    else codes.push(t.start - at, t.end - at, POS_CODE[t.pos]);
    if (codes.length >= 3 * 4096) k += String.fromCharCode(...codes.splice(0));
  }
  k += String.fromCharCode(...codes);
  for (const c of s.cues) k += '\u0002' + c.kind + ' ' + c.lemma + ' ' + c.text + (c.source ? ` ${c.source.span.start - at},${c.source.span.end - at}` : '');
  return k;
}

const POS_CODE: Record<Pos, number> = { ADJ: 1, ADP: 2, ADV: 3, AUX: 4, CCONJ: 5, DET: 6, INTJ: 7, NOUN: 8, NUM: 9, PART: 10, PRON: 11, PROPN: 12, PUNCT: 13, SCONJ: 14, SYM: 15, VERB: 16, X: 17, SPACE: 18 };

/** Moves a reused signature to where its sentence now is (same text, same content). */
function moveTo(sig: ClaimSignature, s: Sentence): void {
  const delta = s.span.start - sig.span.start;
  sig.sentence = s.index;
  if (delta === 0) return;
  sig.span = { start: s.span.start, end: s.span.end };
  for (const m of sig.names) m.span = { start: m.span.start + delta, end: m.span.end + delta };
  for (const q of sig.quotes) q.span = { start: q.span.start + delta, end: q.span.end + delta };
}

/** The body's key of a word in a headline in capitals: as a name ("RAQQA" / Raqqa), or as an acronym ("ICCO"). */
function shoutyKey(word: string, shouty: ReadonlySet<string>): string | undefined {
  const asName = translit(word.toLowerCase());
  if (shouty.has('ent:' + asName)) return asName;
  const asAcronym = translit(word);
  return shouty.has('ent:' + asAcronym) ? asAcronym : undefined;
}

/** A headline in Title Case or capitals: capitals no longer tell names from words. */
function isShouty(s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (const t of s.tokens) {
    if (!LETTER_FIRST.test(t.text) || (t.text.length <= 3 && isStop(t.lower))) continue;
    words++;
    if (CAPITALISED.test(t.text)) caps++;
  }
  return words >= 2 && caps >= 0.75 * words;
}

/**
 * The signature of one sentence. `shouty` is given for a headline whose
 * capitals say nothing: then a word is a name only when the body of the
 * article has it as one (these entity keys), and other words are content words.
 */
function signatureOf(a: DocumentAnalysis, s: Sentence, text: string, aliases: Aliases, shouty: Set<string> | null): ClaimSignature {
  // a wire dateline opening the sentence says where and when it was filed, not who did what
  const dateline = inlineDateline(text.slice(s.span.start, s.span.end));
  const toks = dateline ? s.tokens.filter((t) => t.start >= s.span.start + dateline.length) : s.tokens;
  const entities = new Set<string>();
  // names met only inside the sources of the sentence's cues of saying (who says it, not what it is about;
  // the doer of a stance or an act, "Russia rejected the tariff", is what it is about)
  const sources = s.cues.filter((c) => c.source !== null && (c.kind === 'according' || SAYING.has(c.lemma))).map((c) => c.source!.span);
  const inSource = new Set<string>();
  const outside = new Set<string>();
  const addEntity = (key: string, at: number): void => {
    entities.add(key);
    (sources.some((sp) => at >= sp.start && at < sp.end) ? inSource : outside).add(key);
  };
  const names: NameMention[] = [];
  const entityTokens = new Set<number>();
  // Entities: the longest alias match first, then runs of capitalised words.
  for (let i = 0; i < toks.length; i++) {
    let matched = 0;
    const maxN = aliases.startsAlias(toks[i].text, toks[i].lower) ? Math.min(aliases.longest, toks.length - i) : 0;
    for (let n = maxN; n >= 1; n--) {
      const surface = text.slice(toks[i].start, toks[i + n - 1].end);
      const key = aliases.lookup(surface);
      // in capitals, "IS" and "US" are words
      if (key && (n > 1 || CAPITALISED.test(toks[i].text)) && !(shouty && n === 1 && isStop(toks[i].lower))) {
        addEntity(key, toks[i].start);
        matched = n;
        break;
      }
    }
    if (matched) {
      for (let k = i; k < i + matched; k++) entityTokens.add(k);
      i += matched - 1;
      continue;
    }
    const t = toks[i];
    if (shouty) {
      // (in capitals every word looks like an acronym: the body may spell it as a name, "RAQQA" / "Raqqa", or as one, "ICCO")
      const word = t.text.replace(POSSESSIVE, '');
      const key = LETTER_FIRST.test(word) ? shoutyKey(word, shouty) : undefined;
      if (key !== undefined && key.length >= 3) {
        addEntity('ent:' + key, t.start);
        entityTokens.add(i);
      }
      continue;
    }
    // (a word hyphened to the next opens a longer name: "Hoffmann-La Roche Inc said…")
    if (i === 0 && t.pos === 'PROPN' && NAME_CASED.test(t.text) && toks[i + 1] && toks[i + 1].pos !== 'PROPN' && !joined(toks, i, '-') && !isKnownWord(t.text)) {
      const surface = t.text.replace(POSSESSIVE, '');
      const key = translit(surface);
      if (key.length >= 3) {
        names.push(withKind({ surface, key, span: { start: t.start, end: t.start + surface.length }, initial: true }, toks, i));
      }
      continue;
    }
    if (t.pos === 'PROPN' && CAPITALISED.test(t.text) && (i > 0 || toks[i + 1]?.pos === 'PROPN' || initialAcronym(toks, i))) {
      const surface = t.text.replace(POSSESSIVE, '');
      const key = translit(surface);
      if (key.length >= 3) {
        addEntity('ent:' + key, t.start);
        const m = withKind({ surface, key, span: { start: t.start, end: t.start + surface.length } }, toks, i);
        // the name word after it, or the other half of a hyphenated name ("Wal-Mart" is not "Wall"), whatever the
        // tagger made of a capitalised word right after a name ("Kelli Ward called" is not "The Kelly File")
        // (an editor's bracket closing after it is no gap: "[Sergey] Lavrov")
        const sep = toks[i + 1]?.start === t.end ? toks[i + 1].text : '';
        const hyphen = sep === '-';
        const slash = sep === '/';
        const bracket = sep === ']';
        const next = toks[hyphen || slash || bracket ? i + 2 : i + 1];
        const from = hyphen || slash || bracket ? toks[i + 1].end : t.end;
        // (after a hyphen, a lower-case half too: "Koo Bon-yong" is not "Bonn"; after a slash, a name: "Keeler/Dorr-Oliver")
        if (next && (hyphen ? /^\p{L}/u.test(next.text) : CAPITALISED.test(next.text)) && next.start === from + (hyphen || slash ? 0 : 1) && (hyphen || slash || NAME_PART_POS.test(next.pos))) {
          m.partner = translit(next.text.replace(POSSESSIVE, ''));
        }
        const prev = toks[i - 1];
        if (prev && prev.end + 1 === t.start && prev.pos === 'PROPN' && CAPITALISED.test(prev.text) && !isTitleWord(prev.lower)) m.before = translit(prev.text);
        // the other half of a name hyphened or slashed to it: "Stromberg-Carlson" is not "Ingvar Carlsson", "ATT/Philips" not "Susan Phillips"
        else if (i >= 2 && (joined(toks, i - 2, '-') || joined(toks, i - 2, '/')) && CAPITALISED.test(toks[i - 2].text)) m.before = translit(toks[i - 2].text);
        // (a short word with an abbreviation's full stop inside the sentence, "Janesville, Wis., March 30", is no
        // spelling of a name: "Wis." is not "Wyss")
        if (!abbreviated(toks, i, surface)) names.push(m);
        entityTokens.add(i);
      }
    }
  }
  const stems = new Set<string>();
  const predicates = new Set<string>();
  const background = backgroundClauses(toks);
  // (where a predicate stands, tracked only in the few sentences with a clause of background)
  const inBackground = background ? new Set<string>() : null;
  const inForeground = background ? new Set<string>() : null;
  const negatedPredicates = new Set<string>();
  let negated = false;
  let lastNegator = -10;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // "failed to", "unable to", "refused to" deny the verb after them as "not" does
    if (NEGATORS.has(t.lower) || (DENYING_TO.has(t.lower) && toks[i + 1]?.lower === 'to')) {
      negated = true;
      lastNegator = i;
    }
    // a negator scopes over the next content word or verb within a short window ("has not been formally notified")
    const underNegation = i - lastNegator <= 4 && i > lastNegator;
    // …and only over the first one: in "no agreement to conduct strikes" only "agreement" is negated.
    if (underNegation && toks[lastNegator].lower === 'no' ? t.pos === 'NOUN' : t.pos === 'VERB' && underNegation && !isStop(t.lower)) {
      negatedPredicates.add(stem(t.text));
      // "not allowed to consult", "not going to pay": the verb after "to" is denied too
      lastNegator = ENABLING.has(t.lower) && toks[i + 1]?.lower === 'to' ? i : -10;
    }
    if (entityTokens.has(i) || isStop(t.lower) || !HAS_LETTER.test(t.text)) continue;
    if (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'PROPN' || (shouty && t.pos !== 'NUM')) {
      const st = stem(t.text);
      if (st.length < 3) continue;
      stems.add(st);
      // ("the U.S.-led coalition", "a Kremlin-backed party": a participle hyphened to a word modifies a noun)
      if (t.pos === 'VERB' && !(i > 0 && toks[i - 1].text === '-' && toks[i - 1].end === t.start)) {
        predicates.add(st);
        if (background) (background[i] ? inBackground! : inForeground!).add(st);
      }
    }
  }
  // Cue verbs are about who says it, not what is said.
  for (const c of s.cues) {
    const st = stem(c.text.split(' ')[0]);
    stems.delete(st);
    predicates.delete(st);
    if (c.kind === 'according') stems.delete('accord');
  }
  if (s.cues.some((c) => c.lemma === 'deny')) {
    negated = true;
    for (const p of predicates) negatedPredicates.add(p);
  }
  return {
    sentence: s.index,
    span: { ...s.span },
    text: text.slice(s.span.start, s.span.end),
    attributed: !!s.attribution,
    headline: s.role === 'headline',
    entities: sized([...entities]),
    speakers: sized([...inSource].filter((k) => !outside.has(k))),
    stems: sized([...stems]),
    predicates: sized([...predicates]),
    background: inBackground ? sized([...inBackground].filter((p) => predicates.has(p) && !inForeground!.has(p))) : NONE,
    negatedPredicates: sized([...negatedPredicates]),
    negated,
    numbers: stored(numbersOf(toks)),
    dates: stored(datesOf(toks)),
    quotes: stored(quotesOf(a, s, text, aliases)),
    names: stored(names),
    context: [],
    filed: null,
    from: null,
    edition: null,
    told: stored(toldOf(a, s, toks, text, aliases)),
  };
}

/** A wire service's sign-off, as the wire ends a story with it ("… 1 4 REUTER", "… 1 1 reuter"). */
const WIRE_SIGN_OFF = /^reuters?$/i;

function numbersOf(toks: Sentence['tokens']): NumberSig[] {
  const out: NumberSig[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let value: number | undefined;
    const c0 = t.text.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) {
      if (PLAIN_NUMBER.test(t.text)) value = Number(t.text.replace(/,/g, ''));
    } else if (t.pos === 'NUM') value = NUMBER_WORD_VALUES.get(t.lower);
    if (value === undefined || Number.isNaN(value)) continue;
    // a day of a month or a year is a date, not a count
    if (monthOf(toks[i - 1]?.text ?? '') || monthOf(toks[i + 1]?.text ?? '') || (YEAR.test(t.text) && !toks[i + 1]?.pos?.startsWith('NOUN'))) continue;
    let j = i + 1;
    if (SCALES[toks[j]?.lower ?? '']) {
      value *= SCALES[toks[j].lower];
      j++;
    }
    while (toks[j] && (toks[j].pos === 'ADJ' || toks[j].text === '-')) j++;
    // (the wire's sign-off after a table's last figure, "… 1 4 REUTER", counts nothing)
    const signOff = !!toks[j] && WIRE_SIGN_OFF.test(toks[j].text) && toks.slice(j + 1).every((x) => x.pos === 'PUNCT');
    const unit = signOff ? '' : unitAt(toks, j);
    out.push({ value, unit });
  }
  return out;
}

/** The unit of a number whose unit word is at j: a noun's stem ("jobs" → "job"), or `PERCENT` however written. */
function unitAt(toks: Sentence['tokens'], j: number): string {
  const t = toks[j];
  if (!t) return '';
  // (a sentence's last word may keep its full stop: "pays five pct.")
  const word = t.lower.replace(TRAILING_STOP, '');
  if (PERCENT_WORDS.has(word) || (word === 'per' && toks[j + 1]?.lower.replace(TRAILING_STOP, '') === 'cent')) return PERCENT;
  return t.pos === 'NOUN' ? stem(t.text) : '';
}
const TRAILING_STOP = /\.$/;

function datesOf(toks: Sentence['tokens']): DateSig[] {
  const out: DateSig[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = CAPITALISED.test(toks[i].text) ? monthOf(toks[i].text) : undefined;
    if (m) {
      const d: DateSig = { month: m };
      const next = toks[i + 1]?.text ?? '';
      if (DAY.test(next)) d.day = Number(next);
      const yearTok = toks.slice(i + 1, i + 4).find((t) => YEAR.test(t.text));
      if (yearTok) d.year = Number(yearTok.text);
      out.push(d);
    } else if (YEAR.test(toks[i].text) && BEFORE_YEAR.test(toks[i - 1]?.text ?? '') && !monthOf(toks[i - 2]?.text ?? '')) {
      out.push({ year: Number(toks[i].text) });
    }
  }
  return out;
}

/** What the common contractions stand for ("we've" is "we have", "don't" is "do not"), so that two transcriptions of one quotation compare alike. */
const CONTRACTED_TAIL: Readonly<Record<string, string>> = wordTable({ ve: 'have', re: 'are', ll: 'will', m: 'am' });
const CONTRACTION = /^(\p{L}+)['’](ve|re|ll|m)$/iu;
const NEGATED = /^(\p{L}+)n['’]t$/iu;
/** A pronoun with "is" or "has" ("it's", "that's", "there's"); not "let's" nor a possessive. */
const PRONOUN_IS = /^(it|that|there|here|he|she|what|who|where)['’]s$/i;

function expandContraction(w: string, next = ''): string[] {
  // ("it's" is "it is", or "it has" before "been" or "got")
  const is = PRONOUN_IS.exec(w);
  if (is) return [is[1], /^(?:been|got)$/i.test(next) ? 'has' : 'is'];
  const c = CONTRACTION.exec(w);
  if (c) return [c[1], CONTRACTED_TAIL[c[2].toLowerCase()]];
  const n = NEGATED.exec(w);
  if (n) return [NEGATED_AUX[n[1].toLowerCase()] ?? n[1], 'not'];
  return [w];
}

/** Verbs of saying: their source is who speaks, not a participant of what is said. */
const SAYING = new Set(['say', 'tell', 'add', 'state', 'announce', 'report', 'note', 'explain', 'comment', 'declare', 'write', 'quote', 'confirm', 'estimate', 'predict', 'forecast']);

/** A quotation's words as compared (see `QuoteSig`): a name of several words is one ("the United States"). */
function quoteWords(content: string, aliases: Aliases): { words: string[]; shown: string[] } {
  // (words, and the parts of hyphenated ones: "full-court" and "full court" are one wording; an ellipsis parts two;
  // the editor's words in brackets are no part of it)
  const bare = withoutInsertions(content)
    .split(/\s+|\.{2,}|…|[-–—]/)
    .map((w) => w.replace(/^[[(“"‘']+|[\])”"’',.;:!?…]+$/g, ''))
    .flatMap((w, i, all) => expandContraction(w, all[i + 1]))
    .filter(Boolean);
  const words: string[] = [];
  const shown: string[] = [];
  for (let i = 0; i < bare.length; i++) {
    let n = aliases.startsAlias(bare[i]) ? Math.min(aliases.longest, bare.length - i) : 1;
    for (; n >= 2; n--) {
      const key = aliases.lookup(bare.slice(i, i + n).join(' '));
      if (key) {
        words.push(key);
        shown.push(bare.slice(i, i + n).join(' '));
        break;
      }
    }
    if (n >= 2) {
      i += n - 1;
      continue;
    }
    const folded = fold(bare[i]);
    if (!folded) continue;
    // (a word in the form every house style shares: "realised" / "realized", "eleventh" / "11th")
    words.push(aliases.lookup(bare[i], folded) ?? spokenForm(bare[i]));
    shown.push(bare[i]);
  }
  return { words: stored(words), shown: stored(shown) };
}

/** Direct quotations in the sentence with their speaker (surname key). */
function quotesOf(a: DocumentAnalysis, s: Sentence, text: string, aliases: Aliases): QuoteSig[] {
  const out: QuoteSig[] = [];
  for (const qi of s.quotations) {
    const q = a.quotations[qi];
    if (q.words < 5) continue;
    // each quotation is reported once, by the sentence where it starts
    if (q.span.start < s.span.start) continue;
    const att = a.quotationAttribution[qi] ?? s.attribution;
    const who = att?.cue.source?.resolved ?? null;
    const speaker = who ? translit(who.split(/\s+/).pop() ?? who) : null;
    const { words, shown } = quoteWords(text.slice(q.content.start, q.content.end), aliases);
    out.push({ words, shown, span: { ...q.span }, text: text.slice(q.span.start, q.span.end), speaker });
  }
  return out;
}

/** Whether the word at i is joined to the word after next by `mark` with no space ("Hoffmann-La", "ATT/Philips"). */
function joined(toks: readonly Token[], i: number, mark: string): boolean {
  const m = toks[i + 1];
  return !!m && m.text === mark && m.start === toks[i].end && toks[i + 2]?.start === m.end;
}

/** The mention with what the name word at i names, where the words around it tell (`nameKind`). */
function withKind(m: NameMention, toks: readonly Token[], i: number): NameMention {
  const kind = nameKind(toks, i);
  if (kind) m.kind = kind;
  return m;
}

/**
 * What the name word at i names, where the words around it tell; undefined where they do not:
 * - a person after a title or post, or a first name after one ("Finance Minister Jassim al-Khorafi",
 *   "Council President George Keller", "delegate Lindenberg Sette"), or with a post after a comma
 *   ("George Hoffman, director of…", "Tony Proffitt, an aide");
 * - an organisation before a company's suffix, through the rest of its name ("Willcox and Gibbs Inc",
 *   "Profitt's Inc", "Hoffmann-La Roche Inc"), or in the wire's angle brackets for companies ("<Duffour et Igon>");
 * - a place before a kind of place ("the Jasim River", "Thasos island", "Somerset counties").
 * Two spellings of one key that name a person and an organisation are two names, not one misspelt.
 */
function nameKind(toks: readonly Token[], i: number): NameKind | undefined {
  const at = (k: number): string => toks[k]?.lower ?? '';
  // (a person first: "analyst Michael Ellmann of Wertheim and Co" is a person of a company)
  if (PERSON_POSTS.has(at(i - 1)) || (PERSON_POSTS.has(at(i - 2)) && toks[i - 1].pos === 'PROPN' && CAPITALISED.test(toks[i - 1].text))) return 'person';
  if (at(i + 1) === ',' && PERSON_POSTS.has(ARTICLES.has(at(i + 2)) ? at(i + 3) : at(i + 2))) return 'person';
  if (at(i - 1) === '<') return 'organisation';
  for (let j = i + 1; j < toks.length && j <= i + 4; j++) {
    const w = toks[j];
    if (COMPANY_SUFFIXES.has(w.lower)) return 'organisation';
    if (!(CAPITALISED.test(w.text) || NAME_JOINS.has(w.lower))) break;
  }
  return PLACE_KINDS.has(at(i + 1)) ? 'place' : undefined;
}
/** The last word of a company's name. */
const COMPANY_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'cos', 'corporation', 'ltd', 'ltd.', 'plc', 'llc', 'lp', 'ag', 'sa', 'nv', 'n.v.', 's.a.', 'group', 'holdings']);
/** What joins the words of a company's name ("Willcox and Gibbs", "Hoffmann-La Roche", "Profitt's Inc"). */
const NAME_JOINS = new Set(['and', '&', 'et', '-', '/', "'s", '’s', 'de', 'la']);
/** Kinds of place a name is followed by. */
const PLACE_KINDS = new Set(['river', 'island', 'islands', 'province', 'county', 'counties', 'lake', 'bay', 'strait', 'sea', 'mountains', 'valley', 'port']);
/** Titles and posts only people hold (not "General", "Prime", "Justice" or "Chief", which also open companies' and offices' names). */
const PERSON_POSTS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen', 'sen.', 'senator', 'rep.', 'gov', 'gov.', 'governor', 'president', 'minister', 'chairman', 'chairwoman',
  'secretary', 'director', 'mayor', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'delegate', 'aide', 'lawyer', 'attorney',
  'economist', 'commissioner', 'prosecutor', 'judge',
]);

/**
 * Whether the name word at i is a short abbreviation: with its full stop, the sentence going on after it
 * ("Janesville, Wis., March 30") or a place and a comma before it ("…and Appleton, Wis."), or a state in a party
 * label ("Proxmire (D-Wis)").
 */
function abbreviated(toks: readonly Token[], i: number, surface: string): boolean {
  if (surface.length > 4) return false;
  const t = toks[i];
  const dot = toks[i + 1];
  // (a party label's state: "Proxmire (D-Wis)")
  if (t.text.endsWith('.') || (toks[i - 1]?.text === '-' && /^[DRI]$/.test(toks[i - 2]?.text ?? ''))) return true;
  if (dot?.text !== '.' || dot.start !== t.end) return false;
  return !!toks[i + 2] || (toks[i - 1]?.text === ',' && toks[i - 2]?.pos === 'PROPN');
}
