import { isLinted, type Sentence } from '../analyze';
import { isQuestionPut, isRefusal, vaguePassive, type Cue } from '../attribution/model';
import { SPOKESPERSON } from '../attribution/sources';
import type { Finding, Span } from '../types';
import type { Rule } from './rule';

export const vagueAttribution: Rule = {
  id: 'vague-attribution',
  description: 'A source that is vague or anonymous ("sources said", "reportedly", "media outlets reported").',
  defaultSeverity: 'warning',
  docs: 'docs/rules/vague-attribution.md',
  check({ uri, analysis }) {
    const out: Finding[] = [];
    // the vague sources met so far, by head word, in text order: "the spokesman" later is the last one it can refer to
    // ("the senior ministry official" is "a senior ministry official", not the "another official" met since)
    const earlier = new Map<string, { range: Span; text: string }[]>();
    const meet = (head: string, src: { span: Span; text: string }): void => {
      const list = earlier.get(head);
      const met = { range: { ...src.span }, text: src.text };
      if (list) list.push(met);
      else earlier.set(head, [met]);
    };
    // where the last vague source with a head, or with its plural, was met (-1: none)
    const lastMet = (head: string): number => Math.max(earlier.get(head)?.at(-1)?.range.start ?? -1, earlier.get(`${head}s`)?.at(-1)?.range.start ?? -1);
    // the last source that named a person: "the presidential spokesman" just after it is most often that person
    let lastPerson: NamedPerson | null = null;
    for (const s of analysis.sentences) {
      if (!isLinted(s)) continue;
      const named = s.cues.some(namesSource);
      // one finding per vague source, however many cues it has ("officials sought to depict…")
      const reported = new Set<number>();
      for (const c of s.cues) {
        // ("Fitzwater told reporters… He said…": a pronoun resolved to that person carries the mention on)
        if (namesPerson(c) || (lastPerson && c.source?.pronoun && c.source.person && c.source.resolved === lastPerson.name)) {
          lastPerson = { sentence: s.index, block: s.block, at: c.source!.span.start, name: c.source!.resolved };
        }
        // "a spokesman declined to comment", "the aide declined to specify…": a refusal to say, no statement resting on
        // the source (which a later "the spokesman said" still refers back to); "Asked by officials whether…": a question
        if (isRefusal(c) || isQuestionPut(c)) {
          const head = c.source?.vague ? sourceHead(c.source) : null;
          if (head) meet(head, c.source!);
          continue;
        }
        let message: string | null = null;
        let range = c.span;
        if (c.kind === 'hedge') {
          message = `Vague attribution: “${c.text}” hedges the statement without saying who reported it.`;
        } else if (vaguePassive(c)) {
          // "…is expected to begin in May, the company said", "Park said the plant is expected to close": the
          // passive is in what a source of the same sentence says, and that source is judged on its own
          if (s.cues.some((o) => o !== c && o.source && SAYS.has(o.kind) && (reportsBefore(analysis.parsed.text, o, c) || tagClosesSentence(analysis.parsed.text, s, o)))) continue;
          message = `Vague attribution: “${c.text}” does not say by whom.`;
        } else if (c.source?.vague && !reported.has(c.source.span.start)) {
          reported.add(c.source.span.start);
          message = `Vague attribution: ${c.source.vague}.`;
          range = { start: c.source.span.start, end: Math.max(c.source.span.end, c.span.end) };
          if (c.source.span.start > c.span.start) range = { start: c.span.start, end: c.source.span.end };
          // "the spokesman" after "a finance ministry spokesman said": the source reported before, told again (naming
          // it there names it here), at most as information, pointing at where it was first met
          const head = sourceHead(c.source);
          const text = c.source.text;
          const before = head ? lastThat(earlier.get(head), (e) => refersBack(text, head, e.text)) : undefined;
          if (!before && head && lastPerson && describesPersonNamedBefore(analysis.parsed.text, c, s, lastPerson, lastMet(head))) continue;
          if (before) {
            out.push({
              rule: 'vague-attribution',
              severity: 'info',
              message: `Vague attribution: "${c.source.text}" ${/[^s]s$/.test(head!) ? 'are' : 'is'} not named here either (met before as "${before.text}").`,
              range: { ...range },
              sentence: s.index,
              related: [{ uri, range: { ...before.range }, relation: 'attribution', text: before.text }],
            });
            continue;
          }
          if (head) meet(head, c.source);
        }
        if (!message) continue;
        // a party's unnamed spokesperson ("a spokeswoman for the ministry") is a routine attribution: worth naming, no warning
        const party = c.kind !== 'hedge' && !vaguePassive(c) && !!c.source?.partySpokesperson;
        // (a named source inside what the vague one reports names no source for the sentence: "Britain and France are
        // working to urge that…, another official said")
        const namedHere = named && (!c.source?.vague || s.cues.some((o) => namesSource(o) && !reports(analysis.parsed.text, s, c, o)));
        out.push({
          rule: 'vague-attribution',
          severity: namedHere || party ? 'info' : 'warning',
          message,
          range: { ...range },
          sentence: s.index,
          related: [],
        });
      }
    }
    return out;
  },
};

