/**
 * One error class for everything photolint throws. `code` is stable and machine-readable;
 * the message names the parameter, what was expected and what was received.
 */
export const ERROR_CODES = [
  // input
  'input-not-found',
  'input-is-directory',
  'input-unreadable',
  'input-empty',
  'input-too-large',
  'input-too-many-pixels',
  'input-not-an-image',
  'input-truncated',
  'input-animated',
  'input-unsupported',
  // options and profiles
  'invalid-option',
  'invalid-profile',
  'unknown-profile',
  'unknown-rule',
  'invalid-labels',
  // models and runtime
  'model-missing',
  'model-altered',
  'model-failed',
  'checker-disposed',
  'worker-failed',
  // analyses that cannot be made
  'no-face',
  'analysis-failed',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class PhotolintError extends Error {
  override readonly name = 'PhotolintError';
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

/** Describes a received value for an error message: `-1 of type number`, `"abc" of type string`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)} of type string`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${String(value)} of type ${typeof value}`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value instanceof Uint8Array) return `a ${value.constructor.name} of ${value.byteLength} bytes`;
  return `a value of type ${typeof value}`;
}

/** `Expected <expected> for <parameter> but received <value>`, thrown as `invalid-option`. */
export function invalidOption(parameter: string, expected: string, received: unknown): PhotolintError {
  return new PhotolintError('invalid-option', `Expected ${expected} for ${parameter} but received ${describeValue(received)}`, {
    parameter,
    expected,
  });
}

/** What every use of a disposed checker throws. */
export function checkerDisposed(): PhotolintError {
  return new PhotolintError('checker-disposed', 'This checker was disposed; create a new one with createChecker()');
}

export function isPhotolintError(error: unknown): error is PhotolintError {
  return error instanceof PhotolintError;
}
