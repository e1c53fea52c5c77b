import { readFile } from 'node:fs/promises';
import type { CheckerOptions } from '../checker.js';
import { RULE_IDS, type RuleId } from '../checks/index.js';
import { PhotolintError } from '../errors.js';
import { PROFILE_IDS, type ProfileId } from '../profiles/index.js';
import type { Profile, RuleSetting, Severity } from '../profiles/types.js';
import { type FlagValues, UsageError, keyValue, oneOf, positiveInteger } from './args.js';

/** The flags that configure the checker, shared by `check` and `eval`. */
export const CHECKER_FLAGS = {
  profile: { type: 'string', valueName: 'id|file.json', description: `${PROFILE_IDS.join(', ')} or a profile JSON file (default chsi-2017)` },
  set: { type: 'string', multiple: true, valueName: 'rule.param=value', description: 'set a rule parameter; the value is read as JSON when it parses, else as text' },
  severity: { type: 'string', multiple: true, valueName: 'rule=level', description: 'change a rule\'s severity: off, error, warning or review' },
  threads: { type: 'string', valueName: 'N', description: 'intra-op threads per model session (default 1)' },
  workers: { type: 'string', valueName: 'N', description: 'worker threads checking photos in parallel, each with its own models (default: none)' },
  concurrency: { type: 'string', valueName: 'N', description: 'photos checked at the same time (default 1, or the number of workers)' },
} as const;

const SEVERITIES = ['off', 'error', 'warning', 'review'] as const satisfies readonly Severity[];

export interface CheckerSetup {
  readonly options: CheckerOptions;
  /** Photos in flight; undefined leaves it to the checker (1, or one per worker). */
  readonly concurrency: number | undefined;
}

export async function checkerSetupFrom(command: string, values: FlagValues<typeof CHECKER_FLAGS>): Promise<CheckerSetup> {
  const overrides: Partial<Record<RuleId, RuleSetting>> = {};
  for (const text of values.set ?? []) {
    const { key, value } = keyValue(command, '--set', text, 'rule.param=value');
    const [rulePart = '', ...paramParts] = key.split('.');
    const param = paramParts.join('.');
    if (param === '') throw new UsageError(`expected rule.param=value for --set but received ${JSON.stringify(text)}`, command);
    const rule = ruleId(command, '--set', rulePart);
    const setting = overrides[rule];
    overrides[rule] = { ...setting, params: { ...setting?.params, [param]: parseParamValue(value) } };
  }
  for (const text of values.severity ?? []) {
    const { key, value } = keyValue(command, '--severity', text, `rule=${SEVERITIES.join('|')}`);
    const rule = ruleId(command, '--severity', key);
    overrides[rule] = { ...overrides[rule], severity: oneOf(command, `--severity ${rule}`, value, SEVERITIES) };
  }
  return {
    options: {
      profile: await profileFrom(command, values.profile ?? 'chsi-2017'),
      overrides,
      threads: values.threads === undefined ? undefined : positiveInteger(command, '--threads', values.threads, 64),
      workers: values.workers === undefined ? undefined : positiveInteger(command, '--workers', values.workers, 64),
    },
    concurrency: values.concurrency === undefined ? undefined : positiveInteger(command, '--concurrency', values.concurrency, 256),
  };
}

function ruleId(command: string, flag: string, id: string): RuleId {
  if ((RULE_IDS as readonly string[]).includes(id)) return id as RuleId;
  throw new UsageError(`expected a rule id for ${flag} but received ${JSON.stringify(id)}; rules: ${RULE_IDS.join(', ')}`, command);
}

function parseParamValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A built-in id as it is; anything else is a path to a profile JSON file, validated by createChecker. */
async function profileFrom(command: string, value: string): Promise<ProfileId | Profile> {
  if ((PROFILE_IDS as readonly string[]).includes(value)) return value as ProfileId;
  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'no such file' : String(error);
    throw new UsageError(`expected ${PROFILE_IDS.join(', ')} or a profile JSON file for --profile but received ${JSON.stringify(value)} (${reason})`, command);
  }
  try {
    return JSON.parse(text) as Profile;
  } catch (error) {
    throw new PhotolintError('invalid-profile', `The profile file ${JSON.stringify(value)} is not valid JSON: ${(error as Error).message}`, { path: value });
  }
}
