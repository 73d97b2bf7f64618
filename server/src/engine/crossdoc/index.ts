import { isKnownWord } from '../nlp/tokens';
import { derive, eventClassOf } from './normalize';
import { memoize } from '../util/memo';
import { toldKeys } from './communication';
import { INDEXED, type ClaimSignature, type NameMention } from './signature';

export interface Posting {
  uri: string;
  /** Position of the signature in its document's signature list. */
  at: number;
}

/** Postings scanned per query at most, rarest keys first: the cost of one lookup is bounded. */
export const QUERY_BUDGET = 600;
/**
 * Candidates a lookup returns: the best `CANDIDATES` by shared-key score. Only the best
 * `CONFLICT_CANDIDATES` of them are weighed for a contradiction or dispute (see `relateSignature`).
 */
export const CANDIDATES = 20;
export const CONFLICT_CANDIDATES = 12;

/** The keys a signature is indexed under (blocking keys); computed once per signature. */
export function keysOf(s: ClaimSignature): string[] {
  if (s.keys) return s.keys;
  const keys = new Set<string>();
  for (const e of s.entities) keys.add(e);
  for (const t of s.stems) for (const k of stemKeys(t)) keys.add(k);
  for (const n of s.numbers) keys.add('n:' + n.value);
  for (const q of s.quotes) if (q.speaker) keys.add('q:' + q.speaker);
  if (s.told.length) for (const k of toldKeys(s)) keys.add(k);
  s.keys = [...keys];
  return s.keys;
}

/**
 * The keys of a content word's stem, memoised (one instance of each key string for all signatures):
 * a noun made from a verb is keyed as the verb ("election" / "elected"), and the kind of event the
 * word names is a key of its own ("killed" / "death"): two reports word one event differently.
 */
const stemKeys = memoize((st: string): readonly string[] => {
  const derived = derive(st);
  const c = eventClassOf(derived);
  return c ? ['w:' + derived, 'c:' + c] : ['w:' + derived];
});

/**
 * Letter case and full stops taken away, and what is typography rather than spelling: the form of the
 * apostrophe ("O’Malley" / "O'Malley") and how an accent is encoded (a precomposed letter or a letter and a
 * combining mark).
 */
