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
 * is about what a state as a party was told or not, and where a person is
 * said to serve a state ("X is a member of the CIA": `conflict/affiliations.ts`). Names are matched as
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
    'Central Intelligence Agency',
    'CIA',
    'Federal Bureau of Investigation',
    'FBI',
    'National Security Agency',
    'NSA',
  ],
  ['Russia', 'Kremlin', 'Russian Defense Ministry', 'Russian Defence Ministry', 'Russian Foreign Ministry', 'Russian military', 'Russian General Staff', 'FSB', 'GRU'],
  ['United Kingdom', 'Downing Street', 'Foreign Office', 'Whitehall', 'MI5', 'MI6'],
  ['France', 'Elysee', 'Elysee Palace', 'Quai d’Orsay'],
  ['Germany', 'Bundestag'],
  ['Israel', 'Knesset', 'Mossad', 'Shin Bet'],
  ['China', 'Zhongnanhai'],
];
