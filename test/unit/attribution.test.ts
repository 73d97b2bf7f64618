import * as assert from 'assert';
import { attributionOf, lint } from '../helpers/engine';
import { ClaimEngine, LineIndex } from '../../server/src/engine';

/** A one-document workspace's findings as "severity message". */
function message(t: string): string[] {
  const e = new ClaimEngine();
  e.set({ uri: 'mem:t', text: t, format: 'plaintext' });
  return e.lint('mem:t').map((f) => `${f.severity} ${f.message}`);
}

// Fixtures are written for the project: invented news prose, not copied from any data set.

describe('attribution: cue positions', () => {
  it('source and cue after the content', () => {
    const t = 'The bridge will close for repairs on Tuesday, the city council said Monday.';
    assert.strictEqual(attributionOf(t, 'The bridge'), 'said | the city council | the city council');
  });

  it('source before the cue, with auxiliaries and adverbs between', () => {
    const t = 'Mayor Ana Ruiz has also repeatedly said that the budget is balanced.';
    assert.strictEqual(attributionOf(t, 'Mayor'), 'has also repeatedly said | Mayor Ana Ruiz | Ana Ruiz');
  });

  it('inverted cue after a quotation', () => {
    const t = '"We will reopen the port within a week," said harbour master Tom Keel.';
    assert.strictEqual(attributionOf(t, '"We will'), 'said | harbour master Tom Keel | Tom Keel');
  });

  it('according to', () => {
    const t = 'At least 40 homes were flooded, according to the regional fire service.';
    assert.strictEqual(attributionOf(t, 'At least'), 'according to | the regional fire service | the regional fire service');
  });

  it('told reporters', () => {
    const t = 'Energy Minister Lena Olsen told reporters that the pipeline would be finished in May.';
    assert.strictEqual(attributionOf(t, 'Energy'), 'told | Energy Minister Lena Olsen | Lena Olsen');
  });

  it('"…, the statement reads" and a document as source', () => {
    const t = '“Supplies will arrive by road,” a statement on the agency website reads.';
    assert.strictEqual(attributionOf(t, '“Supplies'), 'reads | a statement on the agency website | a statement on the agency website');
  });

  it('denied, warned, stressed, explained and announced are cues', () => {
    for (const verb of ['denied', 'warned', 'stressed', 'explained', 'announced']) {
      const t = `The ministry ${verb} that the fuel tax would rise in March.`;
      assert.strictEqual(attributionOf(t, 'The ministry'), `${verb} | The ministry | The ministry`);
    }
  });

  it('belief and intention cues take their subject as source', () => {
    assert.strictEqual(attributionOf('The union wants to renegotiate the contract.', 'The union'), 'wants | The union | The union');
    assert.strictEqual(attributionOf('Analysts at Norbank believe that rates will fall.', 'Analysts'), 'believe | Analysts at Norbank | Analysts at Norbank');
  });

  it('action senses of reporting verbs are not cues', () => {
    assert.strictEqual(attributionOf('The two sides agreed to extend the ceasefire in the north.', 'The two'), 'none');
    assert.strictEqual(attributionOf('The governor ordered a curfew in three districts.', 'The governor'), 'none');
  });

  it('a participle after a comma takes the main clause speaker', () => {
    const t = 'President Maria Lind dissolved parliament on Friday, saying new elections were needed.';
    assert.strictEqual(attributionOf(t, 'President'), 'saying | President Maria Lind | Maria Lind');
  });

  it('a coordinated verb shares the subject', () => {
    const t = 'Kovac declined to give a date but said the plant would reopen.';
    assert.strictEqual(attributionOf(t, 'Kovac'), 'said | Kovac | Kovac');
  });

  it('declined to comment is attributed to the person declining', () => {
    assert.strictEqual(attributionOf('Spokeswoman Ida Berg declined to comment on the report.', 'Spokeswoman'), 'declined | Spokeswoman Ida Berg | Ida Berg');
  });
});

