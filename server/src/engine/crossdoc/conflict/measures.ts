/**
 * Measured quantities of one named thing: "the Brede bridge is 40 metres long" / "the Brede bridge is
 * 400 metres long", "the Varn Tower, which is 310 feet tall" / "the Varn Tower is 150 metres high".
 * A length, a height, a depth, a width or a weight is one value of its owner (no predicate needed:
 * the sentences say what the thing is, not what happened), so two values that differ by more than
 * rounding and a change of units explains conflict.
 *
 * Read only where the dimension is written next to the number ("40 metres long", "weighs 3 tonnes"),
 * the number is not a bound ("more than 40 metres") and the owner is named on both sides.
 */
import { wordTable } from '../../util/table';
import type { ClaimSignature } from '../signature';
import { affirmedAt, differentNames, meets, perSignature, perView, firstConflict, subjectOf, surface, tokenNumber, viewOf, type View } from './view';

/** Units of length and of weight, in metres and kilograms. */
const UNITS: Readonly<Record<string, [string, number]>> = wordTable({
  m: ['length', 1], metre: ['length', 1], metres: ['length', 1], meter: ['length', 1], meters: ['length', 1],
  km: ['length', 1000], kilometre: ['length', 1000], kilometres: ['length', 1000], kilometer: ['length', 1000], kilometers: ['length', 1000],
  cm: ['length', 0.01], centimetres: ['length', 0.01], centimeters: ['length', 0.01], mm: ['length', 0.001], millimetres: ['length', 0.001], millimeters: ['length', 0.001],
  ft: ['length', 0.3048], foot: ['length', 0.3048], feet: ['length', 0.3048], inch: ['length', 0.0254], inches: ['length', 0.0254],
  yard: ['length', 0.9144], yards: ['length', 0.9144], mile: ['length', 1609.34], miles: ['length', 1609.34],
  kg: ['weight', 1], kilogram: ['weight', 1], kilograms: ['weight', 1], kilo: ['weight', 1], kilos: ['weight', 1],
  g: ['weight', 0.001], gram: ['weight', 0.001], grams: ['weight', 0.001], tonne: ['weight', 1000], tonnes: ['weight', 1000],
  ton: ['weight', 1000], tons: ['weight', 1000], lb: ['weight', 0.4536], lbs: ['weight', 0.4536],
});
/** Adjectives that say which length a number of metres is, after it ("40 metres long"). */
const DIMENSIONS: Readonly<Record<string, string>> = wordTable({
  long: 'long', high: 'high', tall: 'high', deep: 'deep', wide: 'wide', across: 'wide', thick: 'thick', heavy: 'heavy',
});
/** Verbs that say what a number after them measures ("weighs 3 tonnes"). */
const MEASURING: Readonly<Record<string, string>> = wordTable({ weighs: 'heavy', weighed: 'heavy', weigh: 'heavy', weighing: 'heavy' });
/** Words before a number that make it a bound, not the value ("more than 40 metres", "up to 3 tonnes"). */
const BOUNDS = new Set(['than', 'over', 'under', 'least', 'most', 'to', 'between', 'from', 'and', 'exceeding', 'below', 'above']);
/** Words before a number that make it approximate ("about 40 metres"): a wider margin. */
const ABOUT = new Set(['about', 'around', 'some', 'roughly', 'approximately', 'circa', 'estimated', 'nearly', 'almost']);

interface Measure {
  dimension: string;
  /** In metres or kilograms. */
  si: number;
  approx: boolean;
  owner: Set<string>;
  shown: string;
}

/** The measures a sentence states plainly, of a named owner (memoised with its view). */
const measuresOf = perView((v: View): Measure[] => {
  const out: Measure[] = [];
  const t = v.toks;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].num) continue;
    // "27.5" or "1,200" (digits), a number word ("forty"), with a scale ("1.2 million tonnes") skipped
    const n = tokenNumber(t[i]);
    if (!(n > 0)) continue;
    const u = UNITS[t[i + 1]?.low ?? ''];
    if (!u) continue;
    const dimension = DIMENSIONS[t[i + 2]?.low ?? ''] ?? MEASURING[t[i - 1]?.low ?? ''];
    if (!dimension || (u[0] === 'weight') !== (dimension === 'heavy')) continue;
    if (BOUNDS.has(t[i - 1]?.low ?? '') || t[i - 1]?.raw === '-' || t[i + 2]?.raw === '-' || !affirmedAt(v, i)) continue;
    const owner = subjectOf(v, i);
    if (!owner?.size) continue;
    out.push({ dimension, si: n * u[1], approx: ABOUT.has(t[i - 1]?.low ?? ''), owner, shown: `${t[i].raw} ${t[i + 1].raw} ${t[i + 2]?.word && DIMENSIONS[t[i + 2].low] ? t[i + 2].raw : ''}`.trim() });
  }
  return out;
});

/** Words a measure is read from (a cheap test before tokenising). */
const WORDS = /\b(?:long|high|tall|deep|wide|across|thick|heavy|weigh(?:s|ed|ing)?)\b/;
const mayMeasure = perSignature((s) => WORDS.test(s.text));

/** One named thing given two lengths (heights, depths, widths, weights) that rounding cannot make one. */
export function measureConflict(a: ClaimSignature, b: ClaimSignature): string | null {
  if (!a.numbers.length || !b.numbers.length) return null;
  return firstConflict(a, b, mayMeasure, measuresOf, (x, y, ma, mb) => {
    if (x.dimension !== y.dimension || !meets(x.owner, y.owner)) return null;
    // every value either side gives that owner in that dimension: none may agree (two spans of one bridge)
    const xs = ma.filter((m) => m.dimension === x.dimension && !differentNames(m.owner, x.owner));
    const ys = mb.filter((m) => m.dimension === y.dimension && !differentNames(m.owner, y.owner));
    if (xs.some((p) => ys.some((q) => close(p, q)))) return null;
    return `different measures of ${surface(viewOf(a).toks, x.owner) || [...x.owner].join(' ')} (${x.shown} vs ${y.shown})`;
  });
}

/** Whether two values can be one, rounded or converted: within 10% (25% where one is approximate). */
function close(x: Measure, y: Measure): boolean {
  const margin = x.approx || y.approx ? 0.25 : 0.1;
  return Math.abs(x.si - y.si) <= margin * Math.max(x.si, y.si);
}

