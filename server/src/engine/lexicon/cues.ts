/**
 * Attribution cue lexicon. Verbs are listed by lemma with a class; inflected
 * forms are generated (with a table of irregular forms), so the lexicon stays
 * a list of words a reader can review, not of strings seen in one corpus.
 */
import { wordTable } from '../util/table';

export type CueClass =
  /** Speech and writing: said, told, announced, wrote. */
  | 'speech'
  /** Documents and evidence that "say": a report found, the data show. */
  | 'evidence'
  /** Beliefs, intentions and wishes: believes, wants, plans, hopes. */
  | 'belief'
  /** Publishing and reporting by outlets: reported, has learned. */
  | 'report';

const SPEECH = `say tell state declare announce claim deny warn stress explain add note insist confirm argue assert
acknowledge admit allege suggest write tweet post accuse testify predict estimate urge ask reply respond recall
describe promise vow pledge threaten concede contend maintain reiterate emphasize emphasise indicate reveal disclose
quote complain criticize criticise praise question repeat observe comment mention inform brief charge counter retort
caution advise demand propose recommend rule order demand boast lament joke muse acknowledge concur agree
dispute disagree reject dismiss decry condemn slam blast blame thank congratulate welcome hail applaud call
speculate project forecast signal hint imply clarify specify stipulate assure reassure remind explain answer
add conclude continue begin predict recount relate recite cite exclaim shout scream whisper mutter declare
proclaim pronounce affirm attest certify swear concede grant allow guarantee attack defend mock tout echo bemoan
denounce express discuss chant yell refer talk speak remark voice rail retweet wonder notify
grouse gripe gush rave rant riff fume scoff sneer crow bellow holler opine marvel`;

/** Judging and characterising someone ("slammed Kaine", "painted Trump as a fraud", "likened RT to the BBC"). */
const JUDGEMENT = `commend compliment salute laud credit fault deplore deride disparage belittle ridicule lambaste chastise
castigate rebuke scold berate excoriate assail rip bash chide admonish label brand dub characterize characterise
depict portray paint frame liken compare equate champion attribute`;

/** Taking a side ("Russia backs the government", "the group opposed the bill"). */
const STANCE = `support back endorse oppose favor favour embrace resist challenge contest protest advocate promote
lobby`;

/** Conveying information or commitments ("the ad mentions", "she detailed her plan", "he apologized"). */
const CONVEY = `highlight underscore detail chronicle outline address debate reference invoke feature profile articulate
issue present remember
pitch apologize apologise brag quip grumble confess implore beg plead request encourage persuade convince`;

/** Attitudes toward someone or something ("Trump admires Putin"). */
const ATTITUDE = `admire adore respect despise detest loathe resent distrust appreciate regret mourn`;

/** Attempts and commitments whose to-infinitive is the intended content ("tried to", "refused to"). */
const INTENTION = `refuse decline decide choose opt resolve vote offer`;

const BELIEF = `believe think hope fear expect want plan intend seek wish worry doubt suspect feel consider
know understand realize realise recognize recognise assume presume suppose reckon figure guess imagine envision
anticipate aim prefer desire decide seem appear determine conclude judge view regard see favor favour oppose support
endorse back like love hate dislike trust`;

const EVIDENCE = `show find reveal suggest indicate demonstrate prove confirm estimate document conclude record
read`;

const REPORT = `report learn reveal publish broadcast air`;

