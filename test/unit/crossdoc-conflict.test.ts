import * as assert from 'assert';
import { conflictLinks, pairEngine, ruleConflict } from '../helpers/engine';
import { ClaimEngine, decodeSignatures, findConflict } from '../../server/src/engine';

/**
 * Conflict links of `a.txt` as `relation: detail` (fixtures written for the
 * project, one per rule, each with a near miss that must not conflict).
 */
const conflicts = conflictLinks;

describe('conflicts: antonymous predicates of the same participants', () => {
  it('approved / rejected by the same council contradicts', () => {
    assert.deepStrictEqual(conflicts('The city council of Lormont approved the new parking levy on Tuesday.', 'The city council of Lormont rejected the new parking levy on Tuesday.'), [
      'contradicts: opposite predicates (approved… vs rejected…)',
    ]);
  });

  it('a phrase ("voted against") and a noun ("profit" / "loss") are predicates too', () => {
    assert.deepStrictEqual(conflicts('Members of the Tarvel regional assembly voted against the fishing quota.', 'Members of the Tarvel regional assembly approved the fishing quota.'), [
      'contradicts: opposite predicates (voted against… vs approved…)',
    ]);
    assert.deepStrictEqual(conflicts('Halvorsen Motors made an annual profit of $2 billion last year.', 'Halvorsen Motors made an annual loss of $2 billion last year.'), [
      'contradicts: opposite predicates (profit… vs loss…)',
    ]);
  });

  it('near misses: two companies, one with a profit and one with a loss; "refused to" denies an act, it does not refuse a thing', () => {
    assert.deepStrictEqual(conflicts('Halvorsen Motors made an annual profit of $2 billion last year.', 'Brenner Motors made an annual loss of $2 billion last year.'), []);
    // not the antonyms "refused" / "approved", but a denial of "approve"
    assert.deepStrictEqual(conflicts('The city council of Lormont refused to approve the new parking levy on Tuesday.', 'The city council of Lormont approved the new parking levy on Tuesday.'), [
      'contradicts: one says “approved…” happened, the other says it did not',
    ]);
  });

  it('opposite adjectives: "empty" / "crowded", "most" / "least" of the same thing; not of two named places', () => {
    assert.deepStrictEqual(conflicts('The ferry terminal of Osterby was empty on Sunday morning after the storm.', 'The ferry terminal of Osterby was crowded on Sunday morning after the storm.'), [
      'contradicts: opposite predicates (empty… vs crowded…)',
    ]);
    assert.deepStrictEqual(conflicts('Velna has the most expensive housing of the five coastal towns.', 'Velna has the least expensive housing of the five coastal towns.'), [
      'contradicts: opposite predicates (most… vs least…)',
    ]);
    assert.deepStrictEqual(conflicts('Osterby Terminal was empty on Sunday morning after the storm.', 'Velna Terminal was crowded on Sunday morning after the storm.'), []);
  });

  it('a name after a preposition is no subject: "must be approved by the Senate of Norland, but has passed the Assembly of Velna" / "the Assembly of Velna voted against"', () => {
    const passed = 'The fishing treaty must still be approved by the Senate of Norland, but has already passed through the Assembly of Velna.';
    assert.deepStrictEqual(conflicts(passed, 'The Assembly of Velna voted against the fishing treaty.'), ['contradicts: opposite predicates (passed… vs voted against…)']);
    // near miss: the body that voted against is another one
    assert.deepStrictEqual(conflicts(passed, 'The Senate of Tarvel voted against the fishing treaty.'), []);
  });

  it('near miss: opening and closing are two events of one day, not opposites', () => {
    assert.deepStrictEqual(conflicts('The Kessler stock exchange opened lower on Monday after the bank failure.', 'The Kessler stock exchange closed lower on Monday after the bank failure.'), []);
  });
});

describe('conflicts: the size of a change and a level', () => {
  it('"down two stg" is no level to compare with "at 456 stg"; two changes still conflict', () => {
    assert.strictEqual(ruleConflict('Zinc ended the afternoon session at the ring down two stg from the previous close.', 'Zinc ended the afternoon session at the ring at 456 stg.'), null);
    assert.strictEqual(ruleConflict('Zinc ended the afternoon session at the ring down two stg from the previous close.', 'Zinc ended the afternoon session at the ring down five stg from the previous close.'), '2 vs 5 stg');
  });
});

describe('conflicts: two times of one day', () => {
  it('"in the morning" and "during the afternoon", or two ring sessions, are two instances; a reference point is no time of the event', () => {
    const links = (a: string, b: string): string[] => conflictLinks(a, b);
    assert.deepStrictEqual(links('The Bank of Norland said it provided the money market with 224 mln crowns of help in the morning.', 'The Bank of Norland said it provided the money market with 570 mln crowns of help during the afternoon.'), []);
    // near miss: one time of day, told twice with two figures
    assert.deepStrictEqual(links('The Bank of Norland said it provided the money market with 224 mln crowns of help in the morning.', 'The Bank of Norland said it provided the money market with 570 mln crowns of help in the morning.'), ['disputes: 224 vs 570 mln']);
    // ("from yesterday afternoon's close" is when the change is measured from, not when it happened)
    assert.deepStrictEqual(links('Zinc for three months delivery ended the official ring at 454 stg, down two stg from yesterday afternoon’s close.', 'Zinc for three months delivery ended the afternoon ring at 456 stg, down one stg from yesterday afternoon’s close.'), []);
  });
});

describe('conflicts: a wire’s updates of one market at two times of the day', () => {
  it('articles whose headlines name two times of the trading day, or a further operation, give two figures, not one told two ways', () => {
    const story = (headline: string, volume: number): string =>
      `NORLAND STOCKS LOWER ${headline}\n\nOSTERBY, April 7 - Norland stocks fell as the crown firmed, traders said. The Osterby index fell 10 points to 2416.\n\nDeclines led advances by a two-one margin on volume of ${volume} mln shares. Norsk Hydro led the actives.`;
    assert.deepStrictEqual(conflictLinks(story('IN EARLY TRADING', 19), story('IN LATE TRADING', 171)), []);
    assert.deepStrictEqual(conflictLinks(story('AT MIDMORNING', 19), story('AT MIDDAY', 171)), []);
    // near miss: the same time of day told with two figures
    assert.deepStrictEqual(conflictLinks(story('IN EARLY TRADING', 19), story('IN EARLY TRADING', 171)), ['contradicts: 19 vs 171 mln']);
    // a further operation is later than the day's first report
    const help = (headline: string, amount: number): string =>
      `${headline}\n\nOSTERBY, April 2 - The Bank of Norland said it provided the money market with help. The bank made outright purchases of bank bills comprising ${amount} mln crowns in band one at 9-7/8 pct.`;
    assert.deepStrictEqual(conflictLinks(help('NORLAND MONEY MARKET GIVEN 345 MLN CROWNS HELP', 58), help('NORLAND MONEY MARKET GIVEN FURTHER 152 MLN CROWNS HELP', 34)), []);
    assert.deepStrictEqual(conflictLinks(help('NORLAND MONEY MARKET GIVEN 345 MLN CROWNS HELP', 58), help('NORLAND MONEY MARKET GIVEN 152 MLN CROWNS HELP', 34)), ['contradicts: 58 vs 34 mln']);
    // (a news headline in sentence case names no trading session: "further arrests" is no further operation)
    const fire = (headline: string, dead: string): string => `${headline}\n\nThe warehouse fire in Dayton killed ${dead} people on Monday, the fire chief said.`;
    assert.deepStrictEqual(conflictLinks(fire('Police say further arrests likely in warehouse fire', 'five'), fire('Warehouse fire kills three in Dayton', 'three')), ['disputes: 5 vs 3 peopl']);
  });
});

describe('conflicts: one kind of transaction with two countries', () => {
  it('a sale to Jordan and a sale to Iraq are two sales, whatever their tonnages; two figures of one sale to Jordan conflict', () => {
    const sale = (tonnes: string, country: string): string => `The Norland Credit Agency accepted bonus offers on sales of ${tonnes} tonnes of wheat to ${country}.`;
    assert.deepStrictEqual(conflictLinks(sale('190,000', 'Jordan'), sale('12,500', 'Iraq')), []);
    assert.deepStrictEqual(conflictLinks(sale('190,000', 'Jordan'), sale('12,500', 'Jordan')), ['contradicts: 190000 vs 12500 ton']);
    assert.deepStrictEqual(conflictLinks(sale('190,000', 'Saudi Arabia'), sale('12,500', 'South Korea')), []);
    // near miss: a country's adjective telling one ship two ways is no second transaction
    const spill = (flag: string, tonnes: string): string => `The ${flag} tanker Nordic Star spilled ${tonnes} tonnes of oil off Bergen on Monday, the coast guard said.`;
    assert.deepStrictEqual(conflictLinks(spill('Dutch', '2,000'), spill('Danish', '5,000')), ['disputes: 2000 vs 5000 ton']);
  });
});

describe('conflicts: two kinds of one thing', () => {
  it('"open primaries" / "closed primaries", "legal" / "illegal immigrants": no conflict, and no corroboration either', () => {
    assert.deepStrictEqual(conflictLinks('Legal immigrants in Varna can vote in the council elections, the mayor said.', 'Illegal immigrants in Varna cannot vote in the council elections, officials said.'), []);
    assert.deepStrictEqual(conflictLinks('Open primaries in Varna allow independents to vote in the council elections.', 'Independents could not vote in the closed primaries in Varna for the council elections.'), []);
    // (at most one event told twice)
    assert.deepStrictEqual(relations('Foreign investors in Varna took profits in quiet trading on Monday.', 'Domestic investors in Varna took profits in quiet trading on Monday.'), ['same-event']);
    // near misses: one kind on both sides still conflicts; both kinds on both sides are alike; a verb is no kind
    assert.deepStrictEqual(conflictLinks('Illegal immigrants in Varna can vote in the council elections, the mayor said.', 'Illegal immigrants in Varna cannot vote in the council elections, officials said.'), ['disputes: one says “vote…” happened, the other says it did not']);
    assert.deepStrictEqual(relations('Usage in Varna comprised 15.7 mln lbs of edible products and 5.6 mln lbs of inedible products in May.', 'Usage in Varna comprised 15.7 mln lbs of edible products and 5.6 mln lbs of inedible products in May, the board said.'), ['corroborates']);
  });
});

/** The relations of the claims of one-sentence `a.txt` with one-sentence `b.txt`. */
function relations(a: string, b: string): string[] {
  return pairEngine(a, b).claims('a.txt').flatMap((c) => c.links.map((l) => l.relation));
}

describe('conflicts: a source’s silence', () => {
  it('"would not comment" and "commented" are no conflict over what happened', () => {
    assert.deepStrictEqual(conflictLinks('The Norland harbour board said its policy is not to comment on unusual market activity in its shares.', 'The Norland harbour board commented on unusual market activity in its shares.'), []);
    assert.deepStrictEqual(conflictLinks('Norland officials were not available to comment on the harbour report.', 'Norland officials commented on the harbour report on Monday.'), []);
    // near miss: a denial of what was done
    assert.deepStrictEqual(conflictLinks('The port authority of Velna will not accept the old shipping permits.', 'The port authority of Velna accepts the old shipping permits.'), [
      'contradicts: one says “accepts…” happened, the other says it did not',
    ]);
  });
});

