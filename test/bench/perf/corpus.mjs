// The Reuters-21578 corpus for the performance benchmark: loading the shared
// .jsonl.gz (read in place, never copied into the repository), materialising
// the first N stories as .txt files in a temporary folder, and synthesising a
// ~1,000-word article for the language-server edit-latency test.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Reads `{id, date, text}` lines from a gzipped JSON Lines file, in file order. */
export function loadStories(file) {
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let row;
    try {
      row = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${e.message}`);
    }
    if (typeof row.text !== 'string' || typeof row.id !== 'string') throw new Error(`${file}:${i + 1}: no id/text`);
    out.push({ id: row.id, text: row.text });
  }
  return out;
}

const safeName = (id) => id.replace(/[^A-Za-z0-9._-]/g, '_');

/**
 * Writes the first `n` stories into `dir` (created) as `<id>.txt`, flat.
 * Returns { files, bytes } where bytes is the UTF-8 size of what was written.
 */
export function materialise(stories, n, dir) {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const count = Math.min(n, stories.length);
  for (let i = 0; i < count; i++) {
    const buf = Buffer.from(stories[i].text, 'utf8');
    bytes += buf.length;
    fs.writeFileSync(path.join(dir, `${safeName(stories[i].id)}.txt`), buf);
  }
  return { files: count, bytes };
}

export const wordCount = (s) => (s.match(/\S+/g) ?? []).length;

/** Drops a story's all-caps headline (its first paragraph, when it has no lower-case letter). */
function body(text) {
  const paras = text.split(/\n\s*\n/);
  if (paras.length > 1 && !/[a-z]/.test(paras[0])) paras.shift();
  return paras.join('\n\n').trim();
}

/**
 * A ~`target`-word article made of consecutive Reuters stories (taken from the
 * end of the corpus, 80–400 words each, headlines dropped but the first one),
 * joined by blank lines. Deterministic. Returns { text, words, stories }.
 */
export function synthesiseArticle(stories, target = 1000) {
  const parts = [];
  let words = 0;
  let title = null;
  for (let i = stories.length - 1; i >= 0 && words < target * 0.95; i--) {
    const b = body(stories[i].text);
    const w = wordCount(b);
    if (w < 80 || w > 400 || words + w > target * 1.1) continue;
    if (title === null) {
      const first = stories[i].text.split(/\n\s*\n/)[0].trim();
      title = /[a-z]/.test(first) ? '' : first;
    }
    parts.push(b);
    words += w;
  }
  const text = (title ? `${title}\n\n` : '') + parts.join('\n\n') + '\n';
  return { text, words: wordCount(text), stories: parts.length };
}
