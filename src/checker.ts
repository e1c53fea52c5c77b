import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };
import { modelsFor } from './analyses/index.js';
import type { RuleId } from './checks/index.js';
import { inOrder } from './batch.js';
import { ImageContext, elapsedSince } from './context.js';
import { PhotolintError, checkerDisposed, describeValue } from './errors.js';
import { type ImageInput, readInput } from './image/input.js';
import { inspectImage } from './image/intake.js';
import type { ProfileId } from './profiles/index.js';
import { resolveProfile } from './profiles/resolve.js';
import type { Overrides, Profile } from './profiles/types.js';
import { createPooledChecker } from './pool/pooled-checker.js';
import { runRule } from './run-rule.js';
import { ModelRuntime } from './runtime/models.js';
import { type RuleResult, type Verdict, overallOf, sortResults } from './verdict.js';

export interface CheckerOptions {
  /** A built-in profile id or a profile object. Default `chsi-2017`. */
  readonly profile?: ProfileId | Profile;
  /** Per-rule severity and parameter changes on top of the profile. */
  readonly overrides?: Overrides;
  /** Intra-op threads per model session. Default 1: parallelism comes from more checkers. */
  readonly threads?: number;
  /** Largest file accepted, in bytes. Default 20 MiB. */
  readonly maxBytes?: number;
  /** Largest image accepted, in pixels (width × height), judged from the header before decoding. Default 40 million. */
  readonly maxPixels?: number;
  /** Where the ONNX models and their manifest live. Default: the package's models/ folder. */
  readonly modelDir?: string;
  /**
   * Check photos in this many worker threads, each with its own model sessions (about 145 MiB
   * each), so that a batch uses every core. Default: photos are checked on the calling thread.
   */
  readonly workers?: number;
}

/** One photo of a batch: a verdict, or the error that kept it from getting one. */
export type BatchItem =
  | { readonly ok: true; readonly input: ImageInput; readonly verdict: Verdict }
  | { readonly ok: false; readonly input: ImageInput; readonly error: PhotolintError };

export interface Checker {
  readonly profile: string;
  /** The rules this checker runs, in registry order. */
  readonly rules: readonly RuleId[];
  /** Checks one photo: a file path, or its bytes. Rejects with a PhotolintError when it is no readable image. */
  check(input: ImageInput): Promise<Verdict>;
  /** Checks photos with up to `concurrency` in flight (default 1, or the number of workers), yielding in input order. */
  checkMany(inputs: Iterable<ImageInput> | AsyncIterable<ImageInput>, options?: { readonly concurrency?: number }): AsyncIterable<BatchItem>;
  /** Loads every model the profile's rules need, so the first check is not slowed by loading. */
  warmup(): Promise<void>;
  /** Releases the model sessions; the checker cannot be used afterwards. */
  dispose(): Promise<void>;
}

const optionsSchema = z
  .object({
    profile: z.unknown().optional(),
    overrides: z.unknown().optional(),
    threads: z.number().int().min(1).max(64).optional(),
    maxBytes: z.number().int().positive().optional(),
    maxPixels: z.number().int().positive().optional(),
    modelDir: z.string().min(1).optional(),
    workers: z.number().int().min(1).max(64).optional(),
  })
  .strict();

export function createChecker(options: CheckerOptions = {}): Checker {
  validateOptions(options);
  const profile = resolveProfile(options.profile ?? 'chsi-2017', options.overrides);
  const rules = profile.rules.map((rule) => rule.check.id);
  if (options.workers !== undefined) {
    const { workers, ...perWorker } = options;
    return createPooledChecker(perWorker, workers, { profile: profile.id, rules });
  }
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const maxPixels = options.maxPixels ?? 40_000_000;
  const runtime = new ModelRuntime({ threads: options.threads ?? 1, ...(options.modelDir ? { modelDir: options.modelDir } : {}) });
  const models = modelsFor(profile.rules.flatMap((rule) => rule.check.needs));
  const modelHashes = runtime.hashes();
  let disposed = false;

  const assertLive = (): void => {
    if (disposed) throw checkerDisposed();
  };

  const check = async (input: ImageInput): Promise<Verdict> => {
    assertLive();
    const started = performance.now();
    const file = await readInput(input, { maxBytes });
    const read = elapsedSince(started);
    const inspectStart = performance.now();
    const info = await inspectImage(file.bytes, { maxPixels });
    const inspect = elapsedSince(inspectStart);
    const context = new ImageContext({ ...file, info }, { models: runtime, maxPixels });
    const results: RuleResult[] = [];
    for (const rule of profile.rules) results.push(await runRule(rule, context));
    const used = modelsFor(context.requested());
    return {
      input: file.path,
      profile: profile.id,
      overall: overallOf(results),
      results: sortResults(results),
      image: { format: info.format, width: info.width, height: info.height, byteSize: info.byteSize },
      timings: {
        read,
        inspect,
        ...context.timings,
        rules: Math.round(results.reduce((sum, r) => sum + r.timeMs, 0) * 100) / 100,
        total: elapsedSince(started),
      },
      version: pkg.version,
      models: Object.fromEntries([...used].map((id) => [id, modelHashes[id]])),
    };
  };

  return {
    profile: profile.id,
    rules,
    check,
    checkMany: (inputs, batch = {}) => inOrder(inputs, batch.concurrency ?? 1, check),
    async warmup() {
      assertLive();
      await Promise.all([...models].map((id) => runtime.session(id)));
    },
    async dispose() {
      disposed = true;
      await runtime.dispose();
    },
  };
}

function validateOptions(options: CheckerOptions): void {
  const parsed = optionsSchema.safeParse(options);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(optionsSchema.shape).join(', ');
    throw new PhotolintError('invalid-option', `Expected only ${known} in options but received an unknown option "${issue.keys[0]}"`, {
      parameter: `options.${issue.keys[0]}`,
    });
  }
  const key = String(issue.path[0]);
  throw new PhotolintError('invalid-option', `Invalid options.${key}: ${issue.message} (received ${describeValue((options as Record<string, unknown>)[key])})`, {
    parameter: `options.${key}`,
  });
}
