import * as assert from 'assert';
import { attributionOf, sentenceCues } from '../helpers/engine';

// The words of a cue as annotators of attribution mark them (issue 3). Fixtures
// are invented news prose written for the project, not copied from any data set.

describe('cue words: the colon that opens what a cue introduces', () => {
  it('"added:" takes its colon, and still introduces the next paragraph', () => {
    const t = 'Mayor Eva Lund added:\n\nThe ferry will run all winter.';
    assert.strictEqual(attributionOf(t, 'Mayor'), 'added: | Mayor Eva Lund | Eva Lund');
    assert.strictEqual(attributionOf(t, 'The ferry'), 'added: | Mayor Eva Lund | Eva Lund');
  });

  it('a colon before a quotation', () => {
    const t = 'The harbour master said: “No ship leaves tonight.”';
    assert.strictEqual(attributionOf(t, 'The harbour'), 'said: | The harbour master | The harbour master');
  });
});

describe('cue words: the infinitive marker', () => {
  it('"to" before an infinitive cue is part of it', () => {
    const t = 'Jon Frey phoned the radio station to say that the pier was unsafe.';
    assert.strictEqual(attributionOf(t, 'Jon'), 'to say | Jon Frey | Jon Frey');
  });
});

describe('cue words: going on to say', () => {
  it('"went on to say:" is one cue', () => {
    assert.deepStrictEqual(cuesOf('Eva Lund went on to say: “The pier is unsafe.”', 'Eva'), ['went on to say: [speech]']);
  });
});

describe('cue words: the preposition that opens the topic', () => {
  it('about, against, of, for, on and out after a cue', () => {
    assert.strictEqual(attributionOf('Councillor Ida Berg joked about the new ferry timetable.', 'Councillor'), 'joked about | Councillor Ida Berg | Ida Berg');
    assert.strictEqual(attributionOf('The union warned against any cut to the night service.', 'The union'), 'warned against | The union | The union');
    assert.strictEqual(attributionOf('Ida Berg has long been critical of the harbour board.', 'Ida'), 'been critical of | Ida Berg | Ida Berg');
    assert.strictEqual(attributionOf('The skippers argued for a longer fishing season.', 'The skippers'), 'argued for | The skippers | The skippers');
    assert.strictEqual(attributionOf('Mayor Eva Lund commented on the closure of the pier.', 'Mayor'), 'commented on | Mayor Eva Lund | Eva Lund');
    assert.strictEqual(attributionOf('Jon Frey called out the harbour board for the delay.', 'Jon'), 'called out | Jon Frey | Jon Frey');
  });

  it('"as" after a participle of naming', () => {
    const t = 'The pier, known as the Old Mole, was closed in May.';
    assert.strictEqual(attributionOf(t, 'The pier'), 'known as | - | -');
  });

  it('a time or a length of time after the cue is not its topic', () => {
    assert.strictEqual(attributionOf('Mayor Eva Lund commented on Tuesday that the pier was safe.', 'Mayor'), 'commented | Mayor Eva Lund | Eva Lund');
    assert.strictEqual(attributionOf('The skippers have argued for years that the season is too short.', 'The skippers'), 'have argued | The skippers | The skippers');
  });

  it('"said of", "said on" and "said for" keep the verb alone', () => {
    assert.strictEqual(attributionOf('“It is a disgrace,” Jon Frey said of the closure.', '“It'), 'said | Jon Frey | Jon Frey');
    assert.strictEqual(attributionOf('Eva Lund said on the radio that the pier was safe.', 'Eva'), 'said | Eva Lund | Eva Lund');
  });
});

describe('cue words: what is not part of the cue', () => {
  it('"when" before "asked" opens the clause: neither the cue nor its source', () => {
    assert.strictEqual(attributionOf('Mayor Eva Lund smiled when asked about the ferry.', 'Mayor'), 'asked about | - | -');
    assert.strictEqual(attributionOf('When asked about the ferry, Mayor Eva Lund smiled.', 'When'), 'asked about | - | -');
  });

  it('"declined": what is declined is the content', () => {
    const t = 'The harbour master declined to comment on the report.';
    assert.strictEqual(attributionOf(t, 'The harbour'), 'declined | The harbour master | The harbour master');
  });
});

/** The cues the engine found in the sentence that starts with `prefix`, as `text [kind]`. */
function cuesOf(text: string, prefix: string): string[] {
  return sentenceCues(text, prefix).map((c) => `${c.text} [${c.kind}]`);
}

describe('cues inside quotations marked with doubled apostrophes', () => {
  it('a verb inside the quotation is the speaker\'s word, not a cue', () => {
    assert.deepStrictEqual(cuesOf("''The skipper told us the ferry is safe,'' Mayor Eva Lund said.", "''The skipper"), ['said [speech]']);
  });

  it('a quotation that began in an earlier sentence, and one that runs past the sentence', () => {
    const t = "''The pier is old. The skipper told us it will fall,'' she said. Jon Frey said ''the skipper warned us in May. Nobody listens.''";
    assert.deepStrictEqual(cuesOf(t, 'The skipper'), ['said [speech]']);
    assert.deepStrictEqual(cuesOf(t, 'Jon Frey'), ['said [speech]']);
  });

  it('a cue before the opening mark stays a cue', () => {
    assert.deepStrictEqual(cuesOf("It was, the mayor said, ''a very bad winter for the ferry.''", 'It was'), ['said [speech]']);
  });
});

describe('a statement reported inside a statement is its content', () => {
  it('the subject right after the verb speaks only within the reported clause', () => {
    assert.deepStrictEqual(cuesOf('Mayor Eva Lund said the skipper told her the pier was unsafe.', 'Mayor'), ['said [speech]']);
    assert.deepStrictEqual(cuesOf('Eva Lund told reporters that the skipper had warned her in May.', 'Eva'), ['told [speech]']);
  });

  it('a speaker of a clause of its own keeps the cue', () => {
    assert.deepStrictEqual(cuesOf('Eva Lund said the pier was safe, but the skipper told reporters it was not.', 'Eva'), ['said [speech]', 'told [speech]']);
  });
});