/** Forms `inflect` cannot make: irregular pasts, doubled consonants of stressed last syllables, British doubling. */
const IRREGULAR: Readonly<Record<string, string[]>> = wordTable({
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  think: ['thought', 'thinks', 'thinking'],
  know: ['knew', 'known', 'knows', 'knowing'],
  find: ['found', 'finds', 'finding'],
  show: ['showed', 'shown', 'shows', 'showing'],
  mean: ['meant', 'means', 'meaning'],
  feel: ['felt', 'feels', 'feeling'],
  understand: ['understood', 'understands', 'understanding'],
  see: ['saw', 'seen', 'sees', 'seeing'],
  learn: ['learned', 'learnt', 'learns', 'learning'],
  swear: ['swore', 'sworn', 'swears', 'swearing'],
  broadcast: ['broadcast', 'broadcasts', 'broadcasting'],
  read: ['reads', 'reading'],
  begin: ['began', 'begun', 'begins', 'beginning'],
  signal: ['signaled', 'signalled', 'signals', 'signaling', 'signalling'],
  air: ['aired', 'airs'],
  label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'],
  lay: ['laid', 'lays', 'laying'],
  draw: ['drew', 'drawn', 'draws', 'drawing'],
  win: ['won', 'wins', 'winning'],
  get: ['got', 'gotten', 'gets', 'getting'],
  go: ['went', 'gone', 'goes', 'going'],
  make: ['made', 'makes', 'making'],
  shoot: ['shot', 'shoots', 'shooting'],
  quip: ['quipped', 'quips', 'quipping'],
  admit: ['admitted', 'admits', 'admitting'],
  regret: ['regretted', 'regrets', 'regretting'],
  prefer: ['preferred', 'prefers', 'preferring'],
  refer: ['referred', 'refers', 'referring'],
  omit: ['omitted', 'omits', 'omitting'],
  choose: ['chose', 'chosen', 'chooses', 'choosing'],
  seek: ['sought', 'seeks', 'seeking'],
  hold: ['held', 'holds', 'holding'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  give: ['gave', 'given', 'gives', 'giving'],
  send: ['sent', 'sends', 'sending'],
  put: ['puts', 'putting'],
});

const VOWELS = /[aeiou]/;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Regular English inflections of a verb lemma: -s, -ed, -ing. */
export function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]];
  const forms = [lemma];
  const last = lemma[lemma.length - 1];
  const prev = lemma[lemma.length - 2];
  // third person
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es');
  else if (last === 'y' && !VOWELS.test(prev)) forms.push(lemma.slice(0, -1) + 'ies');
  else forms.push(lemma + 's');
  // past and gerund
  if (last === 'e') {
    forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  } else if (last === 'y' && !VOWELS.test(prev)) {
    forms.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) {
    // one-syllable CVC: plan → planned
    forms.push(lemma + last + 'ed', lemma + last + 'ing');
  } else {
    forms.push(lemma + 'ed', lemma + 'ing');
  }
  return forms;
}

export interface CueEntry {
  lemma: string;
  cls: CueClass;
}

function build(): Map<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  const add = (list: string, cls: CueClass): void => {
    for (const lemma of list.split(/\s+/).filter(Boolean)) {
      for (const f of inflect(lemma)) if (!map.has(f)) map.set(f, { lemma, cls });
    }
  };
  add(SPEECH, 'speech');
  add(JUDGEMENT, 'speech');
  add(STANCE, 'speech');
  add(CONVEY, 'speech');
  add(ATTITUDE, 'belief');
  add(INTENTION, 'belief');
  add(REPORT, 'report');
  add(EVIDENCE, 'evidence');
  add(BELIEF, 'belief');
  // rating: only "rated" ("the issue is rated Baa-2 by Moody's", "PolitiFact rated 32% of claims…"); "rate", "rates"
  // and "rating" are mostly the noun, which the tagger reads as a verb ("the funds rate average edged up", "to rate payers")
  map.set('rated', { lemma: 'rate', cls: 'speech' });
  return map;
}

export const CUE_VERBS: ReadonlyMap<string, CueEntry> = build();

/**
 * Verbs of taking a side or of an attitude. "Republicans backed the bill" is a
 * reported stance; "Russia supports them from the air" is military action. As
 * cues without a clause they need a person or a group of people as subject.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  ...words(STANCE), ...words(ATTITUDE), 'like', 'love', 'hate', 'dislike', 'trust',
]);

/**
 * Verbs that are cues only in their reporting sense; with these complements
 * they describe actions ("agreed to reinforce", "called off", "ordered a pullout").
 * A cue of these lemmas needs a clausal complement (that / wh- / a quote / a colon / to-infinitive for beliefs).
 */
