import * as assert from 'assert';
import { Aliases, analyzeText, ClaimEngine, ClaimIndex, DEFAULT_ALIASES, eventFeatures, LineIndex, participantsDiffer, THRESHOLDS, sameClaimScore, sameEventFeatures, signatures } from '../../server/src/engine';

// Fixtures written for the project: two reports of one warehouse fire (a, b) and a
// report of another fire of the same kind, in another town on another day (c).
const FIRE = {
  'a.txt': [
    'Flames gutted a paper warehouse near the Dunmore harbour on Tuesday night.',
    'About 40 firefighters from Dunmore and Ashby fought the blaze for six hours.',
    'Fire chief Maria Lund said nobody was injured.',
  ].join('\n'),
  'b.txt': ['A paper warehouse by the harbour in Dunmore burned down on Tuesday night.', 'Chief Maria Lund said crews from Dunmore and Ashby needed six hours to put out the fire.'].join('\n'),
  'c.txt': [
    'Flames gutted a paper warehouse near the Ortley harbour on Friday night.',
    'About 25 firefighters from Ortley fought the blaze for three hours.',
    'Fire chief Tom Reyes said two workers were treated for smoke.',
  ].join('\n'),
};

function links(files: Record<string, string>, from: string): string[] {
  const e = new ClaimEngine();
  for (const [uri, text] of Object.entries(files)) e.set({ uri, text, format: 'plaintext' });
  const idx = (u: string): LineIndex => new LineIndex(files[u] + '\n');
  const out: string[] = [];
  for (const c of e.claims(from)) {
    for (const l of c.links) out.push(`${idx(from).positionAt(c.range.start).line + 1} ${l.relation} → ${l.uri}:${idx(l.uri).positionAt(l.range.start).line + 1}`);
  }
  return out;
}

/** The first signature of each file, indexed together. */
function firstSentences(files: Record<string, string>): { index: ClaimIndex; sig: Record<string, ReturnType<typeof signatures>[number]> } {
  const aliases = new Aliases(DEFAULT_ALIASES);
  const index = new ClaimIndex();
  const sig: Record<string, ReturnType<typeof signatures>[number]> = {};
  for (const [uri, text] of Object.entries(files)) {
    const sigs = signatures(analyzeText(text + '\n', 'plaintext'), aliases);
    index.setDocument(uri, sigs);
    sig[uri] = sigs[0];
  }
  return { index, sig };
}

describe('same-event linking (sentence, article context and participants)', () => {
  it('two reports of one fire corroborate each other; the same kind of fire elsewhere on another day does not', () => {
    assert.deepStrictEqual(links(FIRE, 'a.txt'), ['1 corroborates → b.txt:1']);
    assert.deepStrictEqual(links(FIRE, 'c.txt'), []);
  });

  it('trap: the other fire is told in almost the same words, but its article names other places, people and numbers', () => {
    const { index, sig } = firstSentences(FIRE);
    const same = sameClaimScore(sig['a.txt'], sig['b.txt'], index);
    const other = sameClaimScore(sig['a.txt'], sig['c.txt'], index);
    assert.ok(same >= THRESHOLDS.same && same > 0.99, `same fire: ${same}`);
    assert.ok(other < THRESHOLDS.same && other < 0.6, `other fire: ${other}`);
  });

  it('the article context counts numbers and dates, not only names', () => {
    const sigs = signatures(analyzeText('Rescuers found 12 survivors in the rubble on 4 May 2021.\nThe mayor of Tarsa, Ana Berg, sent 3 teams.\n', 'plaintext'), new Aliases(DEFAULT_ALIASES));
    assert.deepStrictEqual(sigs[0].context, ['d:2021-5-', 'ent:ana', 'ent:berg', 'ent:tarsa', 'n:12', 'n:3']);
  });

  it('participants differ only when both sentences name some and share none', () => {
    assert.strictEqual(participantsDiffer(['ent:dunmore', 'ent:tuesdai'], ['ent:ortlei', 'ent:fridai']), true);
    assert.strictEqual(participantsDiffer(['ent:dunmore', 'ent:tuesdai'], ['ent:dunmore']), false);
    assert.strictEqual(participantsDiffer([], ['ent:ortlei']), false);
  });

  it('features: square roots of the similarities, the sentence standing in for a context that says less', () => {
    assert.deepStrictEqual(sameEventFeatures(0.25, 0.64, false), [0.5, 0.8, 0]);
    assert.deepStrictEqual(sameEventFeatures(0.5, 0, true), [Math.sqrt(0.5), 0.5, 1]);
  });
});

