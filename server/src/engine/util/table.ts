/**
 * A lookup table keyed by words of the text: an object with no prototype, so
 * that "constructor" or "__proto__" read from an article finds nothing rather
 * than Object.prototype's members.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
