/**
 * Institutions of a state, by the country they belong to: the first entry of
 * each group is the country (as the alias groups name it), the rest are its
 * institutions. "The Pentagon has not been notified" is said of the United
 * States as much as "US representatives" are: a party named by its
 * institution is also the country's party (`crossdoc/communication.ts`).
 *
 * An institution is not an alias of its country (the Pentagon is not "the
 * United States": a statement of the State Department is not one of the
 * Pentagon), so these are a table of their own, read only where a statement
 * is about what a state as a party was told or not. Names are matched as
 * written (case and punctuation folded, so "Quai d'Orsay" is "Quai d’Orsay");
 * an institution that is an alias group of its own (`lexicon/aliases.ts`:
 * "Pentagon", "Defense Department", "DoD") is listed by its group's first
 * name and matched through any name of the group.
 */
export const INSTITUTIONS: readonly (readonly string[])[] = [
  [
    'United States',
    'Pentagon',
    'State Department',
    'White House',
    'National Security Council',
    'Joint Chiefs of Staff',
  ],
  ['Russia', 'Kremlin', 'Russian Defense Ministry', 'Russian Defence Ministry', 'Russian Foreign Ministry', 'Russian military', 'Russian General Staff'],
  ['United Kingdom', 'Downing Street', 'Foreign Office', 'Whitehall'],
  ['France', 'Elysee', 'Elysee Palace', 'Quai d’Orsay'],
  ['Germany', 'Bundestag'],
  ['Israel', 'Knesset'],
  ['China', 'Zhongnanhai'],
];
