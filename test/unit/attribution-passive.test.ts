import * as assert from 'assert';
import { ClaimEngine } from '../../server/src/engine';

// Passive reporting verbs and their "by" agents. Fixtures are written for the project:
// invented news prose, not copied from any data set.

/** Every cue of the text as `cue [start,end) <- source [start,end)` (source `-` when none). */
function cueSpans(text: string): string[] {
  const engine = new ClaimEngine();
  engine.set({ uri: 'mem:test', text, format: 'plaintext' });
  const out: string[] = [];
  for (const s of engine.analysis('mem:test')!.sentences) {
    for (const c of s.cues) {
      const src = c.source ? `${text.slice(c.source.span.start, c.source.span.end)} [${c.source.span.start},${c.source.span.end})` : '-';
      out.push(`${c.text} [${c.span.start},${c.span.end}) <- ${src}`);
    }
  }
  return out;
}

describe('attribution: passive agents', () => {
  it('an irregular participle takes its "by" agent', () => {
    const t = 'The harbour anthem was written by Tove Lind after the great storm.';
    assert.deepStrictEqual(cueSpans(t), ['written [23,30) <- Tove Lind [34,43)']);
  });

  it('a quantity word may open the agent phrase', () => {
    const t = 'The mayor, meanwhile, is backed by far fewer councillors.';
    assert.deepStrictEqual(cueSpans(t), ['backed [25,31) <- far fewer councillors [35,56)']);
  });

  it('the agent may follow a short complement of the verb', () => {
    const t = 'The ferry captain has been called a fraud by rival captains for selling tickets.';
    assert.deepStrictEqual(cueSpans(t), ['called [27,33) <- rival captains [45,59)']);
  });

  it('a "by" phrase of means names no agent', () => {
    const t = 'The ferry captain has been called a fraud by phone for selling tickets.';
    assert.ok(cueSpans(t).every((c) => c.endsWith('<- -')), cueSpans(t).join('; '));
  });

  it('a "by" phrase after a clause is no agent', () => {
    const t = 'The captain was told that the port had closed by the harbour master.';
    assert.ok(!cueSpans(t).some((c) => c.includes('the harbour master')));
  });
});