export const NEEDS_COMPLEMENT = new Set([
  'agree', 'call', 'order', 'rule', 'back', 'support', 'oppose', 'favor', 'favour', 'see', 'read', 'need', 'like',
  'love', 'hate', 'dislike', 'trust', 'record', 'document', 'grant', 'allow', 'guarantee', 'begin', 'continue',
  'air', 'publish', 'broadcast', 'decide', 'determine', 'judge', 'regard', 'view', 'consider', 'figure', 'endorse',
  'welcome', 'thank', 'congratulate', 'hail', 'applaud', 'praise', 'criticize', 'criticise', 'blame', 'slam',
  'blast', 'condemn', 'decry', 'dismiss', 'reject', 'dispute', 'question', 'answer', 'charge', 'find', 'show',
  'prove', 'demonstrate', 'estimate', 'project', 'mean', 'feel', 'understand', 'know', 'learn', 'recognize',
  'recognise', 'realize', 'realise', 'describe', 'order', 'demand', 'seek', 'aim', 'prefer', 'desire', 'project',
  'signal', 'post', 'point', 'mention', 'cite', 'quote', 'add', 'note', 'observe', 'comment', 'accuse',
  'attack', 'defend', 'mock', 'tout', 'echo', 'bemoan', 'denounce', 'express', 'discuss', 'refer', 'talk', 'speak',
  'respond', 'pledge', 'promise', 'seem', 'appear', 'notify', 'rate',
  ...words(JUDGEMENT), ...words(STANCE), ...words(CONVEY), ...words(ATTITUDE),
]);

/**
 * Speech acts that are attribution whatever follows them when a named or
 * pronoun subject performs them ("Trump called Clinton a bigot", "Obama praised
 * the deal", "he added."): PolNeAR counts praise, blame and endorsement as
 * reported stances. Without such a subject they need a clausal complement.
 * Not here: verbs of joint action and negotiation ("agreed to reinforce",
 * "demanded Moscow support", "discussed the possibility"), which report events.
 */
export const SPEECH_ACTS = new Set([
  'call', 'praise', 'criticize', 'criticise', 'blame', 'slam', 'blast', 'condemn', 'decry', 'dismiss', 'reject',
  'dispute', 'question', 'accuse', 'endorse', 'thank', 'congratulate', 'welcome', 'hail', 'applaud', 'mention', 'cite',
  'quote', 'add', 'note', 'observe', 'comment', 'describe', 'charge', 'answer', 'attack', 'defend', 'mock', 'tout',
  'echo', 'bemoan', 'denounce', 'support', 'oppose', 'back', 'signal', 'post', 'express',
  'warn', 'urge', 'promise', 'pledge', 'vow', 'threaten', 'mock', 'suggest', 'propose', 'recommend',
  'ask', 'complain', 'boast', 'lament', 'joke', 'acknowledge', 'admit', 'concede', 'deny', 'dismiss',
  'like', 'love', 'hate', 'dislike', 'trust', 'favor', 'favour', 'rate',
  ...words(JUDGEMENT), ...words(STANCE), ...words(CONVEY), ...words(ATTITUDE),
]);

/**
 * Speech acts whose passive judges its subject even with nothing after it ("the plan was widely criticized", "the
 * bill is backed", "he has been accused"): an evaluation, whose owner a reader needs to know. The passive of other
 * speech acts with nothing after it tells of an act done ("the deal was announced", "the rating was affirmed").
 */
export const JUDGING_ACTS: ReadonlySet<string> = new Set([
  ...words(JUDGEMENT), ...words(STANCE), ...words(ATTITUDE),
  ...words('praise criticize criticise blame slam blast condemn decry dismiss dispute question accuse mock denounce deride hail applaud welcome thank congratulate tout bemoan lament'),
  // (questions asked are doubts raised: "Questions have been asked about the levy")
  'ask',
]);

/**
 * Speech acts whose passive with a "by" agent is the agent's statement or judgement ("was criticized by Democrats",
 * "is rated Baa-2 by Moody's"). Not verbs of conveying, whose passive tells a thing's making ("is presented by",
 * "was issued by", "was featured by"), nor those with a physical or an administrative sense ("ships have been
 * attacked by both belligerents", "was defended by troops", "bail was posted by his brother", "the phone was answered
 * by his wife", "the account was credited by the bank").
 */
