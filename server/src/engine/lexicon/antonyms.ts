/**
 * Antonymous predicates: two groups of words of which only one can hold of
 * one subject (and object) at one time. Words are listed in plain forms a
 * reader can review; the conflict checker stems them. A phrase ("vote
 * against") is matched word by word.
 *
 * Left out on purpose, because both can be true of one thing at different
 * times or are two views of one event: arrive/depart, enter/leave, open/close,
 * start/end, hire/fire, live/die, buy/sell (a sale is a purchase seen from the
 * other side); and "defeat", which is a win or a loss depending on the voice.
 */
export interface AntonymGroup {
  /** Short name shown in the conflict detail. */
  name: string;
  a: string[];
  b: string[];
  /**
   * A change of direction (rose / fell): two reports of one kind of event on
   * two days look like this too, so such a conflict needs the strong evidence
   * of the same event that numbers and dates need.
   */
  direction?: boolean;
  /** The words are verbs here: after a determiner ("the decline in prices") they are other words. */
  verbs?: boolean;
  /**
   * The words are adjectives: before a noun on both sides ("private colleges" / "public schools", "legal
   * immigrants" / "illegal immigrants") they tell two things apart, they do not say opposite things of one.
   */
  adjectives?: boolean;
  /**
   * The words tell what happened only as finite verbs: after "to" they are a plan, a wish or a
   * pressure ("plans to quit", "was forced to resign"), not what happened.
   */
  finite?: boolean;
  /**
   * The words say what state their subject is in ("survived", "was killed"): the doer after "by" on one
   * side ("was killed by the gunman") is someone else than the one whose state it is, so it must not be
   * the other side's subject ("the gunman survived").
   */
  state?: boolean;
  /**
   * Things one receives in order to answer them ("received the bid", then "rejected the bid"): next to
   * one of these, the "a" words are a step before the "b" words, not their opposite.
   */
  answered?: string[];
}

