import { ClaimEngine, LineIndex, decodeSignatures, findConflict, type DocumentFormat, type LintConfig, type Sentence } from '../../server/src/engine';

/** Lints a text and returns its findings as `rule line:col severity` strings (1-based). */
export function lint(text: string, format: DocumentFormat = 'plaintext', config: LintConfig = {}): string[] {
  const engine = new ClaimEngine();
  engine.set({ uri: 'mem:test', text, format });
  const index = new LineIndex(text);
  return engine.lint('mem:test', config).map((f) => {
    const p = index.positionAt(f.range.start);
    return `${f.rule} ${p.line + 1}:${p.character + 1} ${f.severity}`;
  });
}

/** The attribution of the sentence that starts with `prefix`: `cue | source | resolved` or `none`. */
export function attributionOf(text: string, prefix: string, format: DocumentFormat = 'plaintext'): string {
  const engine = new ClaimEngine();
  engine.set({ uri: 'mem:test', text, format });
  const a = engine.analysis('mem:test')!;
  const s = a.sentences.find((x) => text.slice(x.span.start, x.span.end).startsWith(prefix));
  if (!s) throw new Error(`no sentence starts with ${JSON.stringify(prefix)}; sentences: ${a.sentences.map((x) => JSON.stringify(text.slice(x.span.start, x.span.end))).join(', ')}`);
  if (!s.attribution) return 'none';
  const src = s.attribution.cue.source;
  return `${s.attribution.cue.text} | ${src?.text ?? '-'} | ${src?.resolved ?? '-'}`;
}

/** The cues of the sentence that starts with `prefix` (the first sentence without one). */
export function sentenceCues(text: string, prefix?: string): Sentence['cues'] {
  const engine = new ClaimEngine();
  engine.set({ uri: 'mem:test', text, format: 'plaintext' });
  const all = engine.analysis('mem:test')!.sentences;
  const s = prefix === undefined ? all[0] : all.find((x) => text.slice(x.span.start, x.span.end).startsWith(prefix));
  if (!s) throw new Error(`no sentence starts with ${JSON.stringify(prefix)}`);
  return s.cues;
}

/** Sentences of a text as strings (body and furniture). */
export function sentences(text: string, format: DocumentFormat = 'plaintext'): string[] {
  const engine = new ClaimEngine();
  engine.set({ uri: 'mem:test', text, format });
  return engine.analysis('mem:test')!.sentences.map((s) => text.slice(s.span.start, s.span.end));
}

/** Roles of the blocks of a text, as `role: text`. */
export function roles(text: string, format: DocumentFormat = 'plaintext'): string[] {
  const engine = new ClaimEngine();
  engine.set({ uri: 'mem:test', text, format });
  return engine.analysis('mem:test')!.sentences.map((s) => `${s.role}: ${text.slice(s.span.start, s.span.end)}`);
}

/**
 * Conflict links of `a.txt` with `b.txt` (each one line of text) as `relation: detail`: the
 * `contradicts` and `disputes` links of the claims of `a.txt`.
 */
export function conflictLinks(a: string, b: string): string[] {
  const e = pairEngine(a, b);
  const out: string[] = [];
  for (const c of e.claims('a.txt')) for (const l of c.links) if (l.relation === 'contradicts' || l.relation === 'disputes') out.push(`${l.relation}: ${l.detail}`);
  return out;
}

/**
 * What the conflict rules alone say of two one-sentence texts (`findConflict`, before the gates of
 * `relate` on how alike the sentences are): the detail, or null.
 */
export function ruleConflict(a: string, b: string): string | null {
  const e = pairEngine(a, b);
  const [sa] = decodeSignatures(e.exportDocument('a.txt'));
  const [sb] = decodeSignatures(e.exportDocument('b.txt'));
  return findConflict(sa, sb);
}

/** An engine holding two one-line documents, `a.txt` and `b.txt`. */
export function pairEngine(a: string, b: string): ClaimEngine {
  const e = new ClaimEngine();
  e.set({ uri: 'a.txt', text: a + '\n', format: 'plaintext' });
  e.set({ uri: 'b.txt', text: b + '\n', format: 'plaintext' });
  return e;
}
