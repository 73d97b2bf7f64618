import * as assert from 'assert';
import { Aliases, analyzeText, ClaimIndex, DEFAULT_ALIASES, sameClaimEvidence, signatures, similarity, THRESHOLDS, type ClaimSignature } from '../../server/src/engine';
import { keysOf } from '../../server/src/engine/crossdoc/index';
import { derive, fold, SCALES, stem } from '../../server/src/engine/crossdoc/normalize';

// Fixtures written for the project: two reports of one event that word it differently.

/** The signature of each file's first sentence, all files in one index (IDF over them). */
function sigsOf(files: Record<string, string>): { index: ClaimIndex; first: Record<string, ClaimSignature> } {
  const aliases = new Aliases(DEFAULT_ALIASES);
  const index = new ClaimIndex();
  const first: Record<string, ClaimSignature> = {};
  for (const [uri, text] of Object.entries(files)) {
    const sigs = signatures(analyzeText(text, 'plaintext'), aliases);
    first[uri] = sigs[0];
    index.setDocument(uri, sigs);
  }
  return { index, first };
}

describe('two wordings of one event', () => {
  it('names fold alike whether written in ASCII or not: case, marks, possessives and spacing go', () => {
    assert.deepStrictEqual(
      ['Al-Nusra  Front', "Putin's", 'U.S.', ' Raqqa\t', 'Sergei\u00a0Lavrov', 'Ankara’s', 'Érdogan', 'São Paulo', 'it\'s a "test" #1'].map(fold),
      ['alnusra front', 'putin', 'us', 'raqqa', 'sergei lavrov', 'ankara', 'erdogan', 'sao paulo', 'its a test 1'],
    );
  });
  it('inflections of -ied verbs and of "die" share a stem', () => {
    assert.strictEqual(stem('died'), 'die');
    assert.strictEqual(stem('dies'), 'die');
    assert.strictEqual(stem('denied'), stem('denies'));
    assert.strictEqual(stem('carried'), stem('carries'));
  });

  it('words that name a property of every object are words: "constructor", "toString"', () => {
    assert.deepStrictEqual(['constructor', 'constructors', 'toString', 'valueOf'].map(stem), ['constructor', 'constructor', 'tostr', 'valueof']);
    // "10 constructor" is no scale like "10 million"
    assert.deepStrictEqual([SCALES['constructor'], SCALES['__proto__'], SCALES['million']], [undefined, undefined, 1e6]);
  });

  it('words of one event class share a class key: killed / death, arrested / captured, quake / earthquake', () => {
    const keys = (text: string): string[] => keysOf(signatures(analyzeText(text, 'plaintext'), new Aliases(DEFAULT_ALIASES))[0]).filter((k) => k.startsWith('c:'));
    assert.deepStrictEqual(keys('Gunmen killed two guards at the Dunmore depot on Tuesday.'), ['c:shooting', 'c:death']);
    assert.deepStrictEqual(keys('The death of two guards at the Dunmore depot shocked the town.'), ['c:death']);
    assert.deepStrictEqual(keys('Police captured the Ashby suspect near the border.'), ['c:arrest']);
    assert.deepStrictEqual(keys('Police arrested the suspect near the border, officials said.'), ['c:arrest']);
    assert.deepStrictEqual(keys('A strong earthquake shook the coast of Lundia overnight.'), ['c:quake']);
    assert.deepStrictEqual(keys('The quake damaged dozens of homes in Lundia.'), ['c:quake']);
  });

  it('a shared event class makes two wordings of one event more alike', () => {
    const { index, first } = sigsOf({
      'a.txt': 'Police arrested the Ashby bank robber near the border on Tuesday.\n',
      'b.txt': 'The Ashby bank robber was captured near the border on Tuesday.\n',
      'c.txt': 'The Ashby bank reported record deposits near the end of the year.\n',
      'd.txt': 'Border guards stopped a truck of stolen cars on Tuesday.\n',
    });
    const withClass = similarity(first['a.txt'], first['b.txt'], index);
    // the same pair with the class key left out of one side's keys
    const bare = { ...first['b.txt'], keys: keysOf(first['b.txt']).filter((k) => !k.startsWith('c:')) } as ClaimSignature;
    assert.ok(withClass > similarity(first['a.txt'], bare, index) + 0.05, `${withClass}`);
  });

  it('a noun made from a verb is keyed as the verb; words a suffix rule would take to another word are not', () => {
    const key = (w: string): string => derive(stem(w));
    for (const [x, y] of [['election', 'elected'], ['investigation', 'investigated'], ['investigator', 'investigates'], ['decision', 'decided'], ['settlement', 'settled'], ['piracy', 'pirates'], ['seizure', 'seized'], ['robbery', 'robbed'], ['withdrawal', 'withdraw'], ['agreement', 'agreed'], ['injury', 'injured'], ['shooter', 'shooting']]) {
      assert.strictEqual(key(x), key(y), `${x} / ${y}`);
    }
    for (const [x, y] of [['officer', 'office'], ['department', 'departed'], ['former', 'form'], ['pension', 'pend'], ['agency', 'agent']]) assert.notStrictEqual(key(x), key(y), `${x} / ${y}`);
  });

  it('sentences of one story that share its names and a single other word need more likeness to corroborate', () => {
    const { index, first } = sigsOf({
      'a.txt': 'The Dunmore coalition suggested dividing the work around Ashby and Ortley, Kirby said.\n',
      'b.txt': 'The Dunmore coalition is ready to act near Ashby and Ortley, Kirby said.\n',
      'c.txt': 'The Dunmore coalition suggested dividing the work around Ashby, Kirby said.\n',
    });
    assert.strictEqual(index.sharedContent(first['a.txt'], first['b.txt']), 1);
    assert.strictEqual(index.sharedContent(first['a.txt'], first['c.txt']), 2);
    const between = (THRESHOLDS.sentence + THRESHOLDS.sentenceAlone) / 2;
    assert.strictEqual(sameClaimEvidence(first['a.txt'], first['b.txt'], between, index), false);
    assert.strictEqual(sameClaimEvidence(first['a.txt'], first['b.txt'], THRESHOLDS.sentenceAlone, index), true);
    assert.strictEqual(sameClaimEvidence(first['a.txt'], first['c.txt'], between, index), true);
  });
});
