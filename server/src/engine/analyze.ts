import type { DocumentFormat, Span } from './types';
import type { BlockRole, ParsedDocument } from './text/blocks';
import { parseDocument } from './text/parse';
import { splitSentences } from './text/sentences';
import { findQuotations, firstDoubleMark, linkContinuations, type Quotation } from './text/quotes';
import { tokenize, type Token } from './nlp/tokens';
import { CLOSE_Q, findCues, isRelativePronoun, personSubject, SIGN_OFF, WH, workOfCue } from './attribution/detect';
import type { Attribution, Cue } from './attribution/model';
import { MentionResolver, type ResolverChange } from './attribution/resolver';
import { isCaption, judgeClaim, type ClaimVerdict } from './claims/claims';

export type SentenceRole = BlockRole | 'caption';

export interface Sentence {
  index: number;
  span: Span;
  block: number;
  role: SentenceRole;
  tokens: Token[];
  /** Indexes into `DocumentAnalysis.quotations` of quotations overlapping this sentence. */
  quotations: number[];
  /** Cues found in the sentence itself. */
  cues: Cue[];
  /** What attributes this sentence's content, if anything. */
  attribution: Attribution | null;
  /** For unattributed body sentences: is it a claim? */
  claim: ClaimVerdict | null;
  /**
   * The record of the sentence in its document's `AnalysisMemo` (an edited document's), shared by
   * every analysis that reuses its paragraph; `key` caches what signatures read of it.
   */
  read?: ReadSentence;
}

/** A sentence as its paragraph was read (offsets as they were then). */
export interface ReadSentence {
  span: Span;
  role: SentenceRole;
  tokens: Token[];
  cues: Cue[];
  /** What signatures read of it, and whether it is a claim (when unattributed): computed once. */
  key?: string;
  claim?: ClaimVerdict;
}

export interface DocumentAnalysis {
  parsed: ParsedDocument;
  sentences: Sentence[];
  quotations: Quotation[];
  /** Speaker attribution per quotation (same index as `quotations`). */
  quotationAttribution: (Attribution | null)[];
}

const LINTED_ROLES: ReadonlySet<SentenceRole> = new Set(['body']);

export function isLinted(s: Sentence): boolean {
  return LINTED_ROLES.has(s.role);
}

/** Body paragraphs with no quotation mark a quotation may run on through, at most, before one closes it. */
const CARRIED_BLOCKS = 8;

/** Whether, after body paragraph `bi` (which has no quotation mark), one of the next body paragraphs closes a quotation before opening one. */
function closedLater(text: string, blocks: ParsedDocument['blocks'], bi: number): boolean {
  for (let k = bi + 1; k < blocks.length && k <= bi + CARRIED_BLOCKS && blocks[k].role === 'body'; k++) {
    const mark = firstDoubleMark(text, blocks[k].span);
    if (mark !== null) return mark === 'close';
  }
  return false;
}

/**
 * Full analysis of one document: structure, quotations, attribution and claims.
 *
 * `memo`, kept by the caller from one version of a document to the next (an
 * editor's), makes an edit cheap: a paragraph whose text and role are
 * unchanged and that is read with the resolver knowing the same as before
 * (see `MentionResolver.state`) takes its sentences, tokens and cues from
 * the last analysis, moved to where the paragraph now starts, instead of
 * being tokenised, tagged and searched for cues again. The result is the
 * same as without it.
 */
