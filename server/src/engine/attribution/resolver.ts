import type { Token } from '../nlp/tokens';
import type { Resolver } from './detect';
import { describePhrase, type Mention } from './sources';

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const NAME_PART = /^(?:\p{Lu}[\p{L}'’.-]*|al|al-|bin|de|van|von|le|la|del|da)$/u;
const TITLE_START = /^(?:Mr|Mrs|Ms|Dr|Capt|Col|Gen|Sen|Rep|Gov|Lt|Sgt|Maj|Adm|President|Minister|Secretary|Spokesman|Spokeswoman|Colonel|General|Senator|Governor|Captain)\.?$/;

/**
 * Tracks who has been mentioned so far in a document, so that "he said",
 * "Davis said" and "the ministry said" can be resolved to the fullest earlier
 * mention. Mentions are fed in reading order.
 */
export class MentionResolver implements Resolver {
  private readonly people: Mention[] = [];
  private readonly groups: Mention[] = [];
  /** People by the last word of their name, in mention order (surname lookups without a scan). */
  private readonly bySurname = new Map<string, Mention[]>();

  private addPerson(m: Mention): void {
    this.people.push(m);
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
      if (j > i) this.add(tokens, i, j);
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
    if (m.person) this.addPerson(m);
    else this.groups.push(m);
  }

  addSource(m: Mention): void {
    if (m.person) this.addPerson(m);
    else this.groups.push(m);
  }

  private findSurname(word: string, before: number): Mention | undefined {
    const list = this.bySurname.get(word);
    if (!list) return undefined;
    for (let k = list.length - 1; k >= 0; k--) {
      const p = list[k];
      if (p.offset < before && p.name !== word) return p;
    }
    return undefined;
  }

  resolve(phrase: Mention, pronoun: string | null): { name: string; found: boolean } {
    if (pronoun) {
      const pool = pronoun === 'he' || pronoun === 'she' || pronoun === 'i' ? this.people : this.groups;
      for (let k = pool.length - 1; k >= 0; k--) {
        if (pool[k].offset < phrase.offset) return { name: pool[k].name, found: true };
      }
      if (pronoun === 'they' || pronoun === 'it') {
        for (let k = this.people.length - 1; k >= 0; k--) {
          if (this.people[k].offset < phrase.offset && pronoun === 'they') return { name: this.people[k].name, found: true };
        }
      }
      return { name: phrase.text, found: false };
    }
    const words = phrase.name.split(' ');
    if (words.length === 1) {
      const known = this.findSurname(words[0], phrase.offset + 1);
      if (known) return { name: known.name, found: true };
    }
    return { name: phrase.name, found: true };
  }
}
