import type { Verdict } from '../../src/verdict.js';

/** A verdict without what legitimately differs between two runs: the times. */
export const withoutTimes = ({ timings: _timings, results, ...rest }: Verdict) => ({ ...rest, results: results.map(({ timeMs: _timeMs, ...result }) => result) });
