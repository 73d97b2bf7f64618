import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Aliases, analyzeText, ClaimEngine, ClaimIndex, decodeSignatures, DEFAULT_ALIASES, encodeSignatures, LineIndex, oneClaim, signatures, type ClaimSignature } from '../../server/src/engine';

/** Links of every sentence of `a.txt` as `line relation → file:line` (fixtures written for the project). */
function links(files: Record<string, string>, from = 'a.txt'): string[] {
  const e = new ClaimEngine();
  for (const [uri, text] of Object.entries(files)) e.set({ uri, text, format: 'plaintext' });
  const idx = (u: string): LineIndex => new LineIndex(files[u]);
  const out: string[] = [];
  for (const c of e.claims(from)) {
    for (const l of c.links) {
      out.push(`${idx(from).positionAt(c.range.start).line + 1} ${l.relation} → ${l.uri}:${idx(l.uri).positionAt(l.range.start).line + 1}`);
    }
  }
  return out;
}

function lint(files: Record<string, string>, from = 'a.txt'): string[] {
  const e = new ClaimEngine();
  for (const [uri, text] of Object.entries(files)) e.set({ uri, text, format: 'plaintext' });
  const idx = new LineIndex(files[from]);
  return e.lint(from).map((f) => `${f.rule} ${idx.positionAt(f.range.start).line + 1}: ${f.message}`);
}

/** `lint`'s name-variant findings only. */
function nameVariants(files: Record<string, string>, from = 'a.txt'): string[] {
  return lint(files, from).filter((l) => l.startsWith('name-variant'));
}

