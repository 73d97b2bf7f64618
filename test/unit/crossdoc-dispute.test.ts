import * as assert from 'assert';
import { conflictLinks } from '../helpers/engine';
import { Aliases, analyzeText, ClaimEngine, DEFAULT_ALIASES, sameInstance, signatures, type WorkspaceNames } from '../../server/src/engine';

/**
 * What a party was told of, or says it was not (`crossdoc/communication.ts`): conflict links of
 * `a.txt` as `relation: detail`, and the rules' findings. Fixtures written for the project.
 */
const conflicts = conflictLinks;

function findings(a: string, b: string): string[] {
  const e = new ClaimEngine();
  e.set({ uri: 'a.txt', text: a + '\n', format: 'plaintext' });
  e.set({ uri: 'b.txt', text: b + '\n', format: 'plaintext' });
  return e
    .lint('a.txt')
    .filter((f) => f.rule === 'disputed-claim' || f.rule === 'contradicted-claim')
    .map((f) => `${f.rule} ${f.severity} ${f.message}`);
}

const NOT_RECEIVED = 'Downing Street has not received a Turkish plan for the border crossings, a spokeswoman said on Tuesday.';

describe('disputes: a party told of a thing in one source, not told of it in another', () => {
  it('"discussed the idea with British officials" (the Turkish plan of the sentence before) disputes "Downing Street has not received a Turkish plan"', () => {
    const a =
      'Foreign Minister Selin Aydar said the Turkish plan would ease the queues at the border crossings. She said that Turkish diplomats have already discussed the idea with British officials.';
    assert.deepStrictEqual(conflicts(a, NOT_RECEIVED), ['disputes: one says “have already discussed the idea with British officials”, the other “has not received a Turkish plan”']);
    assert.deepStrictEqual(conflicts(NOT_RECEIVED, a), ['disputes: one says “has not received a Turkish plan”, the other “have already discussed the idea with British officials”']);
    // information between sources, never a contradiction of the article
    assert.deepStrictEqual(findings(a, NOT_RECEIVED), [
      'disputed-claim info Disputed in b.txt: one says “have already discussed the idea with British officials”, the other “has not received a Turkish plan”: “Downing Street has not received a Turkish plan for the border crossings, a spok…”',
    ]);
  });

  it('"presented their proposal to the European Union" disputes "the EU has not been formally presented an Iranian proposal"', () => {
    assert.deepStrictEqual(
      conflicts(
        'Iranian negotiators presented their proposal to the European Union on Monday, the foreign ministry in Tehran said.',
        'The EU said it had not been formally presented an Iranian proposal on the nuclear talks.',
      ),
      ['disputes: one says “presented their proposal to the European Union”, the other “had not been formally presented an Iranian proposal”'],
    );
  });

  it('"notified the United Nations of its proposal" disputes "the UN has yet to receive a Ukrainian proposal"', () => {
    assert.deepStrictEqual(
      conflicts('Ukraine notified the United Nations of its proposal for a ceasefire, the ministry said on Friday.', 'The UN has yet to receive a Ukrainian proposal for a ceasefire, a UN official said.'),
      ['disputes: one says “notified the United Nations of its proposal”, the other “has yet to receive a Ukrainian proposal”'],
    );
  });
});

