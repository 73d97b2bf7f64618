import type { ClaimSignature, NameMention } from './signature';

export interface Posting {
  uri: string;
  /** Position of the signature in its document's signature list. */
  at: number;
}

/** Postings scanned per query at most, rarest keys first: the cost of one lookup is bounded. */
export const QUERY_BUDGET = 1200;

/** The keys a signature is indexed under (blocking keys); computed once per signature. */
export function keysOf(s: ClaimSignature): string[] {
  if (s.keys) return s.keys;
  const keys = new Set<string>();
  for (const e of s.entities) keys.add(e);
  for (const t of s.stems) keys.add('w:' + t);
  for (const n of s.numbers) keys.add('n:' + n.value);
  for (const q of s.quotes) if (q.speaker) keys.add('q:' + q.speaker);
  s.keys = [...keys];
  return s.keys;
}

/**
 * An inverted index from normalised keys (entities, stems, numbers, quoted
 * speakers) to the sentences that contain them. Documents are added and
 * removed as a whole, so an edit costs the size of the edited document.
 * A query looks only at the posting lists of its own keys, skipping keys so
 * common that they do not discriminate: the cost of checking one claim
 * depends on its candidates, not on the number of files.
 */
/** Where one spelling of a name occurs: per document, plus the two smallest uris (for a deterministic pick). */
interface Spelling {
  byUri: Map<string, NameMention>;
  /** The two smallest uris holding it, or null when it must be recomputed. */
  first: string[] | null;
}

export class ClaimIndex {
  /** key → ids of the sentences holding it (ids index `entries`; removed ids are dropped lazily). */
  private readonly postings = new Map<string, number[]>();
  /** key → number of live ids in its posting list (document frequency). */
  private readonly df = new Map<string, number>();
  /** Sentences by id; null once their document is removed. Ids are never reused. */
  private readonly entries: ((Posting & { sig: ClaimSignature }) | null)[] = [];
  private readonly docs = new Map<string, { sigs: ClaimSignature[]; keys: string[][]; ids: number[] }>();
  /** transliteration key → spelling → where it occurs. */
  private readonly names = new Map<string, Map<string, Spelling>>();
  private sentences = 0;
  /** Bumped on every change; callers cache per generation. */
  generation = 0;

  /** Adds or replaces a document. Costs the size of the document, not of the index. */
  setDocument(uri: string, sigs: ClaimSignature[]): void {
    this.removeDocument(uri);
    const keys = sigs.map(keysOf);
    const ids: number[] = [];
    keys.forEach((ks, at) => {
      const id = this.entries.length;
      this.entries.push({ uri, at, sig: sigs[at] });
      ids.push(id);
      for (const k of ks) {
        let list = this.postings.get(k);
        if (!list) this.postings.set(k, (list = []));
        list.push(id);
        this.df.set(k, (this.df.get(k) ?? 0) + 1);
      }
    });
    for (const s of sigs) {
      for (const m of s.names) {
        let bySurface = this.names.get(m.key);
        if (!bySurface) this.names.set(m.key, (bySurface = new Map()));
        let sp = bySurface.get(m.surface);
        if (!sp) bySurface.set(m.surface, (sp = { byUri: new Map(), first: [] }));
        if (sp.byUri.has(uri)) continue;
        sp.byUri.set(uri, m);
        if (sp.first) sp.first = [...sp.first, uri].sort().slice(0, 2);
      }
    }
    this.docs.set(uri, { sigs, keys, ids });
    this.sentences += sigs.length;
    this.generation++;
  }

