import * as assert from 'assert';
import { ClaimEngine, LineIndex } from '../../server/src/engine';
import { findQuotations } from '../../server/src/engine/text/quotes';
import { tokenize } from '../../server/src/engine/nlp/tokens';
import { parseMarkdown } from '../../server/src/engine/text/parse';
import { dateLine, inlineDateline } from '../../server/src/engine/text/dateline';
import * as fs from 'fs';
import * as path from 'path';
import sbd from 'sbd';
import { keptWhole, SBD_OPTIONS } from '../../server/src/engine/text/sentences';
import { lint, sentences } from '../helpers/engine';

describe('quotations', () => {
  const q = (t: string): string[] => findQuotations(t, { start: 0, end: t.length }).map((x) => t.slice(x.span.start, x.span.end));

  it('curly and straight double quotes', () => {
    assert.deepStrictEqual(q('He said “we are ready” and "we will go".'), ['“we are ready”', '"we will go"']);
  });

  it('a straight closing mark with none open, a speech tag after it, opens nothing', () => {
    assert.deepStrictEqual(q('The harbour kept its 16 pct share," said the port chief. "We stay," he added.'), ['"We stay,"']);
    // (after a word's punctuation with a capital after it, it opens)
    assert.deepStrictEqual(q('The harbour kept its share. "We stay," he added.'), ['"We stay,"']);
  });

  it('apostrophes are not quotes, single quotes that close are', () => {
    assert.deepStrictEqual(q('Let’s see Assad’s plan in the ’90s style.'), []);
    assert.deepStrictEqual(q("'Our focus is on the north,' the spokesman says"), ["'Our focus is on the north,'"]);
  });

  it('two-character marks of archive styles: ``…\'\' and \'\'…\'\'', () => {
    assert.deepStrictEqual(q("The ferry made a ``special charity trip'' to Lormont."), ["``special charity trip''"]);
    assert.deepStrictEqual(q("''The pier is safe,'' Ruiz said, ''and it stays open.''"), ["''The pier is safe,''", "''and it stays open.''"]);
    const [r] = findQuotations("``We are ready,'' she said.", { start: 0, end: 26 });
    assert.deepStrictEqual([r.content, r.words], [{ start: 2, end: 15 }, 3]);
    // the possessive of a plural and a measure in feet are no quotation marks
    assert.deepStrictEqual(q("The pilots' union said the 12'' pipe burst."), []);
  });

  it('a paragraph that closes a quotation before it opens one continues the one the paragraph before left open', () => {
    const t = "He wrote: more to come.\nWe solved everything,'' he said, ``and it holds.''";
    const line = { start: t.indexOf('\n') + 1, end: t.length };
    assert.deepStrictEqual(findQuotations(t, line, true).map((x) => [t.slice(x.span.start, x.span.end), t.slice(x.content.start, x.content.end), x.openEnded]), [
      ["We solved everything,''", 'We solved everything,', false],
      ["``and it holds.''", 'and it holds.', false],
    ]);
    // a straight or curly closing mark too; not when a mark opens first, nor when the paragraph before closed its quotation
    assert.deepStrictEqual(findQuotations('We are ready," she said.', { start: 0, end: 24 }, true).map((x) => x.span), [{ start: 0, end: 14 }]);
    assert.deepStrictEqual(findQuotations('We are ready” she said.', { start: 0, end: 23 }, true).map((x) => x.span), [{ start: 0, end: 13 }]);
    assert.deepStrictEqual(findQuotations('That day has come. "', { start: 0, end: 20 }, true).map((x) => x.span), [{ start: 0, end: 20 }]);
    assert.deepStrictEqual(q('She called it “dead.” Then she left.'), ['“dead.”']);
    assert.deepStrictEqual(findQuotations('She called it “dead.” Then she left.', { start: 0, end: 36 }, true).map((x) => x.span), [{ start: 14, end: 21 }]);
    // (with nothing left open, that closing mark opens nothing either)
    assert.deepStrictEqual(findQuotations('We are ready," she said.', { start: 0, end: 24 }, false).map((x) => x.span.start), []);
    // a block with no mark at all, opening inside a quotation, is quoted whole and carries it on (the caller, analyzeText,
    // says it opens inside only when a later line closes the quotation)
    assert.deepStrictEqual(findQuotations('No marks at all here.', { start: 0, end: 21 }, true).map((x) => [x.span, x.openEnded]), [[{ start: 0, end: 21 }, true]]);
    assert.deepStrictEqual(findQuotations('No marks at all here.', { start: 0, end: 21 }, false), []);
  });

  it('a quote left open runs to the end of its paragraph', () => {
    const t = '“The first part of the speech.';
    const r = findQuotations(t, { start: 0, end: t.length });
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].openEnded, true);
  });
});