const styleless = (x: string): string => x.normalize('NFC').toLowerCase().replace(/\./g, '').replace(/[’‘ʼ`´]/g, "'");
/** A word ending in a letter written three times or more: an exclamation drawn out ("Yessss", "Noooo"), no name ("Agreeeement" is a typing slip). */
const DRAWN_OUT = /(\p{L})\1\1$/u;
/** An acronym, or a word in capitals ("ICCO", "U.S.", "ANDREW'S"), also in the plural ("CCTs", "BOTs"). */
const ACRONYM = /^\p{Lu}[\p{Lu}.&'’]+s?$/u;

/**
 * Whether two surfaces of one transliteration key are two spellings of a name,
 * not two stylings or two other things: letter case, full stops and apostrophes are house
 * style ("Inc" / "Inc.", "DEC" / "Dec.", "Mich" / "Mich.", "O’Malley" / "O'Malley"); an acronym is
 * never transliterated, so one that differs names something else ("ICCO" /
 * "ICO", "MAS" / "Mass"); codes with digits are not names ("Baa-3"); and a
 * word of English is not a spelling of a name ("Gross" / "Gros").
 */
function spelledDifferently(a: string, b: string): boolean {
  if (styleless(a) === styleless(b)) return false;
  if (ACRONYM.test(a) || ACRONYM.test(b) || /\d/.test(a + b) || DRAWN_OUT.test(a) || DRAWN_OUT.test(b)) return false;
  // an English word and a name spelled almost like it are two words ("Long" / "Loong", "Gun" / "Gunn")
  return !isKnownWord(a) && !isKnownWord(b);
}

/**
 * Files probed, in uri order, for another spelling of a name with the same name word before it (see
 * `nameVariants`). Bounded, so a spelling common to thousands of files costs no more.
 */
const NAME_PROBES = 8;

/** The `NAME_PROBES` smallest strings, ascending, in one pass (a spelling common to thousands of files is not sorted on every edit). */
function smallest(xs: Iterable<string>): string[] {
  let first: string[] = [];
  for (const x of xs) first = insertSmallest(first, x);
  return first;
}

/** `uri` added to the (at most `NAME_PROBES`) smallest uris `first`, ascending: a new array when it is among them. */
function insertSmallest(first: string[], uri: string): string[] {
  if (first.length === NAME_PROBES && uri >= first[NAME_PROBES - 1]) return first;
  let at = first.length;
  while (at > 0 && uri < first[at - 1]) at--;
  const next = [...first.slice(0, at), uri, ...first.slice(at)];
  if (next.length > NAME_PROBES) next.length = NAME_PROBES;
  return next;
}

/** Where one spelling of a name occurs: per document, plus the smallest uris (for a deterministic pick). */
interface Spelling {
  byUri: Map<string, NameMention>;
  /** The `NAME_PROBES` smallest uris holding it, ascending, or null when they must be recomputed. */
  first: string[] | null;
}

interface Entry extends Posting {
  sig: ClaimSignature;
  /** Interned key ids, ascending. */
  kids: Int32Array;
}

export interface Candidate {
  posting: Posting;
  sig: ClaimSignature;
  shared: number;
}

/**
 * An inverted index from normalised keys (entities, stems, numbers, quoted
 * speakers) to the sentences that contain them. Documents are added and
 * removed as a whole; a new version of a document changes only the entries
 * of the sentences whose signatures changed, so an edit costs what it changed.
 * A query looks only at the posting lists of its own keys, skipping keys so
 * common that they do not discriminate: the cost of checking one claim
 * depends on its candidates, not on the number of files.
 *
 * Keys are interned to small integers; posting lists, document frequencies
 * and the query's score accumulator are arrays indexed by them, so a query
 * allocates next to nothing.
 */
export class ClaimIndex {
  private readonly keyIds = new Map<string, number>();
  private readonly keyNames: string[] = [];
  /** Name keys and other repeated strings that are not blocking keys, one instance each. */
  private readonly pool = new Map<string, string>();
  /** Per key id: the query that last marked it (cosine). */
  private stamp = new Uint32Array(1024);
  private stampNow = 0;
  /** key id → ids of the sentences holding it (removed ids are dropped lazily). */
  private readonly postings: number[][] = [];
  /** key id → number of live ids in its posting list (document frequency). */
  private readonly df: number[] = [];
  /** Sentences by id; null once their document is removed. Ids are never reused. */
  private readonly entries: (Entry | null)[] = [];
  /** Per entry id: the number of its document, -1 once removed (what a query reads, kept flat). */
  private docNo = new Int32Array(1024);
  private nextDocNo = 0;
  private readonly docs = new Map<string, { sigs: ClaimSignature[]; ids: number[]; no: number }>();
  /** Key ids of signatures that are not (or not yet) in the index, e.g. a benchmark's query. */
  private readonly foreignKids = new WeakMap<ClaimSignature, Int32Array>();
  /** transliteration key → spelling → where it occurs. */
  private readonly names = new Map<string, Map<string, Spelling>>();
  private sentences = 0;
  /** Bumped on every change; callers cache per generation. */
  generation = 0;
  // Query scratch space, reused: per entry id, its score at [2 * id] and its number of shared keys
  // at [2 * id + 1] (side by side: scoring a posting touches one cache line), and the ids touched
  // (a typed array with its own count: an array emptied by `length = 0` gives up its storage, and
  // every query would grow it again).
  private scores = new Float64Array(2048);
  private touched = new Int32Array(1024);
  // Squared-IDF norms per entry id, valid for `normGeneration`.
  private norms = new Float64Array(1024);
  private normAt = new Int32Array(1024).fill(-1);

  private intern(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.postings.length;
      this.keyIds.set(key, id);
      this.keyNames.push(key);
      this.postings.push([]);
      this.df.push(0);
    }
    return id;
  }

  private kidsOf(keys: string[]): Int32Array {
    const ids = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) ids[i] = this.intern(keys[i]);
    return ids;
  }

  /** One shared instance of each key-like string (signatures of many documents repeat them). */
  private pooled(s: string): string {
    const id = this.keyIds.get(s);
    if (id !== undefined) return this.keyNames[id];
    let p = this.pool.get(s);
    if (p === undefined) this.pool.set(s, (p = s));
    return p;
  }

  /** Interned key ids of a signature (in `keysOf` order), whether or not it is indexed. */
  keyIdsOf(sig: ClaimSignature): Int32Array {
    const at = sig[INDEXED];
    if (at && at.index === this && this.entries[at.id]?.sig === sig) return this.entries[at.id]!.kids;
    let k = this.foreignKids.get(sig);
    if (!k) this.foreignKids.set(sig, (k = this.kidsOf(keysOf(sig))));
    return k;
  }

  /**
   * Adds or replaces a document. Costs the size of the document, not of the
   * index. When it replaces one, signatures of the old version given again
   * (the same objects: `signatures(…, previous)` reuses those of unchanged
   * sentences) keep their entries, so the index changes by the difference.
   */
  setDocument(uri: string, sigs: ClaimSignature[]): void {
    const old = this.docs.get(uri);
    let kept: Set<number> | null = null;
    let namesToAdd: readonly ClaimSignature[] = old ? [] : sigs;
    if (old) {
      for (const sig of sigs) {
        const at = sig[INDEXED];
        if (at && at.index === this && this.entries[at.id]?.sig === sig && this.entries[at.id]!.uri === uri) (kept ??= new Set()).add(at.id);
      }
      if (kept && this.keptInOrder(sigs, kept)) this.updateNames(uri, old.sigs, sigs, kept);
      else {
        this.forgetNames(uri, old.sigs);
        namesToAdd = sigs;
      }
      for (const id of old.ids) if (!kept?.has(id)) this.dropEntry(id);
      this.sentences -= old.sigs.length;
    }
    const ids: number[] = [];
    const no = old ? old.no : this.nextDocNo++;
    if (this.docNo.length < this.entries.length + sigs.length) {
      const grown = new Int32Array(Math.max(this.entries.length + sigs.length, this.docNo.length * 2));
      grown.set(this.docNo);
      this.docNo = grown;
    }
    // the document's context (one array, shared by its signatures) repeats keys of many documents
    let pooledContext: string[] | null = null;
    for (const sig of sigs) {
      if (sig.context === pooledContext) continue;
      pooledContext = sig.context;
      for (let i = 0; i < pooledContext.length; i++) pooledContext[i] = this.pooled(pooledContext[i]);
    }
    for (let at = 0; at < sigs.length; at++) {
      const sig = sigs[at];
      const was = sig[INDEXED];
      if (was && kept?.has(was.id)) {
        this.entries[was.id]!.at = at;
        ids.push(was.id);
        continue;
      }
      const id = this.entries.length;
      this.docNo[id] = no;
      const kids = this.kidsOf(keysOf(sig));
      // the key strings are not needed once interned: many signatures repeat them
      sig.keys = undefined;
      for (let i = 0; i < sig.entities.length; i++) sig.entities[i] = this.pooled(sig.entities[i]);
      for (const m of sig.names) m.key = this.pooled(m.key);

      this.entries.push({ uri, at, sig, kids });
      sig[INDEXED] = { index: this, id };
      ids.push(id);
      for (const k of kids) {
        this.postings[k].push(id);
        this.df[k]++;
      }
    }
    for (const s of namesToAdd) for (const m of s.names) this.putName(uri, m, false);
    this.docs.set(uri, { sigs, ids, no });
    this.sentences += sigs.length;
    this.generation++;
  }

  /** Removes a document: O(its own keys), amortised; posting lists are compacted when half dead. */
  removeDocument(uri: string): void {
    const d = this.docs.get(uri);
    if (!d) return;
    for (const id of d.ids) this.dropEntry(id);
    this.forgetNames(uri, d.sigs);
    this.docs.delete(uri);
    this.sentences -= d.sigs.length;
    this.generation++;
  }

  /** Takes one sentence out of the posting lists of its keys. */
  private dropEntry(id: number): void {
    const e = this.entries[id]!;
    this.entries[id] = null;
    this.docNo[id] = -1;
    if (e.sig[INDEXED]?.index === this) e.sig[INDEXED] = undefined;
    for (const k of e.kids) {
      const live = --this.df[k];
      const list = this.postings[k];
      if (live <= 0) this.postings[k] = [];
      else if (list.length > 2 * live + 8) this.postings[k] = list.filter((x) => this.entries[x] !== null);
    }
  }

  /**
   * Records that `uri` spells `m.key` as `m.surface`, at `m` (the document's first such mention):
   * `replace` moves an existing record to `m`, otherwise the first record stays.
   */
  private putName(uri: string, m: NameMention, replace: boolean): void {
    m.key = this.pooled(m.key);
    let bySurface = this.names.get(m.key);
    if (!bySurface) this.names.set(m.key, (bySurface = new Map()));
    let sp = bySurface.get(m.surface);
    if (!sp) bySurface.set(m.surface, (sp = { byUri: new Map(), first: [] }));
    const had = sp.byUri.has(uri);
    if (had && !replace) return;
    sp.byUri.set(uri, m);
    if (!had && sp.first) sp.first = insertSmallest(sp.first, uri);
  }

  /** Forgets that `uri` spells `key` as `surface`. */
  private dropName(uri: string, key: string, surface: string): void {
    const bySurface = this.names.get(key);
    const sp = bySurface?.get(surface);
    if (!bySurface || !sp || !sp.byUri.delete(uri)) return;
    if (sp.first?.includes(uri)) sp.first = null;
    if (sp.byUri.size === 0) bySurface.delete(surface);
    if (bySurface.size === 0) this.names.delete(key);
  }

  /** Whether the kept signatures are in the same order as in the old version (then the first mention of a spelling can change only where sentences changed). */
  private keptInOrder(sigs: readonly ClaimSignature[], kept: Set<number>): boolean {
    let last = -1;
    for (const sig of sigs) {
      const at = sig[INDEXED];
      if (!at || at.index !== this || !kept.has(at.id)) continue;
      const was = this.entries[at.id]!.at;
      if (was <= last) return false;
      last = was;
    }
    return true;
  }

  /**
   * A new version of a document that keeps some signatures (in order): only the
   * spellings of names in the sentences that changed are looked at again, not every
   * name of the document (an edit usually touches one sentence).
   */
  private updateNames(uri: string, oldSigs: readonly ClaimSignature[], sigs: readonly ClaimSignature[], kept: Set<number>): void {
    const affected = new Map<string, Set<string>>();
    const note = (list: readonly ClaimSignature[]): void => {
      for (const sig of list) {
        const at = sig[INDEXED];
        if (at && at.index === this && kept.has(at.id)) continue;
        for (const m of sig.names) {
          let surfaces = affected.get(m.key);
          if (!surfaces) affected.set(m.key, (surfaces = new Set()));
          surfaces.add(m.surface);
        }
      }
    };
    note(oldSigs);
    note(sigs);
    if (affected.size === 0) return;
    const first = new Map<string, Map<string, NameMention>>();
    for (const sig of sigs) {
      for (const m of sig.names) {
        if (!affected.get(m.key)?.has(m.surface)) continue;
        let bySurface = first.get(m.key);
        if (!bySurface) first.set(m.key, (bySurface = new Map()));
        if (!bySurface.has(m.surface)) bySurface.set(m.surface, m);
      }
    }
    for (const [key, surfaces] of affected) {
      for (const surface of surfaces) {
        const m = first.get(key)?.get(surface);
        if (m) this.putName(uri, m, true);
        else this.dropName(uri, key, surface);
      }
    }
  }

  /** Forgets where a document's names are spelled how. */
  private forgetNames(uri: string, sigs: readonly ClaimSignature[]): void {
    for (const s of sigs) {
      for (const m of s.names) this.dropName(uri, m.key, m.surface);
    }
  }

  signatures(uri: string): ClaimSignature[] {
    return this.docs.get(uri)?.sigs ?? [];
  }

  get size(): number {
    return this.sentences;
  }

  /** Inverse document frequency of a key over indexed sentences. */
  idf(key: string): number {
    const id = this.keyIds.get(key);
    return this.idfOf(id === undefined ? 0 : this.df[id]);
  }

  /** A key's id here, or -1 when no indexed sentence has it as a blocking key. */
  keyId(key: string): number {
    return this.keyIds.get(key) ?? -1;
  }

  /** `idf` of a key by its `keyId` (-1: a key no sentence has). */
  idfOfId(id: number): number {
    return this.idfOf(id < 0 ? 0 : this.df[id]);
  }

  private idfOf(df: number): number {
    return Math.log((this.sentences + 1) / (df + 1)) + 1;
  }

  /**
   * Squared IDF in integer units of 2^-32. Sums of these are exact, so a cosine
   * does not depend on the order keys are summed in (which follows interning
   * order, and so the order documents were added in).
   */
  private weight2(df: number): number {
    const w = this.idfOf(df);
    return Math.round(w * w * 4294967296);
  }

  /** Sum of squared IDFs (`weight2`) of a signature's keys (cached per index generation for indexed ones). */
  private norm(sig: ClaimSignature, kids: Int32Array): number {
    const at = sig[INDEXED];
    const id = at && at.index === this ? at.id : -1;
    if (id >= 0 && this.normAt[id] === this.generation) return this.norms[id];
    let n = 0;
    for (const k of kids) {
      n += this.weight2(this.df[k]);
    }
    if (id >= 0) {
      if (id >= this.norms.length) {
        const size = Math.max(id + 1, this.norms.length * 2);
        const norms = new Float64Array(size);
        norms.set(this.norms);
        const normAt = new Int32Array(size).fill(-1);
        normAt.set(this.normAt);
        this.norms = norms;
        this.normAt = normAt;
      }
      this.norms[id] = n;
      this.normAt[id] = this.generation;
    }
    return n;
  }

  /** Cosine of the IDF-weighted key vectors of two signatures (keys are binary features). */
  cosine(a: ClaimSignature, b: ClaimSignature): number {
    const ka = this.keyIdsOf(a);
    const kb = this.keyIdsOf(b);
    if (this.stamp.length < this.keyNames.length) {
      const grown = new Uint32Array(Math.max(this.keyNames.length, this.stamp.length * 2));
      grown.set(this.stamp);
      this.stamp = grown;
    }
    if (++this.stampNow === 0xffffffff) {
      this.stamp.fill(0);
      this.stampNow = 1;
    }
    const { stamp, stampNow } = this;
    for (const k of ka) stamp[k] = stampNow;
    let dot = 0;
    for (const k of kb) if (stamp[k] === stampNow) dot += this.weight2(this.df[k]);
    if (dot === 0) return 0;
    const na = this.norm(a, ka);
    const nb = this.norm(b, kb);
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  }

  /**
   * How many content keys (words `w:` and event classes `c:`, not names or numbers) two
   * signatures share, counted up to `enough`.
   */
  sharedContent(a: ClaimSignature, b: ClaimSignature, enough = 2): number {
    const kb = this.keyIdsOf(b);
    let n = 0;
    for (const k of this.keyIdsOf(a)) {
      if (!kb.includes(k)) continue;
      const name = this.keyNames[k];
      if ((name.startsWith('w:') || name.startsWith('c:')) && ++n >= enough) break;
    }
    return n;
  }

  /**
   * The best `limit` sentences of other documents sharing discriminating keys
   * with `sig`, scored by the summed IDF of shared keys.
   */
  candidates(sig: ClaimSignature, uri: string, limit = CANDIDATES): Candidate[] {
    const maxDf = Math.max(50, Math.min(QUERY_BUDGET, this.sentences * 0.02));
    const lists: number[] = [];
    for (const k of this.keyIdsOf(sig)) if (this.df[k] > 0 && this.df[k] <= maxDf) lists.push(k);
    // a lone name opening the sentence ("Clark is a relative of Jones") is no key of its own (capitals prove
    // nothing there), but it finds the sentences that have it as a name
    for (const m of sig.names) {
      const k = m.initial ? this.keyIds.get('ent:' + m.key) : undefined;
      if (k !== undefined && this.df[k] > 0 && this.df[k] <= maxDf && !lists.includes(k)) lists.push(k);
    }
    // rarest first by live frequency, ties in the signature's own key order (a stable sort): the
    // same lists are scanned whatever order documents were added in
    lists.sort((a, b) => this.df[a] - this.df[b]);
    if (this.scores.length < 2 * this.entries.length) this.scores = new Float64Array(Math.max(2 * this.entries.length, 2 * this.scores.length));
    const { scores, entries } = this;
    let touched = this.touched;
    let nTouched = 0;
    // Whole lists only, within the budget: a list that would overrun it (and every longer one) is skipped.
    // (live counts, not list lengths, which hold removed ids until compacted: the same lists are
    // scanned whatever was edited or removed before)
    let scanned = 0;
    for (let budget = QUERY_BUDGET; scanned < lists.length && this.df[lists[scanned]] <= budget; scanned++) budget -= this.df[lists[scanned]];
    for (let l = 0; l < scanned; l++) {
      const k = lists[l];
      const list = this.postings[k];
      const w = this.idfOf(this.df[k]);
      // an entry the last list is the first to reach shares one key at most: it is no candidate
      const last = l === scanned - 1;
      // (the query's own document and removed entries are scored too, and left out below: cheaper
      // than looking up each posting's document here)
      for (const id of list) {
        const at = 2 * id;
        if (scores[at + 1] === 0) {
          if (last) continue;
          if (nTouched === touched.length) {
            const grown = new Int32Array(2 * touched.length);
            grown.set(touched);
            this.touched = touched = grown;
          }
          touched[nTouched++] = id;
        }
        scores[at] += w;
        scores[at + 1]++;
      }
    }
    // the best `limit` by score, ties by uri and position (so the result does not depend on the
    // order documents were added in), kept in a small sorted array instead of sorting all hits
    const self = this.docs.get(uri)?.no ?? -1;
    const docNo = this.docNo;
    const top: number[] = [];
    const better = (a: number, b: number): boolean => {
      if (scores[2 * a] !== scores[2 * b]) return scores[2 * a] > scores[2 * b];
      const ea = entries[a]!;
      const eb = entries[b]!;
      return docNo[a] !== docNo[b] ? ea.uri < eb.uri : ea.at < eb.at;
    };
    for (let t = 0; t < nTouched; t++) {
      const id = touched[t];
      if (scores[2 * id + 1] < 2) continue;
      const d = docNo[id];
      if (d < 0 || d === self || (top.length === limit && !better(id, top[limit - 1]))) continue;
      let at = top.length === limit ? limit - 1 : top.length;
      while (at > 0 && better(id, top[at - 1])) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = id;
      if (top.length > limit) top.length = limit;
    }
    const result: Candidate[] = top.map((id) => {
      const e = entries[id]!;
      return { posting: { uri: e.uri, at: e.at }, sig: e.sig, shared: scores[2 * id + 1] };
    });
    for (let t = 0; t < nTouched; t++) {
      const id = touched[t];
      scores[2 * id] = 0;
      scores[2 * id + 1] = 0;
    }
    return result;
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
        // the spelling most files use ("HIllary" is told "Hillary", not a rarer "Hilary"), then deterministic whatever
        // order documents were added in: the first other file by uri
        let best: { uri: string; mention: NameMention; files: number } | null = null;
        const mine = bySurface.get(m.surface)?.byUri.size ?? 1;
        for (const [surface, sp] of bySurface) {
          if (!spelledDifferently(surface, m.surface)) continue;
          // the workspace's usual spelling is not what a rare one elsewhere makes wrong: "Sydney" in fourteen files
          // against "Sidney" in one is reported in that one file only (usual: in five files or more, and three
          // times as many as the other spelling)
          if (mine >= 5 && mine >= 3 * sp.byUri.size) continue;
          if (!sp.first) sp.first = smallest(sp.byUri.keys());
          // the first other file (by uri) where the name has the same name word before it ("Regie Natiionale" /
          // "Regie Nationale"), else the first other file, if its mention can be the same name's
          const others = sp.first.filter((u) => u !== uri);
          const first = others.length && sameNameCan(m, sp.byUri.get(others[0])!) ? others[0] : undefined;
          const other = (m.before ? others.find((u) => sp.byUri.get(u)!.before === m.before && sameNameCan(m, sp.byUri.get(u)!)) : undefined) ?? first;
          if (!other) continue;
          const there = sp.byUri.get(other)!;
          // ties (two spellings in one file) by spelling: Map order follows the order files were added in
          const files = sp.byUri.size;
          if (!best || files > best.files || (files === best.files && (other < best.uri || (other === best.uri && surface < best.mention.surface)))) best = { uri: other, mention: there, files };
        }
        if (best) out.push({ mention: m, other: { uri: best.uri, mention: best.mention } });
      }
    }
    return out;
  }
}

/** Whether two mentions of one key, spelled differently, can name one person or thing. */
function sameNameCan(m: NameMention, there: NameMention): boolean {
  // "Alan Smith" and "Allan Jones" are two people, and "Sidney Poitier" is not "Sydney": a name followed by
  // another is only the same person's where both are followed by the same one
  if (m.partner !== there.partner && (m.partner || there.partner)) return false;
  // and two with other name words before them are two too ("Rune Andersson" / "Robert Anderson", "Buenos
  // Aires" / "L.S. Ayres")
  if (m.before && there.before && m.before !== there.before) return false;
  // and a person is not an organisation or a place ("Brett Wilcox" / "Willcox and Gibbs Inc", "Minister Jassim" / "the Jasim River")
  if (m.kind && there.kind && m.kind !== there.kind) return false;
  // two words that only open sentences may be no names at all
  return !(m.initial && there.initial);
}
