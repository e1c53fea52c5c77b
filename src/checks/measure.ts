import type { Limit, Measurement } from '../verdict.js';

/** Small helpers shared by the checks for measurements, limits and 0–100 scores. */

export function measured(value: Measurement['value'], unit: string): Measurement {
  return { value, unit };
}

export function within(value: number, limit: Pick<Limit, 'min' | 'max'>): boolean {
  return (limit.min === undefined || value >= limit.min) && (limit.max === undefined || value <= limit.max);
}

/**
 * 100 at the middle of a closed range (or far inside a one-sided one), 50 at a bound, falling
 * to 0 one half-range (or one `scale`) beyond it.
 */
export function rangeScore(value: number, limit: Pick<Limit, 'min' | 'max'>, scale?: number): number {
  const { min, max } = limit;
  const half = min !== undefined && max !== undefined ? (max - min) / 2 : (scale ?? Math.max(Math.abs(min ?? max ?? 1), 1));
  const span = half > 0 ? half : 1;
  const inside = Math.min(min === undefined ? Infinity : value - min, max === undefined ? Infinity : max - value);
  const raw = inside >= 0 ? 50 + 50 * Math.min(1, inside / span) : 50 * Math.max(0, 1 + inside / span);
  return Math.round(raw);
}
