/**
 * Kinship and acquaintance terms, by what they say of the pair: "Y is X's
 * TERM". A term's class is read from X's side; `converse` is the class read
 * from Y's side (X's father Y: Y's child X). Two classes of one pair conflict
 * unless they are equal or one is `relative` (which every kin class is); an
 * acquaintance is no relative. Friends and colleagues are left out: a brother
 * can be both.
 */
export interface KinClass {
  cls: string;
  converse: string;
}

const k = (cls: string, converse = cls): KinClass => ({ cls, converse });

export const KIN_TERMS: ReadonlyMap<string, KinClass> = new Map([
  ...['father', 'mother', 'parent'].map((w) => [w, k('parent', 'child')] as const),
  ...['son', 'daughter', 'child'].map((w) => [w, k('child', 'parent')] as const),
  ...['brother', 'sister', 'sibling'].map((w) => [w, k('sibling')] as const),
  ...['husband', 'wife', 'spouse'].map((w) => [w, k('spouse')] as const),
  ...['ex-husband', 'ex-wife', 'ex-spouse'].map((w) => [w, k('ex-spouse')] as const),
  ...['uncle', 'aunt'].map((w) => [w, k('parent-sibling', 'sibling-child')] as const),
  ...['nephew', 'niece'].map((w) => [w, k('sibling-child', 'parent-sibling')] as const),
  ['cousin', k('cousin')],
  ...['grandfather', 'grandmother', 'grandparent'].map((w) => [w, k('grandparent', 'grandchild')] as const),
  ...['grandson', 'granddaughter', 'grandchild'].map((w) => [w, k('grandchild', 'grandparent')] as const),
  ...['father-in-law', 'mother-in-law'].map((w) => [w, k('parent-in-law', 'child-in-law')] as const),
  ...['son-in-law', 'daughter-in-law'].map((w) => [w, k('child-in-law', 'parent-in-law')] as const),
  ...['brother-in-law', 'sister-in-law'].map((w) => [w, k('sibling-in-law')] as const),
  ...['stepfather', 'stepmother'].map((w) => [w, k('step-parent', 'step-child')] as const),
  ...['stepson', 'stepdaughter'].map((w) => [w, k('step-child', 'step-parent')] as const),
  ['relative', k('relative')],
  ['acquaintance', k('acquaintance')],
]);

/** Terms of which a person has one: two people named as one person's father conflict. */
export const ONE_HOLDER: ReadonlySet<string> = new Set(['father', 'mother']);

/** Whether two classes of one pair, read from the same side, cannot both hold. */
export function kinConflict(x: string, y: string): boolean {
  if (x === y) return false;
  if (x === 'relative' || y === 'relative') return x === 'acquaintance' || y === 'acquaintance';
  return true;
}
