import * as assert from 'assert';
import { ClaimEngine, type Finding } from '../../server/src/engine';
import { lint, roles, sentences } from '../helpers/engine';

/** A one-sentence document's verdict: "claim: " and what `show` gives of each finding, or why it is no claim. */
function claimVerdict(text: string, show: (f: Finding) => string): string {
  const engine = new ClaimEngine();
  engine.set({ uri: 'mem:test', text, format: 'plaintext' });
  const h = engine.hover('mem:test', 0)!;
  return h.isClaim ? `claim: ${engine.lint('mem:test').map(show).join(', ')}` : h.claimReasons.join(', ');
}

describe('claims in the article’s own voice', () => {
  it('flags unsourced statements, specific ones as warnings and general ones as info', () => {
    const t = 'Rebels took the town of Varna on May 3.\nThe situation remains difficult.\n';
    assert.deepStrictEqual(lint(t), ['unattributed-claim 1:1 warning', 'unattributed-claim 2:1 info']);
  });

  it('says what makes a claim checkable: a weekday, a day of a month or a month is a date, not a named actor', () => {
    const judged = (text: string): string[] => {
      const engine = new ClaimEngine();
      engine.set({ uri: 'mem:test', text, format: 'plaintext' });
      return engine.lint('mem:test').map((f) => f.message.replace(/^Unattributed claim: this statement has no source\. /, ''));
    };
    assert.deepStrictEqual(judged('They will begin the pullout on Tuesday.'), ['It states a date: say who says so.']);
    assert.deepStrictEqual(judged('The talks ended on May 20 without a deal.'), ['It states a date: say who says so.']);
    assert.deepStrictEqual(judged('Envoy Lars Dahl ended the talks without a deal.'), ['It states named actors: say who says so.']);
    assert.deepStrictEqual(judged('The levy rose sharply in December.'), ['It states a date: say who says so.']);
    assert.deepStrictEqual(judged('Premier Anna May cut the levy in March.'), ['It states a date and named actors: say who says so.']);
  });

  it('reads a lede without the wire dateline on its line, and flags the statement only', () => {
    const engine = new ClaimEngine();
    const text = 'Levy doubles\n\nHARBOUR TOWN, Dec 3 (Reuters) - The ferry levy rose sharply.\n';
    engine.set({ uri: 'mem:test', text, format: 'plaintext' });
    const [f] = engine.lint('mem:test');
    // the place, the day and the agency are where and when it was filed, not what the statement says
    assert.strictEqual(text.slice(f.range.start, f.range.end), 'The ferry levy rose sharply.');
    assert.strictEqual(f.severity, 'info');
    assert.deepStrictEqual(lint('LONDON, March 3 - Rebels took the town of Varna on May 3.'), ['unattributed-claim 1:19 warning']);
  });

  it('a name opening a sentence: a place, or a word the tagger’s lexicon does not know, is a named actor', () => {
    const judged = (text: string): string[] => {
      const engine = new ClaimEngine();
      engine.set({ uri: 'mem:test', text, format: 'plaintext' });
      return engine.lint('mem:test').map((f) => `${f.severity} ${f.message.replace(/^Unattributed claim: this statement has no source\. /, '')}`);
    };
    assert.deepStrictEqual(judged('India is searching for new trade partners.'), ['warning It states named actors: say who says so.']);
    assert.deepStrictEqual(judged('Weyerhaeuser will use the proceeds to reduce its debt.'), ['warning It states named actors: say who says so.']);
    // a capitalised English word opening the sentence is no name, whatever its tag
    assert.deepStrictEqual(judged('Dealers bought the bonds heavily on the open market.'), ['info Say who says so, or mark it as the writer’s background.']);
    assert.deepStrictEqual(judged('Picketing was peaceful and friendly, with no signs of violence.'), ['info Say who says so, or mark it as the writer’s background.']);
  });

  it('does not flag questions, fragments or instructions', () => {
    const t = 'What happens next?\nA long road ahead\nPlease contact us for subscription options.\n';
    assert.deepStrictEqual(lint(t), []);
  });

  it('a verb the tagger read as a noun is still a verb: between a subject and an object’s opening word', () => {
    const verdict = (text: string): string => claimVerdict(text, (f) => f.severity);
    assert.strictEqual(verdict('Former harbour officer Peter Kaisen, 76, shot himself in the car park of the Velna hospital last month.'), 'claim: warning');
    assert.strictEqual(verdict('The mayor’s visit to Osterby marks a turning point for the islands.'), 'claim: warning');
    assert.strictEqual(verdict('Age, income and distance from the harbour all play a role.'), 'claim: info');
    // near misses: fragments with no verb stay fragments
    assert.strictEqual(verdict('An Ambitious, Divisive Legacy for the Islands.'), 'no verb: not a statement');
    assert.strictEqual(verdict('Small Steps Toward Ferry Savings.'), 'no verb: not a statement');
  });

  it('does not flag the reporter’s own account of a request for comment left unanswered', () => {
    const verdict = (text: string): string => claimVerdict(text, (f) => f.rule);
    const account = 'the reporter’s own account of asking for comment';
    assert.strictEqual(verdict('A spokeswoman for Ms. Varga did not return a message for comment.'), account);
    assert.strictEqual(verdict('Port officials could not immediately be reached for comment on the levy.'), account);
    assert.strictEqual(verdict('The ministry did not return phone calls and emails seeking comment on Friday.'), account);
    assert.strictEqual(verdict('Dahl couldn’t be reached to comment.'), account);
    // names after it are no clause of their own ("The Associated/VERB Press")
    assert.strictEqual(verdict('The campaign also did not return a phone message from The Associated Press on Wednesday.'), account);
    // near misses: not negated, no contact, nothing asked of anyone, a clause of its own after the account
    assert.strictEqual(verdict('Varga returned the call on Monday.'), 'claim: unattributed-claim');
    assert.strictEqual(verdict('The strikers did not return to work on Monday.'), 'claim: unattributed-claim');
    assert.strictEqual(verdict('An agreement could not be reached before the deadline in May.'), 'claim: unattributed-claim');
    assert.strictEqual(verdict('Port officials could not be reached for comment on the ruling, which halts the merger.'), 'claim: unattributed-claim');
    // a subject that tells something of its own
    assert.strictEqual(verdict('Tarsa Shipping, which lost 2 mln dlrs after the spill, could not be reached for comment.'), 'claim: unattributed-claim');
  });

  it('does not flag the writer’s opinion: a prescription, a belief, a judgement of “it” or “that”, an address to the reader', () => {
    const verdict = (text: string): string => claimVerdict(text, (f) => f.severity);
    const prescription = 'a prescription, what should be rather than what is';
    const judgement = 'an opinion, a judgement rather than a fact';
    assert.strictEqual(verdict('The harbour council should scrap the ferry levy.'), prescription);
    assert.strictEqual(verdict('Frankly, the ministers ought to resign over the levy.'), prescription);
    assert.strictEqual(verdict('The shipowners should not be very worried about it.'), prescription);
    assert.strictEqual(verdict('The levy is far too high for the islands, I guess.'), 'the writer’s own opinion');
    assert.strictEqual(verdict('It is important to remember the great flood on the islands.'), judgement);
    assert.strictEqual(verdict('That is simply unacceptable for the island families.'), judgement);
    assert.strictEqual(verdict('It is time for the council to act on the levy.'), judgement);
    assert.strictEqual(verdict('Let’s look at what the levy pays for.'), 'an instruction to the reader');
    assert.strictEqual(verdict('Imagine a harbour town without its ferry.'), 'an instruction to the reader');
    // near misses: forecasts (a figure, a verb of movement, completion), a procedure with its agent, "should"
    // opening a condition or inside a clause, "must" (a rule), a clear assertion, an adjective describing a
    // noun, "thanks to"
    assert.strictEqual(verdict('Ferry fares should rise to 12 crowns next year.'), 'claim: warning');
    assert.strictEqual(verdict('Traffic at the port should recover after the strike.'), 'claim: info');
    assert.strictEqual(verdict('The new quay should be completed next spring.'), 'claim: info');
    assert.strictEqual(verdict('The levy should be approved by the island assembly.'), 'claim: info');
    assert.strictEqual(verdict('The council may raise the levy should the ferry fail.'), 'claim: info');
    assert.strictEqual(verdict('The storm wrecked the quay, and the islands fought over who should pay for it.'), 'claim: info');
    assert.strictEqual(verdict('The quay was rebuilt before the islands had settled who should pay for it.'), 'claim: info');
    assert.strictEqual(verdict('Every shipowner must pay the levy before sailing.'), 'claim: info');
    assert.strictEqual(verdict('It is clear that the levy failed to pay for the quay.'), 'claim: info');
    assert.strictEqual(verdict('It was a tremendous spike in the fares.'), 'claim: info');
    assert.strictEqual(verdict('Thanks to the levy, the port reopened after the storm.'), 'claim: info');
  });

  it('flags a quotation with no speaker instead of the sentence', () => {
    const t = 'The army “cut the only supply road” and took the hill.';
    assert.deepStrictEqual(lint(t), ['unattributed-quote 1:10 warning']);
    // (and instead of the sentences inside it: they are someone's words, not the article's own voice)
    assert.deepStrictEqual(lint('The harbour will close. “The ferry lost 40 mln crowns in 1986. Its fleet is too old for the route.”'), ['unattributed-claim 1:1 info', 'unattributed-quote 1:25 warning']);
  });

  it('does not flag short or Title Case terms in quotation marks', () => {
    const t = 'The “Open Skies” treaty was signed in 1992, the foreign ministry said.';
    assert.deepStrictEqual(lint(t), []);
    // a title's small words may stay lower case
    assert.deepStrictEqual(lint('“A Harbour with a Future” won the prize, the jury said on Monday.'), []);
  });

  it('does not flag the title of a work named before the quotation marks', () => {
    const t = 'Eva Lund’s column, “Tell the harbour what you want,” ran in May, the paper said.';
    assert.deepStrictEqual(lint(t), []);
    // a quotation after a speech is still one
    assert.deepStrictEqual(lint('After the long speech, the army “cut the only supply road” and took the hill.'), ['unattributed-quote 1:33 warning']);
  });

  it('does not flag a slogan, a headline cited as one, or a subject line', () => {
    assert.deepStrictEqual(lint('The ferry line’s slogan is “We will take you home tonight,” the company said.'), []);
    assert.deepStrictEqual(lint('The paper ran headlines such as “Ferry fares will double by May,” its editor said.'), []);
    // a quotation that follows a noun of another kind is still one
    assert.deepStrictEqual(lint('The ferry line’s boss is “We will take you home tonight” and took the hill.'), ['unattributed-quote 1:26 warning']);
  });

  it('does not flag the name of a thing between a determiner and its noun', () => {
    const t = 'Ferry fares are counted in the “fares paid by passengers from the outer islands” column of the port accounts, the board said.';
    assert.deepStrictEqual(lint(t), []);
    // (a speech tag or another word after the marks leaves a quotation a quotation)
    assert.deepStrictEqual(lint('The port accounts count the “fares paid by passengers from the outer islands” and more.'), ['unattributed-quote 1:29 warning']);
  });

  it('severity overrides and off', () => {
    const t = 'Rebels took the town of Varna on May 3.';
    assert.deepStrictEqual(lint(t, 'plaintext', { rules: { 'unattributed-claim': 'error' } }), ['unattributed-claim 1:1 error']);
    assert.deepStrictEqual(lint(t, 'plaintext', { rules: { 'unattributed-claim': 'off' } }), []);
  });
});