/** A source phrase that refers back to one the reader has met ("the spokesman", "those officials"). */
const DEFINITE = /^(?:the|this|that|these|those)\s/i;
/** Where a phrase's head ends: its prepositional tail ("the spokesman for the ministry"). */
const HEAD_ENDS = /^(?:for|of|at|in|with|from|on)$/;

/**
 * Whether a source phrase refers back to an earlier one with its head: it is definite, and any word it adds before
 * its head the earlier one has ("the Toshiba spokesman" after "a Toshiba spokesman"; not "the Japanese sources" after
 * "U.S. banking sources").
 */
function refersBack(text: string, head: string, before: string): boolean {
  if (!DEFINITE.test(text)) return false;
  const had = new Set(words(before));
  // (the words before the head: what follows it, "the official, briefing reporters,", says more of the one met)
  const phrase = headPhrase(text);
  const at = phrase.indexOf(head);
  return phrase.slice(1, at > 0 ? at : -1).every((w) => had.has(w));
}

/**
 * Singular heads of a description that may stand for a person the article has just named ("The presidential spokesman
 * noted…" after "Fitzwater said…"; "The influential delegate and conservative activist… warned" after "…, Morton
 * Blackwell, the Republican National Committeeman from Virginia, told AFP."). Not the words that hide who someone is
 * ("the source", "the insider", "the person"): they tell of someone left unnamed.
 */
const ROLE_HEADS: ReadonlySet<string> = new Set([
  'official', 'critic', 'expert', 'analyst', 'observer', 'diplomat', 'aide', 'activist', 'commentator', 'pundit',
  'supporter', 'opponent', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'member', 'staffer', 'resident',
]);

/**
 * Whether the vague source of `c` is a definite description ("the", a singular role word as its head) of the person a
 * source named just before: in the same sentence, or one of the two before it in the same paragraph or the one
 * before. Such a description is how news writing refers to someone again, not an unnamed source.
 */
function describesPersonNamedBefore(text: string, c: Cue, s: Sentence, last: NamedPerson, vagueSince: number): boolean {
  const src = c.source!;
  const head = sourceHead(src);
  if (!head || !ROLE_HEADS.has(head) || !/^the\s/i.test(src.text) || src.pronoun) return false;
  if (!(last.at < src.span.start && s.index - last.sentence <= 2 && s.block - last.block <= 1)) return false;
  // (an unnamed one met since with that head, or its plural, is who it is: "Penna…; a spokesman for the utility…
  // the utility spokesman"; "…, finance ministry officials said. … The official said")
  if (vagueSince > last.at) return false;
  // (nor an anonymous one; a party's spokesperson, someone else than the party: "the congressman's spokesman", "the
  // Sanders aide"; one of several, "the second official", "the other analyst")
  if (ANONYMOUS.test(src.text) || src.partySpokesperson || headPhrase(src.text).some((w) => ONE_OF_SEVERAL.test(w))) return false;
  // (not when the sentence names that person as someone else in it: "the ministry official quoted Garn as saying")
  if (text.slice(src.span.end, s.span.end).includes(surnameOf(last.name))) return false;
  // one who speaks for another is that person only when the article called them so ("White House spokesman Marlin
  // Fitzwater… the spokesman said"; not "Reagan… the presidential spokesman", "Stenholm…, an aide said. The aide…")
  return !(SPOKESPERSON.test(head) || head === 'staffer') || introducedAs(text, last.name, head, src.span.start);
}

/**
 * Whether the text before `before` calls the person `name` by the word `head` in a mention of them: right before their
 * name ("White House spokesman Marlin Fitzwater") or in an apposition after it ("Ana Ruiz, the mayor's aide,").
 */
function introducedAs(text: string, name: string, head: string, before: number): boolean {
  const surname = surnameOf(name);
  // (the head in either case, the name's words capitalised: no `i` flag, under which \p{Lu} matches any letter)
  const word = `(?:${head}|${head[0].toUpperCase()}${head.slice(1)})`;
  const titled = new RegExp(`\\b${word}(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s+$`, 'u');
  const apposed = new RegExp(`^,\\s+(?:[^,.;:!?]{0,50}\\s)?${word}\\b`);
  for (let at = text.indexOf(surname); at >= 0 && at < before; at = text.indexOf(surname, at + 1)) {
    if (titled.test(text.slice(Math.max(0, at - 60), at)) || apposed.test(text.slice(at + surname.length, Math.min(before, at + surname.length + 70)))) return true;
  }
  return false;
}

/** The last word of a name. */
const surnameOf = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/** Where a source last named a person, and who. */
interface NamedPerson {
  sentence: number;
  block: number;
  at: number;
  name: string;
}

