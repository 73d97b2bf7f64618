/**
 * Event classes: words that news reports use for one kind of event ("killed",
 * "died", "death", "fatal"; "arrested", "captured", "detained"). Two reports of
 * one event often word it differently, so a sentence is also indexed under the
 * class of each of its content words (a key `c:<name>`), besides the word itself:
 * "Pirates seized the tanker" and "the hijacking of the tanker" then share a key.
 *
 * A class key is more common than any of its words, so it weighs less than a
 * shared word (IDF) and only adds to what the sentences share; it never makes
 * two sentences conflict. Classes are general news vocabulary, kept tight:
 * a word with a common other sense ("fire": a blaze, a dismissal, a shot;
 * "strike": an attack, a walkout) is left out. Words are listed in plain forms
 * a reader can review; the index stems them. Users may extend the list.
 */
export interface EventClass {
  /** Key suffix (`c:<name>`). */
  name: string;
  words: string[];
}

export const EVENT_CLASSES: EventClass[] = [
  { name: 'death', words: ['kill', 'killed', 'killing', 'killer', 'dead', 'death', 'die', 'died', 'dying', 'fatal', 'fatally', 'slay', 'slain', 'murder', 'murdered', 'homicide', 'manslaughter'] },
  { name: 'shooting', words: ['shoot', 'shot', 'shooting', 'shooter', 'gunman', 'gunmen', 'gunfire', 'gunned'] },
  { name: 'injury', words: ['injure', 'injured', 'injury', 'injuries', 'wound', 'wounded', 'hurt'] },
  { name: 'arrest', words: ['arrest', 'arrested', 'capture', 'captured', 'detain', 'detained', 'detention', 'apprehend', 'apprehended', 'custody', 'nab', 'nabbed'] },
  { name: 'charge', words: ['charge', 'charged', 'accuse', 'accused', 'indict', 'indicted', 'indictment'] },
  { name: 'quake', words: ['quake', 'earthquake', 'tremor', 'temblor', 'aftershock', 'seismic'] },
  { name: 'blaze', words: ['blaze', 'flames', 'arson', 'inferno', 'wildfire'] },
  { name: 'explosion', words: ['explode', 'exploded', 'explosion', 'blast', 'bomb', 'bombing', 'detonate', 'detonated'] },
  { name: 'piracy', words: ['pirate', 'piracy', 'hijack', 'hijacked', 'hijacking', 'hijacker', 'seize', 'seized', 'seizure'] },
  { name: 'crash', words: ['crash', 'crashed', 'collide', 'collided', 'collision', 'wreck'] },
  { name: 'theft', words: ['rob', 'robbed', 'robbery', 'steal', 'stole', 'stolen', 'theft', 'heist', 'burglary'] },
  { name: 'resignation', words: ['resign', 'resigned', 'resignation', 'quit'] },
  { name: 'dismissal', words: ['dismiss', 'dismissed', 'dismissal', 'sack', 'sacked', 'oust', 'ousted'] },
  { name: 'appointment', words: ['appoint', 'appointed', 'appointment', 'nominate', 'nominated', 'nomination', 'hire', 'hired'] },
  { name: 'victory', words: ['win', 'won', 'winner', 'victory', 'defeat', 'defeated', 'beat', 'beaten', 'triumph'] },
  { name: 'acquisition', words: ['acquire', 'acquired', 'acquisition', 'buy', 'bought', 'purchase', 'purchased', 'takeover'] },
  { name: 'election', words: ['election', 'elect', 'elected', 'vote', 'voted', 'voter', 'ballot', 'poll', 'polls'] },
  { name: 'conviction', words: ['convict', 'convicted', 'conviction', 'guilty', 'verdict'] },
];
