/**
 * A bounded memo keyed by strings, least recently used out first. Analysis
 * steps whose result depends only on a paragraph's text (tokens, sentence
 * splits) keep their last results here, so re-analysing a document after a
 * one-character edit redoes only the edited paragraph's share of them.
 */
export class StringMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      // most recently used last
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }

  get size(): number {
    return this.map.size;
  }
}
