import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { PhotolintError, type ErrorCode } from '../../src/errors.js';

export const GENERATED_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'generated');

export function fixturePath(name: string): string {
  return join(GENERATED_FIXTURES, name);
}

export function readFixture(name: string): Promise<Buffer> {
  return readFile(fixturePath(name));
}

/** Awaits `promise`, expects it to reject with a PhotolintError of `code`, and returns that error. */
export async function expectPhotolintError(promise: Promise<unknown>, code: ErrorCode): Promise<PhotolintError> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(PhotolintError);
  expect((error as PhotolintError).code).toBe(code);
  return error as PhotolintError;
}

/** Deterministic pseudo-random bytes (a linear congruential generator). */
export function pseudoRandomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