export const PASSIVE_ACTS: ReadonlySet<string> = (() => {
  const otherSenses = new Set([...words(CONVEY), ...words('attack blast defend hail paint frame rip bash slam post add answer credit')]);
  return new Set([...SPEECH_ACTS].filter((w) => !otherSenses.has(w)));
})();

/**
 * Speech acts whose noun phrase after the verb is always their object ("…, praised the deal",
 * "…, called the plan “abhorrent”"), never an inverted speaker as in ", said Kirby" or ", added Kirby".
 */
export const OBJECT_ACTS: ReadonlySet<string> = new Set(
  [...SPEECH_ACTS].filter((v) => !words('add note observe comment answer warn urge promise pledge vow suggest propose recommend ask complain boast lament joke acknowledge admit concede deny quote post signal echo mention').includes(v)),
);

/**
 * Verbs that report speech only with a clause or a quotation ("he maintained that…", "“…,” she
 * countered"); with an object they are mostly actions ("maintained a schedule", "addressed a rally",
 * "allowed voters to…", "since the war began", "went on to win", "welcomed the guests").
 */
export const WEAK_CUES: ReadonlySet<string> = new Set(words('begin maintain advise relate counter allow grant address debate go testify welcome fume rave rant riff crow bellow holler'));

/**
 * What one welcomes as a stance, not as a host: a decision, a step, news ("welcomed the ruling", "welcomed the
 * EU's financial contribution"); "welcomed the guests" is an action.
 */
export const WELCOMED_THINGS: ReadonlySet<string> = new Set(
  words(`decision decisions move moves news ruling announcement agreement deal plan plans proposal proposals initiative
step steps offer contribution outcome result results verdict resolution report statement talks ceasefire truce progress
effort efforts commitment commitments approach change changes vote bill law measure measures
reform reforms policy idea release appointment nomination endorsement apology gesture development developments
findings recommendation recommendations action actions pledge promise victory`),
);

/**
 * Verbs that need a clause unless someone performs them (NEEDS_COMPLEMENT), where a person or an institution
 * as the finite verb's subject makes what follows their content: talking ("Ruiz was talking school policy")
 * and showing ("the survey showed Ruiz ahead", "Ruiz showed no interest"). Not "show up", which is arriving.
 * Not verbs of negotiation and command ("discussed the possibility", "ordered a curfew"), which report events.
 */
export const ACTOR_LICENSED: ReadonlySet<string> = new Set(words('talk show'));

/** Intention/wish verbs whose to-infinitive complement is the attributed content ("wants to", "plans to"). */
export const TAKES_INFINITIVE = new Set([
  'want', 'plan', 'intend', 'seek', 'hope', 'expect', 'aim', 'wish', 'need', 'promise', 'vow', 'pledge',
  'threaten', 'prefer', 'desire', 'urge', 'ask', 'tell', 'advise', 'call', 'seem', 'appear', 'decide',
  'offer', ...words(INTENTION), 'encourage', 'invite', 'persuade', 'convince', 'push', 'lobby', 'fight',
]);

/**
 * Of the verbs that take an infinitive, those whose object is who is to do what the infinitive says ("wants X to
 * head", "urged X to resign"; not "chose X to announce").
 */
export const OBJECT_CONTROL: ReadonlySet<string> = new Set(['want', 'ask', 'urge', 'tell', 'advise', 'encourage', 'invite', 'persuade', 'convince', 'expect', 'need', 'prefer', 'push', 'lobby', 'press']);

/** Multi-word cues whose second word carries the sense. */
export const PHRASAL: ReadonlyArray<[string, string]> = [
  ['point', 'out'],
  ['call', 'for'],
  ['call', 'on'],
  ['make', 'clear'],
  ['go', 'on'],
  ['weigh', 'in'],
  ['speak', 'out'],
  ['shoot', 'down'],
  ['refer', 'to'],
  ['talk', 'about'],
  ['speak', 'about'],
  ['speak', 'of'],
  ['point', 'to'],
  ['push', 'for'],
  ['lay', 'out'],
  ['go', 'after'],
  ['speak', 'up'],
  ['double', 'down'],
  ['sign', 'off'],
  ['vote', 'for'],
  ['vote', 'against'],
  ['respond', 'to'],
  ['respond', 'with'],
  ['rule', 'against'],
  ['agree', 'with'],
  ['put', 'it'],
];

