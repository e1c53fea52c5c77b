import type { Limit, Measurement, RuleResult } from '../../verdict.js';

/** Human-readable pieces shared by the text reporters. */

/**
 * `width 600 px vs 480 px; height 800 px vs 640 px`: the measurements that have a limit of the
 * same name (all of them when none has), each with its limit.
 */
export function describeMeasurements(result: Pick<RuleResult, 'measurements' | 'limits'>): string {
  const all = Object.entries(result.measurements);
  const limited = all.filter(([name]) => result.limits[name] !== undefined);
  return (limited.length > 0 ? limited : all)
    .map(([name, measurement]) => {
      const limit = result.limits[name];
      return `${name} ${describeMeasurement(measurement)}${limit ? ` vs ${describeLimit(limit)}` : ''}`;
    })
    .join('; ');
}

/** Numbers carry their unit; a text or yes/no value reads on its own (`jpeg`, not `jpeg format`). */
function describeMeasurement({ value, unit }: Measurement): string {
  if (value === null) return 'n/a';
  return typeof value === 'number' ? withUnit(round(value), unit) : String(value);
}

function describeLimit(limit: Limit): string {
  if (limit.equals !== undefined) return typeof limit.equals === 'number' ? withUnit(round(limit.equals), limit.unit) : String(limit.equals);
  if (limit.oneOf !== undefined) return `one of ${limit.oneOf.join(', ')}`;
  if (limit.min !== undefined && limit.max !== undefined) return withUnit(`${round(limit.min)}–${round(limit.max)}`, limit.unit);
  if (limit.min !== undefined) return `≥ ${withUnit(round(limit.min), limit.unit)}`;
  if (limit.max !== undefined) return `≤ ${withUnit(round(limit.max), limit.unit)}`;
  return 'no limit';
}

const UNIT_SUFFIX: Readonly<Record<string, string>> = { percent: '%', deg: '°', ratio: '' };

function withUnit(value: string, unit: string): string {
  const suffix = UNIT_SUFFIX[unit] ?? unit;
  if (suffix === '') return value;
  return suffix.length === 1 && !/[a-z]/i.test(suffix) ? `${value}${suffix}` : `${value} ${suffix}`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** `84 ms` below a second, else `2.41 s`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