  /** Removes a document: O(its own keys), amortised; posting lists are compacted when half dead. */
  removeDocument(uri: string): void {
    const d = this.docs.get(uri);
    if (!d) return;
    for (const id of d.ids) this.entries[id] = null;
    for (const ks of d.keys) {
      for (const k of ks) {
        const live = (this.df.get(k) ?? 1) - 1;
        if (live <= 0) {
          this.df.delete(k);
          this.postings.delete(k);
          continue;
        }
        this.df.set(k, live);
        const list = this.postings.get(k);
        if (list && list.length > 2 * live + 8) this.postings.set(k, list.filter((id) => this.entries[id] !== null));
      }
    }
    for (const s of d.sigs) {
      for (const m of s.names) {
        const bySurface = this.names.get(m.key);
        const sp = bySurface?.get(m.surface);
        if (!bySurface || !sp || !sp.byUri.delete(uri)) continue;
        if (sp.first?.includes(uri)) sp.first = null;
        if (sp.byUri.size === 0) bySurface.delete(m.surface);
        if (bySurface.size === 0) this.names.delete(m.key);
      }
    }
    this.docs.delete(uri);
    this.sentences -= d.sigs.length;
    this.generation++;
  }

  signatures(uri: string): ClaimSignature[] {
    return this.docs.get(uri)?.sigs ?? [];
  }

  get size(): number {
    return this.sentences;
  }

  /** Inverse document frequency of a key over indexed sentences. */
  idf(key: string): number {
    const df = this.df.get(key) ?? 0;
    return Math.log((this.sentences + 1) / (df + 1)) + 1;
  }

  /**
   * The best `limit` sentences of other documents sharing discriminating keys
   * with `sig`, scored by the summed IDF of shared keys.
   */
  candidates(sig: ClaimSignature, uri: string, limit = 12): { posting: Posting; sig: ClaimSignature; shared: number }[] {
    const maxDf = Math.max(50, Math.min(1000, this.sentences * 0.02));
    const lists: { list: number[]; w: number }[] = [];
    for (const k of keysOf(sig)) {
      const list = this.postings.get(k);
      if (list && (this.df.get(k) ?? 0) <= maxDf) lists.push({ list, w: this.idf(k) });
    }
    lists.sort((a, b) => a.list.length - b.list.length);
    const score = new Map<number, number>();
    const shared = new Map<number, number>();
    let budget = QUERY_BUDGET;
    for (const { list, w } of lists) {
      if (budget <= 0) break;
      budget -= list.length;
      for (const id of list) {
        if (this.entries[id] === null) continue;
        score.set(id, (score.get(id) ?? 0) + w);
        shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    }
    const out: { id: number; score: number; shared: number }[] = [];
    for (const [id, sc] of score) {
      const n = shared.get(id)!;
      if (n >= 2 && this.entries[id]!.uri !== uri) out.push({ id, score: sc, shared: n });
    }
    // ties broken by uri and position, so results do not depend on the order documents were added in
    const entry = (id: number): Posting & { sig: ClaimSignature } => this.entries[id]!;
    out.sort((a, b) => b.score - a.score || (entry(a.id).uri < entry(b.id).uri ? -1 : entry(a.id).uri > entry(b.id).uri ? 1 : entry(a.id).at - entry(b.id).at));
    return out.slice(0, limit).map((e) => {
      const entry = this.entries[e.id]!;
      return { posting: { uri: entry.uri, at: entry.at }, sig: entry.sig, shared: e.shared };
    });
  }

  /** Other spellings of the names in a document: same transliteration key, different surface, in another file. */
  nameVariants(uri: string): { mention: NameMention; other: { uri: string; mention: NameMention } }[] {
    const out: { mention: NameMention; other: { uri: string; mention: NameMention } }[] = [];
    const seen = new Set<string>();
    for (const s of this.signatures(uri)) {
      for (const m of s.names) {
        if (seen.has(m.surface)) continue;
        seen.add(m.surface);
        const bySurface = this.names.get(m.key);
        if (!bySurface) continue;
        // deterministic whatever order documents were added in: the first other file by uri
        let best: { uri: string; mention: NameMention } | null = null;
        for (const [surface, sp] of bySurface) {
          if (surface === m.surface || surface.toLowerCase() === m.surface.toLowerCase()) continue;
          if (!sp.first) sp.first = [...sp.byUri.keys()].sort().slice(0, 2);
          const other = sp.first.find((u) => u !== uri);
          if (other && (!best || other < best.uri)) best = { uri: other, mention: sp.byUri.get(other)! };
        }
        if (best) out.push({ mention: m, other: best });
      }
    }
    return out;
  }
}
