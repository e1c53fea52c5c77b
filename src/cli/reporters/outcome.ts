import type { BatchItem } from '../../checker.js';
import type { PhotolintError } from '../../errors.js';
import type { Overall, Verdict } from '../../verdict.js';

/** What the CLI learned about one photo file: its verdict, or why it got none. */
export type PhotoOutcome =
  | { readonly path: string; readonly verdict: Verdict; readonly error?: undefined }
  | { readonly path: string; readonly verdict?: undefined; readonly error: PhotolintError };

export function outcomeOf(item: BatchItem): PhotoOutcome {
  const path = String(item.input);
  return item.ok ? { path, verdict: item.verdict } : { path, error: item.error };
}

/** Photos per overall, plus `unreadable` for those without a verdict. */
export type Tally = Record<Overall | 'unreadable', number>;

export function tallyOf(outcomes: readonly PhotoOutcome[]): Tally {
  const tally: Tally = { compliant: 0, non_compliant: 0, needs_review: 0, indeterminate: 0, unreadable: 0 };
  for (const outcome of outcomes) tally[outcome.verdict?.overall ?? 'unreadable']++;
  return tally;
}

/** 2 when some photo could not be read, else 1 when some photo is not compliant, else 0. */
export function exitCodeOf(outcomes: readonly PhotoOutcome[]): number {
  const tally = tallyOf(outcomes);
  if (tally.unreadable > 0) return 2;
  return tally.compliant === outcomes.length ? 0 : 1;
}

/** Options every reporter receives. */
export interface ReportContext {
  /** Report one photo on its own (a single file argument) rather than as a batch. */
  readonly single: boolean;
  /** Wall-clock time of the whole run. */
  readonly elapsedMs: number;
}
