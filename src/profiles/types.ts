import type { RuleId } from '../checks/index.js';
import type { Message } from '../verdict.js';

/**
 * What a violation of a rule becomes in the verdict: `error` → fail, `warning` → warn,
 * `review` → review (a person decides); `off` does not run the rule.
 */
export type Severity = 'error' | 'warning' | 'review' | 'off';

export interface RuleSetting {
  readonly severity?: Severity;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** A profile is data: which rules apply to a standard, how severe each is, and its numbers. */
export interface Profile {
  readonly id: string;
  readonly title: Message;
  readonly source: string;
  readonly rules: Readonly<Partial<Record<RuleId, RuleSetting>>>;
}

/** Caller adjustments on top of a profile: a severity, parameters, or both, per rule. */
export type Overrides = Readonly<Partial<Record<RuleId, Severity | RuleSetting>>>;