describe('Markdown', () => {
  it('never lints code, front matter or HTML comments', () => {
    const t = ['---', 'title: Rebels took the town on May 3.', '---', '', '```', 'Rebels took the town on May 3.', '```', '', '<!-- Rebels took the town on May 3. -->', '', 'Rebels took the `town` on May 3.', ''].join('\n');
    assert.deepStrictEqual(lint(t, 'markdown'), ['unattributed-claim 11:1 warning']);
  });

  it('masks syntax but keeps offsets', () => {
    const t = 'The **army** took [the town](http://x.test/a) on May 3.';
    const p = parseMarkdown(t);
    assert.strictEqual(p.text.length, t.length);
    const expected = t.replace(/\*\*/g, '  ').replace('[the town](http://x.test/a)', ' the town' + ' '.repeat('](http://x.test/a)'.length));
    assert.strictEqual(p.text, expected);
  });

  it('headings are headlines', () => {
    assert.deepStrictEqual(lint('# Rebels took the town on May 3\n\nIt rained.\n', 'markdown'), []);
  });
});

describe('robustness', () => {
  it('empty, whitespace, BOM and CRLF input', () => {
    assert.deepStrictEqual(lint(''), []);
    assert.deepStrictEqual(lint(' \n\n\t'), []);
    assert.deepStrictEqual(lint('\ufeffRebels took the town of Varna on May 3.\r\nThe mayor said so.\r\n'), ['unattributed-claim 1:2 warning']);
  });

  it('control characters and replacement characters do not crash', () => {
    const t = 'Rebels\u0000 took \ufffd the town of Varna on May 3.\u0007';
    assert.deepStrictEqual(lint(t), ['unattributed-claim 1:1 warning']);
  });

  it('line index maps offsets in CRLF text', () => {
    const idx = new LineIndex('ab\r\ncd\ne');
    assert.deepStrictEqual(idx.positionAt(4), { line: 1, character: 0 });
    assert.deepStrictEqual(idx.positionAt(7), { line: 2, character: 0 });
    assert.strictEqual(idx.offsetAt({ line: 1, character: 1 }), 5);
  });

  it('a line index rebuilt from its line starts answers the same', () => {
    const text = 'a\r\nbc\nd\re\n';
    const idx = new LineIndex(text);
    const copy = LineIndex.fromStarts(idx.lineStarts, idx.textLength);
    for (let o = 0; o <= text.length + 1; o++) assert.deepStrictEqual(copy.positionAt(o), idx.positionAt(o));
    assert.strictEqual(copy.offsetAt({ line: 3, character: 5 }), idx.offsetAt({ line: 3, character: 5 }));
  });

  it('tokens do not depend on what was read before (wink-nlp learns words)', () => {
    const text = '- Hitachi Ltd\'s <HIT.T> April output of DRAMs will fall.';
    const tokens = (): string[] => tokenize(text, { start: 0, end: text.length }).map((t) => `${t.text}/${t.pos}`);
    const before = tokens();
    // reading this teaches wink-nlp the word "Ltd's" (as one token)
    const teacher = 'Apple said it can now communicate over <Northern Telecom Ltd\'s> Meridian network.';
    tokenize(teacher, { start: 0, end: teacher.length });
    assert.deepStrictEqual(tokens(), before);
    assert.ok(before.includes("'s/PART"), before.join(' '));
  });

  it('re-analyses only when the text changes', () => {
    const e = new ClaimEngine();
    e.set({ uri: 'a', text: 'Rebels took the town of Varna on May 3.', format: 'plaintext', version: 1 });
    const first = e.analysis('a');
    e.set({ uri: 'a', text: 'Rebels took the town of Varna on May 3.', format: 'plaintext', version: 2 });
    assert.strictEqual(e.analysis('a'), first);
    e.set({ uri: 'a', text: 'Rebels took Varna.', format: 'plaintext', version: 3 });
    assert.notStrictEqual(e.analysis('a'), first);
  });
});

describe('wire datelines opening a sentence', () => {
  const read = (s: string): string => {
    const d = inlineDateline(s);
    return d ? `${JSON.stringify(s.slice(0, d.length))} filed ${d.filed ? `${d.filed.month}-${d.filed.day}` : '?'}` : 'none';
  };
  it('a place with a date or a credit, then a dash', () => {
    assert.deepStrictEqual(
      ['NEW YORK, March 26 - Harlow Corp said…', 'MELBOURNE, Fla., Sept 3 - Shr loss…', 'WASHINGTON (Reuters) — The White House said…', 'LONDON, Marching 3 - odd', 'TOKYO, June 31 - odd'].map(read),
      ['"NEW YORK, March 26 - " filed 3-26', '"MELBOURNE, Fla., Sept 3 - " filed 9-3', '"WASHINGTON (Reuters) — " filed ?', '"LONDON, Marching 3 - " filed ?', '"TOKYO, June 31 - " filed 6-31'],
    );
  });
  it('a place in title case only with a day and a dash ("Peoria, April 7 - ", market reports)', () => {
    assert.deepStrictEqual(
      ['Peoria, April 7 - Hog prices are expected steady.', 'Sioux Falls, April 7 - Clear/calm/43 degrees - Hog prices…', 'Murdochville, Quebec, April 3 - Noranda said…', 'Smith, a farmer, said prices rose.', 'Harlow Corp, March 26 results - loss', 'Peoria - Hog prices are steady.'].map(read),
      ['"Peoria, April 7 - " filed 4-7', '"Sioux Falls, April 7 - " filed 4-7', '"Murdochville, Quebec, April 3 - " filed 4-3', 'none', 'none', 'none'],
    );
  });
  it('near misses: an acronym and a dash, a headline in capitals, a name list', () => {
    assert.deepStrictEqual(['NATO - the alliance said it would send troops.', 'IBM - the computer maker - said profits rose.', 'OBAMA - WE WILL WIN', 'NASA, Boeing and Lockheed - the partners - met.'].map(read), ['none', 'none', 'none', 'none']);
  });
});