/** Words that say a source is kept unnamed ("the official, who asked not to be named,"). */
const ANONYMOUS = /\b(?:anonymous|anonymity|unnamed|unidentified|undisclosed)\b|\bnot (?:to )?be (?:named|identified)\b/i;

/**
 * A cue whose source names a person by a name of two words or more, as written or as resolved ("Fitzwater" after
 * "Marlin Fitzwater"): not a pronoun (whose referent may be an unnamed one), a lone capitalised word ("Standard said")
 * nor a name after an article.
 */
function namesPerson(c: Cue): boolean {
  const name = c.source?.resolved.trim() ?? '';
  // (an article opening a sentence is no first name: "The LDP said")
  return namesSource(c) && c.source!.person && !c.source!.pronoun && name.includes(' ') && !/^(?:the|a|an)\s/i.test(name);
}

/** Words that make a description one of several people ("the second official", "the other analyst"). */
const ONE_OF_SEVERAL = /^(?:first|second|third|fourth|fifth|other|another)$/;

/** The last element of a list that `ok` accepts. */
function lastThat<T>(list: readonly T[] | undefined, ok: (x: T) => boolean): T | undefined {
  for (let i = (list?.length ?? 0) - 1; i >= 0; i--) if (ok(list![i])) return list![i];
  return undefined;
}

/** A vague source's head word: as the source finder read it, else from its words (a pronoun's, "they"). */
const sourceHead = (src: { text: string; head?: string | null }): string | null => (src.head && /^\p{L}+$/u.test(src.head) ? src.head : headWord(src.text));

/** The head word of a source phrase, in lower case ("a finance ministry spokesman" → "spokesman"), or null. */
function headWord(text: string): string | null {
  const head = headPhrase(text).at(-1);
  return head && /^\p{L}+$/u.test(head) ? head : null;
}

/** A phrase's words in lower case, up to its prepositional tail ("the spokesman for the ministry" → the, spokesman). */
function headPhrase(text: string): string[] {
  const ws = words(text);
  const end = ws.findIndex((w) => HEAD_ENDS.test(w));
  return end === -1 ? ws : ws.slice(0, end);
}

const words = (text: string): string[] => text.toLowerCase().split(/[\s,]+/).filter(Boolean);

/** A cue with a source that names someone (not a hedge, which has none). */
function namesSource(c: Cue): boolean {
  return !!c.source && !c.source.vague && c.kind !== 'hedge';
}

/** Kinds of cue whose source says or finds something (not a stance or an act: "Smith voted for the bill"). */
const SAYS: ReadonlySet<string> = new Set(['speech', 'according', 'report', 'evidence', 'belief']);
/** A clause of its own after a source's: "…, though it is believed…". */
const NEW_CLAUSE = /[,;]\s*(?:though|although|but|while|whereas|yet)\b|;/;

/** Whether the cue `o` reports a clause that holds the passive `c` after it: no clause of its own opens between them. */
function reportsBefore(text: string, o: Cue, c: Cue): boolean {
  return o.span.start < c.span.start && !NEW_CLAUSE.test(text.slice(o.span.end, c.span.start));
}

/**
 * Whether the cue `o` is in what the cue `c` says: `c` is the speech tag that closes the sentence, `o` before it in
 * the same clause. (Not `o` after `c`: "Press reports that Deutsche was bidding were without foundation, he said" names
 * its source, and where what `c` reports ends is not known.)
 */
function reports(text: string, s: Sentence, c: Cue, o: Cue): boolean {
  if (!SAYS.has(c.kind) || o.span.start >= c.span.start || !tagClosesSentence(text, s, c)) return false;
  // (a tag set off by a comma: not "Halvorsen told Reuters he expected officials would reply by Easter")
  const tag = Math.min(c.span.start, c.source?.span.start ?? c.span.start);
  return TAG_OPENS.test(text.slice(o.span.end, tag)) && !NEW_CLAUSE.test(text.slice(o.span.end, c.span.start));
}

/** What stands right before a closing speech tag: a comma, perhaps a closing quotation mark. */
const TAG_OPENS = /,["”'’]?\s*$/;

/** What may follow a speech tag that closes its sentence: a short adjunct ("on Monday", "in a statement"), then closing marks. */
const TAG_TAIL = /^[\s,]*(?:(?:on|in|at|last|this|late|early|from|after|during|before|to|with)\s(?:(?!\bthat\b)(?:[^,;:.!?]|\.(?=\s\d))){0,40})?[\s.!?"”'’)\]]*$/;

/** Whether a cue and its source close their sentence ("…, the company said.", "…, said the company on Monday."). */
function tagClosesSentence(text: string, s: Sentence, c: Cue): boolean {
  const end = Math.max(c.span.end, c.source?.span.end ?? 0);
  return TAG_TAIL.test(text.slice(end, s.span.end));
}
