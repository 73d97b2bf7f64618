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

describe('attribution across sentences: pronouns and surnames agree with a title', () => {
  it('"he" skips a woman named "Ms." for the man named "Mr."', () => {
    const t = 'Maria Lopez met Tom Baker on Monday. Ms. Lopez wants a new bridge; Mr. Baker does not.\nHe said the bridge would not be rebuilt.';
    assert.strictEqual(attributionOf(t, 'He said'), 'said | He | Tom Baker');
  });

  it('"Mrs." with a shared surname resolves to the person who is not "Mr."', () => {
    const t = 'Eva Holm opened the bakery in 1990. Her husband, Mr. Lars Holm, bakes the bread.\nMrs. Holm said the shop would close in May.';
    assert.strictEqual(attributionOf(t, 'Mrs. Holm'), 'said | Mrs. Holm | Eva Holm');
  });

  it('a titled surname two untitled people share gives neither of them a gender', () => {
    // "Mr. Holm" is taken for the nearer Holm, Eva: that guess must not make her a man.
    const t = 'Lars Holm and Eva Holm opened the bakery in 1990. Mr. Holm bakes the bread.\nMrs. Holm said the shop would close in May.';
    assert.strictEqual(attributionOf(t, 'Mrs. Holm'), 'said | Mrs. Holm | Eva Holm');
  });

  it('a lower-case "spokeswoman" before a name makes "he" skip her', () => {
    const t = 'Mr. Jon Frey met the spokeswoman Eva Lund in the port.\nHe said the ferry would run all winter.';
    assert.strictEqual(attributionOf(t, 'He said'), 'said | He | Jon Frey');
  });
});
