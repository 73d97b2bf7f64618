import { LineIndex, type ClaimEngine, type Finding } from '../engine';

/** Not a file: the document the warm-up lints is never in the index once it is done. */
const WARM_UP_URI = 'claimlint-warmup:/article.txt';
/** Edits made to the warm-up document (typing, then deleting, one character). */
const WARM_UP_EDITS = 40;
/** Indexed files to pick the warm-up text from (the longest of them). */
const WARM_UP_CANDIDATES = 50;

/**
 * Runs the editing path (analysis of an edited document, index update,
 * relating its claims, linting, converting findings) a few dozen times on a copy
 * of one of the workspace's own articles, right after the workspace is indexed,
 * then takes the copy out of the index. V8 compiles code that has run often:
 * without this, the user's first 20–30 edits run unoptimised and take about twice
 * as long as the later ones. Costs a few hundred milliseconds once, at start-up.
 * Returns how long it took (ms), or null when no article could be read.
 */
export function warmUp(engine: ClaimEngine, uris: readonly string[], convert: (f: Finding, index: LineIndex) => unknown): number | null {
  let text = '';
  // (the engine holds the indexed files' text: nothing is read from disk again)
  for (const uri of uris.slice(0, WARM_UP_CANDIDATES)) {
    const indexed = engine.text(uri);
    if (indexed && indexed.length > text.length) text = indexed;
  }
  if (!text) return null;
  const started = Date.now();
  const at = text.lastIndexOf(' ', Math.floor(text.length / 2)) + 1;
  try {
    for (let i = 0; i < WARM_UP_EDITS; i++) {
      const edited = i % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text;
      engine.set({ uri: WARM_UP_URI, text: edited, format: 'plaintext' });
      const index = new LineIndex(edited);
      for (const f of engine.lint(WARM_UP_URI)) convert(f, index);
    }
  } finally {
    engine.remove(WARM_UP_URI);
  }
  return Date.now() - started;
}