describe('article furniture is never flagged', () => {
  it('headline, byline, dateline, credit, category, timestamp, boilerplate', () => {
    const t = [
      'World, Europe, Business',
      'Storm Hits Coastal Towns',
      '12.03.2019 - Update : 13.03.2019',
      'By Hanna Wolf',
      'BERGEN',
      'Photo: Lars Dahl/Reuters',
      'Waves destroyed 30 boats in the harbour on Sunday night.',
      'Erik Vik speaks during a press conference in Bergen on March 12, 2019.',
      'Additional reporting by Per Holm contributed to this report',
      'All rights reserved. Please contact us for subscription options.',
    ].join('\n');
    assert.deepStrictEqual(roles(t), [
      'category: World, Europe, Business',
      'headline: Storm Hits Coastal Towns',
      'timestamp: 12.03.2019 - Update : 13.03.2019',
      'byline: By Hanna Wolf',
      'dateline: BERGEN',
      'credit: Photo: Lars Dahl/Reuters',
      'body: Waves destroyed 30 boats in the harbour on Sunday night.',
      'caption: Erik Vik speaks during a press conference in Bergen on March 12, 2019.',
      'credit: Additional reporting by Per Holm contributed to this report',
      'boilerplate: All rights reserved. Please contact us for subscription options.',
    ]);
    assert.deepStrictEqual(lint(t), ['unattributed-claim 7:1 warning']);
  });

  it('a byline may name an agency with its article', () => {
    assert.deepStrictEqual(roles('By the Associated Press\n\nWaves destroyed 30 boats in the harbour.'), ['byline: By the Associated Press', 'body: Waves destroyed 30 boats in the harbour.']);
  });

  it('a furniture or credit word in a sentence of news is news; the furniture and credits themselves are not', () => {
    const t = [
      'The mayor said the advertisement misleads voters.',
      'They are also serving cookies.',
      'The firm asked workers to sign up for a pay cut.',
      'The lawsuit alleges copyright infringement.',
      'The Reuters/Ipsos poll showed that Clinton led.',
      'A file photo by John Smith/Reuters.',
      'Records compiled by the Center for Responsive Politics show it.',
      'Ana Ruiz and Tom Holm contributed reporting.',
      'From failed hopefuls, bold ideas worth another look',
      'His pay is wallet-related: he is rich.',
      'The magazine LibÃ©ration ran it.',
      'The judge said the site uses cookies to track users.',
      '"Sign up now or lose your seat," Ruiz told the crowd.',
      'The lawsuit alleges copyright infringement dating to 2014.',
      'A man walks past a mural in Havana. REUTERS/Ana Ruiz',
      '--additional reporting by Tom Holm.',
      'Copyright Daily Planet 2016. Click for restrictions.',
      'Advertisement',
      'Subscribe to our politics podcast here.',
      'For more, sign up for the Morning newsletter.',
      'This site uses cookies to improve your experience.',
      'Copyright 2016 The Daily Planet.',
    ].join('\n\n');
    assert.deepStrictEqual(roles(t), [
      'body: The mayor said the advertisement misleads voters.',
      'body: They are also serving cookies.',
      'body: The firm asked workers to sign up for a pay cut.',
      'body: The lawsuit alleges copyright infringement.',
      'body: The Reuters/Ipsos poll showed that Clinton led.',
      'credit: A file photo by John Smith/Reuters.',
      'body: Records compiled by the Center for Responsive Politics show it.',
      'credit: Ana Ruiz and Tom Holm contributed reporting.',
      'body: From failed hopefuls, bold ideas worth another look',
      'body: His pay is wallet-related: he is rich.',
      'body: The magazine LibÃ©ration ran it.',
      'body: The judge said the site uses cookies to track users.',
      'body: "Sign up now or lose your seat," Ruiz told the crowd.',
      'body: The lawsuit alleges copyright infringement dating to 2014.',
      'credit: A man walks past a mural in Havana. REUTERS/Ana Ruiz',
      'credit: --additional reporting by Tom Holm.',
      'boilerplate: Copyright Daily Planet 2016. Click for restrictions.',
      'boilerplate: Advertisement',
      'boilerplate: Subscribe to our politics podcast here.',
      'boilerplate: For more, sign up for the Morning newsletter.',
      'boilerplate: This site uses cookies to improve your experience.',
      'boilerplate: Copyright 2016 The Daily Planet.',
    ]);
  });
});

describe('sentence segmentation', () => {
  it('survives news abbreviations, initials, decimals and ellipses', () => {
    const t = 'Capt. J. R. Miles of the U.S. Navy said the ship carried 2.5 tons of fuel ... and no arms. Sen. Amy Cole disagreed on Jan. 4 in St. Paul.';
    assert.deepStrictEqual(sentences(t), [
      'Capt. J. R. Miles of the U.S. Navy said the ship carried 2.5 tons of fuel ... and no arms.',
      'Sen. Amy Cole disagreed on Jan. 4 in St. Paul.',
    ]);
  });

  it('keeps "U.S." used as a modifier inside the sentence', () => {
    assert.deepStrictEqual(sentences('Talks failed, the U.S. State Department said on Friday. Then they resumed.'), [
      'Talks failed, the U.S. State Department said on Friday.',
      'Then they resumed.',
    ]);
  });

  it('does not split "“Why now?” she asked."', () => {
    assert.deepStrictEqual(sentences('“Why now?” she asked. Nobody answered.'), ['“Why now?” she asked.', 'Nobody answered.']);
  });
});
