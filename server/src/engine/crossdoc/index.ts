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
export class ClaimIndex {
  /** key → ids of the sentences holding it (ids index `entries`). */
  private readonly postings = new Map<string, number[]>();
  private readonly entries: (Posting & { sig: ClaimSignature })[] = [];
  private readonly freeIds: number[] = [];
  private readonly docs = new Map<string, { sigs: ClaimSignature[]; keys: string[][]; ids: number[] }>();
  private readonly names = new Map<string, Map<string, { uri: string; mention: NameMention }[]>>();
  private sentences = 0;
  /** Bumped on every change; callers cache per generation. */
  generation = 0;

  setDocument(uri: string, sigs: ClaimSignature[]): void {
    this.removeDocument(uri);
    const keys = sigs.map(keysOf);
    const ids: number[] = [];
    keys.forEach((ks, at) => {
      const id = this.freeIds.pop() ?? this.entries.length;
      this.entries[id] = { uri, at, sig: sigs[at] };
      ids.push(id);
      for (const k of ks) {
        let list = this.postings.get(k);
        if (!list) this.postings.set(k, (list = []));
        list.push(id);
      }
    });
    for (const s of sigs) {
      for (const m of s.names) {
        let bySurface = this.names.get(m.key);
        if (!bySurface) this.names.set(m.key, (bySurface = new Map()));
        let list = bySurface.get(m.surface);
        if (!list) bySurface.set(m.surface, (list = []));
        if (!list.some((x) => x.uri === uri)) list.push({ uri, mention: m });
      }
    }
    this.docs.set(uri, { sigs, keys, ids });
    this.sentences += sigs.length;
    this.generation++;
  }

  removeDocument(uri: string): void {
    const d = this.docs.get(uri);
    if (!d) return;
    const gone = new Set(d.ids);
    d.keys.forEach((ks) => {
      for (const k of ks) {
        const list = this.postings.get(k);
        if (!list) continue;
        const kept = list.filter((id) => !gone.has(id));
        if (kept.length) this.postings.set(k, kept);
        else this.postings.delete(k);
      }
    });
    for (const id of d.ids) this.freeIds.push(id);
    for (const s of d.sigs) {
      for (const m of s.names) {
        const bySurface = this.names.get(m.key);
        const list = bySurface?.get(m.surface);
        if (!bySurface || !list) continue;
        const kept = list.filter((x) => x.uri !== uri);
        if (kept.length) bySurface.set(m.surface, kept);
        else bySurface.delete(m.surface);
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
    const df = this.postings.get(key)?.length ?? 0;
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
      if (list && list.length <= maxDf) lists.push({ list, w: this.idf(k) });
    }
    lists.sort((a, b) => a.list.length - b.list.length);
    const score = new Map<number, number>();
    const shared = new Map<number, number>();
    let budget = QUERY_BUDGET;
    for (const { list, w } of lists) {
      if (budget <= 0) break;
      budget -= list.length;
      for (const id of list) {
        score.set(id, (score.get(id) ?? 0) + w);
        shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    }
    const out: { id: number; score: number; shared: number }[] = [];
    for (const [id, sc] of score) {
      const n = shared.get(id)!;
      if (n >= 2 && this.entries[id].uri !== uri) out.push({ id, score: sc, shared: n });
    }
    // ties broken by uri and position, so results do not depend on the order documents were added in
    out.sort((a, b) => b.score - a.score || (this.entries[a.id].uri < this.entries[b.id].uri ? -1 : this.entries[a.id].uri > this.entries[b.id].uri ? 1 : this.entries[a.id].at - this.entries[b.id].at));
    return out.slice(0, limit).map((e) => {
      const entry = this.entries[e.id];
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
        for (const [surface, list] of bySurface) {
          if (surface === m.surface || surface.toLowerCase() === m.surface.toLowerCase()) continue;
          for (const x of list) if (x.uri !== uri && (!best || x.uri < best.uri)) best = x;
        }
        if (best) out.push({ mention: m, other: best });
      }
    }
    return out;
  }
}
