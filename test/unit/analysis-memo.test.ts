import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AnalysisMemo, analyzeText, type DocumentAnalysis } from '../../server/src/engine/analyze';
import { ClaimEngine } from '../../server/src/engine';

const SEEDS = path.resolve(__dirname, '../../../seeds');

/** The analysis as JSON, without the memo's records (`Sentence.read`, a cache). */
const json = (a: DocumentAnalysis): string => JSON.stringify(a, (k, v: unknown) => (k === 'read' ? undefined : v));
const same = (a: DocumentAnalysis, b: DocumentAnalysis): void => assert.strictEqual(json(a), json(b));

/** Analyses `text` with the memo and without, asserts both agree, and returns what the memo reused. */
function check(text: string, memo: AnalysisMemo): { reused: number; read: number; analysis: DocumentAnalysis } {
  const analysis = analyzeText(text, 'plaintext', memo);
  same(analysis, analyzeText(text, 'plaintext'));
  return { reused: memo.reused, read: memo.read, analysis };
}

const PORT = `Harbour pilots at Kestrel Bay stopped work on Monday, the port authority said.

The authority named Eva Lund as its new spokeswoman last week.

The first ships will dock again on Friday, she said.

Pilots want two more crews on the night shift, according to their union.
`;

describe('analysis memo: an edit reads again only what it changed', () => {
  it('paragraphs after an edit are reused, moved to where they now start', () => {
    const memo = new AnalysisMemo();
    assert.deepStrictEqual(({ ...check(PORT, memo), analysis: null }), { reused: 0, read: 4, analysis: null });
    const edited = PORT.replace('stopped work', 'stopped all work');
    const r = check(edited, memo);
    assert.deepStrictEqual([r.reused, r.read], [3, 1]);
    const she = r.analysis.sentences.find((s) => edited.slice(s.span.start, s.span.end).startsWith('The first ships'))!;
    assert.strictEqual(edited.slice(she.attribution!.cue.span.start, she.attribution!.cue.span.end), 'said');
    assert.strictEqual(she.attribution!.cue.source!.resolved, 'Eva Lund');
  });

  it('a name changed in an earlier paragraph is seen by the pronouns after it', () => {
    const memo = new AnalysisMemo();
    check(PORT, memo);
    const r = check(PORT.replace('Eva Lund', 'Ana Ruiz'), memo);
    // the resolver knows someone else from the second paragraph on: the paragraphs after it are read again
    assert.deepStrictEqual([r.reused, r.read], [1, 3]);
    const she = r.analysis.sentences.find((s) => s.attribution?.cue.source?.text === 'she')!;
    assert.strictEqual(she.attribution!.cue.source!.resolved, 'Ana Ruiz');
  });

  it('a quotation left open or closed in one line changes what the next line quotes', () => {
    const memo = new AnalysisMemo();
    const open = "The pilots met on Monday.\n``We are three words away from a deal.\nWe solved everything else,'' Eva Lund said.\n";
    const closed = open.replace("a deal.\n", "a deal.''\n");
    check(open, memo);
    // the closing line reads the same but now opens outside any quotation: read again, not reused
    const r = check(closed, memo);
    assert.deepStrictEqual([r.reused, r.read], [1, 2]);
    assert.strictEqual(check(open, memo).analysis.quotations.length, 2);
  });

  it('joining and splitting paragraphs, and a paragraph written twice', () => {
    const memo = new AnalysisMemo();
    check(PORT, memo);
    const joined = PORT.replace('last week.\n\nThe first', 'last week. The first');
    assert.deepStrictEqual([check(joined, memo).reused, memo.read], [2, 1]);
    assert.deepStrictEqual([check(PORT, memo).reused, memo.read], [2, 2]);
    // the same paragraph twice: each copy is taken once, the second read at its own state
    const twice = PORT + '\n' + PORT.split('\n\n')[2] + '\n';
    check(twice, memo);
    assert.deepStrictEqual([check(twice, memo).reused, memo.read], [5, 0]);
  });

  it('random edits of the seed articles give what a fresh analysis gives', () => {
    // a fixed pseudo-random sequence: edits anywhere, of the kinds that change what later paragraphs read
    let seed = 12345;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = ['x', ' said ', ' he ', ' Reuters ', '"', '.', '\n\n', ' Mr. Smith ', ' she told ', ' officials said: ', '“', ''];
    let reused = 0;
    let read = 0;
    for (const file of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
      let text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
      const memo = new AnalysisMemo();
      check(text, memo);
      for (let k = 0; k < 30; k++) {
        const at = Math.floor(next() * text.length);
        const piece = pieces[Math.floor(next() * pieces.length)];
        const cut = piece === '' ? 1 + Math.floor(next() * 40) : 0;
        text = text.slice(0, at) + piece + text.slice(at + cut);
        const r = check(text, memo);
        reused += r.reused;
        read += r.read;
      }
    }
    // (most edits leave most paragraphs as they were: the memo is used, not bypassed)
    assert.ok(reused > 3 * read, `reused ${reused}, read ${read}`);
  });

  /** Edits a document in an incremental engine; after each, lint, analysis and signatures are a fresh engine's. */
  function editLikeFresh(text: string, format: 'plaintext' | 'markdown', edits: [string, string][]): void {
    const incremental = new ClaimEngine({ incremental: true });
    incremental.set({ uri: 'mem:a', text, format });
    incremental.lint('mem:a');
    let edited = text;
    for (const [from, to] of edits) {
      assert.ok(edited.includes(from), from);
      edited = edited.replace(from, to);
      incremental.set({ uri: 'mem:a', text: edited, format });
      const fresh = new ClaimEngine();
      fresh.set({ uri: 'mem:a', text: edited, format });
      assert.deepStrictEqual(incremental.lint('mem:a'), fresh.lint('mem:a'));
      same(incremental.analysis('mem:a')!, fresh.analysis('mem:a')!);
      assert.strictEqual(JSON.stringify(incremental.exportDocument('mem:a')), JSON.stringify(fresh.exportDocument('mem:a')));
    }
  }

  it('an incremental engine lints an edited article as a fresh engine does', () => {
    const text = fs.readFileSync(path.join(SEEDS, '001_32622a4886d3749e.txt'), 'utf8');
    editLikeFresh(text, 'plaintext', [['Lavrov', 'Lavrow'], ['Lavrow', 'Lavrov'], ['said', 'said on Monday'], ['\n\n', ' ']]);
  });

  it('Markdown: an edit inside masked markup (a link target, emphasis) is an edit too', () => {
    const md = `# Pilots stop work at Kestrel Bay

Harbour pilots stopped work on Monday, [the port authority said](https://example.org/a).

"We will not board a ship without a second crew," said **Eva Lund**, a spokeswoman for the pilots.

The first ships will dock again on Friday, she said.
`;
    editLikeFresh(md, 'markdown', [
      ['https://example.org/a', 'https://example.org/b'],
      ['**Eva Lund**', '*Eva Lund*'],
      ['without a second', 'without any second'],
    ]);
  });
});
