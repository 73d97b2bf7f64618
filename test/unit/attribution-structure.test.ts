import * as assert from 'assert';
import { attributionOf } from '../helpers/engine';

// Attribution read from sentence structure (raising verbs, relative and parenthetical clauses, pronoun-like
// determiners as subjects). Fixtures are invented news prose written for the project, not copied from any data set.

describe('attribution structure: raising verbs', () => {
  it('the subject of "seem" is what seems, not a source', () => {
    assert.strictEqual(attributionOf('Mayor Ana Ruiz seemed to waver on the ferry plan.', 'Mayor'), 'seemed | - | -');
    assert.strictEqual(attributionOf('It appears that the night ferry will be cut.', 'It appears'), 'appears | - | -');
  });

  it('a "to" phrase after the verb names whose impression it is', () => {
    assert.strictEqual(attributionOf('It seemed to Ana Ruiz that the timetable suited nobody.', 'It seemed'), 'seemed | Ana Ruiz | Ana Ruiz');
  });

  it('a clause-opening "to" phrase names it too', () => {
    assert.strictEqual(attributionOf('To most dock workers, it seemed that the strike was over.', 'To most'), 'seemed | most dock workers | most dock workers');
  });
});

describe('attribution structure: a determiner standing alone as the subject', () => {
  it('"Some said", "Each said", "…, but others say"', () => {
    assert.strictEqual(attributionOf('Some said the night ferry was always late.', 'Some'), 'said | Some | Some');
    assert.strictEqual(attributionOf('Each said the ferry had left early.', 'Each'), 'said | Each | Each');
    assert.strictEqual(attributionOf('The strike ended in May, but others say it went on too long.', 'The strike'), 'say | others | others');
  });

  it('a plain form the tagger reads as a noun ("Both think")', () => {
    assert.strictEqual(attributionOf('Both think Ruiz mishandled the harbour contract.', 'Both'), 'think | Both | Both');
  });

  it('a determiner before a noun is no subject ("the said agreement")', () => {
    assert.strictEqual(attributionOf('The port signed the said agreement in May.', 'The port'), 'none');
  });
});

describe('attribution structure: a stance noun and the actor a "from" or "by" names', () => {
  it('"criticism from", "a comment by" with no content after the noun', () => {
    // (a reaction met: the cue takes in the verb, "drew sharp criticism"; see the reaction patterns)
    assert.strictEqual(attributionOf('The toll plan drew sharp criticism from fellow senators.', 'The toll'), 'drew sharp criticism | fellow senators | fellow senators');
    assert.strictEqual(attributionOf('The toll plan was met with criticism from fellow senators.', 'The toll'), 'criticism | fellow senators | fellow senators');
    assert.strictEqual(attributionOf('The ferry left early after a comment by Mayor Ana Ruiz.', 'The ferry'), 'comment | Mayor Ana Ruiz | Ana Ruiz');
  });

  it('a person’s attack on a named person is a verbal one; a critique of anything', () => {
    assert.strictEqual(attributionOf('Ruiz stepped up her attacks on Holm during the debate.', 'Ruiz'), 'attacks on | her | her');
    assert.strictEqual(attributionOf('Mayor Ana Ruiz’s attack on Holm was unfair.', 'Mayor'), 'attack on | Mayor Ana Ruiz’s | Ana Ruiz');
    assert.strictEqual(attributionOf('Holm delivered a blistering critique of the harbour levy.', 'Holm'), 'delivered a blistering critique of | Holm | Holm');
    // a place, a group that is no people, or a thing attacked: an attack
    assert.strictEqual(attributionOf('Their attack on Paris killed six people.', 'Their'), 'none');
    assert.strictEqual(attributionOf('The rebels’ attack on Varna killed six people.', 'The rebels'), 'none');
    assert.strictEqual(attributionOf('Her attack on the convoy killed six people.', 'Her'), 'none');
  });

  it('not a time after "by" or "from"', () => {
    assert.strictEqual(attributionOf('Harbour shares rose on the announcement by 0830 GMT to 410 pence.', 'Harbour'), 'none');
  });
});

