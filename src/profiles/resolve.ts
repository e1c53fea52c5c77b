import { z } from 'zod';
import { type AnyCheck, CHECKS, findCheck, RULE_IDS } from '../checks/index.js';
import { PhotolintError, describeValue } from '../errors.js';
import { PROFILE_IDS, PROFILES } from './index.js';
import type { Overrides, Profile, RuleSetting, Severity } from './types.js';

/** A rule ready to run: its check, the severity a violation gets, and validated parameters. */
export interface ResolvedRule {
  readonly check: AnyCheck;
  readonly severity: Exclude<Severity, 'off'>;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface ResolvedProfile {
  readonly id: string;
  readonly rules: readonly ResolvedRule[];
}

const severitySchema = z.enum(['error', 'warning', 'review', 'off']);
const settingSchema = z.object({ severity: severitySchema.optional(), params: z.record(z.string(), z.unknown()).optional() }).strict();
const profileSchema = z
  .object({
    id: z.string().min(1),
    title: z.object({ en: z.string(), zh: z.string() }).strict(),
    source: z.string(),
    rules: z.record(z.string(), settingSchema),
  })
  .strict();
const overridesSchema = z.record(z.string(), z.union([severitySchema, settingSchema]));

/**
 * Validates a profile (a built-in id or a Profile object) and the caller's overrides, strictly:
 * an unknown rule id, an unknown parameter or a value of the wrong kind is an error naming it.
 * Rules come out in the registry's order; rules the profile does not list, or sets `off`, are left out.
 */
export function resolveProfile(profile: string | Profile, overrides: Overrides = {}): ResolvedProfile {
  const data = typeof profile === 'string' ? builtIn(profile) : parse(profileSchema, profile, 'profile', 'invalid-profile');
  const extra = parse(overridesSchema, overrides, 'overrides', 'invalid-option');
  for (const id of [...Object.keys(data.rules), ...Object.keys(extra)]) {
    if (!findCheck(id)) throw unknownRule(id, data.id);
  }
  const rules: ResolvedRule[] = [];
  for (const check of CHECKS) {
    const base: RuleSetting | undefined = data.rules[check.id];
    const override = extra[check.id];
    if (base === undefined && override === undefined) continue;
    const adjustment: RuleSetting = typeof override === 'string' ? { severity: override } : (override ?? {});
    const severity = adjustment.severity ?? base?.severity ?? 'error';
    if (severity === 'off') continue;
    const params = validateParams(check, { ...base?.params, ...adjustment.params }, data.id);
    rules.push({ check, severity, params });
  }
  return { id: data.id, rules };
}

function builtIn(id: string): Profile {
  if (!(id in PROFILES)) {
    throw new PhotolintError('unknown-profile', `Expected one of ${PROFILE_IDS.join(', ')} for profile but received ${describeValue(id)}`, { profile: id });
  }
  return PROFILES[id as keyof typeof PROFILES];
}

function validateParams(check: AnyCheck, params: Record<string, unknown>, profileId: string): Record<string, unknown> {
  const result = check.params.safeParse(params);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    const name = issue.path.join('.') || '(parameters)';
    return `parameter "${name}": ${issue.message}`;
  });
  return failParams(check.id, profileId, problems);
}

function failParams(ruleId: string, profileId: string, problems: string[]): never {
  throw new PhotolintError('invalid-profile', `Invalid parameters for rule ${ruleId} in profile ${profileId}: ${problems.join('; ')}`, {
    rule: ruleId,
    profile: profileId,
    problems,
  });
}

function unknownRule(id: string, profileId: string): PhotolintError {
  const near = RULE_IDS.filter((known) => known.includes(id) || id.includes(known) || sharedPrefix(known, id) >= 4);
  const hint = near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : '';
  return new PhotolintError('unknown-rule', `Unknown rule "${id}" in profile ${profileId}${hint}; known rules: ${RULE_IDS.join(', ')}`, {
    rule: id,
    profile: profileId,
  });
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, name: string, code: 'invalid-profile' | 'invalid-option'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${[name, ...issue.path].join('.')}: ${issue.message}`);
  throw new PhotolintError(code, `Invalid ${name}: ${problems.join('; ')}`, { problems });
}
