import type { CheckerOptions } from '../checker.js';
import { type ErrorCode, PhotolintError } from '../errors.js';
import type { ImageInput } from '../image/input.js';
import type { Verdict } from '../verdict.js';

/** What the pool asks of a worker. */
export type WorkerTask = { readonly kind: 'check'; readonly input: ImageInput } | { readonly kind: 'warmup' } | { readonly kind: 'dispose' };

/** A task as sent: every request gets exactly one reply with its id. */
export type WorkerRequest = WorkerTask & { readonly id: number };

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly verdict?: Verdict }
  | { readonly id: number; readonly ok: false; readonly error: SentError };

/** An error as it crosses the thread boundary: a PhotolintError keeps its code and details. */
interface SentError {
  readonly message: string;
  readonly code?: ErrorCode;
  readonly details?: Record<string, unknown>;
  readonly stack?: string;
}

/** The options a worker builds its checker from: everything but the pool's own. */
export type WorkerOptions = Omit<CheckerOptions, 'workers'>;

export function sendableError(error: unknown): SentError {
  if (error instanceof PhotolintError) return { message: error.message, code: error.code, details: { ...error.details }, stack: error.stack };
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}

export function receivedError(sent: SentError): Error {
  const error = sent.code ? new PhotolintError(sent.code, sent.message, sent.details) : new Error(sent.message);
  if (sent.stack) error.stack = sent.stack;
  return error;
}