export function analyzeText(original: string, format: DocumentFormat, memo?: AnalysisMemo): DocumentAnalysis {
  const parsed = parseDocument(original, format);
  const { text, blocks } = parsed;
  const sentences: Sentence[] = [];
  const quotations: Quotation[] = [];
  const quoteBlock: number[] = [];
  // (per block: it opens inside a quotation the body paragraph before left open, see `findQuotations`)
  const opensInside: boolean[] = [];
  blocks.forEach((b, bi) => {
    const last = quotations.length - 1;
    // (a paragraph with no quotation mark carries the quotation on only when one of the next few closes it: a quote
    // over several lines of one sentence each, not a closing mark the writer forgot)
    opensInside[bi] = b.role === 'body' && last >= 0 && quoteBlock[last] === bi - 1 && quotations[last].openEnded && blocks[bi - 1].role === 'body' && (firstDoubleMark(text, b.span) !== null || closedLater(text, blocks, bi));
    for (const q of findQuotations(text, b.span, opensInside[bi])) {
      quotations.push(q);
      quoteBlock.push(bi);
    }
  });
  linkContinuations(quotations, (qi) => quoteBlock[qi], (b) => blocks[b].span.start);

  const resolver = new MentionResolver(memo !== undefined);
  memo?.begin();
  // (where markup or control characters were masked, the original text is part of a paragraph's key: signatures read it)
  const masked = memo !== undefined && text !== original;
  // Quotations and sentences both come in text order: one sweep pairs them.
  let firstOpen = 0;
  const quotationsOf = (span: Span): number[] => {
    while (firstOpen < quotations.length && quotations[firstOpen].span.end <= span.start) firstOpen++;
    const qs: number[] = [];
    for (let qi = firstOpen; qi < quotations.length && quotations[qi].span.start < span.end; qi++) {
      if (span.start < quotations[qi].span.end) qs.push(qi);
    }
    return qs;
  };
  blocks.forEach((b, bi) => {
    // (what the paragraph quotes depends on whether it opens inside a quotation: part of its key)
    const key = memo ? `${b.role}${opensInside[bi] ? '\u0001' : '\u0000'}${text.slice(b.span.start, b.span.end)}${masked ? '\u0000' + original.slice(b.span.start, b.span.end) : ''}` : '';
    const before = memo?.reuse(key, resolver.state);
    if (before) {
      // read before at the same point of what the resolver knew: the same sentences, moved
      const delta = b.span.start - before.start;
      for (const r of before.sentences) {
        const span = delta === 0 ? r.span : moved(r.span, delta);
        sentences.push({ index: sentences.length, span, block: bi, role: r.role, tokens: delta === 0 ? r.tokens : movedTokens(r.tokens, delta), quotations: quotationsOf(span), cues: r.cues.map((c) => copyCue(c, delta)), attribution: null, claim: null, read: r });
      }
      resolver.replay(before.changes, delta);
      memo?.keep(key, before);
      return;
    }
    const state = memo ? resolver.state : '';
    const changes: ResolverChange[] = [];
    if (memo) resolver.record(changes);
    const tokens = tokenize(text, b.span);
    const spans = b.role === 'body' ? splitSentences(text, b.span) : [b.span];
    const first = sentences.length;
    let ti = 0;
    for (const span of spans) {
      const own: Token[] = [];
      while (ti < tokens.length && tokens[ti].start < span.end) {
        if (tokens[ti].end > span.start) own.push(tokens[ti]);
        ti++;
      }
      const sentenceText = text.slice(span.start, span.end);
      const role: SentenceRole = b.role === 'body' && isCaption(own, sentenceText) ? 'caption' : b.role;
      const qs = quotationsOf(span);
      const quoted = qs.map((qi) => quotations[qi].content);
      const cues = role === 'body' || role === 'headline' ? findCues({ tokens: own, quoted, text }, resolver) : [];
      resolver.observe(own);
      for (const c of cues) {
        if (c.source && !c.source.pronoun && !c.source.vague) {
          resolver.addSource({ text: c.source.text, name: c.source.resolved, offset: c.source.span.start, person: c.source.person, plural: false });
        }
        // ("said in a field report": the report a later "the report said" is)
        const work = workOfCue(own, c);
        if (work) resolver.addSource(work);
      }
      sentences.push({ index: sentences.length, span, block: bi, role, tokens: own, quotations: qs, cues, attribution: null, claim: null, read: undefined });
    }
    if (memo) {
      resolver.record(null);
      // (the cues are copied: the passes below mark them)
      const own = sentences.slice(first).map((s) => (s.read = { span: s.span, role: s.role, tokens: s.tokens, cues: s.cues.map((c) => copyCue(c, 0)) }));
      memo.keep(key, { start: b.span.start, state, sentences: own, changes });
    }
  });

  attributeSentences(parsed, sentences);
  const quotationAttribution = attributeQuotations(text, sentences, quotations, (s) => s.quotations);
  for (const s of sentences) {
    // (a verdict reads the sentence alone: a reused paragraph's sentences keep theirs)
    if (!s.attribution && isLinted(s)) s.claim = s.read ? (s.read.claim ??= judgeClaim(s.tokens, text.slice(s.span.start, s.span.end), s.span.start)) : judgeClaim(s.tokens, text.slice(s.span.start, s.span.end), s.span.start);
  }
  return { parsed, sentences, quotations, quotationAttribution };
}

