import type { Token } from '../nlp/tokens';
import type { Resolver } from './detect';
import { describePhrase, FEMALE_WORDS, MALE_WORDS, WORK_WORD, type Gender, type Mention } from './sources';

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const NAME_PART = /^(?:\p{Lu}[\p{L}'’.-]*|al|al-|bin|de|van|von|le|la|del|da)$/u;
const TITLE_START = /^(?:Mr|Mrs|Ms|Dr|Capt|Col|Gen|Sen|Rep|Gov|Lt|Sgt|Maj|Adm|President|Minister|Secretary|Spokesman|Spokeswoman|Colonel|General|Senator|Governor|Captain)\.?$/;

/** One change to a resolver's state, as `MentionResolver.replay` can apply it again. */
export type ResolverChange = { kind: 'person' | 'group'; mention: Mention } | { kind: 'gender'; name: string; gender: Gender };

/**
 * Tracks who has been mentioned so far in a document, so that "he said",
 * "Davis said" and "the ministry said" can be resolved to the fullest earlier
 * mention. Mentions are fed in reading order.
 *
 * Its `state` names what it knows, whatever the offsets: everything it
 * resolves in a passage depends only on the passage and on what came before
 * it in that order (an earlier mention is earlier wherever it stands), so a
 * passage read again at the same `state` resolves the same way, and its
 * changes (`record`) can be replayed instead (`replay`).
 */
export class MentionResolver implements Resolver {
  private readonly people: Mention[] = [];
  private readonly groups: Mention[] = [];
  /** People by the last word of their name, in mention order (surname lookups without a scan). */
  private readonly bySurname = new Map<string, Mention[]>();
  /** What a title or a gendered noun has said of a person, by name ("Mrs. Lund" → Eva Lund: female). */
  private readonly genders = new Map<string, Gender>();
  /** Two running hashes of every change so far (offsets left out), and their count. */
  private h1 = 0x811c9dc5;
  private h2 = 0x01000193;
  private changes = 0;
  private recording: ResolverChange[] | null = null;

  /** `tracked`: keep `state` (an editor's analysis, which reuses paragraphs); a one-pass analysis need not. */
  constructor(private readonly tracked = false) {}

  /** What the resolver knows, as a key: equal keys resolve a passage alike. */
  get state(): string {
    return `${this.changes}.${this.h1 >>> 0}.${this.h2 >>> 0}`;
  }

  /** Starts collecting the changes made from now on into `into` (null stops). */
  record(into: ResolverChange[] | null): void {
    this.recording = into;
  }

  /** Applies changes recorded elsewhere, their mentions moved by `delta` characters. */
  replay(changes: readonly ResolverChange[], delta: number): void {
    for (const c of changes) {
      if (c.kind === 'gender') this.setGender(c.name, c.gender);
      else {
        const m = delta === 0 ? c.mention : { ...c.mention, offset: c.mention.offset + delta };
        if (c.kind === 'person') this.addPerson(m);
        else this.addGroup(m);
      }
    }
  }

  private note(change: ResolverChange): void {
    if (!this.tracked) return;
    this.recording?.push(change);
    this.changes++;
    const words = change.kind === 'gender' ? `g\u0001${change.name}\u0001${change.gender}\u0002` : `${change.kind === 'person' ? 'p' : 'o'}\u0001${mentionWords(change.mention)}`;
    for (let i = 0; i < words.length; i++) {
      const c = words.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ c, 0x01000193);
      this.h2 = Math.imul(this.h2 ^ c, 0x5bd1e995) ^ (this.h2 >>> 15);
    }
  }

  private setGender(name: string, gender: Gender): void {
    this.genders.set(name, gender);
    this.note({ kind: 'gender', name, gender });
  }

  private addGroup(m: Mention): void {
    this.groups.push(m);
    this.note({ kind: 'group', mention: m });
  }

  private addPerson(m: Mention): void {
    if (m.gender && !this.genders.has(m.name)) this.genders.set(m.name, m.gender);
    this.people.push(m);
    this.note({ kind: 'person', mention: m });
    const surname = m.name.slice(m.name.lastIndexOf(' ') + 1);
    const list = this.bySurname.get(surname);
    if (list) list.push(m);
    else this.bySurname.set(surname, [m]);
  }

  /** Records the capitalised name runs of a sentence as mentions. */
  observe(tokens: Token[]): void {
    let i = 0;
    while (i < tokens.length) {
      if (!/^\p{Lu}/u.test(tokens[i].text) || CALENDAR.test(tokens[i].text) || (tokens[i].pos !== 'PROPN' && !TITLE_START.test(tokens[i].text))) {
        i++;
        continue;
      }
      let j = i;
      while (j < tokens.length && !CALENDAR.test(tokens[j].text) && ((NAME_PART.test(tokens[j].text) && (tokens[j].pos === 'PROPN' || TITLE_START.test(tokens[j].text) || /^(?:al|al-|bin|de|van|von)$/.test(tokens[j].text))) || (tokens[j].pos === 'NOUN' && /^(?:spokesman|spokeswoman|minister|secretary|president)$/.test(tokens[j].lower))) && tokens[j].pos !== 'PUNCT') j++;
      // a lower-case title before the name says whether it is a man or a woman ("spokeswoman Eva Lund")
      const from = i > 0 && (MALE_WORDS.test(tokens[i - 1].lower) || FEMALE_WORDS.test(tokens[i - 1].lower)) ? i - 1 : i;
      if (j > i) this.add(tokens, from, j);
      i = j + 1;
    }
  }

  private add(tokens: Token[], from: number, to: number): void {
    const m = describePhrase(tokens, from, to);
    const single = to - from === 1;
    if (single && !TITLE_START.test(tokens[from].text)) {
      const known = this.findSurname(tokens[from].text, m.offset);
      if (known) {
        this.addPerson({ ...known, offset: m.offset, text: m.text });
        return;
      }
      return; // one capitalised word is not evidence of a person ("Syrian", "Russia")
    }
    // "Mrs. Lund" after "Eva Lund": the same person, now known to be a woman
    const known = m.person && !m.name.includes(' ') ? this.findSurname(m.name, m.offset, m.gender) : undefined;
    if (known) {
      this.learnGender(known, m.name, m.offset, m.gender);
      this.addPerson({ ...known, offset: m.offset, text: m.text, gender: undefined });
    } else if (m.person) this.addPerson(m);
    else this.addGroup(m);
  }

  addSource(m: Mention): void {
    if (m.person) this.addPerson(m);
    else this.addGroup(m);
  }

  /** Known gender of a person does not contradict `gender` (an unknown one never does). */
  private agrees(name: string, gender: Gender | undefined): boolean {
    const g = this.genders.get(name);
    return !gender || !g || g === gender;
  }

  private findSurname(word: string, before: number, gender?: Gender): Mention | undefined {
    const list = this.bySurname.get(word);
    if (!list) return undefined;
    for (let k = list.length - 1; k >= 0; k--) {
      const p = list[k];
      if (p.offset < before && p.name !== word && this.agrees(p.name, gender)) return p;
    }
    return undefined;
  }

  /**
   * Records what a titled surname ("Mrs. Holm") says of the person it was
   * resolved to, unless another person of that surname could be meant too
   * (Eva and Lars Holm, neither titled yet): a guess must not become evidence.
   */
  private learnGender(known: Mention, surname: string, before: number, gender: Gender | undefined): void {
    if (!gender || this.genders.has(known.name)) return;
    const others = (this.bySurname.get(surname) ?? []).some((p) => p.offset < before && p.name !== known.name && p.name !== surname && this.agrees(p.name, gender));
    if (!others) this.setGender(known.name, gender);
  }

  earlierWork(before: number): Mention | undefined {
    for (let k = this.groups.length - 1; k >= 0; k--) {
      const g = this.groups[k];
      if (g.offset < before && g.text.toLowerCase().split(/[^a-z]+/).some((w) => WORK_WORD.test(w))) return g;
    }
    return undefined;
  }

  resolve(phrase: Mention, pronoun: string | null): { name: string; found: boolean } {
    if (pronoun) {
      const pool = pronoun === 'he' || pronoun === 'she' || pronoun === 'i' ? this.people : this.groups;
      const gender: Gender | undefined = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : undefined;
      for (let k = pool.length - 1; k >= 0; k--) {
        if (pool[k].offset < phrase.offset && this.agrees(pool[k].name, gender)) return { name: pool[k].name, found: true };
      }
      if (pronoun === 'they' || pronoun === 'it') {
        for (let k = this.people.length - 1; k >= 0; k--) {
          const p = this.people[k];
          if (p.offset >= phrase.offset) continue;
          if (pronoun === 'they') return { name: p.name, found: true };
          // "Houston Oil Trust said… It also said…": with no group before it, "it" is the latest name of two words or
          // more read as a person's, when no title or gendered noun made it a man's or a woman's: most often a
          // company's (not past a man or a woman named since; a one-word name, a surname met again, is passed over;
          // a "he" resolved to a name leaves no mark, the resolver keeps no such state)
          if (this.genders.has(p.name)) break;
          if (p.name.includes(' ')) return { name: p.name, found: true };
        }
      }
      return { name: phrase.text, found: false };
    }
    const words = phrase.name.split(' ');
    if (words.length === 1) {
      const known = this.findSurname(words[0], phrase.offset + 1, phrase.gender);
      if (known) {
        this.learnGender(known, words[0], phrase.offset + 1, phrase.gender);
        return { name: known.name, found: true };
      }
    }
    if (phrase.person && phrase.gender && !this.genders.has(phrase.name)) this.setGender(phrase.name, phrase.gender);
    return { name: phrase.name, found: true };
  }
}

/** A mention's words for the resolver's state key: all it holds but its offset. */
function mentionWords(m: Mention): string {
  return `${m.text}\u0001${m.name}\u0001${m.person ? 1 : 0}${m.plural ? 1 : 0}${m.gender ?? ''}\u0002`;
}
