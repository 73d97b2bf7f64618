import * as assert from 'assert';
import { ClaimEngine, type Finding } from '../../server/src/engine';

const A = `Workers at the Dunmore mill voted to strike on Monday, the union said.

The mill employs 340 people and ships paper to 12 countries.
`;
const B = `Workers at the Dunmore mill voted to strike on Monday, union officials said.

The mill ships paper to 12 countries and employs 340 people.
`;

const brief = (fs: Finding[]): string[] => fs.map((f) => `${f.rule} ${f.range.start}-${f.range.end} ${f.severity} ${f.message} [${(f.related ?? []).map((r) => `${r.uri}@${r.range.start}`).join(' ')}]`);

describe('engine: a one-pass host releasing documents', () => {
  it('a released document keeps linking others and lints as before when asked again', () => {
    const engine = new ClaimEngine();
    engine.set({ uri: 'mem:a', text: A, format: 'plaintext' });
    engine.set({ uri: 'mem:b', text: B, format: 'plaintext' });
    const a = brief(engine.lint('mem:a'));
    const b = brief(engine.lint('mem:b'));
    const claimsA = JSON.stringify(engine.claims('mem:a'));
    // the two articles corroborate each other: the links are what must survive the release
    assert.ok(engine.claims('mem:b').some((c) => c.links.some((l) => l.uri === 'mem:a')), 'b links to a');

    engine.release('mem:a');
    assert.deepStrictEqual(brief(engine.lint('mem:b')), b);
    assert.ok(engine.claims('mem:b').some((c) => c.links.some((l) => l.uri === 'mem:a')), 'b still links to a');
    assert.deepStrictEqual(brief(engine.lint('mem:a')), a);
    assert.strictEqual(JSON.stringify(engine.claims('mem:a')), claimsA);
  });
});

describe('engine: links looked up as far as they are read', () => {
  const HA = `Dunmore mill workers vote to strike over pay cuts

Workers at the Dunmore mill voted to strike on Monday, the union said.
`;
  const HB = `Dunmore mill workers vote to strike over pay cuts, union says

Workers at the Dunmore mill voted on Monday to strike, union officials said.
`;

  it('a hover on a headline shows its links after a lint that did not need them', () => {
    const engine = new ClaimEngine();
    engine.set({ uri: 'mem:a', text: HA, format: 'plaintext' });
    engine.set({ uri: 'mem:b', text: HB, format: 'plaintext' });
    assert.strictEqual(engine.analysis('mem:a')!.sentences[0].role, 'headline');
    const lint = brief(engine.lint('mem:a'));
    const claims = JSON.stringify(engine.claims('mem:a'));
    const hover = engine.hover('mem:a', 3)!;
    assert.deepStrictEqual(
      hover.links.map((l) => `${l.relation} ${l.uri}@${l.range.start}-${l.range.end}`),
      [`corroborates mem:b@0-${HB.indexOf('\n')}`],
    );
    // the same links and findings as an engine asked for everything first
    const fresh = new ClaimEngine();
    fresh.set({ uri: 'mem:a', text: HA, format: 'plaintext' });
    fresh.set({ uri: 'mem:b', text: HB, format: 'plaintext' });
    assert.deepStrictEqual(fresh.hover('mem:a', 3), hover);
    assert.deepStrictEqual(brief(engine.lint('mem:a')), lint);
    assert.strictEqual(JSON.stringify(engine.claims('mem:a')), claims);
  });
});
