import type { ErrorCode } from '../../errors.js';
import type { Verdict } from '../../verdict.js';
import type { PhotoOutcome, ReportContext } from './outcome.js';

export interface PhotoErrorJson {
  readonly input: string;
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

/** The Verdict for a single photo; for a batch, an array of verdicts and `{input, error}` entries. */
export function formatJson(outcomes: readonly PhotoOutcome[], context: ReportContext): string {
  const entries = outcomes.map(toJson);
  return `${JSON.stringify(context.single && entries.length === 1 ? entries[0] : entries, null, 2)}\n`;
}

function toJson(outcome: PhotoOutcome): Verdict | PhotoErrorJson {
  if (outcome.verdict) return outcome.verdict;
  return { input: outcome.path, error: { code: outcome.error.code, message: outcome.error.message } };
}