describe('attribution structure: a participle that names', () => {
  it('"a firm called X" after a preposition is no speech act', () => {
    assert.strictEqual(attributionOf('Holm works for a shipping firm called Nordlys Cargo.', 'Holm'), 'none');
    assert.strictEqual(attributionOf('The students staged a play called “Low Tide” in May.', 'The students'), 'none');
  });

  it('"A firm called X" as a subject, its clause\'s verb after the name, is no speech act either', () => {
    assert.strictEqual(attributionOf('A shipping firm called Nordlys Cargo gave 5,000 crowns to the harbour fund.', 'A shipping'), 'none');
    // (and a cue after it is the sentence's: "…, port finance records show.")
    assert.strictEqual(attributionOf('A shipping firm called Nordlys Cargo gave 5,000 crowns to the fund, port records show.', 'A shipping'), 'show | port records | port records');
  });

  it('a subject that calls someone something still speaks', () => {
    assert.strictEqual(attributionOf('The ministry called Ruiz a liar.', 'The ministry'), 'called | The ministry | The ministry');
  });

  it('a name with a predicate after it is a judgement, after a preposition or a relative clause too', () => {
    assert.strictEqual(attributionOf('One of the pilots called Ruiz a liar.', 'One'), 'called | One of the pilots | One of the pilots');
    assert.strictEqual(attributionOf('The pilot who sent the letter called Ana Ruiz a fraud.', 'The pilot'), 'called | The pilot | The pilot');
    // a name and no predicate: still a name given
    assert.strictEqual(attributionOf('Holm works for a firm called Nordlys Cargo in Oslo.', 'Holm'), 'none');
  });
});

describe('attribution structure: a verb of saying or thinking inside the clause it reports', () => {
  it('in a relative clause whose gap is the subject of the reported clause', () => {
    assert.strictEqual(attributionOf('It is a toll that officials say will fail.', 'It is'), 'say | officials | officials');
    assert.strictEqual(attributionOf('The crew, which police say is armed, left the port.', 'The crew'), 'say | police | police');
    assert.strictEqual(attributionOf('It is a step the unions believe could help.', 'It is'), 'believe | the unions | the unions');
  });

  it('set off by commas or a dash', () => {
    assert.strictEqual(attributionOf('The toll, many think, is doomed.', 'The toll'), 'think | many | many');
    assert.strictEqual(attributionOf('The vote could split the party, Ruiz allies believe — a party she needs.', 'The vote'), 'believe | Ruiz allies | Ruiz allies');
  });
});

describe('attribution structure: verbs that report speech only with a clause right after them', () => {
  it('not with an object that a relative clause follows', () => {
    assert.strictEqual(attributionOf('The new rule allows ferries that carry cars to dock at night.', 'The new'), 'none');
  });

  it('with a clause after a time phrase', () => {
    assert.strictEqual(attributionOf('Lund has maintained in the past that the bridge is safe.', 'Lund'), 'has maintained | Lund | Lund');
    assert.strictEqual(attributionOf('Lund maintained that the bridge is safe.', 'Lund'), 'maintained | Lund | Lund');
  });
});

describe('attribution structure: infinitives performed by the subject of the sentence', () => {
  it('a speech act of purpose with its clause', () => {
    assert.strictEqual(attributionOf('Ruiz phoned the harbour master to complain that the ferry was late.', 'Ruiz'), 'to complain | Ruiz | Ruiz');
  });

  it('not when the object performs it, or after a noun of possibility', () => {
    assert.strictEqual(attributionOf('The port does not want the board to complain that fees are high.', 'The port'), 'does not want | The port | The port');
    assert.strictEqual(attributionOf('Sweden has the right to complain that the quota is unfair.', 'Sweden'), 'none');
  });

  it('after a copula and an adverb ("are more likely to say")', () => {
    assert.strictEqual(attributionOf('Older voters are slightly more likely to say that the toll is fair.', 'Older'), 'to say | Older voters | Older voters');
  });

  it('a raising verb before a speech act: its subject performs the act', () => {
    assert.strictEqual(attributionOf('Later, Lund appeared to blame the crew for the delay.', 'Later'), 'appeared to blame | Lund | Lund');
  });
});

describe('attribution structure: a gerund after a preposition', () => {
  it('is performed by the subject of the verb before the preposition', () => {
    assert.strictEqual(attributionOf('Instead, Lund opened by talking about the night ferries.', 'Instead'), 'talking about | Lund | Lund');
    assert.strictEqual(attributionOf('When Holm began his bid by talking about the bridge, his critics denounced him.', 'When'), 'talking about | Holm | Holm');
  });
});

describe('attribution structure: stances of people named by a name or a noun for people', () => {
  it('a stance adjective after a one-word name', () => {
    assert.strictEqual(attributionOf('Holm was eager to rebuild the pier.', 'Holm'), 'was eager | Holm | Holm');
  });

  it('a plural noun for people', () => {
    assert.strictEqual(attributionOf('The mayor’s advisers were optimistic that the toll would pass.', 'The mayor'), 'were optimistic | The mayor’s advisers | The mayor’s advisers');
  });

  it('a verb that needs a clause is no cue beside a scare quote further away', () => {
    assert.strictEqual(attributionOf('The manager is expected to begin buying fish at the “must-buy” price.', 'The manager'), 'is expected | - | -');
  });
});

