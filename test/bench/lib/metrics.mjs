// Precision / recall / F1 and a plain-text table printer.

/** P/R/F1 from counts; a ratio with a zero denominator is reported as NaN ("–"). */
export function prf({ tp, fp, fn }) {
  const p = tp + fp ? tp / (tp + fp) : NaN;
  const r = tp + fn ? tp / (tp + fn) : NaN;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : NaN;
  return { p, r, f };
}

/**
 * Overlap-based P/R for span lists where several predictions may hit one gold
 * item: precision counts predictions that overlap any gold span, recall counts
 * gold items overlapped by any prediction. `match(pred, gold)` decides a hit.
 * Returns { tp, fp, fn, p, r, f, predHit: bool[], goldHit: bool[] }.
 */
export function matchSets(pred, gold, match) {
  const predHit = pred.map((p) => gold.some((g) => match(p, g)));
  const goldHit = gold.map((g) => pred.some((p) => match(p, g)));
  const tpP = predHit.filter(Boolean).length;
  const tpG = goldHit.filter(Boolean).length;
  const p = pred.length ? tpP / pred.length : NaN;
  const r = gold.length ? tpG / gold.length : NaN;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : NaN;
  return { tpP, tpG, fp: pred.length - tpP, fn: gold.length - tpG, p, r, f, predHit, goldHit };
}

/** Accumulates overlap-matching counts over documents (tpP: predictions that hit; tpG: gold items hit). */
export class SetScore {
  constructor() {
    this.pred = 0;
    this.gold = 0;
    this.tpP = 0;
    this.tpG = 0;
  }
  /** Adds one document's `matchSets` result. */
  add(m) {
    this.pred += m.predHit.length;
    this.gold += m.goldHit.length;
    this.tpP += m.tpP;
    this.tpG += m.tpG;
  }
  get p() {
    return this.pred ? this.tpP / this.pred : NaN;
  }
  get r() {
    return this.gold ? this.tpG / this.gold : NaN;
  }
  get f() {
    const { p, r } = this;
    return p + r > 0 ? (2 * p * r) / (p + r) : NaN;
  }
}

export const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '–');

/** Renders rows (arrays of cells) under `header` as a left/right-aligned text table. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const w = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(all[0]), w.map((n) => '-'.repeat(n)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** Increments `map[key]` (a Map) by n. */
export function bump(map, key, n = 1) {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** The n largest entries of a count Map, as [key, count] pairs. */
export function top(map, n) {
  return [...map.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, n);
}