/** One paragraph as it was read: its sentences before the document-wide passes (attribution, claims). */
interface ReadBlock {
  /** Where the paragraph started then. */
  start: number;
  /** What the resolver knew before it (`MentionResolver.state`). */
  state: string;
  sentences: readonly ReadSentence[];
  /** What reading it taught the resolver. */
  changes: ResolverChange[];
}

/**
 * The paragraphs of a document's last analysis, by role and text, for the
 * next analysis of that document to reuse (`analyzeText`). It holds the
 * tokens of every paragraph: one per open document.
 */
export class AnalysisMemo {
  /** The last analysis's paragraphs, each taken once by the next, and the paragraphs of the analysis under way. */
  private last = new Map<string, ReadBlock[]>();
  private next = new Map<string, ReadBlock[]>();
  /** Paragraphs the last analysis took from the one before, and paragraphs it read. */
  reused = 0;
  read = 0;

  /** Starts an analysis: what the one before read is now what it may reuse. */
  begin(): void {
    this.last = this.next;
    this.next = new Map();
    this.reused = this.read = 0;
  }

  /** The paragraph of this key read at this resolver state by the last analysis, if any (taken: once only). */
  reuse(key: string, state: string): ReadBlock | undefined {
    const list = this.last.get(key);
    const i = list ? list.findIndex((r) => r.state === state) : -1;
    if (i < 0) {
      this.read++;
      return undefined;
    }
    this.reused++;
    return list!.splice(i, 1)[0];
  }

  /** Keeps a paragraph of the analysis under way for the next one. */
  keep(key: string, block: ReadBlock): void {
    const list = this.next.get(key);
    if (list) list.push(block);
    else this.next.set(key, [block]);
  }
}

/** Tokens moved by `delta` (built as `tokenize` builds them, so that they share its tokens' shape). */
function movedTokens(tokens: readonly Token[], delta: number): Token[] {
  const out: Token[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    out[i] = { start: t.start + delta, end: t.end + delta, text: t.text, lower: t.lower, pos: t.pos };
  }
  return out;
}

