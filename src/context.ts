import type { AnalysisEnvironment } from './analyses/define.js';
import { ANALYSES } from './analyses/index.js';
import type { AnalysisId, AnalysisTypes, FileFacts, Inputs } from './analyses/types.js';

/**
 * The analyses of one image, computed lazily and at most once: `get` memoises the pending
 * promise, so rules that ask for the same analysis share one computation (and one failure).
 * Each analysis's own compute time is recorded in `timings`.
 */
export class ImageContext {
  readonly timings: Record<string, number> = {};
  private readonly pending = new Map<AnalysisId, Promise<unknown>>();

  constructor(
    file: FileFacts,
    private readonly env: AnalysisEnvironment,
  ) {
    this.pending.set('file', Promise.resolve(file));
  }

  get<K extends AnalysisId>(id: K): Promise<AnalysisTypes[K]> {
    let promise = this.pending.get(id) as Promise<AnalysisTypes[K]> | undefined;
    if (!promise) {
      promise = this.compute(id as Exclude<K, 'file'>);
      // Every caller of get() receives the rejection; this keeps the shared promise from being reported as unhandled.
      promise.catch(() => undefined);
      this.pending.set(id, promise);
    }
    return promise;
  }

  /**
   * Resolves several analyses into one object keyed by id, one after another: analyses never
   * overlap, so each one's recorded time is its own (parallelism comes from more checkers).
   */
  async resolve<const Needs extends readonly AnalysisId[]>(needs: Needs): Promise<Inputs<Needs>> {
    const inputs: Record<string, unknown> = {};
    for (const id of needs) inputs[id] = await this.get(id);
    return inputs as Inputs<Needs>;
  }

  /** The ids requested so far (including ones that failed). */
  requested(): AnalysisId[] {
    return [...this.pending.keys()];
  }

  private async compute<K extends Exclude<AnalysisId, 'file'>>(id: K): Promise<AnalysisTypes[K]> {
    const analysis = ANALYSES[id];
    const inputs = await this.resolve(analysis.needs);
    const start = performance.now();
    try {
      return await analysis.compute(inputs, this.env);
    } finally {
      this.timings[id] = elapsedSince(start);
    }
  }
}

/** Milliseconds since `start`, rounded to 0.01 ms. */
export function elapsedSince(start: number): number {
  return Math.round((performance.now() - start) * 100) / 100;
}
