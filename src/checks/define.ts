import type { z } from 'zod';
import type { AnalysisId, Inputs } from '../analyses/types.js';
import type { Limit, Measurement, Message, Region } from '../verdict.js';

/**
 * What a check concludes. `fail` means "this photo violates the rule"; the profile's severity
 * turns it into the verdict's `fail`, `warn` or `review`. A check that cannot judge returns
 * `skipped` with a code saying why (never `pass`).
 */
export interface Finding {
  readonly status: 'pass' | 'fail' | 'review' | 'skipped';
  readonly code: string;
  readonly message: Message;
  readonly measurements?: Readonly<Record<string, Measurement>>;
  readonly limits?: Readonly<Record<string, Limit>>;
  readonly score?: number | null;
  readonly regions?: readonly Region[];
}

export type ParamsSchema = z.ZodObject;



export interface CheckDefinition<Id extends string = string, Needs extends readonly AnalysisId[] = readonly AnalysisId[], Params extends ParamsSchema = ParamsSchema> {
  readonly id: Id;
  readonly title: Message;
  /** The analyses this check reads; only these are computed for it. */
  readonly needs: Needs;
  /** Strict schema of the parameters, with the defaults of the official standard. */
  readonly params: Params;
  judge(inputs: Inputs<Needs>, params: z.output<Params>): Finding;
}

export function defineCheck<const Id extends string, const Needs extends readonly AnalysisId[], Params extends ParamsSchema>(
  definition: CheckDefinition<Id, Needs, Params>,
): CheckDefinition<Id, Needs, Params> {
  return definition;
}
