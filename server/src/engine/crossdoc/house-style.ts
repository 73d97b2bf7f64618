/**
 * What two reports may write differently in one quotation without the speaker having said anything
 * different: the editor's own words in brackets, and each outlet's house style of spelling (British or
 * American), of numbers (words or digits, "6:00 p.m." or "6 p.m.") and of apostrophes. Quotations are
 * compared in this form (`quoteWords` in signature.ts); a difference shows the words as written.
 */
import { memoize } from '../util/memo';
import { wordTable } from '../util/table';
import { fold } from './normalize';

/**
 * The quotation without what the editor put in: words in square brackets or parentheses ("require [US]
 * Fish and Wildlife Service scientists", "altered (its direction) towards") clarify a quote, the speaker
 * did not say them. Each is replaced by a space.
 */
export function withoutInsertions(content: string): string {
  return content.indexOf('[') < 0 && content.indexOf('(') < 0 ? content : content.replace(/\[[^\]\n]*\]|\([^)\n]*\)/g, ' ');
}

/**
 * One word of a quotation as compared: folded (`fold`), apostrophes left out ("population's" /
 * "populations'"), a full hour without its minutes ("6:00" / "6"), number words as digits ("eleventh" /
 * "11th", "three" / "3") and British spellings as American ones ("neighbourhood" / "neighborhood",
 * "realised" / "realized", "centre" / "center", "travelled" / "traveled"). Both sides of a comparison
 * are read alike, so a rule may also turn a word no outlet writes into another such word; it must not
 * turn one real word into another ("hour" and "four" keep their "our"). Memoised.
 */
export const spokenForm: (raw: string) => string = memoize((raw: string): string => {
  const w = fold(raw.replace(/['’]/g, '').replace(/^(\d{1,2}):00$/, '$1'));
  return NUMBER_FORMS[w] ?? WORD_FORMS[w] ?? americanSpelling(w);
});

/** Cardinal and ordinal number words as digits. */
const NUMBER_FORMS: Readonly<Record<string, string>> = wordTable(
  Object.fromEntries(
    [
      ['zero', '0', 'zeroth'],
      ['one', '1', 'first'],
      ['two', '2', 'second'],
      ['three', '3', 'third'],
      ['four', '4', 'fourth'],
      ['five', '5', 'fifth'],
      ['six', '6', 'sixth'],
      ['seven', '7', 'seventh'],
      ['eight', '8', 'eighth'],
      ['nine', '9', 'ninth'],
      ['ten', '10', 'tenth'],
      ['eleven', '11', 'eleventh'],
      ['twelve', '12', 'twelfth'],
      ['thirteen', '13', 'thirteenth'],
      ['fourteen', '14', 'fourteenth'],
      ['fifteen', '15', 'fifteenth'],
      ['sixteen', '16', 'sixteenth'],
      ['seventeen', '17', 'seventeenth'],
      ['eighteen', '18', 'eighteenth'],
      ['nineteen', '19', 'nineteenth'],
      ['twenty', '20', 'twentieth'],
      ['thirty', '30', 'thirtieth'],
      ['forty', '40', 'fortieth'],
      ['fifty', '50', 'fiftieth'],
      ['sixty', '60', 'sixtieth'],
      ['seventy', '70', 'seventieth'],
      ['eighty', '80', 'eightieth'],
      ['ninety', '90', 'ninetieth'],
    ].flatMap(([word, digits, ordinal]) => [
      [word, digits],
      [ordinal, digits + ordinalSuffix(Number(digits))],
    ]),
  ),
);

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

/** Words whose two spellings no rule below covers. */
const WORD_FORMS: Readonly<Record<string, string>> = wordTable({
  ok: 'okay',
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  ageing: 'aging',
  judgement: 'judgment',
  judgements: 'judgments',
  acknowledgement: 'acknowledgment',
  grey: 'gray',
  programme: 'program',
  programmes: 'programs',
  tyre: 'tire',
  tyres: 'tires',
  cheque: 'check',
  cheques: 'checks',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
});

/**
 * British endings written the American way: -our (three letters or more before it: "colour", not "four"),
 * -ise/-yse (a consonant and two letters or more before it: "realise", not "raise" or "prise"), -tre/-bre
 * ("centre", "fibre"; not after m: "timbre" is no "timber"), -ogue ("dialogue", not "vogue"), and a doubled l after a vowel ("travelled").
 */
function americanSpelling(w: string): string {
  if (w.length < 5) return w;
  return w
    .replace(/^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|hood|hoods|er|ers|ful|less|ism)?$/, '$1or$2')
    .replace(/^([a-z]{2,}[^aeiou\W\d])(i|y)s(e|es|ed|ing|ation|ations|er|ers)$/, '$1$2z$3')
    .replace(/^([a-z]{1,}[^m\W\d])([bt])re(s|d)?$/, '$1$2er$3')
    .replace(/^([a-z]{3,})ogue(s)?$/, '$1og$2')
    .replace(/^([a-z]{2,}[aeiou])ll(ed|ing|er|ers|or|ors)$/, '$1l$2');
}