describe('conflicts: a denial must deny', () => {
  it('"will not accept" contradicts "accepts"', () => {
    assert.deepStrictEqual(conflicts('The port authority of Velna will not accept the old shipping permits.', 'The port authority of Velna accepts the old shipping permits.'), [
      'contradicts: one says “accepts…” happened, the other says it did not',
    ]);
  });

  it('a denial of one object is no denial of another: "did not include a new ferry levy" / "includes limiting the ferry exemption"', () => {
    const denied = 'As expected, Mayor Eva Lund did not include a new ferry levy as part of her wide-ranging harbour reforms tabled in the council today.';
    const other = 'VELNA, June 18 - Mayor Eva Lund unveiled a wide-ranging reform of the harbour fee system that includes limiting the ferry exemption and a sharp cut in the dock fees.';
    assert.deepStrictEqual(conflicts(denied, other), []);
    // (the same object is the same thing denied; so is one the other side names after its verb: "did not name an
    // underwriter" / "named Varn Securities as underwriter")
    assert.deepStrictEqual(conflicts(denied, 'VELNA, June 18 - Mayor Eva Lund unveiled a wide-ranging reform of the harbour fee system that includes a new ferry levy.'), [
      'contradicts: one says “includes…” happened, the other says it did not',
    ]);
  });

  it('a denial "since" a time tells when it last happened: "have not negotiated since May 21" / "last negotiated May 21"', () => {
    const since = 'The two dockers unions of Velna have not negotiated with the harbour board since May 21.';
    assert.deepStrictEqual(conflicts(since, 'The two dockers unions of Velna last negotiated with the harbour board on May 21.'), []);
    // (without "since" it is a denial)
    assert.deepStrictEqual(conflicts('The two dockers unions of Velna have not negotiated with the harbour board.', 'The two dockers unions of Velna negotiated with the harbour board on May 21.'), [
      'contradicts: one says “negotiated…” happened, the other says it did not',
    ]);
  });

  it('a failure to do a thing states no doing of it: "the alleged failure to honor the deal" / "did not honor the deal" agree', () => {
    assert.deepStrictEqual(conflicts('The levy was imposed because of the alleged failure of Velna to honor the harbour agreement.', 'The mayor imposed the levy because Velna did not honor the harbour agreement.'), []);
  });

  it('keeping a thing from happening states no happening of it: "designed to prevent the levy from being used to fund" / "could not be used to fund" agree', () => {
    assert.deepStrictEqual(conflicts('The new rule is designed to prevent the harbour levy of Velna from being used to fund the ferry line.', 'The council ruled that the harbour levy of Velna could not be used to fund the ferry line.'), []);
    // near miss: stated plainly, it is denied
    assert.deepStrictEqual(conflicts('The harbour levy of Velna was used to fund the ferry line.', 'The council ruled that the harbour levy of Velna could not be used to fund the ferry line.'), [
      'contradicts: one says “used…” happened, the other says it did not',
    ]);
  });

  it('"need not check" and "there was no need to check" agree: the need itself is denied', () => {
    assert.deepStrictEqual(conflicts('Under the new rules, ferry operators in Velna need not check with the harbour board.', 'Under the old rules, there was no need for ferry operators in Velna to check with the harbour board.'), []);
    assert.deepStrictEqual(conflicts('Under the new rules, ferry operators in Velna need to check with the harbour board.', 'Under the old rules, there was no need for ferry operators in Velna to check with the harbour board.'), [
      'contradicts: one says “need…” happened, the other says it did not',
    ]);
  });

  it('an opinion whose clause is denied says what its denial says: "feels the crews were not executing" / "does not feel the crews were executing"', () => {
    const denied = 'Eva Lund does not feel the crews on the Velna pier were executing the harbour plan.';
    assert.deepStrictEqual(conflicts('Eva Lund feels the crews on the Velna pier were not executing the harbour plan.', denied), []);
    // near miss: the opinion denied, its clause stated on both sides
    assert.deepStrictEqual(conflicts('Eva Lund feels the crews on the Velna pier were executing the harbour plan.', denied), [
      'contradicts: one says “feels…” happened, the other says it did not',
    ]);
  });

  it('a state marked as of another period ("Previously…", "again") is no denial of the present one', () => {
    const now = "The regulations don't require ferry operators to seek consultation with the Velna harbour board and the Osterby pilots before approving voyages.";
    const required = 'ferry operators were required to consult with pilots at the Velna harbour board or the Osterby pilots before undertaking or permitting voyages.';
    assert.deepStrictEqual(conflicts('Previously, ' + required, now), []);
    assert.deepStrictEqual(conflicts('Ferry operators again will be required to consult with pilots at the Velna harbour board or the Osterby pilots before undertaking or permitting voyages.', now), []);
    // near miss: no mark of another period
    assert.deepStrictEqual(conflicts('F' + required.slice(1), now), ['contradicts: one says “required…” happened, the other says it did not']);
  });

  it('"failed to" and "was unable to" deny the verb after them; "did not fail to" and "failed to make" (another verb) do not', () => {
    assert.deepStrictEqual(conflicts('The ferry company of Osterby failed to pay its harbour fees in June.', 'The ferry company of Osterby paid its harbour fees in June.'), [
      'contradicts: one says “paid…” happened, the other says it did not',
    ]);
    assert.deepStrictEqual(conflicts('The rescue boats of Marra were unable to reach the flooded village on Sunday.', 'The rescue boats of Marra reached the flooded village on Sunday.'), [
      'contradicts: one says “reached…” happened, the other says it did not',
    ]);
    assert.deepStrictEqual(conflicts('The ferry company of Osterby did not fail to pay its harbour fees in June.', 'The ferry company of Osterby paid its harbour fees in June.'), []);
    assert.deepStrictEqual(conflicts('The ferry company of Osterby failed to make the payment of its harbour fees in June.', 'The ferry company of Osterby paid its harbour fees in June.'), []);
  });

  it('a noun under "no" is denied where the other side states it without a verb of its own, with two shared words near it', () => {
    assert.deepStrictEqual(conflicts('Inspectors at the Tarvel shipyard found no cracks in the hull of the old ferry.', 'Inspectors at the Tarvel shipyard found deep cracks in the hull of the old ferry.'), [
      'contradicts: one says “cracks…” happened, the other says it did not',
    ]);
    // only the name is shared near it: the cracks of another thing
    assert.deepStrictEqual(conflicts('The Tarvel shipyard reported no cracks in the hull of the old ferry.', 'Despite the cracks, the Tarvel shipyard kept working on the new tanker.'), []);
  });

  it('a denied "allowed to" or "going to" denies the verb after "to"', () => {
    assert.deepStrictEqual(conflicts('Fishermen from Osterby will not be allowed to enter the northern bay this summer.', 'Fishermen from Osterby will enter the northern bay this summer.'), [
      'contradicts: one says “enter…” happened, the other says it did not',
    ]);
    // not a verb of enabling: not wanting to do it says nothing of whether it happened
    assert.deepStrictEqual(conflicts('Fishermen from Osterby did not want to enter the northern bay this summer.', 'Fishermen from Osterby entered the northern bay this summer.'), []);
  });

  it('near miss: a denial in a relative clause tells of a participant at another time ("the council, which was unable to agree on the rules")', () => {
    // (the rules alone: these two are too unlike as sentences for a link whatever the rules say)
    assert.strictEqual(
      ruleConflict(
        'The grain pact came into force on May 4 during a previous meeting of the council which was unable to agree on the rules to manage reserve stocks.',
        'OSTERBY, June 2 - The Velna Grain Council adjourned after agreeing reserve stock rules for the 2019 Velna Grain Pact, a council spokesman said.',
      ),
      null,
    );
    // …but a main clause after a relative one is denied as usual
    assert.deepStrictEqual(conflicts('The engineers who repair the Velna ferry engines are never inspected by the harbour office.', 'The engineers who repair the Velna ferry engines are inspected by the harbour office.'), [
      'contradicts: one says “inspected harbour…” happened, the other says it did not',
    ]);
  });

  it('near misses: a hedge ("may not"), a question and a conditional deny nothing', () => {
    assert.deepStrictEqual(conflicts('Workers at the Tamsin plant may not receive the annual bonus.', 'Workers at the Tamsin plant receive the annual bonus.'), []);
    assert.deepStrictEqual(conflicts('Will the army not withdraw its tanks from the northern border?', 'The army withdrew its tanks from the northern border.'), []);
    assert.deepStrictEqual(conflicts('If the army did not withdraw its tanks from the northern border, talks would fail.', 'The army withdrew its tanks from the northern border.'), []);
  });

  it('"could not" is a denial, but "could not be more" is not; a side that also states it plainly denies nothing', () => {
    assert.deepStrictEqual(conflicts('The rescue boats could not reach the flooded village of Marra on Sunday.', 'The rescue boats reached the flooded village of Marra on Sunday.'), [
      'contradicts: one says “reached…” happened, the other says it did not',
    ]);
    assert.deepStrictEqual(conflicts('The contrast between the hills of Marra and the coast could not be more marked.', 'The contrast between the hills of Marra and the coast is clearly marked.'), []);
    assert.deepStrictEqual(conflicts('The plan extends the harbour of Marra without extending the old quay.', 'The plan extends the harbour of Marra by a third.'), []);
  });

  it('near miss: "no" in a compound ("a no-bid contract") does not deny bidding', () => {
    assert.deepStrictEqual(conflicts('The first talks with Orlan Aerospace were over a no-bid contract for rockets.', 'Orlan Aerospace was allowed to bid for rocket contracts again.'), []);
  });
});

describe('conflicts: a denied complement', () => {
  it('"do not have strong voting records" contradicts "have strong voting records"', () => {
    assert.deepStrictEqual(conflicts('Members of the Varden housing committee do not have strong voting records.', 'Members of the Varden housing committee have strong voting records.'), [
      'contradicts: one says “strong voting…” happened, the other says it did not',
    ]);
  });

  it('one denied word before the clause ends, with the word after it on the other side', () => {
    assert.deepStrictEqual(conflicts('Getting permits for the Orsk pipeline has not been easy - obtaining land rights is the hardest part.', 'The builders of the Orsk pipeline easily obtained land rights and permits.'), [
      'contradicts: one says “easily…” happened, the other says it did not',
    ]);
    assert.deepStrictEqual(conflicts('Getting permits for the Orsk pipeline has not been easy - obtaining land rights is the hardest part.', 'Getting permits for the Orsk pipeline was easy for its builders, the firm said last year.'), []);
  });

  it('near miss: the same words, not next to each other', () => {
    assert.deepStrictEqual(conflicts('Members of the Varden housing committee do not have strong voting records.', 'Members of the Varden housing committee have voting records that are strong on taxes.'), []);
  });
});

describe('conflicts: a slot that holds one value', () => {
  it('two birth years of one person, two capitals of one country', () => {
    assert.deepStrictEqual(conflicts('The painter Ilse Varnholt was born in 1921 in a village near the coast.', 'The painter Ilse Varnholt was born in 1924 in a village near the coast.'), [
      'contradicts: different born (1921 vs 1924)',
    ]);
    assert.deepStrictEqual(conflicts('Tarsk is the capital of Norland and its largest port.', 'Velmar is the capital of Norland and its largest port.'), ['contradicts: different capital of (tarsk vs velmar)']);
  });

  it('two days of birth or death of one person in one year ("born on April 21, 1921" / "born on May 3, 1921")', () => {
    assert.deepStrictEqual(conflicts('The painter Ilse Varnholt was born on April 21, 1921 in a village near the coast.', 'The painter Ilse Varnholt was born on May 3, 1921 in a village near the coast.'), [
      'contradicts: different born on (4/21 vs 5/3)',
    ]);
    assert.deepStrictEqual(conflicts('The painter Ilse Varnholt died on 21 April in a hospital near the coast.', 'The painter Ilse Varnholt died on 23 April in a hospital near the coast.'), [
      'contradicts: different died on (4/21 vs 4/23)',
    ]);
    // a day with its year still gives the year
    assert.deepStrictEqual(conflicts('The painter Ilse Varnholt was born on April 21, 1921 in a village near the coast.', 'The painter Ilse Varnholt was born in 1924 in a village near the coast.'), [
      'contradicts: different born (1921 vs 1924)',
    ]);
  });

  it('near misses: a day and its month ("April 21, 1921" / "in April 1921"); two people born on two days', () => {
    assert.deepStrictEqual(conflicts('The painter Ilse Varnholt was born on April 21, 1921 in a village near the coast.', 'The painter Ilse Varnholt was born in April 1921 in a village near the coast.'), []);
    assert.deepStrictEqual(conflicts('The painter Ilse Varnholt was born on April 21, 1921 in a village near the coast.', 'The painter Jonas Brede was born on May 3, 1921 in a village near the coast.'), []);
  });

  it('near misses: two people born in two years; the other year or city also named on the other side', () => {
    assert.deepStrictEqual(conflicts('The painter Ilse Varnholt was born in 1921 in a village near the coast.', 'The painter Jonas Brede was born in 1924 in a village near the coast.'), []);
    assert.deepStrictEqual(conflicts('Tarsk is the capital of Norland and its largest port.', 'Velmar is the capital of Norland, and Tarsk its largest port.'), []);
  });
});

describe('conflicts: a post one person holds at a time', () => {
  it('"Tarsk Adler is the president of Norland" / "Jonas Brede is the president of Norland"; an appositive and a possessive', () => {
    assert.deepStrictEqual(conflicts('Tarsk Adler is the president of Norland and lives in Velmar.', 'Jonas Brede is the president of Norland and lives in Velmar.'), [
      'contradicts: different president of (Tarsk Adler vs Jonas Brede)',
    ]);
    assert.deepStrictEqual(conflicts('Ilse Varnholt, the mayor of Osterby, opened the new ferry terminal on Sunday.', "On Sunday, Osterby's mayor, Piet Olsen, opened the new ferry terminal."), [
      'contradicts: different mayor of (Ilse Varnholt vs Piet Olsen)',
    ]);
  });

  it('near misses: a former holder; past holders; the other person named on the same side; two towns\' mayors', () => {
    assert.deepStrictEqual(conflicts('Ilse Varnholt, the former mayor of Osterby, opened the new ferry terminal on Sunday.', "On Sunday, Osterby's mayor, Piet Olsen, opened the new ferry terminal."), []);
    assert.deepStrictEqual(conflicts('Tarsk Adler was the president of Norland and lived in Velmar.', 'Jonas Brede was the president of Norland and lived in Velmar.'), []);
    assert.deepStrictEqual(conflicts('Ilse Varnholt, the mayor of Osterby, opened the new ferry terminal on Sunday with Piet Olsen.', "On Sunday, Osterby's mayor, Piet Olsen, opened the new ferry terminal."), []);
    assert.deepStrictEqual(conflicts('Ilse Varnholt, the mayor of Osterby, opened the new ferry terminal on Sunday.', 'Piet Olsen, the mayor of Brask, opened the new ferry terminal on Sunday.'), []);
  });
});

describe('conflicts: a count one named owner has', () => {
  it('"has 240 members" / "has 310 members", a possessive ("Teldor Cooperative\'s 240 members") and a bound ("nearly 1,000")', () => {
    assert.deepStrictEqual(conflicts('Teldor Cooperative has 240 members, most of them dairy farmers.', 'Teldor Cooperative has 310 members, most of them dairy farmers.'), [
      'contradicts: different numbers of members (240 vs 310)',
    ]);
    assert.deepStrictEqual(conflicts('Across the region, TELCO has 16 members.', "The vote has hardened the resolve of TELCO's 19 members across the region."), ['contradicts: different numbers of members (16 vs 19)']);
    assert.deepStrictEqual(conflicts('Teldor Cooperative has nearly 1,000 members, most of them dairy farmers.', 'Teldor Cooperative has 730 members, most of them dairy farmers.'), [
      'contradicts: different numbers of members (1000 vs 730)',
    ]);
  });

  it('near misses: two owners; a bound the other count meets; another year or "now"; money is no count held', () => {
    assert.deepStrictEqual(conflicts('Brask Cooperative has 240 members, most of them dairy farmers.', 'Teldor Cooperative has 310 members, most of them dairy farmers.'), []);
    assert.deepStrictEqual(conflicts('Teldor Cooperative has more than 200 members, most of them dairy farmers.', 'Teldor Cooperative has 310 members, most of them dairy farmers.'), []);
    assert.deepStrictEqual(conflicts('Teldor Cooperative had 240 members in 1998, most of them dairy farmers.', 'Teldor Cooperative has 310 members, most of them dairy farmers.'), []);
    assert.deepStrictEqual(conflicts('Teldor Cooperative now has 240 members.', 'Teldor Cooperative has 310 members.'), []);
    assert.deepStrictEqual(conflicts('Teldor Cooperative has 240 dollars in its account.', 'Teldor Cooperative has 310 dollars in its account.'), []);
    assert.deepStrictEqual(conflicts("Teldor Cooperative's 103 mln stg offer covers the costs of the dairy.", "Teldor Cooperative's 311 mln stg fund covers the costs of the dairy."), []);
  });

  it('near miss: a tally of several owners ("Adler has 11 members, Brede has 10") is a race at one moment', () => {
    assert.deepStrictEqual(conflicts('Across the state, Tarsk Adler has 11 members, Jonas Brede has 10 and Ilse Varnholt has five.', 'Across the state, Tarsk Adler has 370 members.'), []);
  });
});

describe('conflicts: values paired with names by "respectively"', () => {
  it('"Varga and Olsen … 21 months and 18 months, respectively" contradicts "Varga … 18 months"', () => {
    assert.deepStrictEqual(
      conflicts('Two guards, Tom Varga and Piet Olsen, admitted the theft and were sentenced to 21 months and 18 months, respectively.', 'Tom Varga has been sentenced to 18 months.'),
      ['contradicts: different values for one of a list (21 vs 18 month, respectively)'],
    );
  });

  it('near misses: the value the list gives that person; two lists of names, so the pairing is in doubt', () => {
    assert.deepStrictEqual(conflicts('Two guards, Tom Varga and Piet Olsen, admitted the theft and were sentenced to 21 months and 18 months, respectively.', 'Piet Olsen has been sentenced to 18 months.'), []);
    assert.deepStrictEqual(conflicts('Varga and Olsen, who worked at Lenton and Brask, were sentenced to 21 and 18 months, respectively.', 'Tom Varga has been sentenced to 18 months.'), []);
  });

  it('two amounts of money: "fined $23 million and $20 million, respectively" / "fined $3 million"', () => {
    assert.deepStrictEqual(conflicts('Tom Varga and Piet Olsen were fined $23 million and $20 million, respectively, for the spill.', 'Piet Olsen was fined $3 million for the spill.'), [
      'contradicts: different values for one of a list ($20000000 vs $3000000, respectively)',
    ]);
  });

  it('near misses: money against a count with no unit; shares in two polls ("polled 11 and 8 percent, respectively")', () => {
    assert.deepStrictEqual(conflicts('Tom Varga and Piet Olsen were fined $23 million and $20 million, respectively, for the spill.', 'Piet Olsen was fined 3 times for the spill.'), []);
    assert.deepStrictEqual(conflicts('Tom Varga and Piet Olsen polled 11 and 8 percent, respectively, in the March survey.', 'Piet Olsen polled 14 percent in the May survey.'), []);
  });

  it('one named survey giving one person two shares is a dispute between the two reports of it (both attributed to the survey)', () => {
    assert.deepStrictEqual(conflicts('Tom Varga and Piet Olsen polled 11 and 8 percent, respectively, in the Norland survey.', 'Piet Olsen polled 14 percent in the Norland survey.'), ['disputes: 8 vs 14 percent']);
  });
});