describe('attribution: across sentences', () => {
  it('resolves "he" to the nearest named person', () => {
    const t = 'Finance Minister Paul Weber told parliament that taxes would not rise.\n"We have done our sums," he said.';
    assert.strictEqual(attributionOf(t, '"We have'), 'said | he | Paul Weber');
  });

  it('resolves a surname to the full earlier name', () => {
    const t = 'Police chief Sara Lund said the road was closed.\nLund said it would reopen on Monday.';
    assert.strictEqual(attributionOf(t, 'Lund said'), 'said | Lund | Sara Lund');
  });

  it('a multi-sentence quote closed by "he added" attributes every sentence in it', () => {
    const t = 'Coach Ben Hale spoke after the match.\n“We were slow. We were careless. We will be better next week,” he added.';
    assert.strictEqual(attributionOf(t, '“We were slow.'), 'added | he | Ben Hale');
    assert.strictEqual(attributionOf(t, 'We were careless.'), 'added | he | Ben Hale');
  });

  it('a quote sentence next to an attributed one in the same paragraph', () => {
    const t = '"The dam is safe," engineer Rui Costa said. "There is no crack."';
    assert.strictEqual(attributionOf(t, '"There is'), 'said | engineer Rui Costa | Rui Costa');
  });

  it('a quote sentence after a named source’s belief is that source’s ("Ana Ruiz also believes…. “…”"), not after a belief in a wh-clause', () => {
    const t = 'Harbour analyst Ana Ruiz also believes fares will rise. “The ferries are cheap for now.”';
    assert.strictEqual(attributionOf(t, '“The ferries'), 'also believes | Harbour analyst Ana Ruiz | Ana Ruiz');
    assert.strictEqual(attributionOf('The levy has nothing to do with what Ana Ruiz believes. “The ferries are cheap for now.”', '“The ferries'), 'none');
  });

  it('"…, he said, adding:" carries to the next paragraph', () => {
    const t = 'Admiral Jon Frey spoke in Oslo.\n“The fleet is ready,” he said, adding:\nThe ships will sail north in April and stay until the ice returns.';
    assert.strictEqual(attributionOf(t, 'The ships'), 'said | he | Jon Frey');
  });

  it('a Markdown block quote after a colon belongs to the speaker', () => {
    const t = 'Chancellor Eva Roth said in a statement:\n\n> The reform will pass before the summer recess.\n';
    assert.strictEqual(attributionOf(t, 'The reform', 'markdown'), 'said | Chancellor Eva Roth | Eva Roth');
  });

  it('a quotation continued in the next paragraph keeps its speaker', () => {
    const t = '“The harvest failed in the east,” farm minister Omar Said told the assembly. “Prices will rise.\n“Imports will fill the gap by June.”';
    assert.strictEqual(attributionOf(t, '“Imports'), 'told | farm minister Omar Said | Omar Said');
  });
});

