import type { RuleId } from './checks/index.js';

/** What one rule concluded about one photo. */
export type Status = 'pass' | 'fail' | 'warn' | 'review' | 'error' | 'skipped';

/** What the whole photo concluded, from its rules' statuses (see `overallOf`). */
export type Overall = 'compliant' | 'non_compliant' | 'needs_review' | 'indeterminate';

export interface Message {
  readonly en: string;
  readonly zh: string;
}

/** A measured quantity in its native unit: px, deg, ratio, deltaE, bytes, dpi, percent… */
export interface Measurement {
  readonly value: number | string | boolean | null;
  readonly unit: string;
}

/** The limit a measurement was judged against; either bound may be open. */
export interface Limit {
  readonly min?: number;
  readonly max?: number;
  readonly equals?: number | string | boolean;
  readonly oneOf?: readonly (number | string)[];
  readonly unit: string;
}

export type Point = readonly [x: number, y: number];

/** Where in the (EXIF-oriented) image a result applies, in pixel coordinates. */
export type Region = (
  | { readonly kind: 'box'; readonly label: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  | { readonly kind: 'polygon'; readonly label: string; readonly points: readonly Point[] }
  | { readonly kind: 'line'; readonly label: string; readonly from: Point; readonly to: Point }
  | { readonly kind: 'points'; readonly label: string; readonly points: readonly Point[] }
) & {
  /** Where the rule looked rather than what it found or measured (the overlay draws it as context). */
  readonly searched?: true;
};

export interface RuleResult {
  readonly rule: RuleId;
  readonly status: Status;
  /** Stable machine code, e.g. `ok`, `too-small`, `no-face`, `not-implemented`. */
  readonly code: string;
  readonly message: Message;
  readonly measurements: Readonly<Record<string, Measurement>>;
  readonly limits: Readonly<Record<string, Limit>>;
  /** 0–100 where meaningful: 100 is comfortably compliant, 0 clearly not. */
  readonly score: number | null;
  readonly regions: readonly Region[];
  readonly timeMs: number;
}

export interface ImageSummary {
  readonly format: string;
  readonly width: number;
  readonly height: number;
  readonly byteSize: number;
}

export interface Verdict {
  /** The input path when the photo came from a file, otherwise null. */
  readonly input: string | null;
  readonly profile: string;
  readonly overall: Overall;
  /** Failed rules first, then review, error, warn, skipped, pass; registry order within a status. */
  readonly results: readonly RuleResult[];
  readonly image: ImageSummary | null;
  /** Milliseconds per stage: `read`, each analysis that ran, `rules`, and `total`. */
  readonly timings: Readonly<Record<string, number>>;
  readonly version: string;
  /** sha256 of each model that this verdict used. */
  readonly models: Readonly<Record<string, string>>;
}

/**
 * `not-applicable` is the one skip that does not keep a photo from being compliant: a rule says
 * it only where another rule already fails the photo (no JPEG quality for a PNG, no position in
 * the 480×640 frame for a photo of another shape). Every other skip means "could not judge".
 */
const HARMLESS_SKIP_CODE = 'not-applicable';

export function overallOf(results: readonly Pick<RuleResult, 'status' | 'code'>[]): Overall {
  if (results.some((r) => r.status === 'fail')) return 'non_compliant';
  if (results.some((r) => r.status === 'error' || (r.status === 'skipped' && r.code !== HARMLESS_SKIP_CODE))) {
    return 'indeterminate';
  }
  if (results.some((r) => r.status === 'review')) return 'needs_review';
  return 'compliant';
}

const STATUS_ORDER: Record<Status, number> = { fail: 0, review: 1, error: 2, warn: 3, skipped: 4, pass: 5 };

export function sortResults(results: readonly RuleResult[]): RuleResult[] {
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => STATUS_ORDER[a.result.status] - STATUS_ORDER[b.result.status] || a.index - b.index)
    .map(({ result }) => result);
}