describe('conflicts: the source taken for the doer', () => {
  it('"A customs inspection turned up …, according to the Velna Coast Guard" / "The Velna Coast Guard turned up …"; "…, the Norland Port Authority said"', () => {
    assert.deepStrictEqual(
      conflicts(
        'A customs inspection turned up cocaine in roughly 40 crates of the 900 it opened at the port, according to the Velna Coast Guard.',
        'The Velna Coast Guard turned up cocaine in roughly 40 crates of the 900 it opened at the port.',
      ),
      ['contradicts: different doers (A customs inspection vs Velna Coast Guard, the source of the other)'],
    );
    assert.deepStrictEqual(conflicts('Harlow Mining seized the cargo of the Orsk freighter, the Norland Port Authority said.', 'The Norland Port Authority seized the cargo of the Orsk freighter.'), [
      'contradicts: different doers (Harlow Mining vs Norland Port Authority, the source of the other)',
    ]);
  });

  it('near misses: a definite doer may be the source itself; the source doing something else', () => {
    assert.deepStrictEqual(conflicts('The agency seized the cargo of the Orsk freighter, according to the Norland Port Authority.', 'The Norland Port Authority seized the cargo of the Orsk freighter.'), []);
    assert.deepStrictEqual(conflicts('Harlow Mining seized the cargo of the Orsk freighter, the Norland Port Authority said.', 'The Norland Port Authority seized the crew of a Velna trawler.'), []);
  });
});

describe('conflicts: two winners of one contest', () => {
  it('"Tarsk Adler won the presidential election in Norland" / "Jonas Brede won the presidential election in Norland"', () => {
    assert.deepStrictEqual(conflicts('Tarsk Adler won the presidential election in Norland on Sunday.', 'Jonas Brede won the presidential election in Norland on Sunday.'), [
      'contradicts: different winners (Tarsk Adler vs Jonas Brede)',
    ]);
  });

  it('near misses: the other named as the loser; two years; two elections; two stages of one race', () => {
    assert.deepStrictEqual(conflicts('Tarsk Adler won the presidential election in Norland on Sunday, beating Jonas Brede.', 'Jonas Brede won the presidential election in Norland on Sunday.'), []);
    assert.deepStrictEqual(conflicts('Tarsk Adler won the presidential election in Norland in 2004.', 'Jonas Brede won the presidential election in Norland in 2009.'), []);
    assert.deepStrictEqual(conflicts('Tarsk Adler won the mayoral election in Osterby on Sunday.', 'Jonas Brede won the presidential election in Norland on Sunday.'), []);
    assert.deepStrictEqual(conflicts('Tarsk Adler won the first stage of the race on Sunday.', 'Jonas Brede won the second stage of the race on Sunday.'), []);
  });
});

describe('conflicts: leaving a place and leaving for it on one day', () => {
  it('"departing for Velna on 12 June" / "left Velna on 12 June"; "left Osterby for Velna"', () => {
    assert.deepStrictEqual(
      conflicts('On 3 June, the Varnholt patrolled the waters off Osterby, continuing that role until departing for Velna on 12 June.', 'The Varnholt left Velna on 12 June.'),
      ['contradicts: opposite directions on one day (left Velna… vs departing for Velna…)'],
    );
    assert.deepStrictEqual(conflicts('The Varnholt left Osterby for Velna on 12 June.', 'The Varnholt left Velna on 12 June.'), [
      'contradicts: opposite directions on one day (left Velna… vs left Osterby for Velna…)',
    ]);
  });

  it('near misses: arriving and leaving on one day (a port call); another ship; another day', () => {
    assert.deepStrictEqual(conflicts('The Varnholt arrived in Velna on 12 June.', 'The Varnholt left Velna on 12 June.'), []);
    assert.deepStrictEqual(conflicts('The Brask left Osterby for Velna on 12 June.', 'The Varnholt left Velna on 12 June.'), []);
    assert.deepStrictEqual(conflicts('The Varnholt left Osterby for Velna on 12 June.', 'The Varnholt left Velna on 19 June.'), []);
  });
});

describe('conflicts: more opposites (reviewed pairs, negative prefixes)', () => {
  it('"true" / "false" and "loves" / "hates" of the same participants', () => {
    assert.deepStrictEqual(conflicts('The mayor of Dunmore said the claim about the Kessel bridge was false.', 'The mayor of Dunmore said the claim about the Kessel bridge was true.'), [
      'disputes: opposite predicates (false… vs true…)',
    ]);
    assert.deepStrictEqual(conflicts('The mayor of Dunmore loves the new Kessel bridge design.', 'The mayor of Dunmore hates the new Kessel bridge design.'), [
      'disputes: opposite predicates (loves… vs hates…)',
    ]);
    assert.deepStrictEqual(conflicts('Lord Ashby was a friend of the Kessel family for decades.', 'Lord Ashby was an enemy of the Kessel family for decades.'), [
      'contradicts: opposite predicates (friend… vs enemy…)',
    ]);
  });

  it('a word and its negative-prefixed form: "valid" / "invalid", "able" / "unable"', () => {
    assert.deepStrictEqual(conflicts('The election commission of Norland ruled the Varden ballots invalid.', 'The election commission of Norland ruled the Varden ballots valid.'), [
      'contradicts: opposite predicates (invalid… vs valid…)',
    ]);
    assert.deepStrictEqual(conflicts('Farmers in the Orsk valley were unable to sell their wheat harvest.', 'Farmers in the Orsk valley were able to sell their wheat harvest.'), [
      'contradicts: opposite predicates (unable… vs able…)',
    ]);
  });

  it('near misses: a prefix that does not negate ("infamous"), a state before an event ("undiscovered" / "discovers"), other participants', () => {
    assert.deepStrictEqual(conflicts('The Varden gang became infamous across the northern provinces.', 'The Varden gang became famous across the northern provinces.'), []);
    assert.deepStrictEqual(conflicts('The previously undiscovered caves of Orsk hold ancient paintings.', 'A survey team discovers the caves of Orsk and their ancient paintings.'), []);
    assert.deepStrictEqual(conflicts('Farmers in the Orsk valley were unable to sell their wheat harvest.', 'Traders in the Dunmore port were able to sell their fish.'), []);
  });
});

describe('conflicts: a verb of perception read as a cue is still a predicate', () => {
  it('"I did not notice the branch" contradicts "I noticed that there was a branch"', () => {
    assert.deepStrictEqual(conflicts('I noticed that there was a long branch over the Kessel road.', 'I did not notice the long branch over the Kessel road.'), [
      'contradicts: one says “noticed…” happened, the other says it did not',
    ]);
  });

  it('near miss: the noun, not the verb ("the notice")', () => {
    assert.deepStrictEqual(conflicts('I did not notice the long branch over the Kessel road.', 'The notice about the long branch over the Kessel road was posted.'), []);
  });
});

describe('conflicts: a number or a date must fill the same role on both sides', () => {
  it('different counts standing with the same words still dispute', () => {
    assert.deepStrictEqual(conflicts('The ministry said 40 soldiers were killed in the ambush near the Kharan pass.', 'Rebel commanders said 12 soldiers were killed in the ambush near the Kharan pass.'), [
      'disputes: 40 vs 12 soldier',
    ]);
  });

  it('near misses: two changes of two shares ("fell 2.5 percent" / "increased by 5 percent"); a result for one period and a forecast for a year', () => {
    assert.deepStrictEqual(
      conflicts('Shares of Varden Air on the stock exchange fell 2.5 percent on the day the merger results were announced, traders said.', 'As soon as the merger results were announced on the stock exchange, shares of the computer maker increased by 5 percent, traders said.'),
      [],
    );
    assert.deepStrictEqual(
      conflicts('Halvorsen Motors said it posted a net profit of $997 million in the third quarter, and predicted that it would be solidly profitable by 2011.', 'For the final quarter of 2009, Halvorsen Motors says it posted profits of $868 million and expects to stay profitable this year.'),
      [],
    );
  });
});

describe('conflicts: values of two subjects, dates of two datelines', () => {
  it('near misses: two companies raising two sums; two datelines over one statement', () => {
    assert.deepStrictEqual(
      conflicts('NEW YORK - Varden Wheel Corp is raising 100 mln dlrs through an offering of senior notes, the company said.', 'NEW YORK - Kessel Foods Corp is raising 60 mln dlrs through an offering of senior notes, the company said.'),
      [],
    );
    assert.deepStrictEqual(conflicts('LONDON, March 26 - Orsk Finance NV is issuing a eurobond due 1992, the lead manager said.', 'LONDON, March 30 - Orsk Finance NV is issuing a eurobond due 1992, the lead manager said.'), []);
  });
});

describe('conflicts: a succession told by its order', () => {
  it('"after Adler\'s death, Brede was elected" / "Adler succeeded Brede"; "after the resignation of Tarsk Adler, Jonas Brede became chairman"', () => {
    assert.deepStrictEqual(conflicts("In 1984, after Adler's death, Brede was elected as party secretary.", 'Adler succeeded Brede as party secretary.'), [
      'contradicts: one says Brede succeeded Adler, the other the reverse',
    ]);
    assert.deepStrictEqual(
      conflicts('In 1984, after the resignation of Tarsk Adler, Jonas Brede became chairman of the Norland party.', 'Tarsk Adler succeeded Jonas Brede as chairman of the Norland party.'),
      ['contradicts: one says Jonas Brede succeeded Tarsk Adler, the other the reverse'],
    );
  });

  it('near misses: the same order told both ways; a visit is no end of a term', () => {
    assert.deepStrictEqual(conflicts("In 1984, after Adler's death, Brede was elected as party secretary.", 'Brede succeeded Adler as party secretary.'), []);
    assert.deepStrictEqual(conflicts("In 1984, after Adler's visit, Brede was elected as party secretary.", 'Adler succeeded Brede as party secretary.'), []);
  });
});

describe('conflicts: a one-way relation reversed', () => {
  it('A bought B / B bought A; A is a subsidiary of B / A owns B; A succeeded B / B\'s predecessor, A', () => {
    assert.deepStrictEqual(conflicts('Ardent Motors bought Kessel Steel last year.', 'Kessel Steel bought Ardent Motors last year.'), [
      'contradicts: one says Ardent Motors owns Kessel Steel, the other the reverse',
    ]);
    assert.deepStrictEqual(conflicts('Varden Timber owns Orsk Holdings.', 'Varden Timber is a subsidiary of Norlandic forestry group, Orsk Holdings.'), [
      'contradicts: one says Varden Timber owns Orsk Holdings, the other the reverse',
    ]);
    assert.deepStrictEqual(conflicts('Ilse Varnholt succeeded Jonas Brede.', 'The council will honour Jonas Brede, something it never did for Brede\'s predecessor, the late Ilse Varnholt.'), [
      'contradicts: one says Ilse Varnholt succeeded Jonas Brede, the other the reverse',
    ]);
  });

  it('near misses: the passive says the same thing; a third party', () => {
    assert.deepStrictEqual(conflicts('Ardent Motors bought Kessel Steel last year.', 'Kessel Steel was bought by Ardent Motors last year.'), []);
    assert.deepStrictEqual(conflicts('Kessel United was beaten by Ardent Rovers in the cup final on Sunday.', 'Ardent Rovers defeated Kessel United in the cup final on Sunday.'), []);
    assert.deepStrictEqual(conflicts('Ardent Motors bought Kessel Steel last year.', 'Kessel Steel bought Orsk Mining last year.'), []);
  });
});

describe('conflicts: two kinship terms for one pair of people', () => {
  it('"X\'s brother, Y" / "Y, a cousin of X"; "Y is the daughter of X" / "X is the son of Y"; a relative is no acquaintance', () => {
    assert.deepStrictEqual(conflicts('Lord Ashby\'s brother, Tom Ashby, runs the Kessel estate.', 'Tom Ashby, a cousin of Lord Ashby, runs the Kessel estate.'), [
      'contradicts: different relations (brother vs cousin)',
    ]);
    assert.deepStrictEqual(conflicts('Maria Lund is the daughter of Erik Lund, the Kessel mayor.', 'Erik Lund is the son of Maria Lund, the Kessel mayor.'), [
      'contradicts: different relations (daughter vs son)',
    ]);
    assert.deepStrictEqual(conflicts('Varden is a relative of Jonas Brede.', 'The truck belonged to Ilse Varden, 54, an acquaintance of Jonas Brede\'s family.'), [
      'contradicts: different relations (relative vs acquaintance)',
    ]);
  });

  it('near misses: the converse term ("daughter" / "father"), a relative who is a brother, two other people', () => {
    assert.deepStrictEqual(conflicts('Maria Lund is the daughter of Erik Lund, the Kessel mayor.', 'Erik Lund is the father of Maria Lund, the Kessel mayor.'), []);
    assert.deepStrictEqual(conflicts('Lord Ashby\'s brother, Tom Ashby, runs the Kessel estate.', 'Tom Ashby is a relative of Lord Ashby and runs the Kessel estate.'), []);
    assert.deepStrictEqual(conflicts('Lord Ashby\'s brother, Tom Ashby, runs the Kessel estate.', 'Tom Brede, a cousin of Lord Ashby, runs the Kessel estate.'), []);
  });
});

describe('conflicts: the opposite word in a relative clause is about someone else', () => {
  it('"a liberal writer whose books angered conservative critics" contradicts "a conservative writer"', () => {
    assert.deepStrictEqual(conflicts('Ilse Varnholt was a conservative writer.', 'Ilse Varnholt was a liberal writer whose essays angered many conservative critics in Norland.'), [
      'contradicts: opposite predicates (conservative… vs liberal…)',
    ]);
  });

  it('an opposite word only in a relative clause tells of the participant, not what the other side says happened', () => {
    assert.deepStrictEqual(
      conflicts('The council will urge the mayor to allow an amnesty for harbour activist Ilse Varnholt.', 'The surprise was an amnesty for harbour activist Ilse Varnholt, who has been banned from the council.'),
      [],
    );
  });

  it('near miss: both words said of the subject in two clauses ("won the first game, but lost the second")', () => {
    assert.deepStrictEqual(conflicts('Ardent Rovers won the first game, but lost the second game.', 'Ardent Rovers lost the second game.'), []);
  });
});

