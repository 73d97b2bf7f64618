/**
 * Built-in alias groups: every name in a group refers to the same entity.
 * The first entry is the canonical key. Users extend these with
 * `.claimlint/aliases.json` in the workspace (an array of string arrays).
 */
export const DEFAULT_ALIASES: string[][] = [
  ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'Daish', 'Islamic State group', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
  ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'Washington', 'America', 'American', 'Americans', 'the Americans', 'United States of America'],
  ['Russia', 'Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Russian', 'Russians'],
  ['Syria', 'Syrian Arab Republic', 'Damascus', 'Syrian'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain', 'British', 'London'],
  ['United Nations', 'U.N.', 'UN'],
  ['European Union', 'E.U.', 'EU', 'Brussels'],
  ['Pentagon', 'Department of Defense', 'Defense Department', 'US military', 'DoD'],
  ['State Department', 'U.S. State Department', 'US State Department', 'Department of State'],
  ['al-Nusra Front', 'Nusra Front', 'al Nusra', 'al-Nusra', 'Al-Nusra Front', 'Jabhat al-Nusra', 'Nusra'],
  ['Russian Defense Ministry', 'Russia’s Defense Ministry', "Russia's Defense Ministry", 'Ministry of Defense', 'Russian defense ministry', 'Russia’s Ministry of Defense'],
  ['Iran', 'Tehran', 'Iranian'],
  ['Turkey', 'Ankara', 'Turkish'],
  ['China', 'Beijing', 'Chinese'],
  ['Ukraine', 'Kiev', 'Kyiv', 'Ukrainian'],
];

/**
 * A workspace's own names, on top of the built-in ones (`.claimlint/aliases.json`): alias groups (the
 * first name of a group is its key), and institutions of states, each group a country (as an alias
 * group names it) and then its institutions, as in `lexicon/institutions.ts`.
 */
export interface WorkspaceNames {
  aliases: string[][];
  institutions: string[][];
}

export const NO_WORKSPACE_NAMES: WorkspaceNames = { aliases: [], institutions: [] };
