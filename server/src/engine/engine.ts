import { AnalysisMemo, analyzeText, isLinted, type DocumentAnalysis, type Sentence } from './analyze';
import { unjudgingPassive, vaguePassive, type Attribution } from './attribution/model';
import { RULES, ruleById } from './rules/registry';
import { docsUrl, type NameVariant, type RuleContext } from './rules/rule';
import { ClaimIndex, CONFLICT_CANDIDATES } from './crossdoc/index';
import { Aliases } from './crossdoc/normalize';
import { relate, sameBothWays, type Link } from './crossdoc/relate';
import { comesFirst, PairMemo } from './crossdoc/pairs';
import { signatures, type ClaimSignature } from './crossdoc/signature';
import { decodeSignatures, encodeSignatures } from './crossdoc/serialize';
import { DEFAULT_ALIASES, NO_WORKSPACE_NAMES, type WorkspaceNames } from './lexicon/aliases';
import { INSTITUTIONS } from './lexicon/institutions';
import type { Finding, RelatedLocation, SeveritySetting, SourceDocument, Span } from './types';

export interface LintConfig {
  /** Severity per rule id; `off` disables a rule. Unlisted rules use their own severity. */
  rules?: Record<string, SeveritySetting>;
  /** Report unattributed claims that other files corroborate as `info`. */
  softenCorroborated?: boolean;
}

/**
 * A host's settings on top of the project's (`.claimlint/config.json`): the CLI's `--rule`, the
 * editor's `claimlint.*`. A rule set on top wins, the others keep the project's severity; corroborated
 * claims are softened when either asks (a setting left at its default cannot be told from one set off).
 */
export function layerLintConfig(project: LintConfig, top: LintConfig): LintConfig {
  return { rules: { ...project.rules, ...top.rules }, softenCorroborated: !!(top.softenCorroborated || project.softenCorroborated) };
}

/** The built-in alias groups and institutions with a workspace's own after them. */
function aliasTable(extra: WorkspaceNames): Aliases {
  return new Aliases([...DEFAULT_ALIASES, ...extra.aliases], [...INSTITUTIONS, ...extra.institutions]);
}

export interface EngineOptions {
  /** The workspace's own alias groups and institutions (e.g. from its .claimlint/aliases.json). */
  aliases?: WorkspaceNames;
  /**
   * Documents given with `set` will be edited (an editor host): their signatures
   * keep what they were computed from, so that even the first edit recomputes
   * only what it changed. Costs a little memory per open document; a one-pass
   * host (the CLI) leaves it off.
   */
  incremental?: boolean;
  /**
   * Look up `same-event` links (other statements about a claim's event; default true). No rule
   * reads them, so a host that only lints (the CLI's `lint`) turns them off and saves their cost.
   */
  sameEvent?: boolean;
}

export interface AttributionSummary {
  cue: string;
  source: string | null;
  /** The source as resolved ("he" → "John Kirby"). */
  resolved: string | null;
  vague: boolean;
  /** Why the source is vague, when it is. */
  vagueReason: string | null;
  /** Why a cue that names no source is no vague attribution ("was announced": an act done), when it is one. */
  unnamedReason: string | null;
  how: Attribution['how'];
  /** Where the cue is (it may be in another sentence). */
  cueRange: Span;
}

export interface ClaimRecord {
  sentence: number;
  range: Span;
  text: string;
  attribution: AttributionSummary | null;
  links: RelatedLocation[];
}

export interface HoverInfo {
  range: Span;
  text: string;
  role: Sentence['role'];
  attribution: AttributionSummary | null;
  /** Why the sentence is or is not a claim. */
  claimReasons: string[];
  isClaim: boolean;
  findings: (Finding & { docs: string })[];
  links: RelatedLocation[];
}

interface Entry {
  doc: SourceDocument;
  /** Kept for documents given with `set`; null for those given with `setIndexOnly` (re-analysed on demand). */
  analysis: DocumentAnalysis | null;
  /** Its paragraphs as last read, for the next edit to reuse (`incremental`, linted documents only). */
  memo: AnalysisMemo | null;
}

/** A link kept for a signature; `quote` is the index of the quotation it is about in that signature. */
interface KeptLink {
  link: RelatedLocation;
  quote?: number;
}

