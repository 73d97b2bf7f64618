import type { BlockRole } from './blocks';

/**
 * Classifies the furniture of a news article (bylines, datelines, credits…)
 * from a block's own text and its position. Body text is the default.
 */

// (case-sensitive: a name's words are capitalised; under /i, \p{Lu} would match any letter)
const BYLINE = /^(?:[Bb]y|BY|[Ff]rom|FROM|[Ww]ords by|WORDS BY|[Rr]eporting by|REPORTING BY|[Ww]ritten by|WRITTEN BY)\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|and|&|de|van|von|al|bin|del|la|le))*\s*(?:[,|–—-].{0,60})?$/u;
const CREDIT = /\b(?:photo|photograph|image|picture|file photo|credit|courtesy|getty images|afp|ap photo|reuters\/|epa|sputnik|anadolu|illustration|video)\b/i;
/**
 * A credit line: "… contributed to this report", "… contributed reporting", or "Reporting by…", "Editing by…"
 * opening it or one of its parts ("(Reporting by A; Editing by B)"); not "records compiled by the Center for
 * Responsive Politics show".
 */
const CONTRIBUTED = /\bcontributed (?:(?:to )?(?:this|the) (?:report|story|article)|(?:additional )?reporting)\b|(?:^[\W_]*|[(;]\s*)(?:(?:additional )?reporting by|editing by|edited by|writing by|compiled by)\b/i;
/**
 * A web page's furniture kept in a paragraph. Only wording that is furniture wherever it stands: "an
 * advertisement", "cookies", "sign up for" and "copyright" are also words of news ("said the advertisement
 * suggests…", "asked workers to sign up for a pay cut", "alleges copyright infringement"); those count as
 * furniture only in the forms of `PAGE_FURNITURE`.
 */
const BOILERPLATE = /\b(?:all rights reserved|please contact us|subscription options|click here|follow us on|this (?:article|story) (?:was|has been) (?:updated|corrected)|share this (?:article|story)|(?<![\w-])(?:read more|related):)/i;
/**
 * A copyright line: "Copyright 2016 The Daily Planet", "Copyright Thomson Reuters 2016", "© 2016 Reuters" (case-sensitive: the
 * holder's words are capitalised; "alleges copyright infringement dating to 2014" is news).
 */
const COPYRIGHT = /\b(?:[Cc]opyright|COPYRIGHT)\s*(?:©|\([Cc]\))|\b(?:[Cc]opyright|COPYRIGHT)\s+(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,4}(?:19|20)\d\d\b|©\s*\d{4}/u;
/**
 * A paragraph that is an ad's marker ("Advertisement"), an invitation to subscribe ("Subscribe to our
 * podcast", "(Sign up for…)", "…, sign up for the newsletter") or a cookie notice ("This site uses cookies"):
 * a short one that reports no one's words (`REPORTED`: "The judge said the site uses cookies to track users").
 */
const PAGE_FURNITURE =
  /^(?:advertisement|sponsored(?: content)?)\W*$|^[([]?\s*(?:subscribe|sign up)\b|\b(?:subscribe|sign up)\b.*\b(?:newsletters?|podcasts?)\b|\b(?:we|site|website) uses? cookies\b|\bcookies? (?:policy|settings|preferences)\b|\baccept (?:all )?cookies\b/i;
const REPORTED = /\b(?:said|says|told|tells|according to)\b|["“]/i;
/** A photo agency's credit closing a caption ("… March 20, 2016. REUTERS/Ana Ruiz", "(AP Photo/Evan Vucci)"). */
const AGENCY_CREDIT = /(?:\bREUTERS|\bAFP|\bAP Photo|\bGetty Images|\bEPA)\s*\/\s*[\p{Lu}][\p{L}.'’ -]*\)?\s*$/u;
const TIMESTAMP = /^[\s\d.:/\-–—,]*(?:(?:update[d]?|published|posted|last modified|modified|gmt|utc|[ap]\.?m\.?|edt|est|cet|cest|bst)\b[\s\d.:/\-–—,]*)*$/i;
const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'’-]{1,40}(?:\([\p{L}\s.]+\))?\s*$/u;
const TERMINAL = /[.!?…]["”’')\]]*\s*$|[:]["”’]?\s*$/;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words in `s`, counted up to `limit` (a long paragraph is not split into words to learn that it is long). */
export function wordCount(s: string, limit = Infinity): number {
  WORD.lastIndex = 0;
  let n = 0;
  // (`test` moves on as `exec` does, without building a match)
  while (n < limit && WORD.test(s)) n++;
  return n;
}

/** More words than any threshold below needs. */
const ENOUGH_WORDS = 61;

const LOWER_WORD = /(?:^|[\s(])(\p{Ll}[\p{L}'’-]*)/gu;
/** Lower-case words a credit has ("file photo by John Smith/Reuters"). */
const CREDIT_WORDS: ReadonlySet<string> = new Set(['photo', 'photograph', 'image', 'picture', 'file', 'by', 'via', 'of', 'from', 'courtesy', 'credit', 'and', 'the', 'a']);

/**
 * How many words of `s` are in lower case and no credit's, up to 3 ("Photo: Lars Dahl/Reuters" has none, a
 * sentence several).
 */
function lowerCaseWords(s: string): number {
  let n = 0;
  for (const m of s.matchAll(LOWER_WORD)) if (!CREDIT_WORDS.has(m[1]) && ++n === 3) break;
  return n;
}

function titleCaseRatio(s: string): number {
  const words = s.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  if (content.length === 0) return 0;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length;
}

export interface RoleContext {
  /** True while no body paragraph has been seen yet (the top of the article). */
  beforeBody: boolean;
  heading: boolean;
}

/** Role of a block (a line or paragraph) judged from its text alone. */
export function classifyBlock(raw: string, ctx: RoleContext): BlockRole {
  const s = raw.trim();
  if (ctx.heading) return 'headline';
  if (s.length === 0) return 'boilerplate';
  const words = wordCount(s, ENOUGH_WORDS);
  const terminal = TERMINAL.test(s);
  if (TIMESTAMP.test(s) && /\d/.test(s)) return 'timestamp';
  if (words <= 12 && BYLINE.test(s)) return 'byline';
  if (CONTRIBUTED.test(s) && words <= 25) return 'credit';
  // (a sentence or headline with a credit's word is none: "The Reuters/Ipsos poll showed that Clinton led.",
  // "Campaign for Trump says he'll recast image;")
  if (words <= 14 && CREDIT.test(s) && (!terminal || /[/|]/.test(s)) && (lowerCaseWords(s) < 3 || AGENCY_CREDIT.test(s))) return 'credit';
  if ((BOILERPLATE.test(s) || COPYRIGHT.test(s)) && (words <= 60 || !ctx.beforeBody)) return 'boilerplate';
  if (words <= 15 && PAGE_FURNITURE.test(s) && !REPORTED.test(s)) return 'boilerplate';
  if (words <= 5 && DATELINE.test(s)) return 'dateline';
  // "Politics, Americas, Middle East": a list of capitalised labels.
  if (!terminal && s.split(/\s*[,|/]\s*/).length >= 3 && s.split(/\s*[,|/]\s*/).every((p) => p.length > 0 && wordCount(p, 4) <= 3 && titleCaseRatio(p) === 1)) {
    return 'category';
  }
  // "Washington DC", "Moscow, Russia": a short place line.
  if (!terminal && words <= 3 && titleCaseRatio(s) === 1 && !/[,;:]\s*\S+\s+\S+\s+\S+/.test(s) && !/\d/.test(s)) {
    return ctx.beforeBody ? 'dateline' : 'headline';
  }
  if (!terminal && ctx.beforeBody && words <= 30) return 'headline';
  if (!terminal && words <= 14 && titleCaseRatio(s) >= 0.8) return 'headline';
  return 'body';
}