describe('cross-document relations', () => {
  it('the same event told in two files corroborates', () => {
    const files = {
      'a.txt': 'Government troops shelled the rebel-held village of Tarsa with heavy artillery on Sunday.\n',
      'b.txt': 'On Sunday government troops shelled Tarsa, a rebel-held village, with heavy artillery, witnesses said.\n',
    };
    assert.deepStrictEqual(links(files), ['1 corroborates → b.txt:1']);
    assert.deepStrictEqual(lint(files), [
      'unattributed-claim 1: Unattributed claim: this statement has no source. It states a date and named actors: say who says so. 1 other file reports it too.',
    ]);
  });

  it('two different counts of one thing are not the same claim, even where no rule calls them a conflict', () => {
    // (a copula and a particle, "was down", give the value rules no shared predicate to read a conflict in)
    const index = (pct: string, at = '16:08'): string => `The Tarvex index was down ${pct} at ${at} UTC, a slight recovery from earlier in the day.\n`;
    assert.deepStrictEqual(links({ 'a.txt': index('2.62%'), 'b.txt': index('2.62%') }), ['1 corroborates → b.txt:1']);
    assert.deepStrictEqual(links({ 'a.txt': index('2.62%'), 'b.txt': index('3.76%') }), []);
    assert.deepStrictEqual(links({ 'a.txt': index('2.62%'), 'b.txt': index('3.76 percent') }), []);
    // counts of two units are no conflict: the same claim
    assert.deepStrictEqual(links({ 'a.txt': 'The Tarvex index was down 2.62% at 16:08 UTC, or 41 points, a slight recovery from earlier in the day.\n', 'b.txt': index('2.62%') }), ['1 corroborates → b.txt:1']);
  });

  it('a time zone after a clock is no subject, and a country is one subject however it is named', () => {
    const one = (a: string, b: string): string[] => links({ 'a.txt': a + '\n', 'b.txt': b + '\n' });
    const british = 'The primary British index, the TRX 200, dropped in value by 2.36%, which is 118.40 points, to below the 5000 mark at 4907.20.';
    // "As of 14:48 UTC, the UK index…": UTC is not who dropped, the index is, by two different counts
    assert.deepStrictEqual(one(british.replace('British', 'UK'), 'As of 14:48 UTC, the primary UK index, the TRX 200, dropped in value by 6.50% (323.65 points) to a point even further below the 5000 mark at 4656.60.'), []);
    // British, UK and London's name one subject
    assert.deepStrictEqual(one(british, 'The primary UK index, the TRX 200, dropped in value by 6.50% (323.65 points) to a point even further below the 5000 mark at 4656.60.'), []);
    assert.deepStrictEqual(one(british, "London's primary index, the TRX 200, dropped in value by 6.50% (323.65 points) to a point even further below the 5000 mark at 4656.60."), []);
    assert.deepStrictEqual(one(british, 'The primary UK index, the TRX 200, dropped in value by 2.36% (118.40 points) to a point below the 5000 mark at 4907.20.'), ['1 corroborates → b.txt:1']);
  });

  it('one thing changing in opposite directions, or by two sizes of one change, is not one claim', () => {
    // (in two stories about one day's markets: their other paragraphs are alike)
    const story = (s: string): string => `${s}\n\nMarkets in Lormont and Tarvex reacted to the Halvorsen Bank rate decision on Monday.\n\nThe Halvorsen Bank raised its main rate to 4.5% from 4%.\n`;
    const one = (a: string, b: string): string[] => links({ 'a.txt': story(a), 'b.txt': story(b) }).filter((l) => l.startsWith('1 '));
    const dropped = 'The primary UK index, the TRX 200, dropped in value by 2.36%, which is 118.40 points, to below the 5000 mark at 4907.20.';
    const rose = 'As of 18:00 UTC, the primary UK index, the TRX 200, was one of the few indexes to increase in value.';
    assert.deepStrictEqual(one(dropped, rose), []);
    assert.deepStrictEqual(one(dropped, 'As of 18:00 UTC, the primary UK index, the TRX 200, dropped in value by 2.36%, the most in a month.'), ['1 corroborates → b.txt:1']);
    // a sentence with both directions has none of its own
    assert.deepStrictEqual(one(dropped.replace('2.36%,', '2.36% while bonds rose,'), rose), ['1 corroborates → b.txt:1']);
    // "lost 1.16%" and "dropped by 4.08%" are two sizes of one change, whatever the verbs
    const closed = 'The Tarvex Industrial Average closed at its lowest level in over six years on Thursday, having lost 1.16%.';
    assert.deepStrictEqual(one(closed, 'The Tarvex Industrial Average dropped by 4.08% at the closing bell, reaching its lowest level in six years.'), []);
    assert.deepStrictEqual(one(closed, 'The Tarvex Industrial Average dropped by 1.16% at the closing bell, reaching its lowest level in six years.'), ['1 corroborates → b.txt:1']);
  });

  it('what one article tells of its own day is not the claim of an article filed more than a week apart', () => {
    // (articles with a date line under the headline, as Wikinews writes them)
    const article = (date: string, sentence: string): string => `Halvorsen shows new phone\n${date}\n${sentence}\nThe Halvorsen Tarvex phone has a larger screen and a faster chip than the model it replaces.\n`;
    const launch = (when = ''): string => `Halvorsen ${when}launched a new version of its Tarvex phone at its yearly conference in Lormont.`;
    const third = (a: string, b: string): string[] => links({ 'a.txt': a, 'b.txt': b }).filter((l) => l.startsWith('3 ') && l.endsWith('b.txt:3'));
    // one yearly conference, five years apart
    assert.deepStrictEqual(third(article('June 6, 2005', launch('today ')), article('June 7, 2010', launch())), ['3 same-event → b.txt:3']);
    // three days apart: the other article may tell the same day
    assert.deepStrictEqual(third(article('June 6, 2010', launch('today ')), article('June 9, 2010', launch())), ['3 corroborates → b.txt:3']);
    // the later article gives the day itself: it may be telling the earlier day as background
    assert.deepStrictEqual(third(article('June 6, 2005', launch('today ')), article('June 7, 2010', launch().replace('.', ' on June 6, 2005.'))), ['3 corroborates → b.txt:3']);
    // neither ties the launch to its day
    assert.deepStrictEqual(third(article('June 6, 2005', launch()), article('June 7, 2010', launch())), ['3 corroborates → b.txt:3']);
    // two counts from articles of one day contradict; of June 6 in two years (a date line has its year), they are two days' counts
    const sold = (n: string): string => `Halvorsen sold ${n} phones in Lormont on the first day of sales.`;
    assert.deepStrictEqual(third(article('June 6, 2005', sold('4,000')), article('June 6, 2005', sold('6,000'))), ['3 contradicts → b.txt:3']);
    assert.deepStrictEqual(third(article('June 6, 2005', sold('4,000')), article('June 6, 2010', sold('6,000'))), []);
  });

  it('two different quotations of one speaker, each most of its sentence, are two statements, not one claim', () => {
    const article = (quote: string): string =>
      `Halvorsen settles trademark dispute with Tarvex Records\nHalvorsen and Tarvex Records settled their trademark dispute over the Tarvex name in Lormont on Monday.\n"${quote}," said Halvorsen chief executive Lena Brandt.\n`;
    const third = (a: string, b: string): string[] => links({ 'a.txt': article(a), 'b.txt': article(b) }).filter((l) => l.startsWith('3 ') && l.endsWith('b.txt:3'));
    // the same words: the quotation told twice
    const same = 'We have always loved the Tarvex catalogue and the dispute has been painful for everyone at Halvorsen';
    assert.deepStrictEqual(third(same, same), ['3 corroborates → b.txt:3']);
    // other words of hers about the same settlement: one event
    assert.deepStrictEqual(third(same, 'The years ahead will be exciting for Halvorsen and for the Tarvex catalogue'), ['3 same-event → b.txt:3']);
  });

  it('"extended an invitation" is a statement: its quotation has a speaker', () => {
    const t = 'After the ruling, Halvorsen chief executive Lena Brandt extended an invitation to the label, "we hope to work together on the Tarvex catalogue".';
    const a = analyzeText(t, 'plaintext');
    assert.strictEqual(a.sentences[0].attribution?.cue.source?.text, 'Halvorsen chief executive Lena Brandt');
  });

  it('two sentences that share only who, where and when are one event, not one claim', () => {
    const one = (b: string): string[] => links({ 'a.txt': 'Lena Brandt met Oskar Vik in Tarsa on Monday.\n', 'b.txt': b + '\n' });
    assert.deepStrictEqual(one('Lena Brandt met with Oskar Vik in Tarsa on Monday.'), ['1 corroborates → b.txt:1']);
    assert.deepStrictEqual(one('Lena Brandt sued Oskar Vik in Tarsa on Monday.'), ['1 same-event → b.txt:1']);
  });

  it('a headline is the claim of a sentence that says half its words, else only its event', () => {
    const sig = (text: string, headline: boolean): ClaimSignature => {
      const all = signatures(analyzeText(text, 'plaintext'), new Aliases(DEFAULT_ALIASES));
      const s = all.find((x) => x.headline === headline);
      assert.ok(s, `no ${headline ? 'headline' : 'body'} signature in ${text}`);
      return s;
    };
    const story = (headline: string): ClaimSignature => sig(`${headline}\n\nHalvorsen Motors said on Monday it would look for more partners in Lormont.\n`, true);
    const body = sig('Halvorsen Motors says there is no agreement to build a car with Tarvex in Lormont.\n', false);
    assert.strictEqual(oneClaim(story('HALVORSEN MOTORS SAYS NO AGREEMENT TO BUILD CAR WITH TARVEX'), body), true);
    assert.strictEqual(oneClaim(body, story('HALVORSEN MOTORS SAYS NO AGREEMENT TO BUILD CAR WITH TARVEX')), true);
    // one word of four in common ("car"): enough for two sentences of a body, not for a headline
    assert.strictEqual(oneClaim(story('HALVORSEN MOTORS SETS SIGHTS ON CAR ACQUISITION'), body), false);
    // (two sentences of a body: one content word in common is enough)
    assert.strictEqual(oneClaim(sig('Halvorsen Motors will build cars with Tarvex in Lormont.\n', false), body), true);
  });

  it('a percentage is one unit however it is written: "%", "percent", "per cent", "pct"', () => {
    const units = (sentence: string): string[] => signatures(analyzeText(sentence, 'plaintext'), new Aliases(DEFAULT_ALIASES))[0].numbers.map((n) => `${n.value} ${n.unit}`);
    assert.deepStrictEqual(units('Marlow won 48% of the vote in Tarsa and 12 seats.'), ['48 percent', '12 seat']);
    assert.deepStrictEqual(units('Marlow won 48 percent of the vote in Tarsa.'), ['48 percent']);
    assert.deepStrictEqual(units('Marlow won 48 per cent of the vote in Tarsa.'), ['48 percent']);
    // (the wire's abbreviation, its full stop kept at the end of the sentence)
    assert.deepStrictEqual(units('The Tarvex issue pays five pct.'), ['5 percent']);
    assert.deepStrictEqual(units('Tarvex sales rose 4.5 pct in March.'), ['4.5 percent']);
  });

  it('aliases and transliterations match: ISIS / Daesh, Sergey / Sergei', () => {
    const files = {
      'a.txt': 'Foreign Minister Sergey Petrov said Daesh fighters had withdrawn from the oil fields near Deir.\n',
      'b.txt': 'Foreign Minister Sergei Petrov said ISIS fighters had withdrawn from the oil fields near Deir.\n',
    };
    assert.deepStrictEqual(links(files), ['1 corroborates → b.txt:1']);
    assert.deepStrictEqual(lint(files), ['name-variant 1: “Sergey” is spelled “Sergei” in b.txt.']);
  });

  it('a given name is the same person’s only with the same surname: Alan / Allan Greenspan, not Alan Smith / Allan Jones, nor Sidney Hale / Sydney', () => {
    const same = {
      'a.txt': 'Fed chairman Alan Greenspan said rates would stay where they are until the summer.\n',
      'b.txt': 'Fed chairman Allan Greenspan said rates would stay where they are until the summer.\n',
    };
    assert.deepStrictEqual(lint(same), ['name-variant 1: “Alan” is spelled “Allan” in b.txt.']);
    const two = {
      'a.txt': 'Union leader Alan Smith said the strike at the Dunmore mill would go on.\n',
      'b.txt': 'Mill owner Allan Jones said the strike at the Dunmore mill would end soon.\n',
    };
    assert.deepStrictEqual(nameVariants(two), []);
    // a city alone is not the given name of someone with a surname
    const city = {
      'a.txt': 'The strike closed the port of Sydney on Monday, union officials said.\n',
      'b.txt': 'Port director Sidney Hale said the strike would end on Monday.\n',
    };
    assert.deepStrictEqual(nameVariants(city), []);
    // one half of a hyphenated name is not a name of its own: "Wal-Mart" is not "Wall Street"
    const hyphen = {
      'a.txt': 'Apple passed Wal-Mart last month to become the largest music retailer in the country.\n',
      'b.txt': 'Apple passed its rivals last month, The Wall Street Journal reported on its website.\n',
    };
    assert.deepStrictEqual(nameVariants(hyphen), []);
    // …nor a lower-case second half: "Koo Bon-yong" is not "Bonn"
    const korean = {
      'a.txt': 'Koo Bon-yong, an aide to the minister, said the ferry debt would fall this year.\n',
      'b.txt': 'The ferry line moved its offices to Bonn last year, the company said.\n',
    };
    assert.deepStrictEqual(nameVariants(korean), []);
    // a capitalised word after a name is its next name word, whatever its tag: "Kelli Ward" is not "The Kelly File"
    const tagged = {
      'a.txt': 'Harbour councillor Kelli Ward called for a new pier on Monday.\n',
      'b.txt': 'On The Kelly File, the host said the pier was safe.\n',
    };
    assert.deepStrictEqual(nameVariants(tagged), []);
  });

  it('other name words before two surnames make two people: Rune Andersson / Robert Anderson, Buenos Aires / L.S. Ayres', () => {
    const two = {
      'a.txt': 'Chief executive Rune Andersson said the Dunmore mill would close in May.\n',
      'b.txt': 'Former Treasury secretary Robert Anderson said the Dunmore mill would close in May.\n',
    };
    assert.deepStrictEqual(nameVariants(two), []);
    // (a title before one of them is no name word: "Mr. Anderson" may be Rune Andersson)
    const title = {
      'a.txt': 'Chief executive Rune Andersson said the Dunmore mill would close in May.\n',
      'b.txt': 'Mr. Anderson said the Dunmore mill would close in May.\n',
    };
    assert.deepStrictEqual(nameVariants(title), ['name-variant 1: “Andersson” is spelled “Anderson” in b.txt.']);
  });

  it('a state’s abbreviation is no spelling of a name: "Wis." / "(D-Wis)" are not "Wyss"', () => {
    const files = {
      'a.txt': 'Economist Otto Wyss said ferry traffic would fall in May.\n',
      'b.txt': 'The ferry line opened an office in Janesville, Wis., on Monday.\n',
      'c.txt': 'Senator Ann Lee (D-Wis) backed the ferry line on Monday.\n',
      'd.txt': 'The ferry line also has an office in Appleton, Wis.\n',
    };
    assert.deepStrictEqual(nameVariants(files), []);
    // (the same short word as a name is one)
    const name = { 'a.txt': files['a.txt'], 'b.txt': 'The ferry line hired economist Otto Wis on Monday.\n' };
    assert.deepStrictEqual(nameVariants(name), ['name-variant 1: “Wyss” is spelled “Wis” in b.txt.']);
  });

  it('a spelling is compared with the files that have the same name word before it, not only the first file', () => {
    const files = {
      'a.txt': 'Workers at Regie Natiionale des Tabacs voted to strike on Monday.\n',
      // (the first other file by name has another name word before it: another company)
      'b.txt': 'Federation Nationale des Cafetiers said prices would rise in June.\n',
      'c.txt': 'Regie Nationale des Tabacs said output fell by four percent last year.\n',
    };
    assert.deepStrictEqual(nameVariants(files), ['name-variant 1: “Natiionale” is spelled “Nationale” in c.txt.']);
    // without c.txt, only a name after another name word is left: two names
    const other = { 'a.txt': files['a.txt'], 'b.txt': files['b.txt'] };
    assert.deepStrictEqual(nameVariants(other), []);
  });

  it('the usual spelling is not reported against a rare one: only the file with the rare one is told', () => {
    const files: Record<string, string> = { 'rare.txt': 'The ferry left Sidney, Ohio, on Monday with 40 passengers.\n' };
    for (const n of [1, 2, 3, 4, 5]) files[`f${n}.txt`] = `Ferry line ${n} opened an office in Sydney last week, the company said.\n`;
    const all = Object.keys(files).flatMap((f) => nameVariants(files, f).map((l) => `${f} ${l}`));
    assert.deepStrictEqual(all, ['rare.txt name-variant 1: “Sidney” is spelled “Sydney” in f1.txt.']);
    // (four files to one is no usual spelling yet: each is told)
    delete files['f5.txt'];
    assert.strictEqual(Object.keys(files).filter((f) => lint(files, f).some((l) => l.startsWith('name-variant'))).length, 5);
  });

  it('a name opening a sentence is a spelling variant of a name met inside one elsewhere, an English word there is not', () => {
    const files = {
      'a.txt': 'The coalition said its aircraft struck targets near Raqqa on Monday.\n',
      'b.txt': 'Raqa was seized by the militants in early 2014.\n',
    };
    assert.deepStrictEqual(nameVariants(files), ['name-variant 1: “Raqqa” is spelled “Raqa” in b.txt.']);
    const word = {
      'a.txt': 'The shares were sold to investor Antoine Gros on Friday.\n',
      'b.txt': 'Gross sales rose to 40 mln dlrs in the quarter.\n',
    };
    assert.deepStrictEqual(nameVariants(word, 'b.txt'), []);
    // two words that only ever open sentences prove nothing
    const both = { 'a.txt': 'Raqqa fell in 2014.\n', 'b.txt': 'Raqa fell in 2014.\n' };
    assert.deepStrictEqual(nameVariants(both), []);
  });

  it('a name is told with the spelling most files use, not a rarer one in a file that sorts first', () => {
    const files = {
      'a.txt': 'Mayor Hilary Varn opened the ferry terminal on Monday.\n',
      'b.txt': 'Mayor Hilarry Varn closed the old quay on Tuesday.\n',
      'c.txt': 'Mayor Hillary Varn spoke in the harbour on Monday.\n',
      'd.txt': 'Mayor Hillary Varn met the ferry crews on Monday.\n',
      'e.txt': 'Mayor Hillary Varn cut the harbour levy on Monday.\n',
    };
    assert.deepStrictEqual(nameVariants(files, 'b.txt'), ['name-variant 1: “Hilarry” is spelled “Hillary” in c.txt.']);
  });

  it('letter case, full stops, apostrophes, accents’ encoding, acronyms, codes and English words are no spelling variants: Inc / Inc., O’Malley / O\'Malley, ICCO / ICO, Baa-3 / Ba-3, Long / Loong', () => {
    const files = {
      'a.txt': 'Dunmore Paper Inc. said the ICCO buffer stock manager sold cocoa, and Moody’s rated the notes Baa-3.\n',
      'b.txt': 'Dunmore Paper Inc said the ICO buffer stock manager sold coffee, and Moody’s rated the notes Ba-3.\n',
    };
    assert.deepStrictEqual(nameVariants(files), []);
    // an English word is no spelling of a name like it
    const word = {
      'a.txt': 'The bank’s chairman, Edmund Loong, said profits would rise this year.\n',
      'b.txt': 'Shares in Long fell sharply on Monday after the bank’s profit warning.\n',
    };
    assert.deepStrictEqual(nameVariants(word), []);
    // an acronym in the plural is an acronym: "BOTs" (bills) is not "Botts", "CCTs" not "Cts"
    const plural = {
      'a.txt': 'The Treasury sold short-term bills (BOTs) on Monday, the central bank said.\n',
      'b.txt': 'The ferry line hired lawyer Otto Botts on Monday, the company said.\n',
    };
    assert.deepStrictEqual(nameVariants(plural), []);
    // the form of an apostrophe and the encoding of an accent are typography: "O’Malley" / "O'Malley", "é" as one
    // character or as "e" and a combining accent; a drawn-out exclamation is no name ("Yessss" / "Yesssss")
    const typography = {
      'a.txt': 'Governor Martin O’Malley spoke in Des Moines with Senator José Serrano, and the crowd shouted Yessss.\n',
      'b.txt': 'Governor Martin O\'Malley spoke in Ames with Senator Jose\u0301 Serrano, and the crowd shouted Yesssss.\n',
    };
    assert.deepStrictEqual(nameVariants(typography), []);
    // a real difference in spelling is still one
    const spelt = { ...typography, 'b.txt': 'Governor Martin O\'Maley spoke in Ames with Senator Jose\u0301 Serrano.\n' };
    assert.deepStrictEqual(nameVariants(spelt), ['name-variant 1: “O’Malley” is spelled “O\'Maley” in b.txt.']);
  });

  it('a person, a company and a place are two names, not one misspelt: "President Brett Wilcox" / "Willcox and Gibbs Inc", "Stromberg-Carlson" / "Ingvar Carlsson", "the Jasim River" / "Minister Jassim"', () => {
    const variants = nameVariants;
    const company = {
      'a.txt': 'Northwest Aluminum President Brett Wilcox said production would resume in May.\n',
      'b.txt': 'Willcox and Gibbs Inc said it had agreed to buy a rival sewing machine maker.\n',
    };
    assert.deepStrictEqual(variants(company), []);
    // near miss: two people, nothing tells them apart
    assert.deepStrictEqual(variants({ ...company, 'b.txt': 'Production at the smelter will resume in May, chairman Willcox said.\n' }), ['name-variant 1: “Wilcox” is spelled “Willcox” in b.txt.']);
    // the other half of a hyphened or slashed name is a name word before it
    const halves = {
      'a.txt': 'Swedish Prime Minister Ingvar Carlsson visited the plant in Peking on Monday.\n',
      'b.txt': 'The equipment was ordered from Plessey’s subsidiary Stromberg-Carlson and from ATT/Philips on Monday.\n',
    };
    assert.deepStrictEqual(variants(halves), []);
    const place = {
      'a.txt': 'Iranian troops are entrenched west of the Jasim River, about 10 km east of Basra.\n',
      'b.txt': 'Spending will rise to 1.73 billion dinars, Finance Minister Jassim al-Khorafi said.\n',
    };
    assert.deepStrictEqual(variants(place), []);
  });

  it('identical quotes with straight and curly apostrophes are the same quote', () => {
    const files = {
      'a.txt': '"We haven\'t seen any sign that they\'ll comply with the deal," said spokesman Dan Ortiz.\n',
      'b.txt': '“We haven’t seen any sign that they’ll comply with the deal,” spokesman Dan Ortiz said.\n',
    };
    assert.deepStrictEqual(links(files), ['1 corroborates → b.txt:1']);
    assert.deepStrictEqual(lint(files), []);
  });

  it('the same speaker quoted with different words is a quote variant with the differing words', () => {
    const files = {
      'a.txt': '“Our troops are protecting and supporting the civilians and our goal is only to end the siege,” Gen. Rita Moor said.\n',
      'b.txt': '“Our troops are protecting the civilians and our goal is solely to end the siege,” Moor said.\n',
    };
    assert.deepStrictEqual(lint(files), ['quote-mismatch 1: Quoted differently in b.txt: “and supporting” → “∅”; “only” → “solely”']);
  });

  it('one report quoting more of the same remarks is no variant; contractions, hyphens and aliases are no differences', () => {
    const longer = {
      'a.txt': '“We have got to rebuild the pier. The ferry cannot wait another winter,” Mayor Ana Ruiz said.\n',
      'b.txt': '“We’ve got to rebuild the pier,” Ruiz said on Monday, adding that the work would start in March.\n',
    };
    assert.deepStrictEqual(lint(longer), []);
    assert.deepStrictEqual(links(longer), ['1 corroborates → b.txt:1']);
    const hyphen = {
      'a.txt': '“Japan is applying the full-court press on the United States and its partners,” trade envoy Ana Ruiz said.\n',
      'b.txt': '“Japan is applying the full court press on the U.S. and its partners,” Ruiz said.\n',
    };
    assert.deepStrictEqual(lint(hyphen), []);
    // "it's" is "it is", and "it has" before "been"
    const pronoun = {
      'a.txt': '“It’s a good day for the harbour and it’s been a long wait for the crews,” Mayor Ana Ruiz said.\n',
      'b.txt': '“It is a good day for the harbour and it has been a long wait for the crews,” Ruiz said.\n',
    };
    assert.deepStrictEqual(lint(pronoun), []);
  });

  it('house styles are no differences: British and American spelling, number words and digits, "6:00 p.m." / "6 p.m.", apostrophes, the editor’s words in brackets', () => {
    const files = {
      'a.txt': '“The neighbourhood realised by 6:00 p.m. that this eleventh-hour plan would hurt [local] ferry crews and the harbour population’s jobs,” Mayor Ana Ruiz said.\n',
      'b.txt': '“The neighborhood realized by 6 p.m. that this 11th hour plan would hurt ferry crews and the harbor populations’ jobs,” Ruiz said.\n',
    };
    assert.deepStrictEqual(lint(files), []);
    assert.deepStrictEqual(links(files), ['1 corroborates → b.txt:1']);
    // near miss: a word of its own in the same quotation still differs, shown as written
    const changed = { ...files, 'b.txt': '“The neighborhood realized by 7 p.m. that this 11th hour plan would hurt ferry crews and the harbor populations’ jobs,” Ruiz said.\n' };
    assert.deepStrictEqual(lint(changed), ['quote-mismatch 1: Quoted differently in b.txt: “6:00” → “7”']);
  });

  it('a speaker quoted twice in one article: each quotation is compared with its own version in another, not with the one it shares a few words with', () => {
    const files = {
      'a.txt': 'Ruiz wrote on Twitter: “I’m officially opening the pier!”\n\n“I am so proud to be opening the pier for the second time,” Mayor Ana Ruiz said.\n',
      'b.txt': '“I am so proud to be opening the pier for the second time,” Ruiz said in a statement.\n',
    };
    assert.deepStrictEqual(lint(files).filter((l) => l.startsWith('quote-mismatch')), []);
    assert.deepStrictEqual(lint(files, 'b.txt').filter((l) => l.startsWith('quote-mismatch')), []);
    // near miss: without its own version in a.txt, the short quote is compared with b.txt's
    const alone = { ...files, 'a.txt': 'Ruiz wrote on Twitter: “I’m officially opening the pier!”\n' };
    assert.deepStrictEqual(lint(alone).filter((l) => l.startsWith('quote-mismatch')), ['quote-mismatch 1: Quoted differently in b.txt: “officially” → “so proud to be”']);
  });

  it('a quotation cut short at a different word: only the words next to the shared ones differ', () => {
    const files = {
      'a.txt': '“The unfairness of the tax laws is unbelievable. I have been talking about it for a long time, being a big beneficiary of the laws. But I am working for you now,” Ana Ruiz said.\n',
      'b.txt': '“The unfairness of the tax laws is unbelievable. I have been talking about it for a long time, being a big beneficiary of the law,” Ruiz said.\n',
    };
    assert.deepStrictEqual(lint(files), ['quote-mismatch 1: Quoted differently in b.txt: “laws” → “law”']);
  });

  it('a denial of the same event contradicts an unattributed claim', () => {
    const files = {
      'a.txt': 'The army withdrew its tanks from the northern border on Friday.\n',
      'b.txt': 'The army did not withdraw its tanks from the northern border on Friday, the defence ministry said.\n',
    };
    assert.deepStrictEqual(links(files), ['1 contradicts → b.txt:1']);
    assert.match(lint(files)[0], /^contradicted-claim 1: Contradicted by b\.txt: /);
  });

  it('a sentence that names no one, in an article that does, conflicts only where the two articles tell one story', () => {
    // two companies' notes: "the company" of each is its own
    const files = {
      'a.txt': 'Holm Shipping Corp sold 2 mln shares in May. Varn Securities bought most of them.\n\nThe company did not name an underwriter for the sale.\n',
      'b.txt': 'Nordvik Ferries Inc filed with Oslo regulators on Tuesday for an offering of 50 mln crowns of bonds due 1995, its chairman Eva Lund said.\n\nThe company named Varn Securities as underwriter for the sale.\n',
    };
    assert.deepStrictEqual(lint(files).filter((f) => !f.startsWith('unattributed')), []);
    // near miss: one story, its company named in both articles
    const one = {
      'a.txt': 'Holm Shipping Corp sold 2 mln shares in May. Varn Securities bought most of them.\n\nThe company did not name an underwriter for the sale.\n',
      'b.txt': 'Holm Shipping Corp sold 2 mln shares in May, the company said.\n\nThe company named Varn Securities as underwriter for the sale.\n',
    };
    assert.deepStrictEqual(links(one).filter((l) => l.startsWith('3 ')), ['3 contradicts → b.txt:3']);
  });

  it('a story told many times: twenty candidates may corroborate, only the best twelve may conflict', () => {
    const told = 'The army withdrew its tanks from the northern border near Kharan on Friday.\n';
    const denial = 'The army did not withdraw its tanks from the northern border on Friday.\n';
    const copies = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${String(i + 1).padStart(2, '0')}.txt`, told]));
    // thirteen copies share more rare keys than the denial (no "Kharan"): it comes fourteenth
    const many = { 'a.txt': told, ...copies(13), 'z.txt': denial };
    assert.deepStrictEqual(
      links(many),
      Object.keys(copies(13)).map((f) => `1 corroborates → ${f}:1`),
    );
    // near miss: among the best twelve, the denial contradicts
    const few = { 'a.txt': told, ...copies(3), 'z.txt': denial };
    assert.deepStrictEqual(links(few), ['1 corroborates → c01.txt:1', '1 corroborates → c02.txt:1', '1 corroborates → c03.txt:1', '1 contradicts → z.txt:1']);
  });

  it('two attributed statements that conflict are a dispute, not an error', () => {
    const files = {
      'a.txt': 'The ministry said 40 soldiers were killed in the ambush near Kharan.\n',
      'b.txt': 'Rebel commanders said 12 soldiers were killed in the ambush near Kharan.\n',
    };
    assert.deepStrictEqual(links(files), ['1 disputes → b.txt:1']);
    assert.deepStrictEqual(lint(files).map((l) => l.split(':')[0]), ['disputed-claim 1']);
  });

  it('traps: discussing joint strikes does not contradict "no agreement"', () => {
    const files = {
      'a.txt': 'The two ministers have discussed the possibility of joining forces to carry out strikes on militants in the valley.\n',
      'b.txt': 'There is no agreement to conduct joint strikes on militants in the valley, the ministry said.\n',
    };
    assert.ok(!links(files).some((l) => / contradicts | disputes /.test(l)), links(files).join('; '));
  });

  it('traps: recaptured in March does not contradict captured in 2015; February 27 does not contradict February', () => {
    const a = { 'a.txt': 'The ancient city, which troops recaptured in March from the militants, is now quiet.\n', 'b.txt': 'The militants captured the ancient city in 2015 and held it for months.\n' };
    assert.ok(!links(a).some((l) => / contradicts | disputes /.test(l)), links(a).join('; '));
    const b = { 'a.txt': 'The truce introduced in the region on February 27 does not cover the militant groups.\n', 'b.txt': 'The truce was introduced in the region in February and covers the militant groups.\n' };
    assert.ok(!links(b).some((l) => / contradicts / .test(l) && /february/i.test(l)), links(b).join('; '));
  });

  it('a headline is a link target (Title Case words are names only when the body has them as names), never a linted claim', () => {
    const files = {
      'a.txt': 'Rebels seized the border town of Varna after heavy fighting with army units on Tuesday.\n',
      'b.txt': 'Rebels Seize Border Town Of Varna After Heavy Fighting\n\nThe army said it would retake Varna within days.\n',
    };
    assert.deepStrictEqual(links(files), ['1 corroborates → b.txt:1']);
    assert.deepStrictEqual(links(files, 'b.txt'), []);
    assert.deepStrictEqual(lint(files, 'b.txt'), []);
  });

  it('two sentences that share only the background they set ("since … began") tell one event, not one claim', () => {
    const b = 'Norland and the Ostria-led alliance have not coordinated any strikes since Norland air strikes in Vestia began at the end of May.\n';
    const a = 'Since Norland began air strikes in Vestia at the end of May, the Ostrian government has demanded Norland support the Ostria-led alliance and strike the militants.\n';
    assert.deepStrictEqual(links({ 'a.txt': a, 'b.txt': b }), ['1 same-event → b.txt:1']);
    // near miss: the same claim after the same background
    const same = 'Since Norland began air strikes in Vestia at the end of May, the Ostria-led alliance and Norland have not coordinated any strikes.\n';
    assert.deepStrictEqual(links({ 'a.txt': same, 'b.txt': b }), ['1 corroborates → b.txt:1']);
    // what the signatures read: the background's predicates, and no predicate in "Ostria-led"
    const [sa] = signatures(analyzeText(a, 'plaintext'), new Aliases(DEFAULT_ALIASES));
    assert.deepStrictEqual([sa.predicates, sa.background], [['begin', 'demand', 'strik'], ['begin']]);
    const background = (t: string): string[] => signatures(analyzeText(t + '\n', 'plaintext'), new Aliases(DEFAULT_ALIASES))[0].background;
    assert.deepStrictEqual(background('The Ostrian army struck the militants after Norland, and the alliance held.'), []);
    // (the clause ends before a conjunction and another verb; one opening a sentence needs its comma)
    assert.deepStrictEqual(background('The senator resigned after the vote was counted and left the party.'), ['count']);
    assert.deepStrictEqual(background('After the vote the senator resigned and left the party.'), []);
  });

  it('unrelated sentences that share a name are not linked', () => {
    const files = {
      'a.txt': 'Minister Ola Berg opened a new school in the capital on Monday.\n',
      'b.txt': 'Minister Ola Berg will travel to the summit in Geneva next month.\n',
    };
    assert.deepStrictEqual(links(files), []);
  });

  it('the index is incremental: removing a file removes its links', () => {
    const e = new ClaimEngine();
    e.set({ uri: 'a.txt', text: 'Government troops shelled the rebel-held village of Tarsa with heavy artillery on Sunday.\n', format: 'plaintext' });
    e.set({ uri: 'b.txt', text: 'On Sunday government troops shelled Tarsa, a rebel-held village, with heavy artillery.\n', format: 'plaintext' });
    assert.strictEqual(e.claims('a.txt')[0].links.length, 1);
    e.remove('b.txt');
    assert.strictEqual(e.claims('a.txt')[0].links.length, 0);
  });
});

describe('acronyms as names', () => {
  const aliases = new Aliases(DEFAULT_ALIASES);
  const entitiesOf = (text: string): string[][] => signatures(analyzeText(text, 'plaintext'), aliases).map((s) => s.entities.filter((e) => e.startsWith('ent:')));

  it('an acronym opening a sentence is a name ("NATO has…", "IBM’s…"), a label before a colon is not ("NOTE: …")', () => {
    assert.deepStrictEqual(entitiesOf('NATO has sent sixteen ships to the islands this spring.\n'), [['ent:nato']]);
    assert.deepStrictEqual(entitiesOf('IBM’s sales rose by a third in the last quarter of the year.\n'), [['ent:ibm']]);
    assert.deepStrictEqual(entitiesOf('NOTE: figures for the last quarter of the year are unaudited.\n'), [[]]);
  });

  it('an acronym keeps its letters (ICCO is not ICO), a name does not (Tarrab / Tarab)', () => {
    assert.deepStrictEqual(entitiesOf('Delegates of the ICCO and the ICO met for the first time this spring.\n'), [['ent:icco', 'ent:ico']]);
    assert.deepStrictEqual(entitiesOf('Troops left Tarrab and Tarab this spring, witnesses said.\n'), [['ent:tarab']]);
  });

  it('a headline in capitals names what the body names, a name or an acronym', () => {
    assert.deepStrictEqual(entitiesOf('TALKS ON TARRAB AND ICCO STALL\n\nThe talks on Tarrab stalled this spring, the ICCO council said.\n'), [
      ['ent:tarab', 'ent:icco'],
      ['ent:tarab', 'ent:icco'],
    ]);
  });
});

describe('incremental linking while a document is edited', () => {
  const shelling = 'Government troops shelled the rebel-held village of Tarsa with heavy artillery on Sunday.';
  const port = 'The harbour authority closed the port of Melvik to grain freighters after the storm damaged two piers.';
  const others = {
    'b.txt': 'On Sunday government troops shelled Tarsa, a rebel-held village, with heavy artillery, witnesses said.\n',
    'c.txt': 'After the storm damaged two piers, the harbour authority closed Melvik port to grain freighters.\n',
  };
  const linked = (e: ClaimEngine): string[] => e.claims('a.txt').map((c) => `${c.text.slice(0, 12)}: ${c.links.map((l) => `${l.relation} ${l.uri}`).join(', ')}`);

  it('an edit relates only what it changed, and undoing it gives back what a fresh engine finds', () => {
    const e = new ClaimEngine();
    for (const [uri, text] of Object.entries(others)) e.set({ uri, text, format: 'plaintext' });
    const original = `${shelling} ${port}\n`;
    e.set({ uri: 'a.txt', text: original, format: 'plaintext' });
    const before = linked(e);
    assert.deepStrictEqual(before, ['Government t: corroborates b.txt', 'The harbour : corroborates c.txt']);
    e.set({ uri: 'a.txt', text: `${shelling} The mayor opened a new library.\n`, format: 'plaintext' });
    assert.deepStrictEqual(linked(e), ['Government t: corroborates b.txt', 'The mayor op: ']);
    e.set({ uri: 'a.txt', text: original, format: 'plaintext' });
    assert.deepStrictEqual(linked(e), before);
    const fresh = new ClaimEngine();
    for (const [uri, text] of Object.entries({ ...others, 'a.txt': original })) fresh.set({ uri, text, format: 'plaintext' });
    assert.deepStrictEqual(e.lint('a.txt'), fresh.lint('a.txt'));
  });

  it('files indexed without their analysis link, lint and hover as if fully kept', () => {
    const full = new ClaimEngine();
    const lean = new ClaimEngine();
    const files = { ...others, 'a.txt': `${shelling} ${port}\n` };
    for (const [uri, text] of Object.entries(files)) {
      full.set({ uri, text, format: 'plaintext' });
      lean.setIndexOnly({ uri, text, format: 'plaintext' });
    }
    for (const uri of Object.keys(files)) {
      assert.deepStrictEqual(lean.lint(uri), full.lint(uri), uri);
      assert.deepStrictEqual(lean.claims(uri), full.claims(uri), uri);
      assert.deepStrictEqual(lean.hover(uri, 5), full.hover(uri, 5), uri);
    }
    assert.ok(full.lint('a.txt').some((f) => f.related.length));
    // opening the file in an editor (same text) keeps its analysis from then on
    lean.set({ uri: 'a.txt', text: files['a.txt'], format: 'plaintext' });
    assert.strictEqual(lean.analysis('a.txt'), lean.analysis('a.txt'));
  });

  it('a change to another file relates everything again', () => {
    const e = new ClaimEngine();
    for (const [uri, text] of Object.entries(others)) e.set({ uri, text, format: 'plaintext' });
    e.set({ uri: 'a.txt', text: `${shelling} ${port}\n`, format: 'plaintext' });
    linked(e);
    e.set({ uri: 'a.txt', text: `${shelling}  ${port}\n`, format: 'plaintext' });
    e.remove('b.txt');
    assert.deepStrictEqual(linked(e), ['Government t: ', 'The harbour : corroborates c.txt']);
  });
});

describe('cross-document results do not depend on the order files were added in', () => {
  it('name variants and links are the same in any insertion order', () => {
    const files: [string, string][] = [
      ['a.txt', 'Foreign Minister Sergey Petrov said the talks would resume.\n'],
      ['b.txt', 'Foreign Minister Sergei Petrov arrived in Vienna on Monday for the talks.\n'],
      ['c.txt', 'Sergei Petrov, the foreign minister, met his counterpart in Vienna.\n'],
    ];
    const run = (order: [string, string][]): string => {
      const e = new ClaimEngine();
      for (const [uri, text] of order) e.set({ uri, text, format: 'plaintext' });
      return JSON.stringify(e.lint('a.txt').map((f) => [f.rule, f.message, f.related.map((r) => r.uri)]));
    };
    const forward = run(files);
    assert.match(forward, /is spelled “Sergei” in b\.txt/);
    // two other spellings in one file: the pick does not depend on which file came first
    const spellings: [string, string][] = [
      ['a.txt', 'Finance Minister Luis Gomez said the budget would pass.\n'],
      ['b.txt', 'The budget of Finance Minister Luiss Gomez (Louis Gomez in the register) goes to parliament on Monday.\n'],
      ['c.txt', 'Louis Gomez, the finance minister, met bankers in Madrid.\n'],
    ];
    assert.strictEqual(run([spellings[0], spellings[2], spellings[1]]), run(spellings));
    assert.match(run(spellings), /“Luis” is spelled “Louis” in b\.txt/);
    assert.strictEqual(run([files[0], files[2], files[1]]), forward);
    assert.strictEqual(run([files[2], files[1], files[0]]), forward);
  });
});

describe('documents analysed elsewhere (the CLI threads)', () => {
  const seedDir = path.resolve(__dirname, '..', '..', '..', 'seeds');
  const seeds = fs.readdirSync(seedDir).sort().map((f) => ({ uri: f, text: fs.readFileSync(path.join(seedDir, f), 'utf8') }));

  it('signatures survive encoding exactly', () => {
    const e = new ClaimEngine();
    for (const s of seeds) e.set({ ...s, format: 'plaintext' });
    for (const s of seeds) {
      const exported = e.exportDocument(s.uri);
      // what travels between threads is JSON text
      const decoded = decodeSignatures(JSON.parse(JSON.stringify(exported)));
      const original = signatures(analyzeText(s.text, 'plaintext'), new Aliases(DEFAULT_ALIASES));
      assert.strictEqual(decoded.length, original.length);
      assert.deepStrictEqual(decoded, original);
      assert.deepStrictEqual(encodeSignatures(decoded), exported);
    }
    assert.strictEqual(e.exportDocument('missing.txt'), null);
  });

  it('an engine given the other files’ signatures lints its own exactly as one that read everything', () => {
    const whole = new ClaimEngine();
    for (const s of seeds) whole.set({ ...s, format: 'plaintext' });
    const [mine, theirs] = [seeds.filter((_, i) => i % 2 === 0), seeds.filter((_, i) => i % 2 === 1)];
    const a = new ClaimEngine();
    const b = new ClaimEngine();
    for (const s of mine) a.set({ ...s, format: 'plaintext' });
    for (const s of theirs) b.set({ ...s, format: 'plaintext' });
    for (const s of theirs) a.importDocument(s.uri, b.exportDocument(s.uri));
    for (const s of mine) b.importDocument(s.uri, a.exportDocument(s.uri));
    let related = 0;
    for (const s of seeds) {
      const owner = mine.includes(s) ? a : b;
      assert.deepStrictEqual(owner.lint(s.uri), whole.lint(s.uri), s.uri);
      assert.deepStrictEqual(owner.claims(s.uri), whole.claims(s.uri), s.uri);
      related += whole.lint(s.uri).filter((f) => f.related.length).length;
    }
    assert.ok(related >= 10, `cross-document findings are compared (${related})`);
    // an imported document is indexed, not linted
    assert.deepStrictEqual(a.lint(theirs[0].uri), []);
  });
});

describe('an edit updates signatures and the index by difference', () => {
  const seedDir = path.resolve(__dirname, '..', '..', '..', 'seeds');
  const seeds = fs.readdirSync(seedDir).sort().map((f) => ({ uri: f, text: fs.readFileSync(path.join(seedDir, f), 'utf8') }));
  const aliases = new Aliases(DEFAULT_ALIASES);
  const fresh = (text: string) => signatures(analyzeText(text, 'plaintext'), aliases);
  /** Edits of seed 001 (insertions, deletions, a changed speaker, a moved sentence), each applied to the text before it. */
  const edits: ((t: string) => string)[] = [
    (t) => t.replace('Raqqa with', 'Raqqax with'),
    (t) => t.replace('Raqqax with', 'Raqqa with'),
    (t) => 'A new first paragraph about the talks in Geneva on Tuesday.\n\n' + t,
    (t) => t.replace('explained State Department spokesman John Kirby', 'explained Pentagon spokesman Jeff Davis'),
    (t) => t.replace(/\n\n[^\n]*\n\n/, '\n\n'),
    (t) => t.replace('“', '“We will not, ').replace('We will not, ', ''),
    (t) => t + '\n\nThe ministry said 40 aircraft would leave.\n',
  ];

  it('reused signatures are those a fresh analysis gives, moved to their new place', () => {
    let text = seeds[1].text;
    let previous = fresh(text);
    for (const [n, edit] of edits.entries()) {
      text = edit(text);
      const next = signatures(analyzeText(text, 'plaintext'), aliases, previous);
      const expected = fresh(text);
      assert.deepStrictEqual(encodeSignatures(next), encodeSignatures(expected), `edit ${n}`);
      previous = next;
    }
  });

  it('a one-word edit recomputes only its sentence', () => {
    const text = seeds[1].text;
    const before = signatures(analyzeText(text, 'plaintext'), aliases, []);
    const edited = text.replace('Raqqa with', 'Raqqax with');
    const after = signatures(analyzeText(edited, 'plaintext'), aliases, before);
    assert.strictEqual(after.length, before.length);
    // new objects: the edited sentence, and the headline (headlines are always recomputed: what counts as a name in them depends on the body)
    const recomputed = after.filter((s) => !before.includes(s)).map((s) => s.text.slice(0, 39));
    assert.deepStrictEqual(recomputed, [after[0].text.slice(0, 39), 'On Monday, Russian Foreign Minister Ser']);
    assert.match(after.find((s) => s.text.includes('Raqqax'))!.text, /^On Monday/);
  });

  it('an editor engine (incremental) reuses signatures from the first edit on, also for a file first indexed from disk', () => {
    const sigsOf = (e: ClaimEngine, uri: string): ClaimSignature[] => (e as unknown as { index: ClaimIndex }).index.signatures(uri);
    const edited = seeds[1].text.replace('Raqqa with', 'Raqqax with');
    for (const open of ['set', 'setIndexOnly then set'] as const) {
      const e = new ClaimEngine({ incremental: true });
      for (const s of seeds) (open === 'set' ? e.set : e.setIndexOnly).call(e, { ...s, format: 'plaintext' });
      if (open !== 'set') e.set({ ...seeds[1], format: 'plaintext' });
      const before = sigsOf(e, seeds[1].uri);
      e.set({ ...seeds[1], text: edited, format: 'plaintext' });
      const after = sigsOf(e, seeds[1].uri);
      // the edited sentence and the headline are new; every other signature is the same object
      assert.strictEqual(after.filter((s) => !before.includes(s)).length, 2, open);
      assert.deepStrictEqual(e.lint(seeds[1].uri), fresh1(edited), open);
    }
    // a one-pass engine keeps no inputs: its first edit recomputes everything
    const plain = new ClaimEngine();
    plain.set({ ...seeds[1], format: 'plaintext' });
    const before = sigsOf(plain, seeds[1].uri);
    plain.set({ ...seeds[1], text: edited, format: 'plaintext' });
    assert.strictEqual(sigsOf(plain, seeds[1].uri).filter((s) => before.includes(s)).length, 0);
  });

  it('through edits, the spellings of names an editor engine reports are those of a fresh engine', () => {
    const e = new ClaimEngine({ incremental: true });
    for (const s of seeds) e.set({ ...s, format: 'plaintext' });
    const variants = (x: ClaimEngine): string[] =>
      seeds.flatMap((s) => x.lint(s.uri).filter((f) => f.rule === 'name-variant').map((f) => `${s.uri}:${f.range.start} ${f.message} @${f.related.map((r) => `${r.uri}:${r.range.start}`).join(',')}`));
    const steps: [string, (t: string) => string][] = [
      ['a later mention', (t) => t + '\n\nSergei Lavrov spoke to reporters again on Tuesday.\n'],
      // the first mention's sentence changes; the later one's signature is kept and now holds the first mention
      ['the first mention goes', (t) => t.replace('Sergei Lavrov told', 'Lavrov told')],
      ['the other spelling in the same file', (t) => t.replace('Lavrov told', 'Sergey Lavrov told')],
      ['paragraphs swap places', (t) => {
        const paragraphs = t.split('\n\n');
        return [paragraphs[paragraphs.length - 1], ...paragraphs.slice(0, -1)].join('\n\n');
      }],
      ['the last one goes', (t) => t.replace('Sergei Lavrov spoke', 'He spoke')],
    ];
    let text = seeds[1].text;
    const seen: string[] = [];
    for (const [what, edit] of steps) {
      text = edit(text);
      e.set({ ...seeds[1], text, format: 'plaintext' });
      const f = new ClaimEngine();
      for (const s of seeds) f.set({ ...s, text: s.uri === seeds[1].uri ? text : s.text, format: 'plaintext' });
      const got = variants(e);
      assert.deepStrictEqual(got, variants(f), what);
      // where the first file's finding says "Sergei" is written in the edited file
      seen.push(`${what}: ${got.find((v) => v.startsWith(seeds[0].uri) && v.includes('“Sergey”'))?.split(' @')[1] ?? 'none'}`);
    }
    const at = (n: number): string => `${seeds[1].uri}:${n}`;
    assert.deepStrictEqual(seen, [
      `a later mention: ${at(632)}`,
      // the kept sentence now holds the first "Sergei"
      `the first mention goes: ${at(3080)}`,
      `the other spelling in the same file: ${at(3087)}`,
      `paragraphs swap places: ${at(0)}`,
      'the last one goes: none',
    ]);
  });

  const fresh1 = (text: string) => {
    const f = new ClaimEngine();
    for (const s of seeds) f.set({ ...s, text: s.uri === seeds[1].uri ? text : s.text, format: 'plaintext' });
    return f.lint(seeds[1].uri);
  };

  it('links kept through edits can differ near a threshold until settled; settled, they are a fresh engine’s', () => {
    const doc = seeds[0];
    const e = new ClaimEngine({ incremental: true });
    for (const s of seeds) e.set({ ...s, format: 'plaintext' });
    const t1 = doc.text + '\nIt was cold.';
    // twenty new sentences shift the document's word weights: a link near the sentence floor drifts across it
    const t2 = t1 + '\nThe State Department said there was no agreement.'.repeat(20);
    e.set({ ...doc, text: t1, format: 'plaintext' });
    e.claims(doc.uri);
    e.set({ ...doc, text: t2, format: 'plaintext' });
    const f = new ClaimEngine();
    for (const s of seeds) f.set({ ...s, text: s.uri === doc.uri ? t2 : s.text, format: 'plaintext' });
    const linksOf = (x: ClaimEngine) => x.claims(doc.uri).map((c) => c.links.map((l) => `${c.sentence} ${l.relation} ${l.uri}`));
    assert.notDeepStrictEqual(linksOf(e), linksOf(f));
    assert.strictEqual(e.settleLinks(doc.uri), true);
    assert.deepStrictEqual(e.claims(doc.uri), f.claims(doc.uri));
    assert.deepStrictEqual(e.lint(doc.uri), f.lint(doc.uri));
    // nothing kept any more: nothing to settle
    assert.strictEqual(e.settleLinks(doc.uri), false);
  });

  it('after any series of edits, every file lints and links exactly as in a fresh engine', () => {
    const e = new ClaimEngine();
    for (const s of seeds) e.set({ ...s, format: 'plaintext' });
    let text = seeds[1].text;
    for (const s of seeds) e.lint(s.uri);
    for (const edit of edits) {
      text = edit(text);
      e.set({ uri: seeds[1].uri, text, format: 'plaintext' });
      for (const s of seeds) e.lint(s.uri);
    }
    // another file changes: kept links are related again, so everything is as if read afresh
    e.set({ uri: seeds[0].uri, text: seeds[0].text + '\n', format: 'plaintext' });
    const f = new ClaimEngine();
    for (const s of seeds) f.set({ uri: s.uri, text: s.uri === seeds[1].uri ? text : s.uri === seeds[0].uri ? s.text + '\n' : s.text, format: 'plaintext' });
    for (const s of seeds) {
      assert.deepStrictEqual(e.lint(s.uri), f.lint(s.uri), s.uri);
      assert.deepStrictEqual(e.claims(s.uri), f.claims(s.uri), s.uri);
      assert.deepStrictEqual(e.exportDocument(s.uri), f.exportDocument(s.uri), s.uri);
    }
  });
});
