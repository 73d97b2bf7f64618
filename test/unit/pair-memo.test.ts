import * as assert from 'assert';
import { ClaimEngine, type Finding } from '../../server/src/engine';
import { comesFirst, PairMemo } from '../../server/src/engine/crossdoc/pairs';
import { sameBothWays } from '../../server/src/engine/crossdoc/relate';
import type { ClaimSignature } from '../../server/src/engine/crossdoc/signature';

/** Only the span is read by the memo (to order a pair within one document). */
const sig = (start: number): ClaimSignature => ({ span: { start, end: start + 10 } }) as ClaimSignature;

describe('pair memo: whether two sentences are related, decided once per pair', () => {
  it('asks in one fixed order whichever side comes first, and answers the other side from the memo once', () => {
    const memo = new PairMemo();
    memo.sync(1);
    const x = sig(0);
    const y = sig(40);
    const asked: string[] = [];
    const related = (first: ClaimSignature, second: ClaimSignature): boolean => {
      asked.push(`${first.span.start}-${second.span.start}`);
      return false;
    };
    // y's document sorts after x's: the pair is decided as (x, y) even when y asks first
    assert.strictEqual(memo.related(y, 'file:///b.txt', x, 'file:///a.txt', true, related), false);
    assert.deepStrictEqual(asked, ['0-40']);
    assert.strictEqual(memo.related(x, 'file:///a.txt', y, 'file:///b.txt', true, related), false);
    assert.deepStrictEqual(asked, ['0-40'], 'the second side is answered from the memo');
    // a pair comes up twice at most: the answer is not kept after that
    memo.related(x, 'file:///a.txt', y, 'file:///b.txt', true, related);
    assert.deepStrictEqual(asked, ['0-40', '0-40']);
  });

  it('orders two sentences of one document by position, and keeps a "related" answer too', () => {
    const memo = new PairMemo();
    memo.sync(1);
    const asked: string[] = [];
    const related = (first: ClaimSignature, second: ClaimSignature): boolean => {
      asked.push(`${first.span.start}-${second.span.start}`);
      return true;
    };
    assert.strictEqual(memo.related(sig(90), 'file:///a.txt', sig(10), 'file:///a.txt', true, related), true);
    assert.deepStrictEqual(asked, ['10-90']);
  });

  /** A memo at generation 1 and two sentences x (of a.txt) and y (of b.txt), counting the questions it asks (all answered "unrelated"). */
  const counting = () => {
    const memo = new PairMemo();
    memo.sync(1);
    const x = sig(0);
    const y = sig(40);
    const counted = { calls: 0 };
    const related = (): boolean => {
      counted.calls++;
      return false;
    };
    return {
      memo,
      counted,
      fromX: (keep: boolean) => memo.related(x, 'file:///a.txt', y, 'file:///b.txt', keep, related),
      fromY: (keep: boolean) => memo.related(y, 'file:///b.txt', x, 'file:///a.txt', keep, related),
    };
  };

  it('keeps no answer the other side will not ask for (a document indexed from another thread, or let go)', () => {
    const { fromX, fromY, counted } = counting();
    fromX(false);
    fromY(true);
    assert.strictEqual(counted.calls, 2);
  });

  it('gives the other side the very answer decided in the fixed order (a link, not only whether there is one)', () => {
    const memo = new PairMemo<{ from: number } | null>();
    memo.sync(1);
    const x = sig(0);
    const y = sig(40);
    const decided = memo.related(y, 'file:///b.txt', x, 'file:///a.txt', true, (first) => ({ from: first.span.start }));
    assert.deepStrictEqual(decided, { from: 0 });
    assert.strictEqual(memo.related(x, 'file:///a.txt', y, 'file:///b.txt', true, () => ({ from: -1 })), decided);
    assert.strictEqual(comesFirst(x, 'file:///a.txt', y, 'file:///b.txt'), true);
    assert.strictEqual(comesFirst(y, 'file:///b.txt', x, 'file:///a.txt'), false);
  });

  it('forgets everything when the index changes (another generation)', () => {
    const { memo, fromX, fromY, counted } = counting();
    fromX(true);
    memo.sync(1);
    fromY(true);
    assert.strictEqual(counted.calls, 1, 'same generation: answered from the memo');
    fromX(true);
    memo.sync(2);
    fromY(true);
    assert.strictEqual(counted.calls, 3, 'a new generation asks again');
  });
});

const A = `Workers at the Dunmore mill voted to strike on Monday, the union said.

The mill employs 340 people and ships paper to 12 countries.
`;
const B = `Workers at the Dunmore mill voted to strike on Monday, union officials said.

The mill employs 340 people and ships paper to 15 countries.
`;
const C = `Workers at the Dunmore mill voted to strike on Monday, union officials said.

The mill employs 340 people and ships paper to 12 countries.
`;

const brief = (fs: Finding[]): string[] => fs.map((f) => `${f.rule} ${f.range.start} ${f.severity} ${f.message} [${(f.related ?? []).map((r) => `${r.uri}@${r.range.start}`).join(' ')}]`);

describe('links that read the same from both sentences', () => {
  it('one claim or one event told twice, not a conflict or two versions of a quotation', () => {
    assert.strictEqual(sameBothWays({ relation: 'corroborates', score: 0.9, detail: '' }), true);
    assert.strictEqual(sameBothWays({ relation: 'same-event', score: 0.9, detail: '' }), true);
    assert.strictEqual(sameBothWays({ relation: 'contradicts', score: 0.9, detail: '12 vs 15 countries' }), false);
    assert.strictEqual(sameBothWays({ relation: 'disputes', score: 0.9, detail: 'told / not told' }), false);
  });
});

describe('engine: links do not depend on the order documents are linted in', () => {
  const lintAll = (order: string[], docs: Record<string, string>): Record<string, string[]> => {
    const engine = new ClaimEngine();
    for (const [uri, text] of Object.entries(docs)) engine.set({ uri, text, format: 'plaintext' });
    const out: Record<string, string[]> = {};
    for (const uri of order) out[uri] = brief(engine.lint(uri));
    return out;
  };

  it('a then b gives what b then a gives, links included', () => {
    const docs = { 'mem:a': A, 'mem:b': B };
    const ab = lintAll(['mem:a', 'mem:b'], docs);
    const ba = lintAll(['mem:b', 'mem:a'], docs);
    assert.deepStrictEqual(ba, ab);
    // the two articles are related (the strike is told by both; 12 vs 15 countries is a conflict), so links were looked up both ways
    assert.ok(ab['mem:a'].some((f) => f.includes('[mem:b@')), ab['mem:a'].join('\n'));
    assert.ok(ab['mem:b'].some((f) => f.includes('[mem:a@')), ab['mem:b'].join('\n'));
  });

  it('after an edit between two lints, links are what a fresh engine finds', () => {
    const engine = new ClaimEngine();
    engine.set({ uri: 'mem:a', text: A, format: 'plaintext' });
    engine.set({ uri: 'mem:b', text: B, format: 'plaintext' });
    const before = brief(engine.lint('mem:a'));
    engine.set({ uri: 'mem:b', text: C, format: 'plaintext' });
    const after = brief(engine.lint('mem:b'));
    const fresh = new ClaimEngine();
    fresh.set({ uri: 'mem:a', text: A, format: 'plaintext' });
    fresh.set({ uri: 'mem:b', text: C, format: 'plaintext' });
    assert.deepStrictEqual(after, brief(fresh.lint('mem:b')));
    assert.notDeepStrictEqual(before, brief(fresh.lint('mem:a')), 'the edit changed what a links to');
  });
});