/**
 * Which sentences of a document `links` must look up: `all` (a hover can be on any sentence), or
 * `linted`, what rules and claims read (headlines without quotations are left out until asked).
 */
export type LinkScope = 'all' | 'linted';

interface LinkCacheEntry {
  generation: number;
  /** `elsewhere()` when computed: links may be kept while it is unchanged. */
  elsewhere: number;
  links: Map<number, RelatedLocation[]>;
  /** The signatures linked, and what each was found to link to (null: not looked up yet, see `links`). */
  sigs: readonly ClaimSignature[];
  kept: (KeptLink[] | null)[];
  /** Some links were kept from before an edit rather than found with the current index. */
  reused: boolean;
}

/**
 * The analysis engine's entry point. It holds the documents its host gives it
 * (open editors, files on disk) and answers lint, claims and hover queries.
 * It never reads files itself: hosts push text in with `set` and take it out
 * with `remove`, so the same engine serves the language server and the CLI.
 *
 * Every document is analysed once per text and indexed in a `ClaimIndex`;
 * cross-document links are looked up through that index (never by comparing
 * all pairs) and cached until the index changes.
 */
export class ClaimEngine {
  private readonly docs = new Map<string, Entry>();
  private readonly index = new ClaimIndex();
  /** The link (or none) decided once for a pair of sentences, with the index as it is (`relateSignature`). */
  private readonly pairs = new PairMemo<Link | null>();
  private aliases: Aliases;
  private readonly linkCache = new Map<string, LinkCacheEntry>();
  /** Document changes in all and per uri: what changed elsewhere = all − own. */
  private changes = 0;
  private readonly ownChanges = new Map<string, number>();

  private readonly incremental: boolean;
  private readonly sameEvent: boolean;

  constructor(options: EngineOptions = {}) {
    this.aliases = aliasTable(options.aliases ?? NO_WORKSPACE_NAMES);
    this.incremental = !!options.incremental;
    this.sameEvent = options.sameEvent ?? true;
  }

  private touch(uri: string): void {
    this.changes++;
    this.ownChanges.set(uri, (this.ownChanges.get(uri) ?? 0) + 1);
  }

  /** Changes to documents other than `uri` so far. */
  private elsewhere(uri: string): number {
    return this.changes - (this.ownChanges.get(uri) ?? 0);
  }

  /** Replaces the workspace's alias groups and institutions and re-indexes every document. */
  setAliases(extra: WorkspaceNames): void {
    this.aliases = aliasTable(extra);
    this.changes++;
    this.linkCache.clear();
    for (const [uri, e] of this.docs) {
      // tokens were released after indexing: re-analyse from the text
      const analysis = analyzeText(e.doc.text, e.doc.format);
      this.index.setDocument(uri, signatures(analysis, this.aliases, this.reuseFor(e.analysis !== null, null)));
      releaseTokens(analysis);
      if (e.analysis) e.analysis = analysis;
    }
  }

  /** Adds or updates a document that will be linted (an open editor, a file the CLI lints). */
  set(doc: SourceDocument): void {
    this.put(doc, true);
  }

  /**
   * Adds or updates a document only other documents are checked against (a
   * file of the workspace that is not open). Its analysis is not kept, which
   * is most of a document's memory; linting or hovering it re-analyses it.
   */
  setIndexOnly(doc: SourceDocument): void {
    this.put(doc, false);
  }

  private put(doc: SourceDocument, keep: boolean): void {
    const prev = this.docs.get(doc.uri);
    if (prev && prev.doc.text === doc.text && prev.doc.format === doc.format) {
      prev.doc = doc;
      if (keep && !prev.analysis) {
        // opened in an editor: kept from now on, and signed for edits (same signatures, same links)
        prev.memo = this.incremental ? new AnalysisMemo() : null;
        const analysis = analyzeText(doc.text, doc.format, prev.memo ?? undefined);
        if (this.incremental) this.index.setDocument(doc.uri, signatures(analysis, this.aliases, []));
        releaseTokens(analysis);
        prev.analysis = analysis;
      }
      if (!keep) {
        prev.analysis = null;
        prev.memo = null;
      }
      return;
    }
    // an edit of a linted document reads again only the paragraphs it changed
    const memo = keep && this.incremental ? (prev?.memo ?? new AnalysisMemo()) : null;
    const analysis = analyzeText(doc.text, doc.format, memo ?? undefined);
    this.touch(doc.uri);
    this.docs.set(doc.uri, { doc, analysis: keep ? analysis : null, memo });
    // a new version of a document already here (an edit) reuses the signatures of unchanged sentences
    this.index.setDocument(doc.uri, signatures(analysis, this.aliases, this.reuseFor(keep, prev ? this.index.signatures(doc.uri) : null)));
    releaseTokens(analysis);
  }