/** Inflected form of a phrasal cue's verb → its lemma ("pointed" → "point", for "pointed out"). */
export const PHRASAL_VERBS: ReadonlyMap<string, string> = new Map(PHRASAL.flatMap(([v]) => inflect(v).map((f) => [f, v] as [string, string])));

/**
 * Nouns of statements, stances and intentions ("Trump's claim that…", "support
 * for the bill", "his plan to…"), each with the prepositions that open its
 * content. A noun is a cue when a possessor names whose it is, or when its
 * content follows (a that-clause, a to-infinitive or one of its prepositions).
 */
export const STANCE_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  const add = (nouns: string, preps: string): void => {
    for (const n of words(nouns)) m.set(n, new Set(words(preps)));
  };
  add('claim claims allegation allegations assertion accusation accusations charge charges', 'that of about against');
  add('criticism criticisms critique critiques condemnation broadside broadsides tirade swipe swipes jab jabs', 'of on against about');
  add('support backing endorsement endorsements praise opposition objection objections resistance', 'for of to from');
  add('call calls demand demands plea pleas push', 'for to');
  add('plan plans proposal proposals pledge pledges promise promises vow vows threat threats intention decision determination', 'to for that');
  add('view views belief beliefs opinion opinions stance argument arguments theory assessment', 'that on of about');
  // ("the idea of a grand bargain" is a topic, no one's view)
  add('idea ideas', 'that about');
  add('concern concerns fear fears worry worries doubt doubts hope hopes warning warnings complaint complaints', 'that about of over');
  add('question questions', 'about over');
  add('comment comments remark remarks statement statements testimony announcement rhetoric admission denial explanation description insistence suggestion recommendation advice', 'that about on to');
  return m;
})();

/**
 * Nouns of a stance or a report held by an unnamed many, after "there is" ("there is growing concern that…",
 * "there has been much speculation about…", "there were reports that…"), to the lemma of their verb.
 */
export const EXISTENTIAL_STANCES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (lemma: string, nouns: string): void => {
    for (const n of words(nouns)) m.set(n, lemma);
  };
  add('concern', 'concern concerns');
  add('fear', 'fear fears');
  add('worry', 'worry worries');
  add('hope', 'hope hopes');
  add('doubt', 'doubt doubts');
  add('believe', 'belief beliefs');
  add('expect', 'expectation expectations');
  add('suspect', 'suspicion suspicions');
  add('agree', 'agreement consensus');
  add('disagree', 'disagreement');
  add('speculate', 'speculation');
  add('talk', 'talk');
  add('optimism', 'optimism');
  add('pessimism', 'pessimism');
  add('skepticism', 'skepticism scepticism');
  add('criticize', 'criticism');
  add('question', 'questions');
  add('report', 'report reports');
  add('rumor', 'rumor rumors rumour rumours');
  return m;
})();

/**
 * Verbs of meeting a reaction ("drew criticism from…", "has won support from…", "faced a backlash from…"), their
 * inflected forms to the lemma, and the reactions: nouns of judgement or stance whose holder follows "from"
 * (the judgements, JUDGING_REACTIONS, are someone's even when no one is named: "has faced sharp criticism").
 */
export const REACTION_VERBS: ReadonlyMap<string, string> = new Map(
  words('draw receive face earn win get attract spark provoke trigger elicit prompt garner').flatMap((v) => inflect(v).map((f): [string, string] => [f, v])),
);
export const REACTIONS: ReadonlySet<string> = new Set(
  words(`criticism criticisms praise condemnation condemnations rebuke rebukes backlash outrage support opposition
objection objections complaint complaints applause ridicule scorn protest protests endorsement endorsements approval
disapproval pushback skepticism scepticism warnings`),
);
export const JUDGING_REACTIONS: ReadonlySet<string> = new Set(
  words('criticism criticisms condemnation condemnations rebuke rebukes backlash outrage ridicule scorn pushback skepticism scepticism praise'),
);