// Two reports of one bridge collapse that say different things about it (a, b), and a report of
// another collapse of the same kind, told in the same words, in another town (c).
const BRIDGE = {
  'a.txt': [
    'The Harlan Street bridge in Corvale collapsed on Saturday morning, sending three cars into the Miren river.',
    'Mayor Ines Dahl said divers had recovered two bodies by the evening.',
    'Engineers had warned in 2019 that the steel supports of the bridge were corroding.',
    'The Corvale council had postponed repairs twice for lack of money.',
  ].join('\n'),
  'b.txt': [
    'Rescuers in Corvale searched the Miren river on Sunday for a third victim of the Harlan Street bridge collapse.',
    'Ines Dahl, the mayor of Corvale, ordered inspections of every bridge in the town.',
    'A report commissioned by the council in 2019 found corrosion in the steel supports.',
    'Two people died when the bridge fell on Saturday, police said.',
  ].join('\n'),
  'c.txt': [
    'The Ostby Road bridge in Tamsel collapsed on Thursday night, sending a truck into the Vell river.',
    'Mayor Piet Rask said the driver was rescued by a passing boat.',
    'Engineers had warned in 2015 that the concrete deck of the bridge was cracking.',
    'The Tamsel council had planned repairs for next year.',
  ].join('\n'),
};

describe('same-event links: other statements about one event', () => {
  it('two reports of one collapse: the same claims corroborate, other statements about it are the same event', () => {
    assert.deepStrictEqual(links(BRIDGE, 'a.txt'), [
      '1 corroborates → b.txt:1',
      '1 same-event → b.txt:4',
      '1 same-event → b.txt:2',
      '2 same-event → b.txt:2',
      '3 corroborates → b.txt:3',
    ]);
  });

  it('trap: another collapse told in the same words, in another town with other people, is not the same event', () => {
    assert.deepStrictEqual(links(BRIDGE, 'c.txt'), []);
  });

  it('two one-line notes that share a name are not one story (their articles say nothing beyond the sentence)', () => {
    const notes = { 'a.txt': 'Minister Ola Berg opened a new school in the capital on Monday.', 'b.txt': 'Minister Ola Berg will travel to the summit in Geneva next month.' };
    assert.deepStrictEqual(links(notes, 'a.txt'), []);
  });

  it('trap: two companies’ dividend notes of one day share dates and figures, not a name: not one event', () => {
    const notes = {
      'a.txt': 'OSLO, May 4 - Harlow Drilling Corp said its board declared a quarterly dividend of nine cts per share, up from seven cts.\nThe dividend is payable June 2 to shareholders of record May 15.',
      'b.txt': 'BERGEN, May 4 - Quill Publishing Inc said its board declared an initial quarterly dividend of nine cts per share.\nThe dividends are payable June 2 to shareholders of record May 15.',
    };
    assert.deepStrictEqual(links(notes, 'a.txt'), []);
  });

  it('an engine that only lints can leave them out (no rule reads them)', () => {
    const make = (sameEvent: boolean): ClaimEngine => {
      const e = new ClaimEngine({ sameEvent });
      for (const [uri, text] of Object.entries(BRIDGE)) e.set({ uri, text, format: 'plaintext' });
      return e;
    };
    const lean = make(false);
    assert.deepStrictEqual(
      lean.claims('a.txt').flatMap((c) => c.links.map((l) => l.relation)),
      ['corroborates', 'corroborates'],
    );
    assert.deepStrictEqual(lean.lint('a.txt'), make(true).lint('a.txt'));
  });

  it('features of the event model: square roots, shared predicates capped', () => {
    assert.deepStrictEqual(eventFeatures({ sentence: 0.25, predicates: 9, articles: 0.64 }), [0.5, Math.sqrt(5), 0.8]);
  });
});

describe('disputes over a value need one event', () => {
  it('two sources giving different tolls of two different fires do not dispute', () => {
    const e = new ClaimEngine();
    e.set({ uri: 'a.txt', text: 'Flames gutted a paper warehouse near the Dunmore harbour on Tuesday night.\nAbout 40 firefighters fought the blaze, fire chief Maria Lund said.\n', format: 'plaintext' });
    e.set({ uri: 'c.txt', text: 'Flames gutted a paper warehouse near the Ortley harbour on Friday night.\nAbout 25 firefighters fought the blaze, fire chief Tom Reyes said.\n', format: 'plaintext' });
    assert.deepStrictEqual(e.claims('a.txt').flatMap((c) => c.links.map((l) => l.relation)), []);
  });
});
