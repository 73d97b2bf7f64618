// Reading JSON Lines files (one JSON value a line; blank lines are skipped).
import fs from 'node:fs';

/** Parses a whole .jsonl file into an array. Throws with the file and line number on bad JSON. */
export function readJsonl(file) {
  const out = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    try {
      out.push(JSON.parse(line));
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${e.message}`);
    }
  }
  return out;
}

/** Groups rows into a Map by `key(row)`, keeping file order within each group. */
export function groupBy(rows, key) {
  const m = new Map();
  for (const r of rows) {
    const k = key(r);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(r);
  }
  return m;
}