describe('disputes: what a party was told of, traps', () => {
  it('a discussion between other parties is no dispute', () => {
    assert.deepStrictEqual(conflicts('Turkish diplomats have discussed the Turkish plan with Iranian officials, the ministry said.', NOT_RECEIVED), []);
  });

  it('one institution of a state told is not another told ("the Foreign Office" / "Downing Street"); the same one is', () => {
    const toForeignOffice = 'Turkish diplomats have discussed the Turkish plan with the Foreign Office, the ministry said.';
    assert.deepStrictEqual(conflicts(toForeignOffice, NOT_RECEIVED), []);
    assert.deepStrictEqual(conflicts(toForeignOffice, 'The Foreign Office has not received a Turkish plan for the border crossings, a spokeswoman said on Tuesday.'), [
      'disputes: one says “have discussed the Turkish plan with the Foreign Office”, the other “has not received a Turkish plan”',
    ]);
  });

  it('received on both sides is no dispute', () => {
    assert.deepStrictEqual(conflicts('British officials have received the Turkish plan for the border crossings, the ministry said.', 'Downing Street has received a Turkish plan for the border crossings, a spokeswoman said on Tuesday.'), []);
  });

  it('an unattributed side is neither a dispute nor a contradiction', () => {
    const unattributed = 'Turkish diplomats have discussed the Turkish plan with British officials.';
    assert.deepStrictEqual(conflicts(unattributed, NOT_RECEIVED), []);
    assert.deepStrictEqual(conflicts(NOT_RECEIVED, unattributed), []);
    assert.deepStrictEqual(findings(unattributed, NOT_RECEIVED), []);
  });

  it('another owner\'s plan is another plan', () => {
    assert.deepStrictEqual(conflicts(
        'Iranian diplomats have discussed the Iranian plan for the border crossings with British officials, a spokeswoman said on Tuesday.',
        'British officials have not received a Turkish plan for the border crossings, a spokesman said on Tuesday.',
      ), []);
  });

  it('an intention is not a communication: "will discuss", "plan to present"', () => {
    assert.deepStrictEqual(conflicts('Turkish diplomats will discuss the Turkish plan with British officials, the ministry said.', NOT_RECEIVED), []);
    assert.deepStrictEqual(conflicts('Turkish diplomats plan to present their plan to British officials, the ministry said.', NOT_RECEIVED), []);
  });

  it('"the idea" stands for a thing of its own paragraph only', () => {
    const a = 'Foreign Minister Selin Aydar said the Turkish plan would ease the queues at the border crossings.\n\nShe said that Turkish diplomats have already discussed the idea with British officials.';
    assert.deepStrictEqual(conflicts(a, NOT_RECEIVED), []);
  });

  it('a proposal two named people talked about, in the article\'s own voice, is neither a dispute nor a contradiction', () => {
    const a = 'During a call on Monday Aydar and Hale discussed the border, paying special attention to a recent Turkish plan for the crossings.';
    assert.deepStrictEqual(conflicts(a, NOT_RECEIVED), []);
    assert.deepStrictEqual(findings(a, NOT_RECEIVED), []);
  });
});

describe('disputes: institutions of states the workspace adds (.claimlint/aliases.json)', () => {
  const told = 'Norland diplomats have discussed the Norland plan with Velnish officials, the ministry said.';
  const notReceived = 'Osterhaus has not received a Norland plan for the border crossings, a spokeswoman said on Tuesday.';
  const links = (names: WorkspaceNames | undefined, a: string, b: string): string[] => {
    const e = new ClaimEngine({ aliases: names });
    e.set({ uri: 'a.txt', text: a + '\n', format: 'plaintext' });
    e.set({ uri: 'b.txt', text: b + '\n', format: 'plaintext' });
    return e.claims('a.txt').flatMap((c) => c.links.filter((l) => l.relation === 'disputes').map((l) => `${l.relation}: ${l.detail}`));
  };
  const velna: WorkspaceNames = { aliases: [['Velna', 'Velnish']], institutions: [['Velna', 'Osterhaus', 'Velna Border Office']] };

  it('a party an added institution names is its state\'s: "Osterhaus has not received" disputes "discussed with Velnish officials"', () => {
    assert.deepStrictEqual(links(velna, told, notReceived), ['disputes: one says “have discussed the Norland plan with Velnish officials”, the other “has not received a Norland plan”']);
    // the same after the engine is given the names later (the editor reads the file once the workspace is open)
    const e = new ClaimEngine();
    e.set({ uri: 'a.txt', text: told + '\n', format: 'plaintext' });
    e.set({ uri: 'b.txt', text: notReceived + '\n', format: 'plaintext' });
    e.setAliases(velna);
    assert.deepStrictEqual(
      e.claims('a.txt').flatMap((c) => c.links.filter((l) => l.relation === 'disputes').map((l) => l.uri)),
      ['b.txt'],
    );
  });

  it('near misses: without the institution (the alias group alone); another institution of the same state', () => {
    assert.deepStrictEqual(links(undefined, told, notReceived), []);
    assert.deepStrictEqual(links({ aliases: velna.aliases, institutions: [] }, told, notReceived), []);
    assert.deepStrictEqual(links(velna, 'Norland diplomats have discussed the Norland plan with the Velna Border Office, the ministry said.', notReceived), []);
  });
});

describe('disputes: what a party was told, in the editor', () => {
  it('an edit of the sentence before "the idea" reads the idea again', () => {
    const e = new ClaimEngine();
    const told = (text: string): string[] => {
      e.set({ uri: 'a.txt', text, format: 'plaintext' });
      return e.claims('a.txt').flatMap((c) => c.links.filter((l) => l.relation === 'disputes').map((l) => `${c.text.slice(0, 12)} ${l.uri}`));
    };
    e.set({ uri: 'b.txt', text: NOT_RECEIVED + '\n', format: 'plaintext' });
    const second = ' She said that Turkish diplomats have already discussed the idea with British officials.\n';
    assert.deepStrictEqual(told('Foreign Minister Selin Aydar said the Turkish plan would ease the queues at the border crossings.' + second), ['She said tha b.txt']);
    assert.deepStrictEqual(told('Foreign Minister Selin Aydar said the Iranian plan would ease the queues at the border crossings.' + second), []);
    assert.deepStrictEqual(told('Foreign Minister Selin Aydar said the Turkish plan would ease the queues at the border crossings.' + second), ['She said tha b.txt']);
  });
});