describe('conflicts: opposite words of two instances, or of another word', () => {
  it('near misses: other years and amounts next to the opposites; "the decline in prices" is no refusal', () => {
    assert.deepStrictEqual(conflicts('Note: Halvorsen 1985 year net includes an extraordinary gain of 10 cts per share.', 'Note: Halvorsen 1986 year net excludes an extraordinary gain of two cts per share.'), []);
    assert.deepStrictEqual(
      conflicts('Consumer members of the Kessel Cocoa Council accepted the buffer stock compromise on Friday.', 'The compromise will only stem the decline of the Kessel Cocoa Council buffer stock, traders said on Friday.'),
      [],
    );
  });

  it('the same amount on both sides still conflicts', () => {
    assert.deepStrictEqual(conflicts('Note: Halvorsen 1985 year net includes an extraordinary gain of 10 cts per share.', 'Note: Halvorsen 1985 year net excludes an extraordinary gain of 10 cts per share.'), [
      'contradicts: opposite predicates (includes… vs excludes…)',
    ]);
  });
});

/** Every conflict or corroboration between two articles (any sentence of `a.txt`). */
function relationsOf(a: string, b: string): string[] {
  const e = new ClaimEngine();
  e.set({ uri: 'a.txt', text: a, format: 'plaintext' });
  e.set({ uri: 'b.txt', text: b, format: 'plaintext' });
  return e.claims('a.txt').flatMap((c) => c.links.map((l) => `${c.text.slice(0, 24)} ${l.relation}${l.detail ? ': ' + l.detail : ''}`));
}

describe('conflicts: two instances of one kind in a folder of wire copy', () => {
  const filing = (city: string, date: string, company: string, amount: number): string =>
    `${city}, ${date} - ${company} said it filed with the Securities and Exchange Commission a registration statement covering a ${amount} mln dlr issue of convertible debentures.\n\nThe ${company.split(' ').pop()} board approved the offering last week.\n`;

  it('two companies filing two offerings: the regulator they filed with is not their subject, so the amounts do not dispute', () => {
    // (they still corroborate each other: both filed with the Commission, which they share as a name; and
    // in a workspace of two files, the city, date and Commission both articles name make their boards'
    // approvals statements about one event: in a folder of wire copy those names are common)
    assert.deepStrictEqual(relationsOf(filing('NEW YORK', 'March 26', 'Harlow Drilling Corp', 100), filing('NEW YORK', 'March 26', 'Quill Publishing Inc', 25)), [
      'NEW YORK, March 26 - Har corroborates',
      'The Corp board approved  same-event',
    ]);
    // one company, two amounts on one day: a dispute
    assert.deepStrictEqual(relationsOf(filing('NEW YORK', 'March 26', 'Harlow Drilling Corp', 100), filing('NEW YORK', 'March 26', 'Harlow Drilling Corp', 25)).filter((r) => r.startsWith('NEW YORK')), [
      'NEW YORK, March 26 - Har disputes: 100 vs 25 mln',
    ]);
  });

  it('the same report filed on two days gives two days’ figures, not a dispute', () => {
    const operation = (date: string, amount: number): string =>
      `LONDON, ${date} - The Bank of Aldria said it had provided the money market with ${amount} mln stg of assistance in the morning session.\n\nThe bank had forecast a shortage of around 500 mln stg in the system today.\n`;
    const first = (rs: string[]): string[] => rs.filter((r) => r.startsWith('LONDON'));
    assert.deepStrictEqual(first(relationsOf(operation('March 3', 437), operation('March 27', 265))), []);
    assert.deepStrictEqual(first(relationsOf(operation('March 27', 437), operation('March 27', 265))), ['LONDON, March 27 - The B disputes: 437 vs 265 mln']);
  });

  it('a headline in capitals before the dateline does not hide the day the story was filed', () => {
    const ships = (date: string, loading: number, waiting: number): string =>
      `GRAIN SHIPS LOADING AT KESTREL\n\nKESTREL, ${date} - There were ${loading} grain ships loading and ${waiting} ships were waiting to load at Kestrel, according to the Kestrel Merchants Exchange.\n`;
    const conflicts = (rs: string[]): string[] => rs.filter((r) => r.startsWith('KESTREL') && /disputes|contradicts/.test(r));
    assert.deepStrictEqual(conflicts(relationsOf(ships('April 7', 6, 6), ships('April 1', 5, 3))), []);
    assert.deepStrictEqual(conflicts(relationsOf(ships('April 7', 6, 6), ships('April 7', 5, 3))), ['KESTREL, April 7 - There disputes: 6 vs 5 grain']);
  });

  it('a templated sentence in two stories about two issuers: its figures are no conflict', () => {
    const issue = (company: string, amount: number, due: number, manager: string, plant: string, years: string): string =>
      `${company} is raising ${amount} mln dlrs through an offering of notes due ${due}, said lead manager ${manager}.\n\n` +
      `Proceeds will finance the ${plant} plant.\n\nNon-callable for ${years} years, the issue will be listed in Luxembourg.\n`;
    const rated = (rs: string[]): string[] => rs.filter((r) => r.startsWith('Non-callable') && /disputes|contradicts/.test(r));
    assert.deepStrictEqual(rated(relationsOf(issue('Tarn Corp', 100, 1997, 'Harlow Securities', 'Brennock', 'five'), issue('Osler Inc', 50, 2002, 'Quill Brothers', 'Ardmore', 'three'))), []);
    // one issue told twice with two figures: a contradiction
    const tarn = (years: string): string => issue('Tarn Corp', 100, 1997, 'Harlow Securities', 'Brennock', years);
    assert.deepStrictEqual(rated(relationsOf(tarn('five'), tarn('three'))), ['Non-callable for five ye contradicts: 5 vs 3 year']);
  });

  it('two shares of one vote, written "%" and "percent", conflict', () => {
    assert.strictEqual(ruleConflict('Marlow won 48% of the vote in the Tarsa county election.', 'Marlow won 41 percent of the vote in the Tarsa county election.'), '48 vs 41 percent');
    assert.strictEqual(ruleConflict('Marlow won 48% of the vote in the Tarsa county election.', 'Marlow won 48 per cent of the vote in the Tarsa county election.'), null);
  });

  it('two companies whose names share only a common word ("Stores", "Inc") report two sales figures, not one', () => {
    const sales = (city: string, company: string, pct: number): string =>
      `${city}, April 9 - ${company} said sales for the five weeks ended April four were up ${pct} pct to 184.7 mln dlrs from 183.8 mln dlrs a year earlier.\n`;
    const conflicts = (rs: string[]): string[] => rs.filter((r) => /disputes|contradicts/.test(r));
    assert.deepStrictEqual(conflicts(relationsOf(sales('WILMINGTON', 'Tarn Stores Co Inc', 0.5), sales('BOSTON', 'Osler Department Stores Inc', 8.2))), []);
    // one company, two figures: a dispute
    assert.deepStrictEqual(conflicts(relationsOf(sales('WILMINGTON', 'Tarn Stores Co Inc', 0.5), sales('WILMINGTON', 'Tarn Stores Co Inc', 8.2))), [
      'WILMINGTON, April 9 - Ta disputes: 0.5 vs 8.2 percent',
    ]);
  });

  it('a date in a sentence that names nobody belongs to its article’s company: two dividend notes, two companies', () => {
    const note = (city: string, company: string, pay: string): string =>
      `${city}, March 26 - ${company} declared a quarterly dividend of 12 cts a share.\n\nThe dividend will be paid on ${pay}.\n`;
    const paid = (rs: string[]): string[] => rs.filter((r) => r.startsWith('The dividend'));
    assert.deepStrictEqual(paid(relationsOf(note('CHICAGO', 'Tarn Corp', 'April 30'), note('DALLAS', 'Osler Inc', 'April 15'))), []);
    // one company's dividend, two dates: a contradiction
    assert.deepStrictEqual(paid(relationsOf(note('CHICAGO', 'Tarn Corp', 'April 30'), note('CHICAGO', 'Tarn Corp', 'April 15'))), ['The dividend will be pai contradicts: different dates (4/30 vs 4/15)']);
  });

  it('a results table whose first line opens with the dateline (read as a headline) still gives the day it was filed', () => {
    const results = (company: string, date: string, note: string): string =>
      `${company} 4TH QTR LOSS\n\nCHICAGO, ${date} - Shr loss 12 cts vs loss 10 cts\nNet loss 474,270 vs loss 369,848\nRevs 202,500 vs 111,210\n\n${note}\n`;
    const conflicts = (rs: string[]): string[] => rs.filter((r) => /disputes|contradicts/.test(r));
    const excluded = results('TARN GROUP', 'March 30', 'Earnings exclude gains on discontinued operations of 147,671 dlrs in the 1985 quarter.');
    const included = results('OSLER BROTHERS', 'March 31', '1985 quarter includes loss of 190,000 dlrs from discontinued operations.');
    assert.deepStrictEqual(conflicts(relationsOf(excluded, included)), []);
  });

  it('sentences that name no one, in articles about two companies, neither conflict nor corroborate: "1986 loss excludes a gain" / "1986 earnings exclude a gain"', () => {
    // (both filed from one city: they share its name, which makes them candidates, and little else)
    const note = (company: string, others: string, text: string): string => `CHICAGO, March 30 - ${company} said ${others} would buy its Brennock plant.\n\n${text}\n`;
    const a = note('Tarn Group', 'Harlow Steel and Velna Mining', 'The 1986 loss excludes a gain on the sale of the coal unit of 12.1 mln dlrs.');
    const b = note('Osler Brothers', 'Quill Foods and Ardmore Dairies', 'The 1986 earnings exclude a gain on the sale of the coal unit of 12.1 mln dlrs.');
    assert.deepStrictEqual(relationsOf(a, b).filter((r) => r.startsWith('The 1986')), []);
    // one company's note told two ways: a contradiction
    assert.deepStrictEqual(relationsOf(a, note('Tarn Group', 'Harlow Steel and Velna Mining', 'The 1986 earnings exclude a gain on the sale of the coal unit of 12.1 mln dlrs.')).filter((r) => r.startsWith('The 1986')), [
      'The 1986 loss excludes a contradicts: opposite predicates (loss… vs earnings…)',
    ]);
  });

  it('a dateline in title case ("New Orleans, April 1 - ", market reports) gives the day the story was filed', () => {
    const ships = (date: string, loading: string): string => `New Orleans, ${date} - ${loading} grain ships were loading and 18 were waiting to load at New Orleans elevators, trade sources said.\n`;
    const conflicts = (rs: string[]): string[] => rs.filter((r) => /disputes|contradicts/.test(r));
    assert.deepStrictEqual(conflicts(relationsOf(ships('April 1', 'Ten'), ships('April 7', 'Nine'))), []);
    assert.deepStrictEqual(conflicts(relationsOf(ships('April 7', 'Ten'), ships('April 7', 'Nine'))), ['New Orleans, April 7 - T disputes: 10 vs 9 grain']);
  });

  it('a conflict too weak to report is no corroboration either: one index, two moves on two days', () => {
    // (two articles about other things: the two moves are two days' news more likely than one claim)
    const ftse = (news: string, move: string): string => `${news}\n\nThe primary UK index, the FTSE 100, ${move}.\n`;
    const a = ftse('Tarn Mining, Brennock Steel and Harlow Oil led the fall as Velna cut its rates.', 'dropped in value by 2.36%, which is 118.40 points');
    const b = ftse('Osler Bank and Quill Telecom reported record profits in Ardmore and Kestrel.', 'rose in value by 8.04%, which is 392.50 points');
    assert.deepStrictEqual(relationsOf(a, b).filter((r) => r.startsWith('The primary')), []);
  });
});

describe('conflicts: a denial must be of the same participants', () => {
  const talks = 'Negotiators from the Tarvel delegation said on Tuesday that after eleven hours of talks behind closed doors in Geneva';
  it('near miss: the same verb said of other things ("the accord … does not solve anything" / "a bigger budget … will solve the crisis")', () => {
    assert.deepStrictEqual(conflicts(`${talks} the new accord between the two fishing fleets does not solve anything.`, `${talks} a far bigger budget for the regional hospitals will solve the crisis.`), []);
    // said of the same thing: a denial
    assert.deepStrictEqual(conflicts(`${talks} the new accord between the two fishing fleets does not solve the crisis.`, `${talks} the new accord between the two fishing fleets will solve the crisis.`), [
      'disputes: one says “solve…” happened, the other says it did not',
    ]);
  });
});

describe('conflicts: leaving a post of one\'s own will, or being made to leave it', () => {
  it('"resigned" / "was fired", "left his job" / "lost his job" of the same person', () => {
    assert.deepStrictEqual(conflicts('Ilse Varnholt resigned as head of the Osterby harbour board on Friday.', 'Ilse Varnholt was fired as head of the Osterby harbour board on Friday.'), [
      'contradicts: opposite predicates (resigned… vs was fired…)',
    ]);
    assert.deepStrictEqual(conflicts('Tom Brede left his job at the Velna ferry company in May to run a boatyard.', 'Tom Brede lost his job at the Velna ferry company in May.'), [
      'contradicts: opposite predicates (left his job… vs lost his job…)',
    ]);
  });

  it('near misses: "forced to resign" is no resignation of one\'s own will; two people; a court dismissing a case; quitting a habit', () => {
    assert.deepStrictEqual(conflicts('Ilse Varnholt was forced to resign as head of the Osterby harbour board on Friday.', 'Ilse Varnholt was fired as head of the Osterby harbour board on Friday.'), []);
    assert.deepStrictEqual(conflicts('Ilse Varnholt resigned as head of the Osterby harbour board on Friday.', 'Jonas Brede was fired as head of the Osterby harbour board on Friday.'), []);
    assert.deepStrictEqual(conflicts('Ilse Varnholt resigned as head of the Osterby harbour board on Friday.', 'A court in Osterby dismissed the case against Ilse Varnholt on Friday.'), []);
    assert.deepStrictEqual(conflicts('Tom Brede quit smoking while at the Velna ferry company in May.', 'Tom Brede was fired from the Velna ferry company in May.'), []);
  });
});

