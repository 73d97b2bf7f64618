import * as assert from 'assert';
import { attributionOf } from '../helpers/engine';

// Attribution that spans sentences. Fixtures are written for the project:
// invented news prose, not copied from any data set.

describe('attribution across sentences: a quote sentence after a cue that closes a quotation', () => {
  it('a document that "reads" speaks the next quote sentence too', () => {
    const t = '“Ferries will run all winter,” a statement on the harbour website reads. “Tickets cost the same as in summer.”\n\nThe harbour opened in 1910.';
    assert.strictEqual(attributionOf(t, '“Tickets'), 'reads | a statement on the harbour website | a statement on the harbour website');
    assert.strictEqual(attributionOf(t, 'The harbour'), 'none');
  });

  it('"according to" after a quotation carries to the next quote sentence', () => {
    const t = '“The roof leaks,” the head teacher wrote to parents, according to the town newsletter. “We will move the classes to the library.”';
    assert.strictEqual(attributionOf(t, '“We will'), 'according to | the town newsletter | the town newsletter');
  });

  it('a cue word inside the quotation does not carry', () => {
    const t = 'The council met. “People said the bridge was unsafe.” “Nobody checked it.”';
    assert.strictEqual(attributionOf(t, '“Nobody'), 'none');
  });
});
