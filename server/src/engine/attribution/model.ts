import type { Span } from '../types';
import type { CueClass } from '../lexicon/cues';

export interface Source {
  span: Span;
  /** The words of the source phrase as written ("he", "State Department spokesman John Kirby"). */
  text: string;
  /** Who the phrase refers to: a pronoun or surname resolved to the fullest earlier mention. */
  resolved: string;
  pronoun: boolean;
  /** The phrase names a person (not an organisation, document or group). */
  person: boolean;
  /** Why the source is vague or anonymous, or null when it names someone. */
  vague: string | null;
  /**
   * The vague source is a party's unnamed spokesperson ("a spokeswoman for Hillary Clinton", "a Nissan spokesman"):
   * the party it names speaks, a routine attribution worth a name but no warning.
   */
  partySpokesperson: boolean;
  /** A vague source's head word in lower case ("spokesman" in "a ministry spokesman at the embassy"); null otherwise. */
  head?: string | null;
}

export type CueKind = CueClass | 'according' | 'hedge' | 'colon' | 'passive';

export interface Cue {
  span: Span;
  text: string;
  kind: CueKind;
  lemma: string;
  source: Source | null;
  /** The cue's sentence ends with a colon: the attributed content follows in the next blocks. */
  introducesBlock: boolean;
}

/**
 * Lemmas of passives that name a thing or lay a charge ("the gases, known as HFCs", "was charged with fraud"):
 * attribution as PolNeAR counts it, but no judgement whose owner is missing (not a vague attribution).
 */
export const NAMING_PASSIVE = 'known as';
export const CHARGE_PASSIVE = 'charged with';
/** The lemma of a refusal to speak ("declined to comment", "would not elaborate"): what is refused is said by no one. */
export const REFUSAL = 'decline';
/** A refusal to speak: a speech cue of the lemma `REFUSAL` (not an intention, "declined to renew the contract"). */
export const isRefusal = (c: Cue): boolean => c.kind === 'speech' && c.lemma === REFUSAL;
/**
 * The lemma of a question put by someone named in a participle clause ("Asked by reporters whether…, Trump said…"):
 * the asker is the source of the question, which claims nothing.
 */
export const QUESTION_PUT = 'asked by';
/** A question put ("Asked by officials whether…"): nothing rests on the asker's authority. */
export const isQuestionPut = (c: Cue): boolean => c.kind === 'speech' && c.lemma === QUESTION_PUT;
/** The lemma of a passive that puts a question to a person ("Reagan was once asked how…"; not "Questions were asked"). */
export const QUESTION_PASSIVE = 'asked of';
/** The lemma of a passive that gives a thing's purpose ("the plan is intended to limit…", "was designed to…", "is meant for…"). */
export const PURPOSE_PASSIVE = 'meant to';
/**
 * The lemma of a passive that tells of an act done to its subject, with nothing said or judged after it ("the
 * agreement was announced in February", "a compromise was agreed", "144 planes have been ordered"): see `actPassive`.
 */
export const ACT_PASSIVE = 'done to';
/**
 * Passives with no agent that judge nothing, each with what it does instead: a name given, a charge laid, a
 * question put to the subject (what matters is the answer, not who asked), a purpose (whose intention it is, the
 * plan's makers', goes without saying), and an act done (an announcement made, a deal agreed: the act is the news,
 * not anyone's view of it).
 */
const NOT_JUDGING: ReadonlyMap<string, string> = new Map([
  [NAMING_PASSIVE, 'it gives a name'],
  [CHARGE_PASSIVE, 'it tells of a charge laid'],
  [QUESTION_PASSIVE, 'it tells of a question put to its subject'],
  [PURPOSE_PASSIVE, 'it gives a purpose'],
  [ACT_PASSIVE, 'it tells of an act done, not of anyone’s view'],
]);

/** A passive with no agent that judges something on nobody's named authority ("is widely believed", "was described as"). */
export function vaguePassive(c: Cue): boolean {
  return c.kind === 'passive' && !c.source && !NOT_JUDGING.has(c.lemma);
}

/**
 * Why a passive with no agent is no vague attribution, when it judges nothing ("was announced": "it tells of an
 * act done, not of anyone’s view"); null for any other cue.
 */
export function unjudgingPassive(c: Cue): string | null {
  return c.kind === 'passive' && !c.source ? (NOT_JUDGING.get(c.lemma) ?? null) : null;
}

export type AttributionHow =
  /** The cue is in the sentence. */
  | 'cue'
  /** The sentence is inside a quotation whose speaker is named in another sentence. */
  | 'quotation'
  /** The sentence follows "…, he said, adding:" */
  | 'colon'
  /** A direct-quote sentence next to an attributed sentence in the same paragraph. */
  | 'adjacent-quote'
  /** A direct-quote sentence in a paragraph that quoted its speaker a few sentences before (the writer's own sentences between). */
  | 'paragraph-speaker';

export interface Attribution {
  cue: Cue;
  how: AttributionHow;
  /** Index of the sentence holding the cue. */
  fromSentence: number;
}