describe('conflicts: one arrival told on two days', () => {
  it('"reached Velna on 12 June 1951" / "arrived in Velna on 19 June 1951"; "sailing into Velna Bay 3 May"', () => {
    assert.deepStrictEqual(conflicts('The freighter Marra reached Velna on 12 June 1951 with a cargo of grain.', 'The freighter Marra arrived in Velna on 19 June 1951 with a cargo of grain.'), [
      'contradicts: different days of arrival (reached Velna 6/12 vs arrived in Velna 6/19)',
    ]);
    assert.deepStrictEqual(conflicts('The freighter Marra came home after the strike, sailing into Velna Bay 3 May 1951.', 'The freighter Marra reached Velna on 10 May 1951 after the strike.'), [
      'contradicts: different days of arrival (sailing into Velna Bay 5/3 vs reached Velna 5/10)',
    ]);
  });

  it('near misses: another ship; another port; two years (two visits); the other day also given ("and again on"); a day and its month', () => {
    assert.deepStrictEqual(conflicts('The freighter Marra reached Velna on 12 June 1951 with a cargo of grain.', 'The freighter Tolva arrived in Velna on 19 June 1951 with a cargo of grain.'), []);
    assert.deepStrictEqual(conflicts('The freighter Marra reached Velna on 12 June 1951 with a cargo of grain.', 'The freighter Marra arrived in Osterby on 19 June 1951 with a cargo of grain.'), []);
    assert.deepStrictEqual(conflicts('The freighter Marra reached Velna on 12 June 1951 with a cargo of grain.', 'The freighter Marra arrived in Velna on 19 June 1952 with a cargo of grain.'), []);
    assert.deepStrictEqual(conflicts('The freighter Marra reached Velna on 12 June 1951 and again on 19 June 1951.', 'The freighter Marra arrived in Velna on 19 June 1951 with a cargo of grain.'), []);
    assert.deepStrictEqual(conflicts('The freighter Marra reached Velna on 12 June 1951 with a cargo of grain.', 'The freighter Marra arrived in Velna in June 1951 with a cargo of grain.'), []);
  });
});

describe('conflicts: a denial with a misspelled verb', () => {
  it('"didn\'t loose the election" denies "lost the election" (only a verb stands after "didn\'t")', () => {
    assert.deepStrictEqual(conflicts('Ilse Varnholt didn\'t loose the mayoral election in Osterby.', 'Ilse Varnholt, who lost the mayoral election in Osterby, will run again.'), [
      'contradicts: one says “lost…” happened, the other says it did not',
    ]);
  });

  it('near misses: someone else lost; "loose" as an adjective', () => {
    assert.deepStrictEqual(conflicts('Ilse Varnholt didn\'t loose the mayoral election in Osterby.', 'Jonas Brede lost the mayoral election in Osterby.'), []);
    assert.deepStrictEqual(conflicts('Ilse Varnholt didn\'t keep a loose hold on the mayoral election in Osterby.', 'Ilse Varnholt, who lost the mayoral election in Osterby, will run again.'), []);
  });
});

describe('conflicts: a denied complement is about its doer', () => {
  it('near miss: "Adler did not win the election" / "Brede won the election", each named right before the verb', () => {
    assert.deepStrictEqual(conflicts('Tarsk Adler did not win the mayoral election in Osterby.', 'Jonas Brede won the mayoral election in Osterby.'), []);
    assert.deepStrictEqual(conflicts('Tarsk Adler did not win the mayoral election in Osterby.', 'Tarsk Adler won the mayoral election in Osterby.'), [
      'contradicts: one says “won…” happened, the other says it did not',
    ]);
  });
});

describe('conflicts: a lone name opening the sentence still finds the sentences that name it', () => {
  it('"Brede is a cousin of Varnholt" finds "Tom Brede, 54, a brother of Ilse Varnholt"', () => {
    assert.deepStrictEqual(conflicts('Brede is a cousin of Varnholt.', 'The boat that sank near Osterby belonged to Tom Brede, 54, a brother of Ilse Varnholt.'), [
      'contradicts: different relations (cousin vs brother)',
    ]);
  });

  it('near miss: another person opening the sentence', () => {
    assert.deepStrictEqual(conflicts('Adler is a cousin of Varnholt.', 'The boat that sank near Osterby belonged to Tom Brede, 54, a brother of Ilse Varnholt.'), []);
  });
});

describe('conflicts: a noun phrase denied by "no"', () => {
  it('"there were no late trains" / "there were several late trains" of the same line', () => {
    assert.deepStrictEqual(conflicts('On the Velna coast line there were no late trains during the storm.', 'On the Velna coast line there were several late trains during the storm.'), [
      'contradicts: one says “late trains…” happened, the other says it did not',
    ]);
  });

  it('near misses: the same words with another verb ("gave no further details" / "further details would follow"); "no" in an idiom', () => {
    assert.deepStrictEqual(conflicts('The Velna harbour master gave no further details of the closure.', 'The Velna harbour master said further details of the closure would follow.'), []);
    assert.deepStrictEqual(conflicts('On the Velna coast line there were no doubt late trains during the storm.', 'On the Velna coast line there were several late trains during the storm.'), []);
  });
});

describe('conflicts: more reviewed opposites', () => {
  it('"mistaken" / "correct", "abolished" / "allowed", "genuine" / "forged", "causes" / "prevents" of the same participants', () => {
    assert.deepStrictEqual(conflicts('The mayor of Osterby was mistaken about the cost of the new Velna bridge.', 'The mayor of Osterby was correct about the cost of the new Velna bridge.'), [
      'contradicts: opposite predicates (mistaken… vs correct…)',
    ]);
    assert.deepStrictEqual(conflicts('The Norland parliament abolished night fishing in the Velna fjord.', 'The Norland parliament allowed night fishing in the Velna fjord.'), [
      'contradicts: opposite predicates (abolished… vs allowed…)',
    ]);
    assert.deepStrictEqual(conflicts('The Adler letters in the Osterby archive are genuine, experts said.', 'The Adler letters in the Osterby archive are forged, experts said.'), [
      'disputes: opposite predicates (genuine… vs forged…)',
    ]);
    assert.deepStrictEqual(conflicts('Trials in Velna showed that the drug Norlax causes liver damage in older patients.', 'Trials in Velna showed that the drug Norlax prevents liver damage in older patients.'), [
      'disputes: opposite predicates (causes… vs prevents…)',
    ]);
  });

  it('near misses: two drugs; the cause as a noun', () => {
    assert.deepStrictEqual(conflicts('Trials in Velna showed that the drug Norlax causes liver damage in older patients.', 'Trials in Velna showed that the drug Tarvex prevents liver damage in older patients.'), []);
    assert.deepStrictEqual(conflicts('Doctors in Velna are still looking for the cause of liver damage in older patients.', 'Trials in Velna showed that the drug Norlax prevents liver damage in older patients.'), []);
  });
});

describe('conflicts: one father, one mother', () => {
  it('"Tom Brede\'s father, Karl Brede," / "Tom Brede\'s father was Jonas Adler"', () => {
    assert.deepStrictEqual(conflicts('Tom Brede\'s father, Karl Brede, ran the Velna boatyard for forty years.', 'Tom Brede\'s father was Jonas Adler, a fisherman from Velna.'), [
      'contradicts: different fathers (Karl Brede vs Jonas Adler)',
    ]);
  });

  it('near misses: one name of the same father; two children; the other man also named on the other side', () => {
    assert.deepStrictEqual(conflicts('Tom Brede\'s father, Karl Brede, ran the Velna boatyard for forty years.', 'Tom Brede\'s father was Karl, a fisherman from Velna.'), []);
    assert.deepStrictEqual(conflicts('Tom Brede\'s father, Karl Brede, ran the Velna boatyard for forty years.', 'Anna Brede\'s father was Jonas Adler, a fisherman from Velna.'), []);
    assert.deepStrictEqual(conflicts('Tom Brede\'s father, Karl Brede, ran the Velna boatyard for forty years.', 'Tom Brede\'s father was Jonas Adler, who raised him after Karl Brede died.'), []);
  });
});

describe('conflicts: a denial carried on by "much less" or "let alone"', () => {
  it('near miss: "seldom visited, much less owned, a boat" agrees with "never owned a boat"; "owned a boat" does not', () => {
    assert.deepStrictEqual(conflicts('Karl Brede never owned a boat in Velna.', 'Karl Brede seldom visited, much less owned, a boat in Velna.'), []);
    assert.deepStrictEqual(conflicts('Karl Brede never owned a boat in Velna.', 'Karl Brede owned a boat in Velna.'), ['contradicts: one says “owned…” happened, the other says it did not']);
  });
});

describe('conflicts: one participant placed in two countries (the gazetteer)', () => {
  it('a company based in two countries, a person of two nationalities, born in two countries', () => {
    assert.deepStrictEqual(conflicts('Halvard Systems, based in Lyon, makes pumps for the oil industry.', 'Halvard Systems is based in Toronto.'), [
      'contradicts: different countries (Lyon vs Toronto)',
    ]);
    assert.deepStrictEqual(conflicts('Ilse Varnholt, a Danish novelist, won the prize on Monday.', 'The prize went to Ilse Varnholt, the Swedish novelist.'), [
      'contradicts: different nationalities (Danish vs Swedish)',
    ]);
    assert.deepStrictEqual(conflicts('The composer Jonas Brede was born in Salzburg in 1756.', 'Polish-born Jonas Brede wrote the opera.'), ['contradicts: different places of birth (Salzburg vs Polish)']);
    assert.deepStrictEqual(conflicts('Jonas Brede, born in Poland in 1950, moved to Velmar.', 'Jonas Brede was born in Austria and moved to Velmar.'), ['contradicts: different places of birth (Poland vs Austria)']);
    assert.deepStrictEqual(conflicts('Ilse Varnholt is Danish and won the literature prize.', 'The literature prize went to Ilse Varnholt, the Swedish novelist.'), [
      'contradicts: different nationalities (Danish vs Swedish)',
    ]);
    assert.deepStrictEqual(conflicts('Chinese banker Wang Delun said the bank would cut rates.', 'Japanese banker Wang Delun said the bank would cut rates.'), [
      'disputes: different nationalities (Chinese vs Japanese)',
    ]);
  });

  it('"X-based", a dotted abbreviation, "headquarters is in", and a company\'s nationality against its seat', () => {
    assert.deepStrictEqual(conflicts('U.S.-based Korvex Corp said on Monday it would cut jobs.', 'Korvex Corp, headquartered in Tokyo, said it would cut jobs.'), [
      'disputes: different countries (U.S. vs Tokyo)',
    ]);
    assert.deepStrictEqual(conflicts('Chicago-based Marrow Aviation has scrubbed three delivery slots for 2026.', "Marrow Aviation's headquarters is in Canada, and it scrubbed delivery slots."), [
      'contradicts: different countries (Chicago vs Canada)',
    ]);
    assert.deepStrictEqual(conflicts('The Dutch home shopping company, Velkamp, was sold on Friday for 390 million euros.', 'Retailer Velkamp, based in Britain, was sold on Friday.'), [
      'contradicts: different countries (Dutch vs Britain)',
    ]);
  });

  it('near misses: one country, a town and its region, a unit named for a country, a move, a denial, two tournaments', () => {
    assert.deepStrictEqual(conflicts('Halvard Systems, based in Lyon, makes pumps for the oil industry.', 'Halvard Systems is based in Paris and makes pumps for the oil industry.'), []);
    assert.deepStrictEqual(conflicts('Halvard Systems, based in London, Ontario, makes pumps for the oil industry.', 'Halvard Systems is based in Toronto, Canada and makes pumps for the oil industry.'), []);
    assert.deepStrictEqual(conflicts('Halvard Systems, based in Lyon, makes pumps for the oil industry.', 'Halvard Systems Canada, based in Toronto, makes pumps for the oil industry.'), []);
    assert.deepStrictEqual(conflicts('Halvard Systems was based in Lyon until it moved.', 'Halvard Systems is based in Toronto.'), []);
    assert.deepStrictEqual(conflicts('Ilse Varnholt, a Danish novelist, won the prize on Monday.', 'Ilse Varnholt is not Swedish, the jury said on Monday.'), []);
    assert.deepStrictEqual(conflicts('The French Open champion Ilse Varnholt won again on Monday.', 'The US Open champion Ilse Varnholt won again on Monday.'), []);
    // a country in a name ("Bank of China"), two countries' institutions of one name
    assert.deepStrictEqual(conflicts('Bank of China President Wang Delun said the bank would cut rates.', 'Japanese banker Wang Delun said the bank would cut rates.'), []);
    assert.deepStrictEqual(conflicts('The U.S. Justice Department opened an inquiry into the merger on Monday.', 'The Israeli Justice Department opened an inquiry into the merger on Monday.'), []);
    // someone else's birth or seat: a possessive's, a name after "of", the subject of a relative clause
    assert.deepStrictEqual(conflicts("Jonas Brede's mother was born in Poland and moved to Velmar.", 'Jonas Brede was born in Austria and moved to Velmar.'), []);
    assert.deepStrictEqual(conflicts('Jonas Brede, whose wife was born in Poland, moved to Velmar.', 'Jonas Brede was born in Austria and moved to Velmar.'), []);
    assert.deepStrictEqual(conflicts('The Canadian unit of Halvard Systems, based in Toronto, makes pumps.', 'Halvard Systems is based in Lyon and makes pumps.'), []);
    // a place the gazetteer does not know (or lists for two countries) conflicts with nothing
    assert.deepStrictEqual(conflicts('The composer Jonas Brede was born in Wadowice in 1756.', 'Polish-born Jonas Brede wrote the opera.'), []);
    assert.deepStrictEqual(conflicts('Halvard Systems, based in Birmingham, makes pumps for the oil industry.', 'Halvard Systems is based in Toronto.'), []);
  });
});

describe('conflicts: the words between a company and "based in"', () => {
  // "which is based": a tense word, then another word that may stand there (this once never ended)
  it('"X, which is based in Lyon" / "X is based in Toronto" conflict; "which has been based" is read too', () => {
    assert.deepStrictEqual(conflicts('Halvard Systems, which is based in Lyon, makes pumps for the oil industry.', 'Halvard Systems is based in Toronto.'), [
      'contradicts: different countries (Lyon vs Toronto)',
    ]);
    assert.deepStrictEqual(conflicts('Halvard Systems, which has been based in Lyon since 1990, makes pumps.', 'Halvard Systems is based in Toronto.'), [
      'contradicts: different countries (Lyon vs Toronto)',
    ]);
  });

  it('near misses: one city told two ways; "which was based" (it may have moved since)', () => {
    assert.deepStrictEqual(conflicts('Halvard Systems, which is based in Calgary, Alberta, makes pumps for the oil industry.', 'Calgary-based Halvard Systems makes pumps for the oil industry.'), []);
    assert.deepStrictEqual(conflicts('Halvard Systems, which was based in Lyon, makes pumps for the oil industry.', 'Halvard Systems is based in Toronto.'), []);
  });
});