function moved(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

/** A cue as a new object (the attribution passes mark cues), moved by `delta`. */
function copyCue(c: Cue, delta: number): Cue {
  const span = delta === 0 ? c.span : moved(c.span, delta);
  const source = c.source && (delta === 0 ? { ...c.source } : { ...c.source, span: moved(c.source.span, delta) });
  return { ...c, span, source, introducesBlock: false };
}

/** The strongest cue of a sentence: a named source beats a vague one, which beats a bare hedge. */
function bestCue(cues: Cue[]): Cue | null {
  let best: Cue | null = null;
  let bestScore = -1;
  for (const c of cues) {
    // (a relative pronoun's cue is its clause's, "Residents who opposed the plan said…": the main clause's cue first)
    let score = c.kind === 'hedge' ? 0 : !c.source ? 10 : isRelativePronoun(c.source.text) ? 15 : c.source.vague ? 20 : 30;
    if (c.kind === 'speech' || c.kind === 'according' || c.kind === 'report') score += 5;
    if (c.lemma === 'say' || c.lemma === 'tell' || c.kind === 'according') score += 2;
    if (score >= bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function attributeSentences(parsed: ParsedDocument, sentences: Sentence[]): void {
  const { text, blocks } = parsed;
  for (const s of sentences) {
    const c = bestCue(s.cues);
    if (c) s.attribution = { cue: c, how: 'cue', fromSentence: s.index };
  }
  // "…, he said, adding:" → the following sentences and block(s) are the speaker's.
  for (const s of sentences) {
    const c = s.attribution?.how === 'cue' ? s.attribution.cue : null;
    if (!c || c.kind === 'hedge') continue;
    // (a colon cue is the colon itself, "Transcript as follows:", and a cue may end with one, "added:")
    const tail = text.slice(c.text.endsWith(':') ? c.span.end - 1 : c.span.end, s.span.end);
    if (!/:\s*["”“]?\s*$/.test(tail)) continue;
    c.introducesBlock = true;
    let k = s.index + 1;
    // rest of the same block, then the next block, then any block quotes after it
    let blocksTaken = 0;
    let lastBlock = s.block;
    while (k < sentences.length) {
      const n = sentences[k];
      if (n.block !== lastBlock) {
        const b = blocks[n.block];
        if (b.role !== 'body' && !b.blockquote) break;
        // Further paragraphs belong to the introduced speech while they open with a quotation mark or a speaker label.
        if (blocksTaken >= 1 && !b.blockquote && !/^(?:["“”‘']|[\p{Lu}][\p{Lu}.'’ -]{1,30}:)/u.test(text.slice(b.span.start, b.span.start + 34))) break;
        blocksTaken++;
        lastBlock = n.block;
      }
      // The quoted speaker's own "I say"/"we think" does not end the quoted block.
      if (n.attribution && !(n.attribution.cue.source?.pronoun && /^(?:i|we|you)$/i.test(n.attribution.cue.source.text))) {
        // In the paragraph the colon introduces, a sentence with a cue of its own is the speaker
        // reporting what someone knows or said: it keeps its cue and the speech goes on. A cue
        // in the colon's own paragraph, or opening a further paragraph, ends the speech.
        if (n.block === s.block || (blocksTaken >= 2 && sentences[k - 1].block !== n.block)) break;
        k++;
        continue;
      }
      n.attribution = { cue: c, how: 'colon', fromSentence: s.index };
      k++;
    }
  }
  // A speaker label opening a paragraph ("CLINTON: I feel…", "\"PENCE: Well…") covers the rest of
  // that paragraph, and is the sentence's own attribution whatever cues the speaker's words hold.
  for (const s of sentences) {
    const c = s.attribution?.how === 'cue' ? s.cues.find((x) => x.kind === 'colon' && x.source && x.source.span.start <= s.span.start + 2) : undefined;
    if (!c) continue;
    s.attribution = { cue: c, how: 'cue', fromSentence: s.index };
    // (it also takes over from a transcript's "as follows:" carried into the paragraph)
    for (let k = s.index + 1; k < sentences.length && sentences[k].block === s.block && (!sentences[k].attribution || sentences[k].attribution?.how === 'colon'); k++) {
      sentences[k].attribution = { cue: c, how: 'colon', fromSentence: s.index };
    }
  }
  // A sign-off after a quote ("…shame.” ― Sonya Herridge", "…decline.” [WaPo.]") names the speaker of its whole
  // paragraph (a bracketed name opening a sentence of its own signs off only a sentence that ends with a quotation).
  for (const s of sentences) {
    const c = s.attribution?.how === 'cue' ? s.attribution.cue : null;
    if (!c || c.lemma !== SIGN_OFF) continue;
    const afterQuote = CLOSE_Q.test(sentences[s.index - 1]?.tokens.at(-1)?.text ?? '');
    if (c.text === '[' && c.span.start === s.tokens[0].start && !afterQuote) continue;
    // (a sign-off that is a paragraph of its own, "- Sanders.", signs the quotation paragraph before it)
    const opens = c.span.start === s.tokens[0].start && sentences[s.index - 1]?.block !== s.block;
    const block = opens && afterQuote && s.index > 0 ? sentences[s.index - 1].block : s.block;
    for (let k = s.index - 1; k >= 0 && sentences[k].block === block && !sentences[k].attribution; k--) {
      sentences[k].attribution = { cue: c, how: 'quotation', fromSentence: s.index };
    }
  }
}

/**
 * The sentence right after a quotation that closes its paragraph, when it is a bare speech tag of its own: a cue
 * with a named source and nothing else ("said Obama."), in the next body paragraph.
 */
function tagAfter(text: string, sentences: Sentence[], q: Quotation, last: Sentence | undefined): Sentence | undefined {
  const next = last ? sentences[last.index + 1] : undefined;
  const a = next?.attribution;
  if (!next || !a || a.how !== 'cue' || !a.cue.source || a.cue.kind !== 'speech' || next.quotations.length || next.role !== 'body' || next.block !== last!.block + 1) return undefined;
  if (q.openEnded || !/^\s*$/.test(text.slice(q.span.end, next.span.start))) return undefined;
  const { cue } = a;
  const within = (t: Token, sp: Span): boolean => sp.start <= t.start && t.end <= sp.end;
  return next.tokens.every((t) => t.pos === 'PUNCT' || within(t, cue.span) || within(t, cue.source!.span)) ? next : undefined;
}

/**
 * Gives each quotation a speaker: a cue outside the quote in a sentence the
 * quotation touches, or in the adjacent sentence of the same paragraph. Then
 * every sentence inside an attributed quotation is attributed too.
 */
function attributeQuotations(text: string, sentences: Sentence[], quotations: Quotation[], quotesOf: (s: Sentence) => number[]): (Attribution | null)[] {
  const result: (Attribution | null)[] = quotations.map(() => null);
  const byQuote: number[][] = quotations.map(() => []);
  for (const s of sentences) for (const q of quotesOf(s)) byQuote[q].push(s.index);
  const root = (qi: number): number => quotations[qi].continues ?? qi;
  const chains = new Map<number, number[]>();
  quotations.forEach((_, qi) => {
    const r = root(qi);
    if (!chains.has(r)) chains.set(r, []);
    chains.get(r)!.push(qi);
  });
  for (const members of chains.values()) {
    const touching = members.flatMap((qi) => byQuote[qi]).map((i) => sentences[i]);
    let att: Attribution | null = null;
    for (const s of touching) {
      const a = s.attribution;
      if (a && a.cue.kind !== 'hedge' && a.how !== 'adjacent-quote' && a.how !== 'paragraph-speaker') {
        att = { cue: a.cue, how: 'quotation', fromSentence: a.fromSentence };
        break;
      }
    }
    if (!att) {
      // A speech tag alone right after the closing mark, on a line of its own ("…bailouts.''⏎said Obama."): text
      // with a sentence per line breaks a quotation's tag off too.
      const tag = tagAfter(text, sentences, quotations[members[members.length - 1]], touching[touching.length - 1]);
      if (tag) att = { cue: tag.attribution!.cue, how: 'quotation', fromSentence: tag.index };
    }
    if (!att) {
      // A direct-quote sentence with no cue takes the speaker of a neighbouring sentence in the paragraph.
      for (const s of touching) {
        if (!isMostlyQuote(text, s, quotations, quotesOf(s))) continue;
        // The sentence before (in this paragraph, or ending the previous one when the quote opens a
        // paragraph: news continues a speaker's words in the next paragraph), then the one after.
        const prev = sentences[s.index - 1];
        const opensBlock = !prev || prev.block !== s.block;
        const neighbours = [
          prev && (prev.block === s.block || (opensBlock && prev.block === s.block - 1 && prev.role === 'body')) ? prev : undefined,
          sentences[s.index + 1]?.block === s.block ? sentences[s.index + 1] : undefined,
        ].filter((n): n is Sentence => !!n);
        const speaker = neighbours.find((n) => givesSpeaker(n, quotations, quotesOf));
        if (speaker) {
          att = { cue: speaker.attribution!.cue, how: 'adjacent-quote', fromSentence: speaker.attribution!.fromSentence };
          break;
        }
      }
    }
    if (!att) {
      // Further back in the paragraph: a paragraph quotes one voice, so a quote sentence after a sentence of the
      // writer's own ("“…,” Woolson said. They also lie far from any city. “That's a tough area.”") is still the
      // speaker's, unless another voice came in between.
      for (const s of touching) {
        if (!isMostlyQuote(text, s, quotations, quotesOf(s))) continue;
        const earlier = paragraphSpeaker(sentences, s, quotations, quotesOf);
        if (earlier) {
          att = { cue: earlier.cue, how: 'paragraph-speaker', fromSentence: earlier.fromSentence };
          break;
        }
      }
    }
    if (!att) {
      // Inside a block introduced by "adding:" the quotation is the speaker's.
      const colon = touching.find((s) => s.attribution?.how === 'colon');
      if (colon) att = colon.attribution;
    }
    for (const qi of members) result[qi] = att;
    if (att) {
      for (const s of touching) {
        if (!s.attribution || s.attribution.cue.kind === 'hedge') {
          if (isMostlyQuote(text, s, quotations, quotesOf(s)) || !s.attribution) s.attribution = att.how === 'colon' ? att : { ...att, how: att.how };
        }
      }
    }
  }
  return result;
}

/** A sentence whose attribution names who speaks a quotation next to it: a speech cue with a source, or a quotation's speaker. */
function givesSpeaker(n: Sentence, quotations: Quotation[], quotesOf: (s: Sentence) => number[]): boolean {
  const a = n.attribution;
  // (or a named source's belief: "Palermo also believes the market has more to give. “…”", "In her old age, she refused
  // to…"; not one in a relative or wh-clause, "…has nothing to do with what she believes.")
  const believes = a?.cue.kind === 'belief' && !!a.cue.source && !a.cue.source.vague && !inWhClause(n, a.cue.source.span.start);
  return !!a && a.cue.kind !== 'hedge' && ((!!a.cue.source && (a.cue.kind === 'speech' || believes || a.how === 'quotation' || a.how === 'colon')) || speaksQuote(n, a.cue, quotations, quotesOf(n)));
}

/** Whether the token at `start` follows a word that opens a relative, wh- or that-clause ("what she believes"). */
function inWhClause(s: Sentence, start: number): boolean {
  const k = s.tokens.findIndex((t) => t.start === start);
  return k > 0 && WH.has(s.tokens[k - 1].lower);
}

/**
 * The attribution of the speaker quoted earlier in `s`'s paragraph, two or more sentences back, when the sentences
 * since are the writer's own (no attribution of theirs: another cue is another voice), none holds a quotation, and
 * none has someone else named as its subject ("Betsy Ebeling shook her head. “…”" leads in to Betsy's words).
 */
function paragraphSpeaker(sentences: Sentence[], s: Sentence, quotations: Quotation[], quotesOf: (s: Sentence) => number[]): Attribution | null {
  const between: Sentence[] = [];
  for (let k = s.index - 1; k >= 0 && sentences[k].block === s.block; k--) {
    const n = sentences[k];
    if (n.attribution || quotesOf(n).length > 0) {
      // (a quotation's speaker with no source named, "“…,” it was reported.", is nobody to carry on)
      const speaker = n.attribution?.cue.source;
      if (between.length === 0 || !speaker || !givesSpeaker(n, quotations, quotesOf)) return null;
      const own = new Set(speaker.text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
      return between.some((b) => namesOtherSubject(b, own)) ? null : n.attribution;
    }
    between.push(n);
  }
  return null;
}

/**
 * Someone other than the speaker (`own`: the words of the speaker's phrase) is the sentence's subject: it opens
 * (after a conjunction or adverb) with a name, right before its verb, that has a word the speaker lacks ("Betsy
 * Ebeling shook her head", not "But the oversized Trump face…" or "Many Americans have…"), or with a person named by
 * what they are, who is not the speaker ("His opponent laughed.", "The governor stood up."; not "He…", nor "The mayor
 * nodded." after Mayor Ruiz).
 */
function namesOtherSubject(s: Sentence, own: ReadonlySet<string>): boolean {
  const person = personSubject(s.tokens);
  if (person && !own.has(s.tokens[person[1] - 1].lower)) return true;
  let i = 0;
  while (i < s.tokens.length && (s.tokens[i].pos === 'CCONJ' || s.tokens[i].pos === 'ADV' || s.tokens[i].pos === 'PUNCT')) i++;
  let other = false;
  let names = 0;
  for (; i < s.tokens.length && s.tokens[i].pos === 'PROPN'; i++, names++) other ||= !own.has(s.tokens[i].lower);
  return names > 0 && other && (s.tokens[i]?.pos === 'VERB' || s.tokens[i]?.pos === 'AUX');
}

/**
 * The sentence's own cue stands outside a direct quotation of the sentence
 * ("“…,” the memo reads", "“…,” said a man who …, according to the radio"):
 * whatever its kind and whether or not its source was found, it gives the
 * quotation a speaker, who then also speaks the quote sentence next to it.
 */
function speaksQuote(s: Sentence, cue: Cue, quotations: Quotation[], own: number[]): boolean {
  if (s.attribution?.how !== 'cue') return false;
  return own.some((qi) => {
    const q = quotations[qi];
    return q.words >= 3 && !(q.content.start <= cue.span.start && cue.span.end <= q.content.end);
  });
}

/** At least half of the sentence's letters lie inside quotation marks. */
export function isMostlyQuote(text: string, s: Sentence, quotations: Quotation[], own: number[]): boolean {
  const letters = (a: number, b: number): number => (text.slice(a, b).match(/[\p{L}\p{N}]/gu) ?? []).length;
  const total = letters(s.span.start, s.span.end);
  if (total === 0) return false;
  let inside = 0;
  for (const qi of own) {
    const q = quotations[qi].content;
    inside += letters(Math.max(q.start, s.span.start), Math.min(q.end, s.span.end));
  }
  return inside / total >= 0.5;
}
