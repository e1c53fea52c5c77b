import type { BatchItem } from './checker.js';
import { PhotolintError, invalidOption } from './errors.js';
import type { ImageInput } from './image/input.js';
import type { Verdict } from './verdict.js';

/** Runs `check` over `inputs` with up to `concurrency` in flight and yields results in input order. */
export async function* inOrder(
  inputs: Iterable<ImageInput> | AsyncIterable<ImageInput>,
  concurrency: number,
  check: (input: ImageInput) => Promise<Verdict>,
): AsyncGenerator<BatchItem> {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw invalidOption('concurrency', 'a positive integer', concurrency);
  const inFlight: Promise<BatchItem>[] = [];
  const start = (input: ImageInput): Promise<BatchItem> =>
    check(input).then(
      (verdict): BatchItem => ({ ok: true, input, verdict }),
      (error: unknown): BatchItem => {
        if (error instanceof PhotolintError && error.code !== 'checker-disposed') return { ok: false, input, error };
        throw error;
      },
    );
  for await (const input of inputs) {
    inFlight.push(start(input));
    if (inFlight.length >= concurrency) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}