describe('conflicts: a country\'s post given by a title ("U.S. President Tarsk Adler")', () => {
  it('the title and "the president of the United States" name one post, and two holders of it conflict', () => {
    assert.deepStrictEqual(
      conflicts('U.S. President Tarsk Adler opened the summit in Velmar on Monday.', 'Jonas Brede is the president of the United States and opened the summit in Velmar on Monday.'),
      ['contradicts: different president of (Tarsk Adler vs Jonas Brede)'],
    );
  });

  it('near misses: a former holder, another post, a country in a name, one holder named twice', () => {
    assert.deepStrictEqual(conflicts('Former U.S. President Tarsk Adler opened the summit in Velmar on Monday.', 'Jonas Brede is the president of the United States and opened the summit in Velmar on Monday.'), []);
    assert.deepStrictEqual(conflicts('U.S. Prime Minister Tarsk Adler opened the summit in Velmar on Monday.', 'Jonas Brede is the president of the United States and opened the summit in Velmar on Monday.'), []);
    // a headline in capitals: no title, no name after it
    const e = new ClaimEngine();
    e.set({ uri: 'a.txt', text: 'DANISH PREMIER HINTS AT VELMAR TALKS\n\nVELMAR, March 3 - Danish Premier Tarsk Adler said Denmark and Norland were moving towards talks.\n', format: 'plaintext' });
    const [headline, body] = decodeSignatures(e.exportDocument('a.txt'));
    assert.strictEqual(findConflict(headline, body), null);
    assert.deepStrictEqual(conflicts('Bank of America President Tarsk Adler opened the summit in Velmar on Monday.', 'Jonas Brede is the president of the United States and opened the summit in Velmar on Monday.'), []);
    assert.deepStrictEqual(conflicts('U.S. President Tarsk Adler opened the summit in Velmar on Monday.', 'Tarsk Adler is the president of the United States and opened the summit in Velmar on Monday.'), []);
  });
});

describe('conflicts: a denial of a passive told actively', () => {
  it('"police did not arrest the mayor" / "the mayor was arrested by police", both ways; "was rejected by the council" / "the council passed"', () => {
    assert.deepStrictEqual(conflicts('Police did not arrest the mayor of Tarville on Monday.', 'The mayor of Tarville was arrested by police on Monday.'), [
      'contradicts: one says “arrested…” happened, the other says it did not',
    ]);
    assert.deepStrictEqual(conflicts('The mayor of Tarville was not arrested by police on Monday.', 'Police arrested the mayor of Tarville on Monday.'), [
      'contradicts: one says “arrested…” happened, the other says it did not',
    ]);
    assert.deepStrictEqual(conflicts('The harbour levy was rejected by the Town Council of Osterby on Monday.', 'On Monday the Town Council of Osterby passed the harbour levy.'), [
      'contradicts: opposite predicates (rejected… vs passed…)',
    ]);
  });

  it('near misses: another person arrested; another council passing it', () => {
    assert.deepStrictEqual(conflicts('Police did not arrest Ilse Varn in Tarville on Monday.', 'Jonas Brede was arrested by police in Tarville on Monday.'), []);
    assert.deepStrictEqual(conflicts('The harbour levy was rejected by the Town Council of Osterby on Monday.', 'On Monday the Regional Assembly of Norland passed the harbour levy.'), []);
  });
});

describe('conflicts: killed and survived', () => {
  it('"were killed in the attack" / "survived the attack" of the same people', () => {
    assert.deepStrictEqual(conflicts('Three guards were killed in the attack on the Varn embassy.', 'All three guards survived the attack on the Varn embassy.'), [
      'contradicts: opposite predicates (were killed… vs survived…)',
    ]);
    assert.deepStrictEqual(conflicts('Ilse Varn was killed in the attack on her Osterby farm.', 'Ilse Varn survived the attack on her Osterby farm.'), [
      'contradicts: opposite predicates (was killed… vs survived…)',
    ]);
  });

  it('near misses: the killer survived ("killed by the gunman" / "the gunman survived"); "killed" in the active is not a death of its subject', () => {
    assert.deepStrictEqual(conflicts('The Varn embassy guard was killed by the gunman on Monday.', 'The gunman survived the attack on the Varn embassy on Monday.'), []);
    assert.deepStrictEqual(conflicts('Ilse Varn killed the intruder at her Osterby farm.', 'Ilse Varn survived the attack at her Osterby farm.'), []);
  });
});

describe('conflicts: voted for and voted against', () => {
  it('"voted for the bill" / "voted against the bill" of the same senator', () => {
    // ("voted" is read as a cue: two attributed statements dispute)
    assert.deepStrictEqual(conflicts('Senator Ilse Varn voted for the Harlow water bill on Tuesday.', 'Senator Ilse Varn voted against the Harlow water bill on Tuesday.'), [
      'disputes: opposite predicates (voted for… vs voted against…)',
    ]);
  });

  it('near miss: two senators', () => {
    assert.deepStrictEqual(conflicts('Senator Ilse Varn voted for the Harlow water bill on Tuesday.', 'Senator Jonas Brede voted against the Harlow water bill on Tuesday.'), []);
  });
});

describe('conflicts: where a named place or institution is located (the gazetteer)', () => {
  it('"is located in Paris" / "is located in London"; ", situated in Toronto" / "is situated in Lyon"', () => {
    assert.deepStrictEqual(conflicts('The Harlow Gallery is located in Paris.', 'The Harlow Gallery is located in London.'), ['contradicts: different countries (Paris vs London)']);
    assert.deepStrictEqual(conflicts('The Harlow Gallery, situated in Toronto, reopened on Monday.', 'The Harlow Gallery is situated in Lyon and reopened on Monday.'), [
      'contradicts: different countries (Toronto vs Lyon)',
    ]);
  });

  it('near misses: two cities of one country; a person found somewhere ("located Brede in Spain"); two galleries', () => {
    assert.deepStrictEqual(conflicts('The Harlow Gallery is located in Paris.', 'The Harlow Gallery is located in Lyon.'), []);
    assert.deepStrictEqual(conflicts('Interpol located Jonas Brede in Spain on Monday.', 'Jonas Brede is based in Lyon, Interpol said on Monday.'), []);
    assert.deepStrictEqual(conflicts('The Harlow Gallery is located in Paris.', 'The Brede Gallery is located in London.'), []);
  });
});

describe('conflicts: a capital named by an appositive', () => {
  it('"Osterby, the capital of Norland," / "Vela is the capital of Norland"; "Norland\'s capital, Vela"; "the Austrian capital, Vienna"', () => {
    assert.deepStrictEqual(conflicts('Osterby, the capital of Norland, hosted the fishing summit.', 'Vela is the capital of Norland and hosted the fishing summit.'), [
      'contradicts: different capital of (osterby vs vela)',
    ]);
    assert.deepStrictEqual(conflicts("The fishing summit opened in Norland's capital, Vela, on Monday.", 'Osterby is the capital of Norland and hosted the fishing summit on Monday.'), [
      'contradicts: different capital of (vela vs osterby)',
    ]);
    assert.deepStrictEqual(conflicts('The Harlow talks took place in the Austrian capital, Salzburg.', 'Vienna is the capital of Austria and hosted the Harlow talks.'), [
      'contradicts: different capital of (salzburg vs vienna)',
    ]);
  });

  it('near misses: another capital ("commercial capital", "former capital"); the same city told two ways', () => {
    assert.deepStrictEqual(conflicts("Lagos, Nigeria's commercial capital, was flooded on Monday.", 'Abuja is the capital of Nigeria and was flooded on Monday.'), []);
    assert.deepStrictEqual(conflicts('Osterby, the former capital of Norland, hosted the fishing summit.', 'Vela is the capital of Norland and hosted the fishing summit.'), []);
    assert.deepStrictEqual(conflicts('The Harlow talks took place in the Austrian capital, Vienna.', 'Vienna is the capital of Austria and hosted the Harlow talks.'), []);
    // the other city named on the other side
    assert.deepStrictEqual(conflicts('The Vienna talks took place in the Austrian capital, Salzburg.', 'Vienna is the capital of Austria and hosted the talks.'), []);
  });
});

describe('conflicts: a measured length or weight of one named thing', () => {
  it('"is 40 metres long" / "is 400 metres long"; feet against metres; "weighs 3 tonnes" / "13 tonnes heavy"', () => {
    assert.deepStrictEqual(conflicts('The Brede bridge is 40 metres long.', 'The Brede bridge is 400 metres long.'), ['contradicts: different measures of Brede (40 metres long vs 400 metres long)']);
    assert.deepStrictEqual(conflicts('The Varn Tower in Osterby, which is 310 feet tall, opened in 1931.', 'The Varn Tower in Osterby is 150 metres high and opened in 1931.'), [
      'contradicts: different measures of Varn Tower (310 feet tall vs 150 metres high)',
    ]);
    assert.deepStrictEqual(conflicts('The Harlow bell weighs 3 tonnes.', 'The Harlow bell is 13 tonnes heavy.'), ['contradicts: different measures of Harlow (3 tonnes vs 13 tonnes heavy)']);
  });

  it('near misses: one height in two units; a bound; two bridges; a length and a width', () => {
    assert.deepStrictEqual(conflicts('The Varn Tower in Osterby, which is 310 feet tall, opened in 1931.', 'The Varn Tower in Osterby is 95 metres high and opened in 1931.'), []);
    assert.deepStrictEqual(conflicts('The Brede bridge is more than 40 metres long.', 'The Brede bridge is 400 metres long.'), []);
    assert.deepStrictEqual(conflicts('The Brede bridge is 40 metres long.', 'The Osterby bridge is 400 metres long.'), []);
    assert.deepStrictEqual(conflicts('The Brede bridge is 40 metres wide.', 'The Brede bridge is 400 metres long.'), []);
  });
});

describe('conflicts: a passive and the active voice about other things', () => {
  it('near misses: "payments were received by producers" / "farmers who did not receive advance payments"; a bid received and then rejected', () => {
    assert.deepStrictEqual(
      conflicts('Farmers in Norland who did not receive advance grain payments at signup will receive 60 cents per bushel.', 'The Norland ministry said grain rates of 51 cents per bushel for corn were received by growers asking for advance payments.'),
      [],
    );
    assert.deepStrictEqual(conflicts("A radio report said Velmar Oil's new bid was rejected by Tarsk Energy on Monday.", "Tarsk Energy confirmed on Monday that it received Velmar Oil's new bid."), []);
  });

  it('a prize received and declined still conflicts', () => {
    assert.deepStrictEqual(conflicts('The novelist Ilse Varn declined the Osterby literature prize in June.', 'The novelist Ilse Varn received the Osterby literature prize in June.'), [
      'contradicts: opposite predicates (declined… vs received…)',
    ]);
  });
});

describe('conflicts: one source accusing and clearing one target', () => {
  it('"the Ethics Board said Ilse Varn did nothing wrong" / "the Ethics Board accuses Ilse Varn"; "accused" / "cleared"', () => {
    assert.deepStrictEqual(conflicts("The Velna council's Ethics Board said the former harbour master, Ilse Varn, did nothing wrong.", "The Velna council's Ethics Board accuses Ilse Varn."), [
      'disputes: Ilse Varn both accused and cleared',
    ]);
    assert.deepStrictEqual(conflicts('The Velna Ethics Board accused Ilse Varn of fraud on Monday.', 'The Velna Ethics Board cleared Ilse Varn of fraud on Monday.'), ['contradicts: Ilse Varn both accused and cleared']);
  });

  it('near misses: prosecutors accuse and a court clears (two sources); two boards; two people', () => {
    assert.deepStrictEqual(conflicts('Prosecutors in Velna accused Ilse Varn of fraud on Monday.', 'A Velna court said Ilse Varn did nothing wrong and closed the fraud case on Monday.'), []);
    assert.deepStrictEqual(conflicts('The Velna Ethics Board accused Ilse Varn of fraud on Monday.', 'The Norland Ethics Board cleared Ilse Varn of fraud on Monday.'), []);
    assert.deepStrictEqual(conflicts('The Velna Ethics Board accused Ilse Varn of fraud on Monday.', 'The Velna Ethics Board cleared Jonas Brede of fraud on Monday.'), []);
  });
});

describe('conflicts: one source withholding and giving one thing', () => {
  it('"the agency would not say in which ports the fish was sold" / "the agency published a list of the ports in which the fish was sold"', () => {
    assert.deepStrictEqual(
      conflicts('The Norland Food Agency would not say in which ports the tainted fish had been sold.', 'The Norland Food Agency published a list of the ports in which the tainted fish had been sold.'),
      ['contradicts: withheld and given by Norland Food Agency'],
    );
  });

  it('near misses: another source gave it; something else given', () => {
    assert.deepStrictEqual(
      conflicts('The Norland Food Agency would not say in which ports the tainted fish had been sold.', 'The Velna Herald published a list of the ports in which the tainted fish had been sold.'),
      [],
    );
    assert.deepStrictEqual(conflicts('The Norland Food Agency would not say in which ports the tainted fish had been sold.', 'The Norland Food Agency published new rules for fishing boats.'), []);
  });
});

describe('conflicts: one scheduled event given two dates', () => {
  it('"the vote, which is slated for October 30" / "elections in Norland will take place on July 14", with another date of the sentence ("passed the law on July 14")', () => {
    assert.deepStrictEqual(
      conflicts("The Norland parliament passed a new election law on July 14 to prepare the presidential vote, which is slated for October 30.", 'New presidential elections in Norland will take place on July 14.'),
      ['contradicts: different dates of one vote (October 30 vs July 14)'],
    );
  });

  it('near misses: a postponement; two rounds; two kinds of election; two countries', () => {
    assert.deepStrictEqual(conflicts('The presidential vote in Norland, which was postponed, is now scheduled for October 30.', 'Elections in Norland will take place on July 14.'), []);
    assert.deepStrictEqual(conflicts('The second round of the presidential vote in Norland is scheduled for October 30.', 'Elections in Norland will take place on July 14.'), []);
    assert.deepStrictEqual(conflicts('The presidential election in Norland is scheduled for October 30.', 'The local elections in Norland will take place on July 14.'), []);
    assert.deepStrictEqual(conflicts('The presidential election in Norland is scheduled for October 30.', 'The presidential election in Velmar will take place on July 14.'), []);
  });

  it('a word of the text that names no kind of event, even one an object has ("constructor"), is no event', () => {
    assert.deepStrictEqual(conflicts('The Norland parliament passed a new law on July 14 to prepare the presidential constructor, which is slated for October 30.', 'New presidential constructor in Norland will take place on July 14.'), []);
  });
});

describe('conflicts: one place of death (the gazetteer)', () => {
  it('"died in Lyon" / "died in Vienna", "was killed in Iraq" / "was killed in Afghanistan" of one person', () => {
    assert.deepStrictEqual(conflicts('The painter Jonas Brede died in Lyon in 1921.', 'Jonas Brede died in Vienna after a long illness in 1921.'), ['contradicts: different places of death (Lyon vs Vienna)']);
    assert.deepStrictEqual(conflicts('The reporter Ilse Varn was killed in Iraq in 2004.', 'Ilse Varn was killed in Afghanistan in 2004.'), ['contradicts: different places of death (Iraq vs Afghanistan)']);
  });

  it('near misses: two cities of one country; a wife\'s death; "killed" in the active', () => {
    assert.deepStrictEqual(conflicts('The painter Jonas Brede died in Lyon in 1921.', 'Jonas Brede died in Paris after a long illness in 1921.'), []);
    assert.deepStrictEqual(conflicts("The painter Jonas Brede's wife died in Lyon in 1921.", 'Jonas Brede died in Vienna after a long illness in 1921.'), []);
    assert.deepStrictEqual(conflicts('The soldier Ilse Varn killed two men in Iraq in 2004.', 'Ilse Varn was killed in Afghanistan in 2004.'), []);
  });
});

