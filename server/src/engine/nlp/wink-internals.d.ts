// wink-nlp's internal table of the `its` functions `out()` accepts (used by tokens.ts).
declare module 'wink-nlp/src/allowed.js' {
  const allowed: { its4token: Set<unknown> };
  export default allowed;
}
