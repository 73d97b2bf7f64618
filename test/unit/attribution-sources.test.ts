import * as assert from 'assert';
import { ClaimEngine } from '../../server/src/engine';
import { attributionOf, lint } from '../helpers/engine';

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

  it('a participle opening an apposition takes the agent after its complement', () => {
    const t = 'Mayor Ana Ruiz, called a liar by rival captains, denied it.';
    assert.deepStrictEqual(cueSpans(t), ['called [16,22) <- rival captains [33,47)', 'denied [49,55) <- Mayor Ana Ruiz, called a liar by rival captains, [0,48)']);
    // a finite "said" after a comma is no participle, nor a verb after an aside (whose adverb is no part of the subject)
    assert.deepStrictEqual(cueSpans('Lund, said delays by ferry crews caused the losses.'), ['said [6,10) <- delays [11,17)']);
    assert.deepStrictEqual(cueSpans('The harbour board, however, praised efforts by volunteers.'), ['praised [28,35) <- The harbour board [0,17)']);
  });

  it('a source read back from a verb leaves out a clause it opens with', () => {
    const t = 'The filing noted published reports alleging that the ferry fees were raised twice.';
    assert.deepStrictEqual(cueSpans(t), ['noted [11,16) <- The filing [0,10)']);
    // a relative clause inside the source stays
    const r = 'Mayor Ana Ruiz, who was persuaded to back the plan, said the pier would reopen.';
    assert.deepStrictEqual(cueSpans(r).at(-1), 'said [52,56) <- Mayor Ana Ruiz, who was persuaded to back the plan, [0,51)');
  });

  it('an amount of money before a noun is no count of the source', () => {
    const t = 'The levy is far below the $20 million experts say a new pier costs.';
    assert.deepStrictEqual(cueSpans(t), ['say [46,49) <- experts [38,45)']);
  });

  it('a word coordinated with an adjective before a noun is no verb', () => {
    const t = 'Residents would enroll, and then state and local officials could call on them.';
    assert.deepStrictEqual(cueSpans(t), ['could call on [59,72) <- local officials [43,58)']);
  });

  it('an evidence noun heading a longer subject is the source, not the noun of its "of" phrase', () => {
    const t = 'A Nordvik Post analysis of newly filed port records shows fees doubled.';
    assert.deepStrictEqual(cueSpans(t), ['shows [52,57) <- A Nordvik Post analysis of newly filed port records [0,51)']);
    // not across a comma
    assert.deepStrictEqual(cueSpans('Despite the investigation, polls show fees doubled.'), ['show [33,37) <- polls [27,32)']);
  });

  it('a participle hyphened to the word before it is part of the source phrase', () => {
    const t = 'Its veto-wielding members have backed the harbour plan.';
    assert.deepStrictEqual(cueSpans(t), ['have backed [26,37) <- Its veto-wielding members [0,25)']);
  });

  it('a verb between its subject and object is no participle of the source phrase', () => {
    const t = 'The video cites four cases in which Mayor Ana Ruiz defended people accused of fraud.';
    assert.deepStrictEqual(cueSpans(t).slice(1), ['defended [51,59) <- Mayor Ana Ruiz [36,50)', 'accused of [67,77) <- people [60,66)']);
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

describe('attribution: a participle with no subject of its own', () => {
  it('takes a name that opens its phrase', () => {
    const t = 'It could deploy local courts and rules against the pier, Mr. Holm pushing for things like noise reviews.';
    const at = t.indexOf('Mr. Holm');
    assert.deepStrictEqual(cueSpans(t), [`pushing for [${t.indexOf('pushing')},${t.indexOf(' things')}) <- Mr. Holm [${at},${at + 8})`]);
  });

  it('not a name that is the object of a preposition or a verb', () => {
    const t = 'It could deploy local courts and rules against Mr. Holm\'s pier, pushing for things like noise reviews.';
    assert.deepStrictEqual(cueSpans(t), [`pushing for [${t.indexOf('pushing')},${t.indexOf(' things')}) <- -`]);
    const u = 'It is also impossible to judge Mr. Holm\'s harbour plans without knowing how they would affect him.';
    assert.ok(cueSpans(u).every((c) => c.endsWith('<- -')), cueSpans(u).join('; '));
  });
});

describe('attribution: relative pronouns as sources', () => {
  it('a relative pronoun standing for a thing names no source', () => {
    const t = 'The new rules brought in rhetoric that openly painted all dock workers as thieves.';
    assert.deepStrictEqual(cueSpans(t), [`openly painted [${t.indexOf('openly')},${t.indexOf(' all')}) <- -`]);
  });

  it('one standing for a document or an institution is kept', () => {
    const t = 'The union issued a statement that openly painted all dock workers as heroes.';
    const at = t.indexOf('that');
    assert.deepStrictEqual(cueSpans(t)[1], `openly painted [${t.indexOf('openly')},${t.indexOf(' all')}) <- that [${at},${at + 4})`);
    const u = 'Ana Ruiz backed a harbour fund which openly promised that fares would fall.';
    const w = u.indexOf('which');
    assert.deepStrictEqual(cueSpans(u)[1], `openly promised [${u.indexOf('openly')},${u.indexOf(' that')}) <- which [${w},${w + 5})`);
  });
});

describe('attribution: a subject with a prepositional tail before a named apposition', () => {
  it('"One of the club\'s lawyers, Jon Frey, said"', () => {
    const t = "One of the club's lawyers, Jon Frey, said the pier was safe.";
    assert.deepStrictEqual(cueSpans(t), [`said [37,41) <- One of the club's lawyers, Jon Frey, [0,36)`]);
  });

  it('"His former partner at Holm Shipping, Jon Frey, said"', () => {
    const t = 'His former partner at Holm Shipping, Jon Frey, said the pier was safe.';
    assert.deepStrictEqual(cueSpans(t), [`said [47,51) <- His former partner at Holm Shipping, Jon Frey, [0,46)`]);
  });

  it('not a phrase that does not open the clause', () => {
    const t = 'Crowds gathered near the office of the club, Jon Frey, and others.';
    assert.ok(!cueSpans(t).some((c) => c.includes('the office')), cueSpans(t).join('; '));
  });
});

describe('attribution: a share of a relative pronoun\'s antecedent', () => {
  it('"…, many of whom say"', () => {
    const t = 'The plan angered dock workers, many of whom say the port is unsafe.';
    const at = t.indexOf('many');
    assert.deepStrictEqual(cueSpans(t), [`say [${t.indexOf(' say') + 1},${t.indexOf(' the port')}) <- many of whom [${at},${at + 12})`]);
  });

  it('"…, two of whom had previously announced"', () => {
    const t = 'The council named ten new wardens, two of whom had previously announced their support for the plan.';
    const at = t.indexOf('two');
    assert.deepStrictEqual(cueSpans(t), [`had previously announced [${t.indexOf('had')},${t.indexOf(' their')}) <- two of whom [${at},${at + 11})`]);
  });

  it('not without the comma that opens the relative clause', () => {
    const t = 'The plan angered dock workers many of whom say the port is unsafe.';
    assert.ok(!cueSpans(t).some((c) => c.includes('many of whom')), cueSpans(t).join('; '));
  });
});

describe('attribution: a share of a group as the subject', () => {
  it('"many of them say" takes the whole phrase', () => {
    const t = 'The plan angered dock workers, and many of them say the port is unsafe.';
    const at = t.indexOf('many');
    assert.deepStrictEqual(cueSpans(t), [`say [${t.indexOf(' say') + 1},${t.indexOf(' the port')}) <- many of them [${at},${at + 12})`]);
  });

  it('not "of" after a word that is no share', () => {
    const t = 'The plan angered dock workers, and those tired of them say the port is unsafe.';
    assert.ok(!cueSpans(t).some((c) => c.includes('tired of them')), cueSpans(t).join('; '));
  });
});

/** The cues of a text as `cue <- source` (words only). */
function cueSources(text: string): string[] {
  return cueSpans(text).map((c) => c.replace(/ \[\d+,\d+\)/g, ''));
}

describe('attribution: the subject before a phrase of its verb', () => {
  it('a phrase after a preposition between the subject and the verb is no source: "Holm in a radio interview appeared to blame"', () => {
    assert.deepStrictEqual(cueSources('Last week Ilse Holm in a radio interview appeared to blame the harbour board for the delays.'), ['appeared to blame <- Ilse Holm']);
    assert.deepStrictEqual(cueSources('Fishermen marching through the old town chanted slogans against the quota.'), ['chanted <- Fishermen']);
  });

  it('a preposition saying whose the subject is keeps its phrase: "fishermen from Osterby said"', () => {
    assert.deepStrictEqual(cueSources('Several fishermen from Osterby said the quota was unfair.'), ['said <- Several fishermen from Osterby']);
  });

  it('a phrase after a preposition set off by commas is no apposition: "Ruiz, at a later press conference, said" is Ruiz\'s; an apposition stays', () => {
    assert.deepStrictEqual(cueSources('Ana Ruiz, at a later press conference, said the plan was dead.'), ['said <- Ana Ruiz']);
    assert.deepStrictEqual(cueSources('Ana Ruiz, the mayor of Osterby, said the plan was dead.'), ['said <- Ana Ruiz, the mayor of Osterby,']);
  });

  it('near miss: "after" and "before" open a clause with its own subject ("A few weeks after Ruiz announced")', () => {
    assert.deepStrictEqual(cueSources('A few weeks after Ana Ruiz announced that the ferry would stop, the port closed.'), ['announced <- Ana Ruiz']);
  });

  it('near miss: after a verb, the phrase is an object\'s, and the subject is found as before', () => {
    assert.deepStrictEqual(cueSources('The mayor met fishermen in Osterby and said the quota was unfair.'), ['said <- The mayor']);
  });
});

describe('attribution: whose a participle after a comma is', () => {
  it('the nearest cue before it, not a participle of an opening phrase: "In a statement announcing…, the union called…, citing"', () => {
    assert.deepStrictEqual(cueSources('In a statement announcing the strike, the ferry union called the board reckless, citing its safety record.'), [
      'announcing <- a statement',
      'called <- the ferry union',
      'citing <- the ferry union',
    ]);
  });

  it('a verb\'s subject, not the owner of a noun cue in its object: "attacked Varn for her support of…, saying"', () => {
    assert.deepStrictEqual(cueSources('During a speech, Jonas Brede attacked Ilse Varn for her support of the quota, saying, "She is reckless."'), ['attacked <- Jonas Brede', 'saying <- Jonas Brede']);
  });

  it('"Citing X," opening the sentence is cited by the main clause\'s subject (X is what is cited)', () => {
    assert.deepStrictEqual(cueSources('Citing the harbour safety record, Ilse Holm accused the board of neglect.'), ['Citing <- Ilse Holm', 'accused <- Ilse Holm']);
    // near miss: a source cited is the source ("citing unnamed officials"), as "according to" is
    assert.deepStrictEqual(cueSources('Citing unnamed officials, the paper said the board would resign.'), ['Citing <- unnamed officials']);
  });

  it('a participle with its "by" agent is the agent\'s without a form of "be": "a view echoed by the mayor"', () => {
    assert.deepStrictEqual(cueSources('"The quota is unfair," said Ilse Holm (a view echoed by the mayor of Osterby).'), ['said <- Ilse Holm', 'echoed <- the mayor of Osterby']);
  });
});

describe('attribution: an act\'s object is never its speaker', () => {
  it('"…, thanked Brede for the pier": Brede is thanked, not the one thanking, even where the subject is not found', () => {
    assert.deepStrictEqual(cueSources('Ilse Varn, star of the play “Harbour,” thanked Jonas Brede for the new pier.'), ['thanked <- -']);
  });

  it('an apposition ending in a compound noun the tagger reads as a verb ("the harbour play") still ends at its comma', () => {
    assert.deepStrictEqual(cueSources('Ilse Varn, star of the harbour play, thanked Jonas Brede for the new pier.'), ['thanked <- Ilse Varn, star of the harbour play,']);
  });
});

describe('attribution: a name, a comma, then the verb', () => {
  it('the name closing a long subject before the comma speaks ("…, Jonas Brede, praised"; "Ilse Varn and husband Jonas, thanked"; "Gov. Ilse Varn (R-OH), said")', () => {
    // (the participle before the comma is the head's side taken: a cue of its own, see "a side taken in a participle")
    assert.deepStrictEqual(cueSources('The head of the harbour board backing Ilse Varn for mayor, Jonas Brede, praised the efforts of the pilots.'), ['backing <- The head of the harbour board', 'praised <- Jonas Brede']);
    assert.deepStrictEqual(cueSources('Making her way around the diner, Ilse Varn and husband Jonas, thanked another diner for wearing a button.'), ['thanked <- Ilse Varn and husband Jonas']);
    assert.deepStrictEqual(cueSources('Gov. Ilse Varn (R-OH), said the port would reopen.'), ['said <- Gov. Ilse Varn']);
  });

  it('near miss: a name after a verb or a preposition before the comma is not the subject ("The crowd that cheered for Ilse Varn, thanked…")', () => {
    assert.deepStrictEqual(cueSources('The crowd that cheered for Ilse Varn, thanked the crew for their work.'), ['thanked <- -']);
    assert.deepStrictEqual(cueSources('Speaking to Ilse Varn, thanked the crew.'), ['thanked <- -']);
    // (with a subject before a title in quotation marks, the apposition holds it)
    assert.deepStrictEqual(cueSources('Ilse Varn, star of the play “Harbour”, thanked Jonas Brede for the new pier.'), ['thanked <- Ilse Varn, star of the play “Harbour”,']);
  });
});

describe('attribution: a company named with its legal form', () => {
  it('is no person: "It said" after it is the company, no vague source', () => {
    const t = 'HARBOUR TOWN, April 1 - Varna Diagnostics Ltd said it has been granted a patent.\n\nIt said it sees uses in airport screening devices.\n';
    assert.strictEqual(attributionOf(t, 'It said'), 'said | It | Varna Diagnostics Ltd');
    assert.deepStrictEqual(lint(t), []);
  });

  it('"it" with no group before it is the name read as a person that nothing made a man or a woman', () => {
    const t = 'HARBOUR TOWN, April 1 - Tarsa Harbour Trust said no funds will be paid in April.\n\nIt also said the levy will rise.\n';
    assert.strictEqual(attributionOf(t, 'It also'), 'also said | It | Tarsa Harbour Trust');
    assert.deepStrictEqual(lint(t), []);
    // a person a title made a man's is no "it"
    const u = 'Mr. Lars Holm said the ferry will stop.\n\nIt said the levy will rise.\n';
    assert.strictEqual(attributionOf(u, 'It said'), 'said | It | It');
    // nor is an older name past him
    const v = 'Tarsa Harbour Trust said no funds will be paid.\n\nMr. Lars Holm said the ferry will stop.\n\nIt said the levy will rise.\n';
    assert.strictEqual(attributionOf(v, 'It said'), 'said | It | It');
  });
});