describe('conflicts: one person given two ages', () => {
  it('"Robert Senacal, 35," / "Robert Senacal, 53,"; "a 53-year-old man, Robert Senacal"', () => {
    assert.deepStrictEqual(
      conflicts('Police arrested Robert Senacal, 35, of Cortlandt Manor on Monday after the Tarville robbery.', 'Robert Senacal, 53, of Cortlandt Manor was arrested on Monday after the Tarville robbery.'),
      ['contradicts: different ages of Robert Senacal (35 vs 53)'],
    );
    assert.deepStrictEqual(
      conflicts('Police arrested a 35-year-old man, Robert Senacal, of Cortlandt Manor on Monday after the Tarville robbery.', 'Police arrested a 53-year-old man, Robert Senacal, of Cortlandt Manor on Monday after the Tarville robbery.'),
      ['contradicts: different ages of Robert Senacal (35 vs 53)'],
    );
  });

  it('near miss: two ages in two reports less alike than one story told twice (two reports years apart give two ages)', () => {
    assert.deepStrictEqual(
      conflicts('Police arrested Robert Senacal, 35, of Cortlandt Manor on Monday after the Tarville robbery.', 'A 53-year-old man, Robert Senacal, was arrested on Monday after the Tarville robbery.'),
      [],
    );
  });

  it('near misses: a year apart (a birthday between two reports); the other age is another person\'s; one name word ("Ford, 45,")', () => {
    assert.deepStrictEqual(
      conflicts('Police arrested Robert Senacal, 35, of Cortlandt Manor on Monday after the Tarville robbery.', 'A 36-year-old man, Robert Senacal, was arrested on Monday after the Tarville robbery.'),
      [],
    );
    assert.deepStrictEqual(
      conflicts('Police arrested Robert Senacal, 35, and Ilse Varn, 53, on Monday after the Tarville robbery.', 'Robert Senacal (35) was arrested on Monday after the Tarville robbery.'),
      [],
    );
    assert.deepStrictEqual(conflicts('Shares of Ford, 45, and Velmar, 30, rose on Monday in Tarville.', 'Shares of Ford, 54, and Velmar, 30, rose on Monday in Tarville.'), []);
  });
});

describe('conflicts: an appositive or a title naming another holder of a post', () => {
  it('"The mayor of Osterby, Ilse Varn," / "Jonas Brede, the mayor of Osterby,"; "Harlow Motors\' chief executive, Ilse Varn"; "Harlow Motors chief executive Ilse Varn"', () => {
    assert.deepStrictEqual(conflicts('The mayor of Osterby, Ilse Varn, opened the new harbour bridge on Monday.', 'Jonas Brede, the mayor of Osterby, opened the new harbour bridge on Monday.'), [
      'contradicts: different mayor of (Ilse Varn vs Jonas Brede)',
    ]);
    assert.deepStrictEqual(
      conflicts("Harlow Motors' chief executive, Ilse Varn, opened the new plant in Osterby on Monday.", 'Jonas Brede, the chief executive of Harlow Motors, opened the new plant in Osterby on Monday.'),
      ['contradicts: different chief executive of (Ilse Varn vs Jonas Brede)'],
    );
    // a title is written at the time of its article: it needs the evidence of one story (a sentence told twice)
    assert.deepStrictEqual(
      conflicts('Harlow Motors chief executive Ilse Varn opened the new plant in Osterby on Monday.', 'Harlow Motors chief executive Jonas Brede opened the new plant in Osterby on Monday.'),
      ['contradicts: different chief executive of (Ilse Varn vs Jonas Brede)'],
    );
  });

  it('near misses: a former holder; a unit named for a country; a title told in a less alike sentence', () => {
    assert.deepStrictEqual(
      conflicts('Former Harlow Motors chief executive Ilse Varn opened the new plant in Osterby on Monday.', 'Harlow Motors chief executive Jonas Brede opened the new plant in Osterby on Monday.'),
      [],
    );
    assert.deepStrictEqual(
      conflicts('Harlow Motors Canada chief executive Ilse Varn opened the new plant in Osterby on Monday.', 'Harlow Motors chief executive Jonas Brede opened the new plant in Osterby on Monday.'),
      [],
    );
    assert.deepStrictEqual(conflicts('Harlow Motors chief executive Ilse Varn said sales rose in Osterby.', 'Jonas Brede is the chief executive of Harlow Motors, which opened a plant in Osterby.'), []);
  });
});

describe('conflicts: an adverb before a passive names no participant', () => {
  it('"which has already been approved by the Osterby council" / "the Osterby council rejected the levy"', () => {
    assert.deepStrictEqual(conflicts('The Harlow levy, which has already been approved by the Osterby council, goes to a vote in Velna.', 'The Osterby council rejected the Harlow levy.'), [
      'contradicts: opposite predicates (approved… vs rejected…)',
    ]);
  });
});

describe("conflicts: a person's affiliation given twice", () => {
  it('a country\'s official / an employee of an organisation: "Tarsk Adler, Norway\'s assistant commissioner of police," / "Tarsk Adler is an employee of Halvorsen Media"', () => {
    assert.deepStrictEqual(
      conflicts("Tarsk Adler, Norway's assistant commissioner of police, visited the flooded Velna harbour on Monday.", 'Tarsk Adler is an employee of Halvorsen Media and visited the flooded Velna harbour on Monday.'),
      ['contradicts: different employers of Tarsk Adler (Norway vs Halvorsen Media)'],
    );
  });

  it('a nationality and a title / a member of another country\'s government ("on 31 May": a month, no hedge)', () => {
    assert.deepStrictEqual(
      conflicts('On 31 May the Osterby court freed Finnish Professor Ilse Marta Varn after a week in custody.', 'The Osterby court freed Professor Ilse Varn, who is a member of the Danish government, after a week in custody.'),
      ['contradicts: different affiliations of Ilse Marta Varn (Finnish vs Danish government)'],
    );
  });

  it('two employers, one a title before the name ("Halvorsen Media correspondent Tarsk Adler") and one a claim ("works for Brenner Radio")', () => {
    assert.deepStrictEqual(
      conflicts('Halvorsen Media correspondent Tarsk Adler visited the flooded Velna harbour on Monday.', 'Tarsk Adler works for Brenner Radio and visited the flooded Velna harbour on Monday.'),
      ['contradicts: different employers of Tarsk Adler (Halvorsen Media vs Brenner Radio)'],
    );
    assert.strictEqual(
      ruleConflict('Tarsk Adler, a correspondent for Halvorsen Media, visited the flooded Velna harbour on Monday.', 'Tarsk Adler is employed by Brenner Radio and visited the flooded Velna harbour on Monday.'),
      'different employers of Tarsk Adler (Halvorsen Media vs Brenner Radio)',
    );
    // (a word opening the clause is no part of the name)
    assert.strictEqual(
      ruleConflict('Halvorsen Media correspondent Tarsk Adler visited the flooded Velna harbour on Monday.', 'Since Tarsk Adler works for Brenner Radio, he visited the flooded Velna harbour on Monday.'),
      'different employers of Tarsk Adler (Halvorsen Media vs Brenner Radio)',
    );
  });

  it('near misses: a shared name; a former post; a post held beside a job; a post with no name of its organisation; a claim in the past, denied or under "if"', () => {
    const claim = 'Tarsk Adler works for Brenner Radio and visited the flooded Velna harbour on Monday.';
    assert.strictEqual(ruleConflict('Tarsk Adler, a Brenner reporter, visited the flooded Velna harbour on Monday.', 'Tarsk Adler works for Brenner Radio Group and visited the flooded Velna harbour on Monday.'), null);
    assert.strictEqual(ruleConflict('Tarsk Adler, a former Halvorsen Media executive, visited the flooded Velna harbour on Monday.', claim), null);
    assert.strictEqual(ruleConflict('Then-Halvorsen Media executive Tarsk Adler visited the flooded Velna harbour on Monday.', claim), null);
    // a post held beside a job
    assert.strictEqual(ruleConflict('Tarsk Adler, a professor at Halvorsen University, visited the flooded Velna harbour on Monday.', claim), null);
    assert.strictEqual(ruleConflict('Tarsk Adler, spokesman for the group, visited the flooded Velna harbour on Monday.', 'Tarsk Adler is an employee of Brenner Radio and visited the flooded Velna harbour on Monday.'), null);
    assert.strictEqual(ruleConflict('Halvorsen Media correspondent Tarsk Adler visited the flooded Velna harbour on Monday.', 'Tarsk Adler worked for Brenner Radio and visited the flooded Velna harbour on Monday.'), null);
    assert.strictEqual(ruleConflict('Halvorsen Media correspondent Tarsk Adler visited the flooded Velna harbour on Monday.', 'No one believes Tarsk Adler works for Brenner Radio, though he visited the flooded Velna harbour on Monday.'), null);
    assert.strictEqual(ruleConflict('Halvorsen Media correspondent Tarsk Adler visited the flooded Velna harbour on Monday.', 'If Brenner Radio employee Tarsk Adler visited the flooded Velna harbour on Monday, he saw it.'), null);
  });

  it('near misses: a member of a party is no employee of it; two posts (no claim of employment of the person); two people; the other organisation named as the person\'s too; a move', () => {
    assert.strictEqual(
      ruleConflict("Tarsk Adler, Halvorsen Media's chief executive, visited the flooded Velna harbour on Monday.", 'Tarsk Adler is a member of the Velna Labour Party and visited the flooded Velna harbour on Monday.'),
      null,
    );
    // (the claim is the wife's)
    assert.strictEqual(
      ruleConflict('Halvorsen Media correspondent Tarsk Adler, whose wife works for Osterby Radio, visited the flooded Velna harbour on Monday.', "Tarsk Adler, Brenner Radio's chief executive, visited the flooded Velna harbour on Monday."),
      null,
    );
    assert.strictEqual(ruleConflict('Halvorsen Media correspondent Tarsk Adler visited the flooded Velna harbour on Monday.', 'Ilse Varn works for Brenner Radio and visited the flooded Velna harbour on Monday.'), null);
    assert.strictEqual(
      ruleConflict('Tarsk Adler, a director of Halvorsen Media and Brenner Radio, visited the flooded Velna harbour on Monday.', 'Tarsk Adler works for Brenner Radio and visited the flooded Velna harbour on Monday.'),
      null,
    );
    assert.strictEqual(
      ruleConflict('Brenner Radio hired Halvorsen Media correspondent Tarsk Adler, who visited the flooded Velna harbour on Monday.', 'Tarsk Adler works for Brenner Radio and visited the flooded Velna harbour on Monday.'),
      null,
    );
  });

  it('a journalist of no named outlet / a claim of a state\'s service, also where the sentences share little else ("refused to name the source" is no appointment)', () => {
    assert.deepStrictEqual(
      conflicts('Last year reporter Ilse Varn was jailed for refusing to name the Osterby official who leaked the Velna harbour report.', 'Ilse Varn works for the Norwegian government.'),
      ['contradicts: different affiliations of Ilse Varn (reporter vs Norwegian government)'],
    );
    assert.strictEqual(ruleConflict('Ilse Varn, a journalist, visited the flooded Velna harbour on Monday.', 'Ilse Varn is a member of the Danish government and visited the flooded Velna harbour on Monday.'), 'different affiliations of Ilse Varn (journalist vs Danish government)');
    // a state's agency, from the table of institutions
    assert.strictEqual(ruleConflict('Last year reporter Ilse Varn was jailed in Osterby.', 'Ilse Varn is a member of the CIA.'), 'different affiliations of Ilse Varn (reporter vs CIA)');
  });

  it('near misses: a journalist and an outlet; a former reporter; a journalist and a nationality; a newspaper appointing', () => {
    const state = 'Ilse Varn works for the Norwegian government.';
    assert.strictEqual(ruleConflict('Reporter Ilse Varn visited the flooded Velna harbour on Monday.', 'Ilse Varn works for Brenner Radio and visited the flooded Velna harbour on Monday.'), null);
    assert.strictEqual(ruleConflict('Former reporter Ilse Varn visited the flooded Velna harbour on Monday.', state), null);
    assert.strictEqual(ruleConflict('Ilse Varn, a former journalist, visited the flooded Velna harbour on Monday.', state), null);
    assert.strictEqual(ruleConflict('Norwegian reporter Ilse Varn visited the flooded Velna harbour on Monday.', state), null);
    assert.strictEqual(ruleConflict('The Velna Post will name reporter Ilse Varn its editor.', state), null);
  });

  it("near misses: one country's official and its government; a nationality and an employer; a person's spokesman and a government", () => {
    const member = 'Tarsk Adler is a member of the Norwegian government and visited the flooded Velna harbour on Monday.';
    assert.strictEqual(ruleConflict("Tarsk Adler, Norway's assistant commissioner of police, visited the flooded Velna harbour on Monday.", member), null);
    assert.strictEqual(ruleConflict('Finnish Professor Ilse Varn visited the flooded Velna harbour on Monday.', 'Ilse Varn works for Halvorsen Media and visited the flooded Velna harbour on Monday.'), null);
    assert.strictEqual(ruleConflict("Tarsk Adler, Varn's economist, visited the flooded Velna harbour on Monday.", member), null);
  });
});

