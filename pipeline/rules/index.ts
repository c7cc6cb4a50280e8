import { CONTROL_RULES } from './control.ts';
import { compilePattern, type RelationRule } from './engine.ts';
import { FALLBACK_RULES } from './fallback.ts';
import { ACQUISITION_RULES, INVESTMENT_RULES, JOINT_VENTURE_RULES, STAKE_CHANGE_RULES } from './investments.ts';
import { ROLE_RULES } from './roles.ts';
import { STAKE_RULES } from './stakes.ts';

/** Every relation rule, in priority order: when two rules give the same triple for a sentence, the first wins. */
export const RELATION_RULES: readonly RelationRule[] = [
  ...CONTROL_RULES,
  ...ACQUISITION_RULES,
  ...STAKE_CHANGE_RULES,
  ...JOINT_VENTURE_RULES,
  ...INVESTMENT_RULES,
  ...STAKE_RULES,
  ...ROLE_RULES,
  ...FALLBACK_RULES,
];

export interface CompiledRule extends RelationRule {
  readonly regex: RegExp;
}

let compiled: readonly CompiledRule[] | undefined;

/** The rules with their patterns compiled once; a malformed pattern fails here, naming the rule. */
export function compiledRules(): readonly CompiledRule[] {
  compiled ??= RELATION_RULES.map((rule) => {
    try {
      return { ...rule, regex: compilePattern(rule.pattern) };
    } catch (error) {
      throw new Error(`relation rule ${rule.id}: ${(error as Error).message}`);
    }
  });
  return compiled;
}
