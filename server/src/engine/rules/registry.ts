import type { Rule } from './rule';
import { unattributedClaim } from './unattributed-claim';
import { unattributedQuote } from './unattributed-quote';
import { vagueAttribution } from './vague-attribution';
import { contradictedClaim, disputedClaim, nameVariant, quoteMismatch } from './cross-document';

/** Every rule claimlint runs, in reporting order. */
export const RULES: readonly Rule[] = [unattributedClaim, unattributedQuote, vagueAttribution, contradictedClaim, disputedClaim, quoteMismatch, nameVariant];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