  /**
   * What `signatures` may reuse for a document: for one that is linted (`set`),
   * its previous version's signatures on an edit, or, when it will be edited
   * (`incremental`), at least nothing, so that its signatures keep their
   * inputs; for one only indexed, nothing (no inputs kept: they cost memory).
   */
  private reuseFor(keep: boolean, previous: ClaimSignature[] | null): ClaimSignature[] | undefined {
    if (!keep) return undefined;
    return previous ?? (this.incremental ? [] : undefined);
  }

  private analyse(doc: SourceDocument): DocumentAnalysis {
    const analysis = analyzeText(doc.text, doc.format);
    releaseTokens(analysis);
    return analysis;
  }

  /**
   * This document's claim signatures in a portable form (`encodeSignatures`),
   * for a host that analyses documents in several threads: another engine
   * given them with `importDocument` links its own documents to this one
   * exactly as if it had analysed it itself.
   */
  exportDocument(uri: string): unknown {
    return this.docs.has(uri) ? encodeSignatures(this.index.signatures(uri)) : null;
  }

  /**
   * Indexes a document analysed elsewhere (`exportDocument` of an engine with
   * the same aliases): it is linked to and name-checked against, but not
   * linted here. Replaces any document of that uri.
   */
  importDocument(uri: string, exported: unknown): void {
    this.touch(uri);
    this.docs.delete(uri);
    this.linkCache.delete(uri);
    this.index.setDocument(uri, decodeSignatures(exported));
  }

  /**
   * A one-pass host (the CLI) is done with a document: its analysis and cached
   * links are dropped, most of what a linted document holds, while it stays
   * indexed for the documents linted after it. Asking about it again
   * re-analyses it, as for `setIndexOnly`.
   */
  release(uri: string): void {
    const e = this.docs.get(uri);
    if (e) {
      e.analysis = null;
      e.memo = null;
    }
    this.linkCache.delete(uri);
  }