describe('a line that is only a date', () => {
  it('reads the month, day and year of the usual ways of writing one, and nothing else', () => {
    const read = (s: string): string => {
      const d = dateLine(s);
      return d ? `${d.year}-${d.month}-${d.day}` : 'none';
    };
    assert.deepStrictEqual(
      ['September 17, 2008', 'Wednesday, September 17, 2008', 'Sept. 17, 2008', '17 September 2008', 'June 1st, 2009', '2008-09-17', ' January 7, 2011 '].map(read),
      ['2008-9-17', '2008-9-17', '2008-9-17', '2008-9-17', '2009-6-1', '2008-9-17', '2011-1-7'],
    );
    assert.deepStrictEqual(['September 2008', 'September 17', 'On September 17, 2008 markets fell.', 'September 34, 2008', '2008-13-01', 'Marching 3, 2008'].map(read), ['none', 'none', 'none', 'none', 'none', 'none']);
  });
});

describe('sentence splitting', () => {
  it('a paragraph is left whole without asking sbd only where sbd leaves it whole', () => {
    const seedDir = path.resolve(__dirname, '..', '..', '..', 'seeds');
    const paragraphs = fs
      .readdirSync(seedDir)
      .flatMap((f) => fs.readFileSync(path.join(seedDir, f), 'utf8').split('\n'))
      .map((p) => p.trim())
      .filter(Boolean);
    const made = [
      'Prices rose 5 pct in March, the bank said.',
      'Prices rose in March, the bank said.”',
      'Prices rose in March, the bank said.)',
      'Prices rose in March (the bank said).',
      'Did prices rise?',
      'Prices rose!!',
      'Prices rose in March',
      'He said “we will see”',
      'Prices rose in March, said the U.S.',
      'Prices rose in\u00a0March,  the bank\tsaid.',
    ];
    const whole = [...paragraphs, ...made].filter(keptWhole);
    assert.ok(whole.length >= made.length, `${whole.length} paragraphs left whole`);
    for (const p of whole) assert.deepStrictEqual(sbd.sentences(p, SBD_OPTIONS), [p.split(/\s+/).join(' ')], p);
    // …and what sbd may split, or read otherwise, goes to sbd
    for (const p of ['It rose.It fell', 'It rose. It fell.', 'Rates (U.S.) rose', 'It rose.)Then', 'Line one\nline two', 'Scores ---- here', 'It rose <br> today', ' It rose.', 'It rose @~@ today', 'U.S.)A'].filter(keptWhole)) {
      assert.fail(`left whole: ${p}`);
    }
  });

  it('a stock code in angle brackets is one word: its full stop ends no sentence', () => {
    assert.deepStrictEqual(sentences('Hitachi Ltd <HIT.T> expects a record year. Sony Corp <SNE.T> said sales fell.'), [
      'Hitachi Ltd <HIT.T> expects a record year.',
      'Sony Corp <SNE.T> said sales fell.',
    ]);
    // (a full stop with no bracket open still ends one)
    assert.deepStrictEqual(sentences('Sales rose 5 pct to a record in March. The bank <B> said so.'), ['Sales rose 5 pct to a record in March.', 'The bank <B> said so.']);
  });

  it('a title’s abbreviation does not end a sentence, a delegate’s and an attorney’s included', () => {
    assert.deepStrictEqual(sentences('"This is a big year!" his niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd. Atty. Gen. Ana Ruiz agreed.'), [
      '"This is a big year!" his niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.',
      'Atty. Gen. Ana Ruiz agreed.',
    ]);
  });

  it('a saint’s or a mount’s abbreviation after a lower-case word opens a place name', () => {
    const t = 'It will retool its 21-year-old Ste. Therese, Quebec, plant and has received loans for the project, which will be built over five years by the company and its partners. It climbed to Mt. Hood.';
    assert.deepStrictEqual(sentences(t), [
      'It will retool its 21-year-old Ste. Therese, Quebec, plant and has received loans for the project, which will be built over five years by the company and its partners.',
      'It climbed to Mt. Hood.',
    ]);
  });
});