describe('vague attribution', () => {
  it('anonymous, unnamed and generic sources', () => {
    assert.deepStrictEqual(lint('The plant will close in June, an anonymous source said.'), ['vague-attribution 1:31 warning']);
    assert.deepStrictEqual(lint('Sources said the plant will close in June.'), ['vague-attribution 1:1 warning']);
    assert.deepStrictEqual(lint('Media outlets reported that the plant will close in June.'), ['vague-attribution 1:1 warning']);
    assert.deepStrictEqual(lint('Officials said the plant will close in June.'), ['vague-attribution 1:1 warning']);
    assert.deepStrictEqual(lint('Critics say the plant will close in June.'), ['vague-attribution 1:1 warning']);
  });

  it('"reportedly" with and without a named speaker', () => {
    assert.deepStrictEqual(lint('The plant will reportedly close in June.'), ['vague-attribution 1:16 warning']);
    assert.deepStrictEqual(lint('Director Kim Park reportedly said the plant will close in June.'), ['vague-attribution 1:19 info']);
  });

  it('a named source inside what a vague one reports leaves the vague one a warning; one beside it makes it information', () => {
    assert.deepStrictEqual(lint('Mayor Ana Ruiz criticized the plant on Monday, officials said.'), ['vague-attribution 1:48 warning']);
    assert.deepStrictEqual(lint('Director Kim Park told Reuters the plant will close in June, two officials said.'), ['vague-attribution 1:62 warning']);
    // a source speaking in a clause of its own, or a tag not set off by a comma
    assert.deepStrictEqual(lint('Mayor Ana Ruiz criticized the plant, but officials said it will stay open.'), ['vague-attribution 1:42 info']);
    assert.deepStrictEqual(lint('Director Kim Park said she expected officials would reply by June.'), ['vague-attribution 1:37 info']);
  });

  it('a judgement in the passive with no agent is vague: "have been blamed for", "was widely criticized"', () => {
    assert.deepStrictEqual(lint('Harbour pilots have been blamed for the outbreak.'), ['vague-attribution 1:21 warning']);
    assert.deepStrictEqual(lint('The ferry plan was widely criticized.'), ['vague-attribution 1:16 warning']);
    // things seen, decided or summoned are no judgement: statements of fact
    assert.deepStrictEqual(lint('The holiday is observed as a day of rest.'), ['unattributed-claim 1:1 info']);
    assert.deepStrictEqual(lint('The levy was rejected in a 2001 referendum.'), ['unattributed-claim 1:1 warning']);
    assert.deepStrictEqual(lint('Buying was noted from Japan.'), ['unattributed-claim 1:1 warning']);
  });

  it('a judgement met with no one named is vague: "has faced sharp criticism for"; not an approval won, nor none met', () => {
    assert.deepStrictEqual(lint('The harbour plan has faced sharp criticism for its cost.'), ['vague-attribution 1:18 warning']);
    assert.deepStrictEqual(lint('The plan won approval in May.'), ['unattributed-claim 1:1 warning']);
    assert.deepStrictEqual(lint('The plan drew no criticism.'), ['unattributed-claim 1:1 info']);
  });

  it('one finding for a vague source however many cues it has', () => {
    assert.deepStrictEqual(lint('The plant will close in June, a spokesman said, adding that talks go on.'), ['vague-attribution 1:31 warning']);
  });

  it('a vague source met again ("the spokesman" after "a ferry company spokesman") is told once as a warning, then as information pointing back', () => {
    const t = [
      'Ferries will stop at Varna in June, a ferry company spokesman said.',
      'The spokesman said fares would rise, and trade sources said the line was losing money.',
      'The sources said talks go on. The Norwegian sources said nothing. The ferry company spokesman said the port agreed.',
    ].join('\n');
    const e = new ClaimEngine();
    e.set({ uri: 'mem:t', text: t, format: 'plaintext' });
    const lines = new LineIndex(t);
    const at = (r: { start: number }): string => `${lines.positionAt(r.start).line + 1}:${lines.positionAt(r.start).character + 1}`;
    assert.deepStrictEqual(
      e.lint('mem:t').filter((f) => f.rule === 'vague-attribution').map((f) => `${at(f.range)} ${f.severity} ${f.message}${f.related.map((r) => ` → ${at(r.range)}`).join('')}`),
      [
        '1:37 info Vague attribution: "a ferry company spokesman" speaks for the party it names but is not named.',
        '2:1 info Vague attribution: "The spokesman" is not named here either (met before as "a ferry company spokesman"). → 1:37',
        '2:42 warning Vague attribution: "trade sources" does not name anyone.',
        '3:1 info Vague attribution: "The sources" are not named here either (met before as "trade sources"). → 2:42',
        // (other words before the head: other sources)
        '3:31 warning Vague attribution: "The Norwegian sources" does not name anyone.',
        '3:67 info Vague attribution: "The ferry company spokesman" is not named here either (met before as "a ferry company spokesman"). → 1:37',
      ],
    );
  });

  it('a vague source’s head comes before what places it or says who made it: "officials in Varna", "statements from ferry officials", "reports emerging in the news media"', () => {
    assert.deepStrictEqual(message('Fares will rise in June, according to officials in Varna.'), ['warning Vague attribution: "officials in Varna" does not name anyone.']);
    assert.deepStrictEqual(message('Statements from ferry officials have indicated that fares will rise.'), ['warning Vague attribution: "Statements from ferry officials" does not name anyone.']);
    assert.deepStrictEqual(message('Fares will rise, according to reports emerging in the news media.'), ['warning Vague attribution: "reports emerging in the news media" does not say whose reports.']);
    assert.deepStrictEqual(message('Fares will rise in June, a spokesman at Harbourline said.'), ['info Vague attribution: "a spokesman at Harbourline" speaks for the party it names but is not named.']);
    // near misses: a study said by whom it was made, a long "according to" phrase read whole
    assert.deepStrictEqual(message('Fares will rise in June, according to a study by economists at Varna University.'), []);
    assert.deepStrictEqual(message('Fares will rise in June, according to the latest monthly report from the Varna trade house Lund and Brede.'), []);
  });

  it('a refusal to say rests nothing on its source, and a later "the spokesman" still refers back to it', () => {
    assert.deepStrictEqual(lint('Ferry officials declined to comment on the new levy in Varna.'), []);
    assert.deepStrictEqual(lint('A ferry company spokesman would not elaborate on the strike in Varna.'), []);
    assert.deepStrictEqual(lint('A ferry company spokesman declined to give the purchase price of the new boats.'), []);
    assert.deepStrictEqual(lint('Ferry officials declined to name the buyer of the old boats.'), []);
    assert.deepStrictEqual(message('A ferry company spokesman declined to say how much the new boats cost.\nThe boats will sail in June, the spokesman said.\n'), [
      'info Vague attribution: "the spokesman" is not named here either (met before as "A ferry company spokesman").',
    ]);
    // a later refusal is the source met last ("the spokesman" after a Sony spokesman declined, not the Toshiba one)
    assert.deepStrictEqual(message('A Toshiba spokesman said fares would rise. A Sony spokesman declined to comment. The spokesman said the line would close.').slice(1), [
      'info Vague attribution: "The spokesman" is not named here either (met before as "A Sony spokesman").',
    ]);
    // near misses: what the officials do say rests on them; declining to act is no refusal to say
    assert.deepStrictEqual(lint('Ferry officials said the new levy in Varna would rise.'), ['vague-attribution 1:1 warning']);
    assert.deepStrictEqual(message('Ferry officials declined to renew the contract with the Varna line.'), ['warning Vague attribution: "Ferry officials" does not name anyone.']);
  });

  it('"is assured of winning" is a certainty and "it should be noted" the writer’s aside, not statements on nobody’s authority; "were assured that", "it is said" are', () => {
    assert.deepStrictEqual(lint('Mayor Ana Ruiz is now assured of winning at least 175 votes in Varna.'), ['unattributed-claim 1:1 warning']);
    assert.deepStrictEqual(lint('Mayor Ana Ruiz is assured to be shut out of the vote in Varna.'), ['unattributed-claim 1:1 warning']);
    assert.deepStrictEqual(lint('It should be noted that two of the ferry line’s managers were hired in August.'), ['unattributed-claim 1:1 warning']);
    assert.deepStrictEqual(lint('Voters in Varna were assured that the levy would fall.'), ['vague-attribution 1:17 warning']);
    assert.deepStrictEqual(lint('It is said that two of the ferry line’s managers were hired in August.'), ['vague-attribution 1:4 warning']);
  });

  it('a definite description right after a named person is that person ("The harbour official said" after "Ana Ruiz said"), unless an unnamed one or someone else is meant', () => {
    const vague = (t: string): string[] => message(t).filter((m) => m.includes('Vague'));
    // a role word: the person named just before, carried on by "she said"
    assert.deepStrictEqual(vague('Harbour director Ana Ruiz said fares would rise in June.\n\n"We have no choice," she said.\n\nThe harbour official added that ferries would still sail.'), []);
    // a spokesperson is the named person only when the article called them one
    assert.deepStrictEqual(vague('Harbour spokesman Jan Holm said fares would rise in June. The spokesman added that ferries would still sail.'), []);
    assert.deepStrictEqual(vague('Mayor Ana Ruiz said fares would rise in June. The spokesman added that ferries would still sail.'), [
      'warning Vague attribution: "The spokesman" does not name anyone.',
    ]);
    // an unnamed source met since with the same head is who it is; one of several, an anonymous one, a named party's
    // spokesperson and someone the sentence names as another are not the named person
    assert.deepStrictEqual(vague('Mayor Ana Ruiz said fares would rise. Two ferry officials said the line would close. The official said talks go on.'), [
      'warning Vague attribution: "Two ferry officials" does not name anyone.',
      'warning Vague attribution: "The official" does not name anyone.',
    ]);
    assert.deepStrictEqual(vague('Mayor Ana Ruiz said fares would rise. The second official said the line would close.'), ['warning Vague attribution: "The second official" does not name anyone.']);
    assert.deepStrictEqual(vague('Mayor Ana Ruiz said fares would rise. The official, who asked not to be named, said the line would close.'), [
      'info Vague attribution: "The official" does not name anyone.',
    ]);
    assert.deepStrictEqual(vague('Mayor Ana Ruiz said fares would rise. The mayor\'s spokesman said the line would close.'), [
      'info Vague attribution: "The mayor\'s spokesman" speaks for the party it names but is not named.',
    ]);
    assert.deepStrictEqual(vague('Mayor Ana Ruiz spoke in Varna on Monday. The harbour official quoted Ruiz as saying the line would close.'), [
      'warning Vague attribution: "The harbour official" does not name anyone.',
    ]);
    // too far back: three sentences between
    assert.deepStrictEqual(vague('Mayor Ana Ruiz said fares would rise. The line has six boats. It sails daily. Two boats are new. The official said talks go on.'), [
      'warning Vague attribution: "The official" does not name anyone.',
    ]);
  });

  it('a name in apposition names a source that does not ("The official, the harbour board\'s chairman Jan Holm,", "remarks by her opponent, Mayor Ana Ruiz,"), and "Holms and his supporters" name Holms', () => {
    assert.deepStrictEqual(message('The official, the harbour board\'s chairman Jan Holm, told reporters the fares would rise.'), []);
    assert.strictEqual(attributionOf('The official, the harbour board\'s chairman Jan Holm, told reporters the fares would rise.', 'The official'), "told | The official, the harbour board's chairman Jan Holm, | Jan Holm");
    assert.deepStrictEqual(message('The vote came after remarks by her opponent, Mayor Ana Ruiz, were read as a threat.'), []);
    assert.deepStrictEqual(message('Holms and his supporters argue the levy is too high.'), []);
    // near misses: an apposition that names no one, a plural group and its own
    assert.deepStrictEqual(message('The vote came after remarks by her opponent, a local teacher, were read as a threat.'), ['warning Vague attribution: "her opponent" does not name anyone.']);
    assert.deepStrictEqual(message('Democrats and their supporters argue the levy is too high.'), ['warning Vague attribution: "Democrats and their supporters" does not name anyone.']);
  });

  it('a source met again is matched by the words before its head ("The official, briefing reporters on Monday," after "a harbour official")', () => {
    assert.deepStrictEqual(message('Fares will rise, a harbour official said.\nThe official, briefing reporters on Monday, said the line would close.').slice(1), [
      'info Vague attribution: "The official, briefing reporters on Monday," is not named here either (met before as "a harbour official").',
    ]);
  });

  it('a vague source met again refers to the last one it can be, read by the same head the source finder reads', () => {
    assert.deepStrictEqual(message('Fares will rise, a senior ferry official said. Another official said the line would close. The senior ferry official said talks go on.').slice(2), [
      'info Vague attribution: "The senior ferry official" is not named here either (met before as "a senior ferry official").',
    ]);
    // (an apposition after the first mention does not hide its head)
    assert.deepStrictEqual(message('One analyst, who asked not to be named, said fares would rise.\nThe analyst said the line would close.\n').slice(1), [
      'info Vague attribution: "The analyst" is not named here either (met before as "One analyst, who asked not to be named,").',
    ]);
  });

  it('a party’s unnamed spokesperson is worth a name, but no warning', () => {
    assert.deepStrictEqual(message('The plant will close in June, a spokeswoman for the Harbour Authority said.'), ['info Vague attribution: "a spokeswoman for the Harbour Authority" speaks for the party it names but is not named.']);
    assert.deepStrictEqual(lint('The plant will close in June, a Harbourline spokesman said.'), ['vague-attribution 1:31 info']);
    assert.deepStrictEqual(lint("The plant will close in June, the ministry's spokesman said."), ['vague-attribution 1:31 info']);
    // (a possessive pronoun names the party the article named before: "Mayor Ruiz … her spokeswoman said")
    assert.deepStrictEqual(message('Mayor Ana Ruiz closed the plant, and her spokeswoman said it would reopen in June.'), ['info Vague attribution: "her spokeswoman" speaks for someone named before but is not named.']);
    // (a title before the name does not make the spokeswoman its bearer; a representative or an aide speaks for a party too)
    assert.deepStrictEqual(lint('The plant will close in June, a spokeswoman for Mayor Ana Ruiz said.'), ['vague-attribution 1:31 info']);
    assert.deepStrictEqual(lint('A representative for Mayor Ana Ruiz said the plant will close in June.'), ['vague-attribution 1:1 info']);
    // near misses: a spokesperson of no one named, an anonymous one, an official
    assert.deepStrictEqual(message('The plant will close in June, the spokeswoman said.'), ['warning Vague attribution: "the spokeswoman" does not name anyone.']);
    assert.deepStrictEqual(lint('The plant will close in June, an unnamed spokesman for the ministry said.'), ['vague-attribution 1:31 warning']);
    assert.deepStrictEqual(lint('The plant will close in June, a ministry official said.'), ['vague-attribution 1:31 warning']);
  });

  it('a named source is not vague', () => {
    assert.deepStrictEqual(lint('The plant will close in June, the company said.'), []);
    // a named person and others; not an adjective's coordination
    assert.deepStrictEqual(lint('Mayor Ana Ruiz and other council members said the plant will close in June.'), []);
    assert.deepStrictEqual(lint('Federal and state officials said the plant will close in June.'), ['vague-attribution 1:1 warning']);
  });

  it('a passive inside what a source of the sentence says is that source’s wording, not a vague attribution', () => {
    // the source's clause closes the sentence, or opens what it says
    assert.deepStrictEqual(lint('Production is expected to begin in the fall, the company said on Monday.'), []);
    assert.deepStrictEqual(lint('Director Kim Park said the plant is expected to close in June.'), []);
    // a vague source is still reported, once
    assert.deepStrictEqual(lint('The plant is expected to close in June, officials said.'), ['vague-attribution 1:41 warning']);
    // a source speaking after the passive in a clause of its own does not cover it, nor does a stance before it
    assert.deepStrictEqual(lint('It is widely believed that the plant will close, although Kim Park said it would not.'), ['vague-attribution 1:4 info']);
    assert.deepStrictEqual(lint('Senator Eva Lund voted for the bill, though it is believed to be unconstitutional.'), ['vague-attribution 1:48 info']);
    // a date with a full stop after the tag
    assert.deepStrictEqual(lint('Production is expected to begin in the fall, the company said on Jan. 5.'), []);
    assert.deepStrictEqual(lint('The plant is expected to close in June.'), ['vague-attribution 1:11 warning']);
  });

  it('a passive that names a thing or lays a charge is no vague attribution; one that judges is', () => {
    assert.deepStrictEqual(lint('Burma, also known as Myanmar, held its first free vote in May.'), []);
    assert.deepStrictEqual(lint('Harbour officer Eva Lund was charged with fraud in May.'), []);
    assert.deepStrictEqual(lint('The harbour master is known as a hardliner on fees.'), ['vague-attribution 1:20 warning']);
    // a fee billed is no statement at all
    assert.deepStrictEqual(lint('Ferry passengers were charged higher fees in May.'), ['unattributed-claim 1:1 warning']);
    // a charge with a day before "with", or with its agent
    assert.deepStrictEqual(lint('Harbour officer Eva Lund was charged Tuesday with fraud.'), []);
    assert.strictEqual(attributionOf('Eva Lund was charged by federal prosecutors with fraud.', 'Eva'), 'charged | federal prosecutors | federal prosecutors');
    // a possessor's name after "known as" is a judgement, not a name
    assert.deepStrictEqual(lint('The harbour master is known as Nordvik’s toughest negotiator.'), ['vague-attribution 1:20 warning']);
  });

  it('a passive that puts a question, lets someone in, or leaves its subject convinced is no vague attribution', () => {
    // who asked does not matter: the answer is attributed to the one asked (questions asked by nobody named still are vague)
    assert.deepStrictEqual(lint('Mayor Ana Ruiz was once asked how the harbour strike would end.'), []);
    assert.deepStrictEqual(lint('Questions have been asked about the harbour fees.'), ['vague-attribution 1:16 warning']);
    // let in, not a statement conceded ("it was admitted that…" still is one)
    assert.deepStrictEqual(lint('Ferry passengers were admitted to the harbour in May.'), ['unattributed-claim 1:1 warning']);
    assert.deepStrictEqual(lint('It was admitted that the harbour fees rose in May.'), ['vague-attribution 1:4 warning']);
    assert.strictEqual(attributionOf('It was admitted by the ministry that the harbour fees rose.', 'It'), 'admitted | the ministry | the ministry');
    // the subject holds the belief; a vague holder is reported as one
    assert.strictEqual(attributionOf('We are convinced the harbour will reopen in May.', 'We'), 'are convinced | We | We');
    assert.deepStrictEqual(lint('Not everyone is convinced the harbour will reopen in May.'), ['vague-attribution 1:1 warning']);
    // an indefinite pronoun takes no modifier but a negation or "almost"
    assert.strictEqual(attributionOf('The mayor must make damn sure everyone knows the harbour will reopen in May.', 'The mayor'), 'knows | everyone | everyone');
    assert.strictEqual(attributionOf('In Varna almost everyone agrees the harbour will reopen in May.', 'In Varna'), 'agrees | almost everyone | almost everyone');
    // a name after "known as the"
    assert.deepStrictEqual(lint('The bill, known as the “Harbour Fairness Act,” passed in May.'), []);
    assert.deepStrictEqual(lint('The harbour master is known as the toughest negotiator in Nordvik.'), ['vague-attribution 1:20 warning']);
    assert.deepStrictEqual(lint('The harbour master is known as the Port Authority’s toughest negotiator.'), ['vague-attribution 1:20 warning']);
  });

  it('a name after a relative pronoun is the subject of an active verb, not a passive', () => {
    const t = 'The pier was hit by an explosion that Mayor Ana Ruiz described as an intentional act.';
    assert.deepStrictEqual(lint(t), []);
    assert.strictEqual(attributionOf(t, 'The pier'), 'described | Mayor Ana Ruiz | Ana Ruiz');
  });
});
