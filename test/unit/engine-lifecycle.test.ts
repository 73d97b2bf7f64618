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