describe('conflicts: one person sought and arrested', () => {
  it('a search for a person / the person arrested: a contradiction, or a dispute between two sources', () => {
    assert.deepStrictEqual(
      conflicts('Velna police asked patrols to be on the lookout for Tarsk Adler, 35, of Osterby.', 'Tarsk Adler was arrested by Velna police.'),
      ['contradicts: sought vs arrested: Tarsk Adler (“on the lookout for” / “was arrested”)'],
    );
    assert.deepStrictEqual(
      conflicts('Tarsk Adler remains at large after the Velna bank robbery, police said.', 'Police detained Tarsk Adler after the Velna bank robbery, his lawyer said.'),
      ['disputes: sought vs arrested: Tarsk Adler (“remains at large” / “detained”)'],
    );
  });

  it('a country and its people\'s adjective name one party ("Norway" / "Norwegian authorities"): the sentences share a participant', () => {
    assert.deepStrictEqual(
      conflicts('There is no way Adler could leave Norway, especially after an arrest warrant has been issued for him by the police.', 'Adler was arrested by Norwegian police.'),
      ['contradicts: sought vs arrested: Adler (“arrest warrant has been issued for” / “was arrested”)'],
    );
  });

  it('an arrest warrant ("for him": the subject), wanted, on the run / the arrest, custody', () => {
    assert.strictEqual(
      ruleConflict('Tarsk Adler is hiding in Norland since an arrest warrant has been issued for him.', 'Tarsk Adler was arrested in Norland.'),
      'sought vs arrested: Tarsk Adler (“arrest warrant has been issued for” / “was arrested”)',
    );
    assert.strictEqual(ruleConflict("Osterby prosecutors issued a warrant for Ilse Varn's arrest on Monday.", 'Ilse Varn is in custody in Osterby.'), 'sought vs arrested: Ilse Varn (“warrant for” / “is in custody”)');
    assert.strictEqual(ruleConflict('Ilse Varn is wanted by Osterby prosecutors.', 'Osterby police announced the arrest of Ilse Varn.'), 'sought vs arrested: Ilse Varn (“is wanted” / “the arrest of”)');
    assert.strictEqual(ruleConflict('Ilse Varn has been on the run since the Osterby fraud trial.', 'Ilse Varn was taken into custody after the Osterby fraud trial.'), 'sought vs arrested: Ilse Varn (“been on the run” / “was taken into custody”)');
  });

  it('near misses: a sequence in one sentence; a past state; a denial; "may"; a search warrant; two people; a search for something of theirs', () => {
    const arrested = 'Tarsk Adler was arrested by Velna police.';
    assert.strictEqual(ruleConflict('Velna police searched for Tarsk Adler for a week before he was arrested.', 'Police are searching for Tarsk Adler.'), null);
    assert.strictEqual(ruleConflict('Tarsk Adler, who had been on the run for two years, was arrested on Monday.', 'Police are searching for Tarsk Adler.'), null);
    assert.strictEqual(ruleConflict('Tarsk Adler had been on the run for two years.', arrested), null);
    assert.strictEqual(ruleConflict('Tarsk Adler was wanted by Velna police.', arrested), null);
    assert.strictEqual(ruleConflict('Police are searching for Tarsk Adler.', 'Tarsk Adler was not arrested by Velna police.'), null);
    assert.strictEqual(ruleConflict('Police are searching for Tarsk Adler.', 'Tarsk Adler may be arrested by Velna police.'), null);
    assert.strictEqual(ruleConflict('Velna police obtained a search warrant for Tarsk Adler.', arrested), null);
    assert.strictEqual(ruleConflict('Police are searching for Ilse Varn.', arrested), null);
    assert.strictEqual(ruleConflict("Police are searching for Tarsk Adler's car.", arrested), null);
  });
});

describe('conflicts: readings that are no conflict in market and results copy', () => {
  it('"does not have to call" lifts an obligation, it denies no call', () => {
    assert.strictEqual(ruleConflict('Prime Minister Ilse Varn does not have to call elections until June 1988.', 'Prime Minister Ilse Varn will call an early general election in June.'), null);
    assert.strictEqual(ruleConflict('Prime Minister Ilse Varn need not call elections until June 1988.', 'Prime Minister Ilse Varn will call an early general election in June.'), null);
    assert.strictEqual(ruleConflict('Prime Minister Ilse Varn will not call an early general election in June.', 'Prime Minister Ilse Varn will call an early general election in June.'), 'one says “call…” happened, the other says it did not');
  });

  it('a verb whose object is denied ("attracted no selling") says it did not happen, as "failed to attract" does', () => {
    assert.strictEqual(
      ruleConflict('Trade selling pushed three months copper down to 730 dlrs but attracted no follow-through selling.', 'Trade selling took three months copper down to 730 dlrs but failed to attract any follow-through selling.'),
      null,
    );
  });

  it('"little changed" is about as unchanged as "unchanged"', () => {
    assert.strictEqual(ruleConflict('Osterby money market rates closed little changed after a quiet session.', 'Osterby money market rates closed unchanged after a quiet session.'), null);
  });

  it('one move told from either side: "the dollar fell against the yen" / "the yen rose against the dollar"', () => {
    assert.strictEqual(ruleConflict('The dollar continued to fall against the yen despite heavy central bank intervention.', 'The yen continued to rise against the dollar despite heavy central bank intervention.'), null);
    assert.strictEqual(
      ruleConflict('The dollar continued to fall against the yen despite heavy central bank intervention.', 'The dollar continued to rise against the yen despite heavy central bank intervention.'),
      'opposite predicates (fall… vs rise…)',
    );
  });

  it("the wire's sign-off after a table's last figure counts nothing", () => {
    const table = (a: number, b: number): string => `Grain ships loading and waiting at Kestrel: Osler Elevator ${a}, Quill Grain ${b} reuter`;
    assert.strictEqual(ruleConflict(table(1, 3), table(1, 2)), null);
  });
});

describe('conflicts: done without what the other side says is required', () => {
  it('"enter without quarantine" / "quarantine is compulsory"; "without a visa" / "a mandatory visa"', () => {
    assert.deepStrictEqual(
      conflicts('Dogs are permitted to enter Norland six months later without quarantine as long as they have been treated for ticks.', 'Quarantine is compulsory for dogs to enter Norland.'),
      ['contradicts: done without “quarantine” vs “quarantine” required'],
    );
    assert.strictEqual(ruleConflict('Osterby visitors can enter Velna without a visa for up to 90 days.', 'Osterby visitors need a mandatory visa for Velna.'), 'done without “visa” vs “visa” required');
  });

  it('near misses: "cannot enter without a visa" (it is needed); "is not compulsory"; another thing required; one side telling both', () => {
    const required = 'A visa is required for Osterby visitors in Velna.';
    assert.strictEqual(ruleConflict('Osterby visitors cannot stay in Velna without a visa.', required), null);
    assert.strictEqual(ruleConflict('Osterby visitors can stay in Velna without a visa.', 'A visa is not compulsory for Osterby visitors in Velna.'), null);
    assert.strictEqual(ruleConflict('Osterby visitors can stay in Velna without a visa.', 'A passport is required for Osterby visitors in Velna.'), null);
    assert.strictEqual(ruleConflict('Osterby visitors stay in Velna without a visa, though a visa is required.', required), null);
  });
});

describe('conflicts: a negation in a relative clause', () => {
  it('on a common noun it describes someone and denies nothing; on a name it denies', () => {
    assert.strictEqual(ruleConflict('The person in this debate who cannot tell the truth will lose the vote.', 'Mayor Eva Lund will tell the truth in the debate.'), null);
    assert.strictEqual(ruleConflict('Mayor Eva Lund, who did not pay the harbour levy, lost the vote.', 'Mayor Eva Lund paid the harbour levy.'), 'one says “paid harbour…” happened, the other says it did not');
  });
});

describe('conflicts: values of two things', () => {
  it('"production of gold" and "production of silver" are two figures; two of gold conflict', () => {
    const gold = 'Nordvik mine production of gold rose to 244,900 troy ounces in December.';
    assert.strictEqual(ruleConflict(gold, 'Nordvik mine production of silver rose to 2,295,230 troy ounces in December.'), null);
    assert.strictEqual(ruleConflict(gold, 'Nordvik mine production of gold rose to 310,000 troy ounces in December.'), '244900 vs 310000 troy');
  });
});

describe('conflicts: who a denial is of, when, and of what', () => {
  it('"you" is the reader or whom a speaker addresses, "he" and "she" are two people: no one else’s denial', () => {
    assert.deepStrictEqual(conflicts('The fact that you probably did not watch the ferry debate in Velna is fine by Eva Lund.', 'Eva Lund watched the ferry debate in Velna on Tuesday.'), []);
    assert.deepStrictEqual(conflicts('Last year, he voted against the harbour levy of Velna.', 'When she publicly supported the harbour levy of Velna, the council cheered.'), []);
    // near misses: the same doer denies it; a speaker ("He said…") or an object ("told you") is no subject of the denial
    assert.deepStrictEqual(conflicts('Eva Lund did not watch the ferry debate in Velna on Tuesday.', 'Eva Lund watched the ferry debate in Velna on Tuesday.'), [
      'contradicts: one says “watched…” happened, the other says it did not',
    ]);
    assert.strictEqual(ruleConflict('He said the Varna steel plant did not close in March.', 'She said the Varna steel plant closed in March.'), 'one says “closed…” happened, the other says it did not');
    assert.strictEqual(ruleConflict('The mayor told you the Varna steel plant did not close in March.', 'The Varna steel plant closed in March.'), 'one says “closed…” happened, the other says it did not');
    // others set apart as the clause's subject are not whoever the other side speaks of ("I'm satisfied" / "other
    // pilots were not satisfied"), but "other" elsewhere in the clause sets no one apart
    assert.strictEqual(ruleConflict('"I am satisfied with the harbour board of Velna," Lund said.', 'Beyond Velna, other pilots were not satisfied with the harbour board of Velna.'), null);
    assert.strictEqual(ruleConflict('Lund was satisfied with the harbour board of Velna.', 'With its other duties, Lund was not satisfied with the harbour board of Velna.'), 'one says “satisfied…” happened, the other says it did not');
    // (a plain denial too, inside a quotation: "The other pilots are not able to beat…" / "his crew… has beaten")
    assert.strictEqual(ruleConflict('"The other pilots are not able to beat the Velna ferry record," Lund said.', 'Lund says his crew is the only one that “has beaten” the Velna ferry record.'), null);
    // ("you" on both sides, past "allowed", which is no verb of saying: one addressee)
    assert.strictEqual(ruleConflict('In Varna you’ll be able to consult a harbour pilot.', 'In Varna you will not be allowed to consult a harbour pilot.'), 'one says “consult…” happened, the other says it did not');
  });

  it('a denied complement is about the subject of its clause, however far before it: "Perry, while still a candidate, did not have kind words" / "Mr. Brede offered kind words"', () => {
    assert.strictEqual(ruleConflict('Lund, while still a candidate for mayor last summer, did not have kind words for Tom Brede.', 'Mr. Brede even offered some kind words about Mr. Varn, whom he attacked during the campaign.'), null);
    assert.strictEqual(
      ruleConflict('Lund, while still a candidate for mayor last summer, did not have kind words for Tom Brede.', 'Lund even had some kind words for Tom Brede during the campaign.'),
      'one says “kind words…” happened, the other says it did not',
    );
  });

  it('"at least" bounds a number: "at least one fewer opponent" is no opposite of "the most gifted"', () => {
    assert.deepStrictEqual(conflicts('Tom Brede will have at least one fewer opponent in Velna after the mayor quit.', 'The mayor of Velna praised Tom Brede as one of the most gifted candidates in Velna.'), []);
  });

  it('a refusal ahead and a thing done tell of two times: "will not release those emails" / "past emails released in the inquiry"', () => {
    assert.deepStrictEqual(conflicts('The harbour board of Velna said it will not release those emails to the council.', 'The harbour board of Velna redacted details of past emails released to the council.'), []);
    assert.deepStrictEqual(conflicts('Most supporters of Tom Brede have already fallen in line behind Eva Lund.', 'Supporters of Tom Brede will not fall in line behind Eva Lund, his wife said.'), []);
    // near miss: a denial of the past against the past
    assert.deepStrictEqual(conflicts('The harbour board of Velna did not release the emails to the council.', 'The harbour board of Velna released the emails to the council.'), [
      'disputes: one says “released emails…” happened, the other says it did not',
    ]);
  });

  it('a denial describing a place ("a closed primary, where independents are not allowed to vote") says nothing of another', () => {
    assert.strictEqual(ruleConflict('Brede blamed a closed primary in Velna, where independents are not allowed to vote.', 'The open primaries in Osterby, which allow independents to vote, helped Brede.'), null);
    // near miss: said of the primary itself
    assert.strictEqual(ruleConflict('The closed primary in Velna did not allow independents to vote.', 'The closed primary in Velna allowed independents to vote.'), 'one says “allowed…” happened, the other says it did not');
  });

  it('what is likely or unlikely is not stated: "unlikely to settle the race" / "doesn’t settle the race" agree', () => {
    assert.deepStrictEqual(conflicts('Even a decisive win in Velna doesn’t settle the race for mayor.', 'The primary in Velna is unlikely to settle the race for mayor.'), []);
    assert.deepStrictEqual(conflicts('The primary in Velna did settle the race for mayor.', 'The primary in Velna did not settle the race for mayor.'), [
      'contradicts: one says “settle…” happened, the other says it did not',
    ]);
  });

  it('an act a noun intends is not done, and what "should" not happen is a recommendation: "any decision to charge" / "should face no charges"', () => {
    assert.deepStrictEqual(conflicts('The inspector said Eva Lund should face no charges over the harbour accounts of Velna.', 'Any decision to charge Eva Lund over the harbour accounts of Velna would involve the inspector.'), []);
    assert.deepStrictEqual(conflicts('Eva Lund faced no charges over the harbour accounts of Velna.', 'Eva Lund faced charges over the harbour accounts of Velna.'), [
      'contradicts: one says “charges…” happened, the other says it did not',
    ]);
    // ("May" before "no" is the month, no modal)
    assert.strictEqual(ruleConflict('Varna exports in May showed no growth, the ministry said.', 'Varna exports in May showed strong growth, the ministry said.'), 'one says “growth…” happened, the other says it did not');
  });

  it('"not what leadership is" says what a thing is, not that something did not happen', () => {
    assert.deepStrictEqual(conflicts('That is not what leadership is in Velna; that is what the council is.', 'It shows the difference between the mayor and the leadership of the council in Velna.'), []);
  });

  it('"not have" a thing is met by having it, or by its being someone’s, not by the thing doing something', () => {
    assert.strictEqual(ruleConflict('We don’t have any religious test for refugees in Velna.', 'The religious test for refugees in Velna originated in a speech by the mayor.'), null);
    assert.deepStrictEqual(conflicts('Velna does not have a religious test for refugees.', 'Velna has a religious test for refugees.'), [
      'contradicts: one says “religious test…” happened, the other says it did not',
    ]);
    assert.deepStrictEqual(conflicts('Sophie Lund does not have a teddy bear.', 'Sophie Lund’s teddy bear stays up late in Velna.'), [
      'contradicts: one says “teddy bear…” happened, the other says it did not',
    ]);
  });

  it('opposite adjectives before the nouns they describe name two things: "private colleges" / "public schools"; "a liberal writer" still says what someone is', () => {
    assert.strictEqual(ruleConflict('Students in Velna will need money for private colleges and room and board.', 'The mayor’s plan for Velna ends tuition at public schools and cuts loan rates.'), null);
    assert.strictEqual(ruleConflict('The meeting of the Velna council was private.', 'The meeting of the Velna council was public.'), 'opposite predicates (private… vs public…)');
    // (adverbs describe one act: "publicly criticized" / "privately criticized")
    assert.strictEqual(ruleConflict('Eva Lund publicly criticized the Varna port deal on Monday.', 'Eva Lund privately criticized the Varna port deal on Monday.'), 'opposite predicates (publicly… vs privately…)');
  });

  it('another object is another act: "treat each other with respect" / "will not treat Velna with respect", "has not called for him to resign" / "has called the situation a mess"', () => {
    assert.deepStrictEqual(conflicts('Velna is a place where people of all backgrounds treat each other with respect.', 'Other towns will not treat Velna with respect, the mayor said.'), []);
    // near miss: "each other" on both sides is one object
    assert.strictEqual(ruleConflict('The ferry crews of Velna did not treat each other with respect during the strike.', 'The ferry crews of Velna treated each other with respect during the strike.'), 'one says “treated…” happened, the other says it did not');
    assert.deepStrictEqual(conflicts('An aide to Eva Lund has called the harbour situation a mess.', 'Eva Lund has voiced concern over the harbour situation but has not called for the director to resign.'), []);
  });
});
