import * as assert from 'assert';
import { ClaimEngine, LineIndex, type HoverInfo, type RelatedLocation } from '../../server/src/engine';
import { renderHover } from '../../server/src/lsp/hover';

// A hover's Markdown, from engine data written for the test (renderHover is the server's whole view).
const OTHER = 'file:///w/other.txt';
const THIRD = 'file:///w/third.txt';
const otherText = ['Line one.', 'The dam burst on Monday.', 'Villages were flooded.', 'The army sent boats.', 'Schools closed.', 'Aid arrived.'].join('\n');
const thirdText = 'Nothing here.\nThe dam at Orsa gave way on Monday.\n';

function link(uri: string, text: string, relation: RelatedLocation['relation'], sentence: string): RelatedLocation {
  const start = text.indexOf(sentence);
  return { uri, range: { start, end: start + sentence.length }, relation, text: sentence };
}

const info: HoverInfo = {
  range: { start: 0, end: 30 },
  text: 'The Orsa dam burst on Monday.',
  role: 'body',
  attribution: null,
  claimReasons: ['a date'],
  isClaim: true,
  findings: [],
  links: [
    link(OTHER, otherText, 'same-event', 'Villages were flooded.'),
    link(OTHER, otherText, 'corroborates', 'The dam burst on Monday.'),
    link(OTHER, otherText, 'same-event', 'The army sent boats.'),
    link(OTHER, otherText, 'same-event', 'Schools closed.'),
    link(OTHER, otherText, 'same-event', 'Aid arrived.'),
    link(THIRD, thirdText, 'contradicts', 'The dam at Orsa gave way on Monday.'),
  ],
};

describe('hover Markdown', () => {
  it('groups links: conflicts first, then corroborations, then the best three statements about the same event', () => {
    const lines: Record<string, LineIndex> = { [OTHER]: new LineIndex(otherText), [THIRD]: new LineIndex(thirdText) };
    assert.strictEqual(
      renderHover(info, (uri) => lines[uri] ?? null),
      [
        '**claimlint** · claim in the article’s own voice with **no attribution** (states a date).',
        '**Contradicted by 1 file:**',
        '- [third\\.txt:2](file:///w/third.txt#L2) — “The dam at Orsa gave way on Monday\\.”',
        '**Corroborated by 1 file:**',
        '- [other\\.txt:2](file:///w/other.txt#L2) — “The dam burst on Monday\\.”',
        '**Other statements about this event in 1 file:**',
        '- [other\\.txt:3](file:///w/other.txt#L3) — “Villages were flooded\\.”',
        '- [other\\.txt:4](file:///w/other.txt#L4) — “The army sent boats\\.”',
        '- [other\\.txt:5](file:///w/other.txt#L5) — “Schools closed\\.”',
        '- …and 1 more',
      ].join('\n\n'),
    );
  });

  it('a linked sentence that is a quotation already is not put in quotation marks again', () => {
    const quote = '"The dam will hold," the engineer said.';
    const text = 'Line one.\n' + quote + '\n';
    const h: HoverInfo = { ...info, links: [link(OTHER, text, 'corroborates', quote)] };
    const md = renderHover(h, (uri) => (uri === OTHER ? new LineIndex(text) : null));
    assert.ok(md.endsWith('- [other\\.txt:2](file:///w/other.txt#L2) — "The dam will hold," the engineer said\\.'), md);
  });

  it('says how a sentence came by a cue of another sentence', () => {
    const attribution = { cue: 'said', source: 'Ana Ruiz', resolved: 'Ana Ruiz', vague: false, vagueReason: null, unnamedReason: null, cueRange: { start: 0, end: 4 } };
    const line = (how: NonNullable<HoverInfo['attribution']>['how']): string => renderHover({ ...info, links: [], attribution: { ...attribution, how } }, () => null).split('\n')[0];
    assert.strictEqual(line('cue'), '**claimlint** · attributed to **Ana Ruiz** — cue “said”');
    assert.strictEqual(line('adjacent-quote'), '**claimlint** · attributed to **Ana Ruiz** — cue “said” (same speaker as the neighbouring quote)');
    assert.strictEqual(line('paragraph-speaker'), '**claimlint** · attributed to **Ana Ruiz** — cue “said” (the speaker quoted earlier in the paragraph)');
  });

  it('a cue with no source says whether that makes it vague: an act told in the passive does not, a hedge does', () => {
    const first = (text: string, at: string): string => {
      const e = new ClaimEngine();
      e.set({ uri: 'a.txt', text, format: 'plaintext' });
      return renderHover(e.hover('a.txt', text.indexOf(at))!, () => null);
    };
    assert.strictEqual(first('The ferry contract was announced in February.\n', 'ferry'), '**claimlint** · no source named — cue “was announced”\n\nNo vague source: it tells of an act done, not of anyone’s view.');
    assert.strictEqual(
      first('The ferry contract was reportedly signed in February.\n', 'ferry'),
      '**claimlint** · no source named — cue “reportedly”\n\nVague source: “reportedly” names no source\n\n- `vague-attribution` (warning): Vague attribution: “reportedly” hedges the statement without saying who reported it\\. [docs](https://github.com/claimlint/claimlint/blob/main/docs/rules/vague-attribution.md)',
    );
  });
});
