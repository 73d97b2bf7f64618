import type { ClaimSignature } from './signature';

/**
 * Whether two sentences are related at all, kept for the second time the pair
 * comes up. Linting every document of a workspace asks about most pairs twice,
 * once from each side (on 5,000 Reuters stories, 76,000 of 180,000 pairs), and
 * nine answers in ten are "no link". `relate` finds a link one way exactly
 * when it finds one the other way (all 76,000 pairs above), but nothing rests
 * on that but speed: the answer is decided once per pair, always in the same
 * direction (`first` below), so links never depend on which side asks first,
 * and the other side of a pair found unrelated skips it (and reads a link that is the same from both sides,
 * see `ClaimEngine.relateSignature`, from the memo). The answer depends on the index (word weights), so the memo is
 * emptied whenever the index's generation changes: a batch lint keeps it
 * throughout, an editor's edits start it afresh. Only answers the other side
 * may still ask for are kept (not those about documents indexed from another
 * thread, or already linted and let go).
 */
export class PairMemo<T> {
  /** Per signature that comes first in a pair, the other signature: the answer about the pair. */
  private known = new WeakMap<ClaimSignature, Map<ClaimSignature, T>>();
  private generation = -1;

  /** Empties the memo when the index has changed since it was filled. */
  sync(generation: number): void {
    if (generation === this.generation) return;
    this.generation = generation;
    this.known = new WeakMap();
  }

  /**
   * The answer about `x` (a sentence of `xUri`) and `y` (of `yUri`): `related(first, second)` with the pair in its
   * fixed order (`comesFirst`), taken from the memo when known (and then forgotten: a pair comes up twice at most).
   * `keep`: whether `y`'s side may still ask (a document this engine lints and has not let go of); otherwise the
   * answer is not kept.
   */
  related(x: ClaimSignature, xUri: string, y: ClaimSignature, yUri: string, keep: boolean, related: (first: ClaimSignature, second: ClaimSignature) => T): T {
    const xFirst = comesFirst(x, xUri, y, yUri);
    const first = xFirst ? x : y;
    const second = xFirst ? y : x;
    let partners = this.known.get(first);
    const known = partners?.get(second);
    if (known !== undefined) {
      partners!.delete(second);
      return known;
    }
    const answer = related(first, second);
    if (!keep) return answer;
    if (!partners) this.known.set(first, (partners = new Map()));
    partners.set(second, answer);
    return answer;
  }
}

/** A fixed order of two sentences of two documents: by document, then position. */
export function comesFirst(x: ClaimSignature, xUri: string, y: ClaimSignature, yUri: string): boolean {
  return xUri < yUri || (xUri === yUri && x.span.start < y.span.start);
}