describe('attribution structure: who gives the support a verb of obtaining gets', () => {
  it('the "of" phrase after "won the endorsement", "has the support"', () => {
    assert.strictEqual(attributionOf('Holm won the endorsement of the dock workers union.', 'Holm'), 'endorsement of | the dock workers union | the dock workers union');
    assert.strictEqual(attributionOf('Ruiz has the support of most voters.', 'Ruiz'), 'support of | most voters | most voters');
  });

  it('not what is supported', () => {
    assert.strictEqual(attributionOf('Lund spoke in support of Ruiz.', 'Lund'), 'support of | - | -');
  });
});

describe('attribution structure: "prove" as a copula', () => {
  it('"proved to be", "may prove costly" are no evidence', () => {
    assert.strictEqual(attributionOf('The night ferry proved to be a success.', 'The night'), 'none');
    assert.strictEqual(attributionOf('The toll may prove costly for the port.', 'The toll'), 'none');
  });

  it('"proved that" is', () => {
    assert.strictEqual(attributionOf('The audit proved that the port lost money.', 'The audit'), 'proved | The audit | The audit');
  });
});

describe('attribution structure: a cue word the tagger misreads where a verb stands', () => {
  it('an -ing form after "be" is a verb ("is promising", tagged an adjective)', () => {
    assert.strictEqual(attributionOf('Mayor Ana Ruiz is promising the workers a new depot.', 'Mayor'), 'is promising | Mayor Ana Ruiz | Ana Ruiz');
  });

  it('a base form right after "who" is a verb ("who support", tagged a noun)', () => {
    assert.strictEqual(attributionOf('Most voters who support Ruiz live in the north.', 'Most voters'), 'support | who | who');
  });

  it('a noun after an article stays a noun ("is a promise")', () => {
    assert.strictEqual(attributionOf('The new depot is a promise kept.', 'The new'), 'none');
  });

  it('a base form right after plural people is a verb ("Some Democrats question whether", tagged a noun)', () => {
    assert.strictEqual(attributionOf('Some Democrats question whether the ferry levy will pass.', 'Some'), 'question | Some Democrats | Some Democrats');
    assert.strictEqual(attributionOf('Harbour workers fear the depot will close.', 'Harbour'), 'fear | Harbour workers | Harbour workers');
    assert.strictEqual(attributionOf('Some councillors question whether the ferry levy will pass.', 'Some'), 'question | Some councillors | Some councillors');
    assert.strictEqual(attributionOf('Harbour women question whether the ferry levy will pass.', 'Harbour'), 'question | Harbour women | Harbour women');
    // …not after plural things, a capitalised word opening the sentence, or "like" ("reports like the…")
    assert.strictEqual(attributionOf('Sales show no signs of picking up.', 'Sales'), 'none');
    assert.strictEqual(attributionOf('Mayor Ruiz read reports like the 2014 harbour survey before the vote.', 'Mayor'), 'none');
  });
});

describe('attribution structure: verbs an actor subject makes cues without a clause', () => {
  it('talking and showing, by a person or a group', () => {
    assert.strictEqual(attributionOf('The senators were talking ferry policy with the mayor.', 'The senators'), 'were talking | The senators | The senators');
    assert.strictEqual(attributionOf('Mayor Ruiz showed no interest in the ferry levy.', 'Mayor'), 'showed | Mayor Ruiz | Ruiz');
  });

  it('not "show up", and not a thing as the subject', () => {
    assert.strictEqual(attributionOf('The fishermen showed up at the depot on Monday.', 'The fishermen'), 'none');
    assert.strictEqual(attributionOf('The storm showed no sign of easing.', 'The storm'), 'none');
  });
});

describe('attribution structure: beliefs with their topic, and votes', () => {
  it('a belief verb with the preposition of its topic needs no clause', () => {
    assert.strictEqual(attributionOf('Mayor Ruiz has long worried about the ferry levy.', 'Mayor'), 'has long worried about | Mayor Ruiz | Ruiz');
  });

  it('whoever votes for something takes a side, a body of people too; a noun after "for" is no later cue', () => {
    assert.strictEqual(attributionOf('The county council voted for the harbour plan.', 'The county'), 'voted for | The county council | The county council');
  });

  it('"would you vote for" asks the reader', () => {
    assert.strictEqual(attributionOf('Would you vote for the harbour plan?', 'Would you'), 'none');
  });
});
