import type { Limit, Measurement, Message, Region } from '../verdict.js';
import type { Finding } from './define.js';
import { measured, rangeScore, within } from './measure.js';

/** A measured quantity judged against a closed or one-sided range: the common shape of the face checks. */
export interface RangeJudgement {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly limit: Pick<Limit, 'min' | 'max'>;
  /** What is measured, for messages: "The eye line", "眼睛连线". */
  readonly what: Message;
  /** The codes for a value below the range and above it. */
  readonly codes: { readonly below: string; readonly above: string };
  readonly extra?: Readonly<Record<string, Measurement>>;
  readonly regions?: readonly Region[];
  /** The measurement's own error: a value beyond the range by no more than this is borderline (`review`), not `fail`. */
  readonly uncertainty?: number;
}

export function judgeRange(j: RangeJudgement): Finding {
  const shown = `${round(j.value)} ${j.unit}`;
  const range = describeRange(j.limit, j.unit);
  const ok = within(j.value, j.limit);
  const code = ok ? 'ok' : j.limit.min !== undefined && j.value < j.limit.min ? j.codes.below : j.codes.above;
  const borderline = !ok && j.uncertainty !== undefined && within(j.value, widened(j.limit, j.uncertainty));
  return {
    status: ok ? 'pass' : borderline ? 'review' : 'fail',
    code,
    message: ok
      ? { en: `${j.what.en}: ${shown}, within ${range}`, zh: `${j.what.zh}：${shown}，在 ${range} 范围内` }
      : borderline
        ? {
            en: `${j.what.en}: ${shown}, borderline: beyond ${range} by less than the measurement's uncertainty (${j.uncertainty} ${j.unit}); a person should check`,
            zh: `${j.what.zh}：${shown}，临界：超出 ${range} 但在测量误差（${j.uncertainty} ${j.unit}）以内，需人工确认`,
          }
        : { en: `${j.what.en}: ${shown}, expected ${range}`, zh: `${j.what.zh}：${shown}，应为 ${range}` },
    measurements: { [j.name]: measured(round(j.value), j.unit), ...j.extra },
    limits: { [j.name]: { ...j.limit, unit: j.unit } },
    score: rangeScore(j.value, j.limit),
    regions: j.regions ?? [],
  };
}

function widened({ min, max }: Pick<Limit, 'min' | 'max'>, by: number): Pick<Limit, 'min' | 'max'> {
  return { ...(min !== undefined && { min: min - by }), ...(max !== undefined && { max: max + by }) };
}

function describeRange({ min, max }: Pick<Limit, 'min' | 'max'>, unit: string): string {
  if (min !== undefined && max !== undefined) return `${min}–${max} ${unit}`;
  return min !== undefined ? `≥ ${min} ${unit}` : `≤ ${max} ${unit}`;
}

/** Rounds a measurement for display and output: 3 significant decimals at most. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
