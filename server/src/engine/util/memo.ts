/**
 * A bounded memo keyed by strings, least recently used out first. Analysis
 * steps whose result depends only on a paragraph's text (tokens, sentence
 * splits) keep their last results here, so re-analysing a document after a
 * one-character edit redoes only the edited paragraph's share of them.
 */
export class StringMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  /** The value for `key`, computed (and kept) when it is not there. */
  through(key: string, compute: (key: string) => V): V {
    let v = this.get(key);
    if (v === undefined) {
      v = compute(key);
      this.set(key, v);
    }
    return v;
  }

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

/**
 * A string function with its results kept (cleared whole when `capacity` is
 * reached: cheaper per call than an LRU, for words that repeat).
 */
export function memoize<V>(fn: (s: string) => V, capacity = 200_000): (s: string) => V {
  const memo = new Map<string, V>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      v = fn(s);
      if (memo.size >= capacity) memo.clear();
      memo.set(s, v);
    }
    return v;
  };
}

/** Where `perObject` readers keep what they read of an object: on the object itself (never serialised: a symbol key). */
const READ: unique symbol = Symbol('read');
interface Readings {
  [READ]?: unknown[];
}
/** Readers made so far: each has its own slot in an object's readings. */
let readers = 0;

/**
 * `read` memoised per object: a slot of an array kept on the object, not a WeakMap (a WeakMap
 * lookup per reader per call cost more than many of the readings: conflict rules ask each
 * sentence the same questions for every candidate pair it is in). Like a WeakMap, it keeps
 * what was read for as long as the object lives; an undefined reading is read again.
 */
export function perObject<K extends object, T>(read: (k: K) => T): (k: K) => T {
  const slot = readers++;
  return (k) => {
    const o = k as Readings;
    const slots = (o[READ] ??= new Array<unknown>(readers));
    let r = slots[slot] as T | undefined;
    if (r === undefined) {
      r = read(k);
      slots[slot] = r;
    }
    return r;
  };
}
