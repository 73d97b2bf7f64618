import { sized, stored, type ClaimSignature, type DateSig, type NameKind, type NameMention, type NumberSig, type QuoteSig } from './signature';

/**
 * A compact, lossless text form of a document's claim signatures, so that a
 * host can analyse documents in several threads or processes and give every
 * one of them the same index: `decodeSignatures(encodeSignatures(s))` has
 * exactly the content of `s` (blocking keys are recomputed, the back-reference
 * to an index is dropped). Arrays of keys travel as one joined string each
 * (no key contains `|`: keys are folded to letters, digits and spaces), which
 * is several times smaller and faster to parse than the objects as JSON.
 */
/** A name mention: surface, key, span, the next name word's key (or null), 1 when it opens its sentence, the name word's key before it (or null), and what it names when its words tell (or null). */
type EncodedName = [surface: string, key: string, start: number, end: number, partner: string | null, initial: 0 | 1, before: string | null, kind: NameKind | null];

type Encoded = [
  sentence: number,
  start: number,
  end: number,
  text: string,
  flags: number,
  entities: string,
  stems: string,
  predicates: string,
  negatedPredicates: string,
  /** value, unit, value, unit… (values as strings: JSON has no Infinity) */
  numbers: string[],
  /** year, month, day per date, 0 = not given */
  dates: number[],
  quotes: [words: string, start: number, end: number, text: string, speaker: string | null, shown: string[]][],
  names: EncodedName[],
  /** the document's entity keys, or null when the same as the previous entry's */
  context: string | null,
  filed: string | null,
  /** what a party was told of (`communication.ts`), joined */
  told: string,
  speakers: string,
  from: string | null,
  background: string,
  edition: string | null,
];

const SEP = '|';

function join(xs: string[]): string {
  for (const x of xs) if (x.includes(SEP)) throw new Error(`signature key contains "${SEP}": ${x}`);
  return xs.join(SEP);
}

function split(s: string): string[] {
  return s === '' ? sized([]) : s.split(SEP);
}

function encodeOne(s: ClaimSignature, prev: ClaimSignature | undefined): Encoded {
  const numbers: string[] = [];
  for (const n of s.numbers) numbers.push(String(n.value), n.unit);
  const dates: number[] = [];
  for (const d of s.dates) dates.push(d.year ?? 0, d.month ?? 0, d.day ?? 0);
  return [
    s.sentence,
    s.span.start,
    s.span.end,
    s.text,
    (s.attributed ? 1 : 0) | (s.negated ? 2 : 0) | (s.headline ? 4 : 0),
    join(s.entities),
    join(s.stems),
    join(s.predicates),
    join(s.negatedPredicates),
    numbers,
    dates,
    s.quotes.map((q) => [join(q.words), q.span.start, q.span.end, q.text, q.speaker, q.shown]),
    s.names.map((m): EncodedName => [m.surface, m.key, m.span.start, m.span.end, m.partner ?? null, m.initial ? 1 : 0, m.before ?? null, m.kind ?? null]),
    prev && sameKeys(prev.context, s.context) ? null : join(s.context),
    s.filed,
    join(s.told),
    join(s.speakers),
    s.from,
    join(s.background),
    s.edition,
  ];
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

function decodeOne(e: Encoded, prev: ClaimSignature | undefined): ClaimSignature {
  const [sentence, start, end, text, flags, entities, stems, predicates, negatedPredicates, nums, ds, quotes, names, context, filed, told, speakers, from, background, edition] = e;
  const numbers: NumberSig[] = [];
  for (let i = 0; i < nums.length; i += 2) numbers.push({ value: Number(nums[i]), unit: nums[i + 1] });
  const dates: DateSig[] = [];
  for (let i = 0; i < ds.length; i += 3) {
    const d: DateSig = {};
    if (ds[i]) d.year = ds[i];
    if (ds[i + 1]) d.month = ds[i + 1];
    if (ds[i + 2]) d.day = ds[i + 2];
    dates.push(d);
  }
  return {
    sentence,
    span: { start, end },
    text,
    attributed: (flags & 1) !== 0,
    headline: (flags & 4) !== 0,
    entities: split(entities),
    speakers: split(speakers),
    stems: split(stems),
    predicates: split(predicates),
    background: split(background),
    negatedPredicates: split(negatedPredicates),
    negated: (flags & 2) !== 0,
    numbers: stored(numbers),
    dates: stored(dates),
    quotes: sized(quotes.map(([w, qs, qe, qt, speaker, shown]): QuoteSig => ({ words: split(w), shown, span: { start: qs, end: qe }, text: qt, speaker }))),
    names: sized(names.map(([surface, key, ns, ne, partner, initial, before, kind]): NameMention => {
      const m: NameMention = { surface, key, span: { start: ns, end: ne } };
      if (partner != null) m.partner = partner;
      if (initial === 1) m.initial = true;
      if (before != null) m.before = before;
      if (kind != null) m.kind = kind;
      return m;
    })),
    context: context === null ? (prev?.context ?? []) : split(context),
    filed,
    from,
    edition,
    told: split(told),
  };
}

/** Encodes one document's signatures as a JSON-safe value (see `decodeSignatures`). */
export function encodeSignatures(sigs: readonly ClaimSignature[]): unknown {
  return sigs.map((s, i) => encodeOne(s, sigs[i - 1]));
}

/** The signatures `encodeSignatures` encoded; throws on a value it did not produce. */
export function decodeSignatures(value: unknown): ClaimSignature[] {
  if (!Array.isArray(value)) throw new Error('encoded signatures: not an array');
  const out: ClaimSignature[] = [];
  for (const e of value as Encoded[]) {
    if (!Array.isArray(e) || e.length !== 20) throw new Error('encoded signatures: bad entry');
    out.push(decodeOne(e, out[out.length - 1]));
  }
  return out;
}