describe('corroboration: the same party not told of the same thing, in other words', () => {
  function relations(a: string, b: string): string[] {
    const e = new ClaimEngine();
    e.set({ uri: 'a.txt', text: a + '\n', format: 'plaintext' });
    e.set({ uri: 'b.txt', text: b + '\n', format: 'plaintext' });
    return e.claims('a.txt').flatMap((c) => c.links.filter((l) => l.relation !== 'same-event').map((l) => l.relation));
  }
  const presented = 'Downing Street said it had not been formally presented a plan by the Turkish foreign ministry and stressed that it was not negotiating with Ankara.';

  it('"not presented a plan by the Turkish foreign ministry" corroborates "has not received a Turkish plan"', () => {
    assert.deepStrictEqual(relations(presented, NOT_RECEIVED), ['corroborates']);
  });

  it('near misses: another party not told; the party told', () => {
    assert.deepStrictEqual(relations(presented, 'The Elysee has not received a Turkish plan for the border crossings, a spokeswoman said on Tuesday.'), []);
    assert.deepStrictEqual(relations(presented, 'Downing Street has received a Turkish plan for the border crossings, a spokeswoman said on Tuesday.'), ['disputes']);
  });
});

describe('disputes: who says a figure is not what it is about', () => {
  it('one spokesman giving two buyers’ figures is no dispute; two figures for one buyer are', () => {
    const cam = 'A bonus of 43.25 dlrs per tonne was awarded to Harbour Grain Co on the shipment, Ana Ruiz, the ministry’s sales manager, said.';
    const other = 'A bonus of 37.44 dlrs per tonne was awarded to Nordvik Mills on the shipment, Ana Ruiz, the ministry’s sales manager, said.';
    const same = 'A bonus of 37.44 dlrs per tonne was awarded to Harbour Grain Co on the shipment, Ana Ruiz, the ministry’s sales manager, said.';
    assert.deepStrictEqual(conflicts(cam, other), []);
    assert.deepStrictEqual(conflicts(cam, same), ['disputes: 43.25 vs 37.44 dlrs']);
  });
});

describe('disputes: two local figures filed from two places', () => {
  // (whether two conflicting figures can be one instance: `sameInstance`, which a value conflict must pass)
  const sig = (text: string) => signatures(analyzeText(text, 'plaintext'), new Aliases(DEFAULT_ALIASES)).find((x) => /head|miners/.test(x.text))!;
  const hogs = (town: string, sky: string, head: string) =>
    `${town.toUpperCase()} HOGS SEEN STEADY\n\n${town}, April 7 - ${sky} - Hog prices are expected steady on estimated receipts of ${head} head, private sources said. Steer top 51.00 dlrs.\n`;

  it('market reports from two towns that share only common words ("Clear", "Steer") are two figures', () => {
    const peoria = sig(hogs('Peoria', 'Clear/43 degrees', '2,000'));
    assert.strictEqual(peoria.from, 'PEORIA');
    assert.strictEqual(sameInstance(peoria, sig(hogs('Joliet', 'Clear/40 degrees', '3,000')), true), false);
    assert.strictEqual(sameInstance(peoria, sig(hogs('Peoria', 'Clear/43 degrees', '3,000')), true), true);
  });

  it('…also when the common word has double letters, which a name key spells single ("Cattle" is "catle")', () => {
    const cattle = (town: string, head: string) => sig(`${town}, April 7 - Sunny/34 degrees - Cattle prices are expected steady on receipts of ${head} head.\n`);
    assert.strictEqual(sameInstance(cattle('Peoria', '2,700'), cattle('Joliet', '1,200'), true), false);
    assert.strictEqual(sameInstance(cattle('Peoria', '2,700'), cattle('Peoria', '1,200'), true), true);
  });

  it('a company both stories name is one story, wherever they were filed', () => {
    const mine = (town: string, n: number) => sig(`${town}, April 2 - Nordvik Mining said ${n} miners were trapped by the fire at its Harbour mine.\n`);
    assert.strictEqual(sameInstance(mine('Toronto', 44), mine('Harbour Town', 40), true), true);
  });
});