  remove(uri: string): void {
    if (this.docs.has(uri) || this.index.signatures(uri).length) this.touch(uri);
    this.docs.delete(uri);
    this.index.removeDocument(uri);
    this.linkCache.delete(uri);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  uris(): string[] {
    return [...this.docs.keys()];
  }

  text(uri: string): string | null {
    return this.docs.get(uri)?.doc.text ?? null;
  }

  /** The document's analysis (tokens released); re-analysed for a document given with `setIndexOnly`. */
  analysis(uri: string): DocumentAnalysis | null {
    const e = this.docs.get(uri);
    if (!e) return null;
    return e.analysis ?? this.analyse(e.doc);
  }

  /** Index generation: changes whenever any document changes (hosts use it to refresh dependants). */
  get generation(): number {
    return this.index.generation;
  }

  /**
   * Cross-document links of each sentence of a document, found through the
   * index: for every claim, the candidates sharing its rarest keys, related
   * one by one. The cost grows with candidates, not with the workspace.
   *
   * Incremental: while no other document has changed since the last call,
   * a sentence whose signature was kept by the edit (the same object, see
   * `signatures`) keeps its links, so an edit relates only the sentences it
   * changed. (Kept links were found before the edit: the document's own words
   * and entities shift the index's word weights and the article's context a
   * little, which changes scores and, for a pair near a threshold, whether it
   * links at all, until another file changes or `settleLinks`.)
   *
   * `scope` 'linted' (lint and claims) leaves out headlines without quotations: only a hover shows
   * their links, and a later 'all' call looks them up then.
   */
  links(uri: string, scope: LinkScope = 'all'): Map<number, RelatedLocation[]> {
    const cached = this.linkCache.get(uri);
    if (cached && cached.generation === this.index.generation) {
      if (scope === 'all' && cached.kept.includes(null)) this.completeLinks(uri, cached);
      return cached.links;
    }
    const elsewhere = this.elsewhere(uri);
    const sigs = this.index.signatures(uri);
    let previous: Map<ClaimSignature, KeptLink[]> | null = null;
    // (kept while the document's own entities change too: "Reuters" typed letter by letter would
    // otherwise relate every sentence on every key; `settleLinks` makes them exact again)
    if (cached && cached.elsewhere === elsewhere) {
      previous = new Map();
      cached.sigs.forEach((s, i) => {
        const k = cached.kept[i];
        if (k) previous!.set(s, k);
      });
    }
    const wanted = scope === 'all' ? null : this.linkedSentences(uri);
    let reused = false;
    const kept = sigs.map((sig) => {
      const before = previous?.get(sig);
      if (before) reused = true;
      else if (wanted && !wanted(sig)) return null;
      return before ?? this.relateSignature(sig, uri);
    });
    const links = this.linkMap(sigs, kept, new Map());
    this.linkCache.set(uri, { generation: this.index.generation, elsewhere, links, sigs, kept, reused });
    return links;
  }

  /** Fills `into` with the links found for each signature, in the signatures' (the sentences') order. */
  private linkMap(sigs: readonly ClaimSignature[], kept: readonly (KeptLink[] | null)[], into: Map<number, RelatedLocation[]>): Map<number, RelatedLocation[]> {
    sigs.forEach((sig, i) => {
      const found = kept[i];
      if (found?.length) into.set(sig.sentence, found.map(({ link, quote }) => ({ ...link, range: { ...link.range }, detailRange: quote === undefined ? undefined : { ...sig.quotes[quote].span } })));
    });
    return into;
  }

  /**
   * What rules and claims read links of: the linted sentences, and any sentence with a quotation (a
   * headline's quote can differ from another file's). A headline's other links show only in its hover.
   */
  private linkedSentences(uri: string): (sig: ClaimSignature) => boolean {
    const sentences = this.analysis(uri)?.sentences ?? [];
    return (sig) => sig.quotes.length > 0 || (sentences[sig.sentence] !== undefined && isLinted(sentences[sig.sentence]));
  }

  /** Looks up the links a scoped `links` call left out, with the index as it is (the entry is current). */
  private completeLinks(uri: string, entry: LinkCacheEntry): void {
    entry.kept = entry.kept.map((k, i) => k ?? this.relateSignature(entry.sigs[i], uri));
    entry.links.clear();
    this.linkMap(entry.sigs, entry.kept, entry.links);
  }

  /**
   * Makes the next lint, claims or hover of a document relate every sentence
   * again with the index as it is now. Links kept through edits were found
   * with the index as it was before them, and the document's own edits shift
   * its word weights: a pair near a threshold can gain or lose a link, not
   * only a little score. A host calls this once the user pauses. Returns
   * whether any kept link was dropped (false: the links are already exact).
   */
  settleLinks(uri: string): boolean {
    if (!this.linkCache.get(uri)?.reused) return false;
    this.linkCache.delete(uri);
    return true;
  }

  private relateSignature(sig: ClaimSignature, uri: string): KeptLink[] {
    const found: KeptLink[] = [];
    this.pairs.sync(this.index.generation);
    for (const [rank, c] of this.index.candidates(sig, uri).entries()) {
      // whether the two are related at all is decided once per pair, in its fixed order (most are not: the other
      // side skips them)
      const decided = this.pairs.related(sig, uri, c.sig, c.posting.uri, !!this.docs.get(c.posting.uri)?.analysis, (first, second) => relate(first, second, this.index, this.sameEvent));
      if (!decided) continue;
      // A link decided from the other side reads the same from this one when it is one claim or one event told
      // twice (a score and no wording); a conflict or a quotation's versions are worded from this side.
      const l = comesFirst(sig, uri, c.sig, c.posting.uri) || sameBothWays(decided) ? decided : relate(sig, c.sig, this.index, this.sameEvent);
      if (!l) continue;
      // A story told many times (wire updates, one market's daily reports) fills the first places with
      // versions of one sentence; the next ones may still corroborate it, but a conflict with a sentence
      // that shares fewer of its rare keys is more often two instances of one kind than the same claim.
      if (rank >= CONFLICT_CANDIDATES && (l.relation === 'contradicts' || l.relation === 'disputes')) continue;
      const q = l.quote;
      found.push({
        link: {
          uri: c.posting.uri,
          range: q ? { ...q.there.span } : { ...c.sig.span },
          relation: l.relation,
          text: q ? q.there.text : c.sig.text,
          score: l.score,
          detail: l.detail,
        },
        quote: q ? sig.quotes.indexOf(q.here) : undefined,
      });
    }
    return found.sort((a, b) => (b.link.score ?? 0) - (a.link.score ?? 0) || (a.link.uri < b.link.uri ? -1 : a.link.uri > b.link.uri ? 1 : a.link.range.start - b.link.range.start));
  }

  private nameVariants(uri: string): NameVariant[] {
    return this.index.nameVariants(uri).map((v) => ({
      mention: v.mention,
      other: { uri: v.other.uri, range: { ...v.other.mention.span }, relation: 'name-variant', text: v.other.mention.surface },
    }));
  }

  private context(uri: string, analysis: DocumentAnalysis, config: LintConfig): RuleContext {
    return { uri, analysis, links: this.links(uri, 'linted'), nameVariants: this.nameVariants(uri), options: { softenCorroborated: !!config.softenCorroborated } };
  }

  lint(uri: string, config: LintConfig = {}): Finding[] {
    const analysis = this.analysis(uri);
    if (!analysis) return [];
    const findings: Finding[] = [];
    const ctx = this.context(uri, analysis, config);
    for (const rule of RULES) {
      const setting = config.rules?.[rule.id];
      if (setting === 'off') continue;
      for (const f of rule.check(ctx)) {
        findings.push(setting ? { ...f, severity: setting } : f);
      }
    }
    findings.sort((a, b) => a.range.start - b.range.start || a.rule.localeCompare(b.rule));
    return findings;
  }

  /** Every sentence treated as a claim (attributed or not), with its attribution. */
  claims(uri: string): ClaimRecord[] {
    const a = this.analysis(uri);
    if (!a) return [];
    const text = a.parsed.original;
    const links = this.links(uri, 'linted');
    return a.sentences
      .filter((s) => isLinted(s) && (s.attribution || s.claim?.claim))
      .map((s) => ({
        sentence: s.index,
        range: { ...s.span },
        text: text.slice(s.span.start, s.span.end),
        attribution: summarize(s.attribution),
        links: links.get(s.index) ?? [],
      }));
  }

  hover(uri: string, offset: number, config: LintConfig = {}): HoverInfo | null {
    const a = this.analysis(uri);
    if (!a) return null;
    const s = a.sentences.find((x) => x.span.start <= offset && offset < x.span.end) ?? a.sentences.find((x) => x.span.end === offset);
    if (!s) return null;
    const findings = this.lint(uri, config)
      .filter((f) => f.sentence === s.index)
      .map((f) => ({ ...f, docs: docsUrl(ruleById(f.rule)!) }));
    return {
      range: { ...s.span },
      text: a.parsed.original.slice(s.span.start, s.span.end),
      role: s.role,
      attribution: summarize(s.attribution),
      claimReasons: s.claim?.reasons ?? [],
      isClaim: !!s.claim?.claim,
      findings,
      links: this.links(uri).get(s.index) ?? [],
    };
  }
}

/**
 * Tokens are needed to analyse and sign a document, not afterwards (rules read
 * cues, attribution and claim verdicts). Dropping them keeps a 10k-article
 * workspace in memory at a fraction of the cost.
 */
function releaseTokens(a: DocumentAnalysis): void {
  for (const s of a.sentences) s.tokens = [];
}

export function summarize(a: Attribution | null): AttributionSummary | null {
  if (!a) return null;
  const src = a.cue.source;
  const vagueReason = a.cue.kind === 'hedge' ? `“${a.cue.text}” names no source` : vaguePassive(a.cue) ? `“${a.cue.text}” does not say by whom` : src?.vague ?? null;
  return {
    cue: a.cue.text,
    source: src?.text ?? null,
    resolved: src ? src.resolved : null,
    vague: vagueReason !== null,
    vagueReason,
    unnamedReason: unjudgingPassive(a.cue),
    how: a.how,
    cueRange: { ...a.cue.span },
  };
}