export const ANTONYM_GROUPS: AntonymGroup[] = [
  { name: 'approved / rejected', a: ['approve', 'approved', 'pass', 'passed', 'adopt', 'adopted', 'ratify', 'ratified', 'endorse', 'endorsed', 'accept', 'accepted'], b: ['reject', 'rejected', 'veto', 'vetoed', 'vote against', 'voted against', 'turn down', 'turned down', 'refuse', 'refused'] },
  { name: 'received / declined', a: ['receive', 'received', 'accept', 'accepted', 'get', 'got', 'collect', 'collected'], b: ['decline', 'declined', 'refuse', 'refused', 'reject', 'rejected', 'turn down', 'turned down'], verbs: true, answered: ['bid', 'bids', 'offer', 'offers', 'proposal', 'proposals', 'request', 'requests', 'application', 'applications', 'invitation', 'invitations', 'plan', 'plans', 'approach', 'demand', 'demands', 'complaint', 'complaints', 'appeal', 'appeals', 'petition', 'claim', 'claims'] },
  { name: 'won / lost', a: ['win', 'won', 'winner', 'victory'], b: ['lose', 'lost', 'loser'] },
  { name: 'profit / loss', a: ['profit', 'earnings', 'earn', 'earned'], b: ['loss', 'losses', 'lose', 'lost'] },
  { name: 'confirmed / denied', a: ['confirm', 'confirmed'], b: ['deny', 'denied'] },
  { name: 'allowed / banned', a: ['allow', 'allowed', 'permit', 'permitted', 'legalise', 'legalize', 'legalised', 'legalized'], b: ['ban', 'banned', 'forbid', 'forbade', 'forbidden', 'prohibit', 'prohibited', 'outlaw', 'outlawed', 'abolish', 'abolished'] },
  { name: 'supports / opposes', a: ['support', 'supported', 'supports', 'backed', 'favour', 'favor', 'favoured', 'favored', 'vote for', 'voted for', 'votes for'], b: ['oppose', 'opposed', 'opposes', 'vote against', 'voted against'] },
  { name: 'acquitted / convicted', a: ['acquit', 'acquitted', 'innocent', 'exonerate', 'exonerated'], b: ['convict', 'convicted', 'guilty'] },
  { name: 'succeeded / failed', a: ['succeed', 'succeeded', 'successful'], b: ['fail', 'failed', 'unsuccessful'] },
  // "killed" only in the passive: "the guard was killed" is the guard's death, "the guard killed" is not
  { name: 'alive / dead', a: ['alive', 'survive', 'survived', 'survivor'], b: ['dead', 'die', 'died', 'was killed', 'were killed', 'been killed', 'got killed'], state: true },
  { name: 'legal / illegal', a: ['legal', 'lawful'], b: ['illegal', 'unlawful'], adjectives: true },
  { name: 'included / excluded', a: ['include', 'included'], b: ['exclude', 'excluded'] },
  { name: 'rose / fell', a: ['rise', 'rose', 'risen', 'increase', 'increased', 'grow', 'grew', 'climb', 'climbed', 'gain', 'gained', 'jump', 'jumped', 'soar', 'soared'], b: ['fall', 'fell', 'fallen', 'decrease', 'decreased', 'drop', 'dropped', 'decline', 'declined', 'shrink', 'shrank', 'plunge', 'plunged', 'slump', 'slumped'], direction: true },
  { name: 'raised / cut', a: ['raise', 'raised'], b: ['cut', 'lower', 'lowered', 'reduce', 'reduced'], direction: true },
  { name: 'deployed / withdrew', a: ['deploy', 'deployed'], b: ['withdraw', 'withdrew', 'withdrawn'] },
  { name: 'true / false', a: ['true', 'correct', 'accurate'], b: ['false', 'untrue', 'incorrect', 'inaccurate', 'wrong', 'mistaken'], adjectives: true },
  { name: 'agrees / disagrees', a: ['agree', 'agreed', 'agrees'], b: ['disagree', 'disagreed', 'disagrees'] },
  { name: 'likes / dislikes', a: ['love', 'loved', 'loves', 'adore', 'adored'], b: ['hate', 'hated', 'hates', 'dislike', 'disliked', 'dislikes', 'detest', 'detested'] },
  { name: 'approves / disapproves', a: ['approve', 'approved', 'approves'], b: ['disapprove', 'disapproved', 'disapproves'] },
  { name: 'friend / enemy', a: ['friend', 'friends', 'ally', 'allies'], b: ['enemy', 'enemies', 'foe', 'foes'] },
  { name: 'liberal / conservative', a: ['liberal', 'left-wing'], b: ['conservative', 'right-wing'], adjectives: true },
  { name: 'compulsory / optional', a: ['compulsory', 'mandatory', 'obligatory'], b: ['optional', 'voluntary'], adjectives: true },
  { name: 'important / irrelevant', a: ['important', 'relevant', 'significant'], b: ['irrelevant', 'unimportant', 'insignificant'], adjectives: true },
  { name: 'honest / dishonest', a: ['honest'], b: ['dishonest', 'corrupt'], adjectives: true },
  { name: 'most / least', a: ['most'], b: ['least'] },
  { name: 'highest / lowest', a: ['highest', 'largest', 'biggest'], b: ['lowest', 'smallest'], direction: true },
  { name: 'empty / full', a: ['empty', 'deserted'], b: ['full', 'crowded', 'packed', 'filled'], adjectives: true },
  { name: 'asleep / awake', a: ['asleep', 'sleep', 'sleeping'], b: ['awake'] },
  // leaving a post of one's own will, or being made to leave it ("dismissed" only in the passive: a court dismisses a case;
  // "quit" only of a post: one quits smoking)
  {
    name: 'resigned / fired',
    a: ['resign', 'resigned', 'resigns', 'quit as', 'quits as', 'quit his job', 'quit her job', 'step down', 'stepped down', 'steps down', 'left his job', 'left her job', 'left his post', 'left her post'],
    b: ['was fired', 'were fired', 'been fired', 'got fired', 'was sacked', 'were sacked', 'been sacked', 'was dismissed', 'were dismissed', 'been dismissed', 'lost his job', 'lost her job', 'lost their jobs', 'lost his post', 'lost her post'],
    finite: true,
  },
  { name: 'genuine / fake', a: ['genuine', 'authentic'], b: ['fake', 'forged', 'counterfeit', 'bogus', 'fictional', 'fictitious'], adjectives: true },
  { name: 'causes / prevents', a: ['cause', 'causes', 'caused'], b: ['prevent', 'prevents', 'prevented'], verbs: true },
  { name: 'public / private', a: ['public', 'publicly'], b: ['private', 'privately'], adjectives: true },
];
