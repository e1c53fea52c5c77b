import type { ModelId } from '../runtime/manifest.js';
import type { ModelRuntime } from '../runtime/models.js';
import type { AnalysisId, AnalysisTypes, Inputs } from './types.js';

/** What an analysis may use besides its inputs. */
export interface AnalysisEnvironment {
  readonly models: ModelRuntime;
  readonly maxPixels: number;
}

/**
 * An analysis declares the analyses it reads and the models it runs, so the checker knows
 * before any image which models a profile needs (for `warmup`) and computes nothing else.
 */
export interface Analysis<K extends AnalysisId = AnalysisId, Needs extends readonly AnalysisId[] = readonly AnalysisId[]> {
  readonly id: K;
  readonly needs: Needs;
  readonly models: readonly ModelId[];
  compute(inputs: Inputs<Needs>, env: AnalysisEnvironment): Promise<AnalysisTypes[K]> | AnalysisTypes[K];
}

export function defineAnalysis<K extends AnalysisId, const Needs extends readonly AnalysisId[]>(analysis: Analysis<K, Needs>): Analysis<K, Needs> {
  return analysis;
}