/**
 * Verbs of issuing that, with a noun of speech or writing as their object, report a statement:
 * "released a statement", "made several comments", "gave a speech", "sent a letter". Inflected forms → lemma.
 */
export const ISSUE_VERBS: ReadonlyMap<string, string> = new Map(
  words('make give deliver issue release send offer put fire unleash launch post publish pen extend').flatMap((v) => inflect(v).map((f) => [f, v] as [string, string])),
);

/** Nouns of statements and messages: the object that makes an issuing verb a speech act. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(words(`statement statements remark remarks comment comments
speech speeches address answer answers reply response responses testimony interview interviews announcement
message messages letter letters email emails memo note notes notice tweet tweets post posts op-ed editorial column
allegation allegations accusation accusations charge charges claim claims case argument arguments assertion
observation observations point points defense defence critique criticism attack attacks broadside tirade rebuke
warning warnings promise promises pledge pledges vow vows threat threats prediction predictions assurance assurances
apology apologies appeal appeals plea pleas endorsement endorsements praise tribute thanks condolences prayers
assessment evaluation analysis explanation description account version denial denials rebuttal retort quip joke
jokes swipe swipes jab jabs shot shots insult insults rant lament proposal proposals plan plans pitch request
demand demands call calls invitation ultimatum verdict judgment judgement opinion opinions view views thoughts
advice recommendation recommendations suggestion suggestions rhetoric idea ideas`));

/** Adverbs that hedge a statement without naming a source. */
export const HEDGE_ADVERBS = new Set([
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'rumoredly', 'rumouredly',
]);

/** Prepositional cues: "according to X", "in the words of X", "per X". */
export const PREPOSITIONAL: ReadonlyArray<string[]> = [
  ['according', 'to'],
  ['in', 'the', 'words', 'of'],
  ['in', 'the', 'view', 'of'],
  ['as', 'quoted', 'by'],
  ['as', 'reported', 'by'],
  ['citing'],
  ['quoting'],
  ['per'],
];

/** Nouns that, as subject or head of a source phrase, make the source vague. */
export const VAGUE_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'report', 'reports', 'outlet', 'outlets', 'media', 'critic', 'critics',
  'expert', 'experts', 'analyst', 'analysts', 'observer', 'observers', 'insider', 'insiders', 'people', 'person',
  'persons', 'resident', 'residents', 'witness', 'witnesses', 'diplomat', 'diplomats', 'aide', 'aides', 'activist',
  'activists', 'someone', 'somebody', 'some', 'many', 'others', 'rumor', 'rumors', 'rumour', 'rumours', 'speculation',
  'commentator', 'commentators', 'pundit', 'pundits', 'supporter', 'supporters', 'opponent', 'opponents',
  'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'representatives', 'member', 'members', 'staff',
  'staffer', 'staffers', 'authorities', 'scientists', 'researchers', 'studies', 'study', 'polls', 'poll', 'survey',
  'surveys', 'everyone', 'everybody', 'they', 'it', 'press', 'newspapers', 'websites', 'social',
]);

/** Modifiers that make any source anonymous. */
export const ANONYMOUS_MODIFIERS = new Set([
  'anonymous', 'unnamed', 'unidentified', 'undisclosed', 'certain', 'several', 'various', 'some', 'many', 'informed',
  'knowledgeable', 'local', 'published', 'media', 'senior', 'top', 'high-ranking', 'familiar',
]);

/** Heads that need no name: documents and institutions speak for themselves. */
export const DOCUMENT_HEADS = new Set([
  'statement', 'statements', 'report', 'communique', 'communiqué', 'release', 'letter', 'memo', 'filing', 'document',
  'documents', 'ministry', 'department', 'agency', 'government', 'court', 'ruling', 'website', 'deal', 'agreement',
  'law', 'bill', 'order', 'decree', 'resolution', 'treaty', 'data', 'figures', 'record', 'records', 'transcript',
]);
