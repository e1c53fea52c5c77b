import type { ImageInfo, RgbImage } from '../image/intake.js';

/** The photo as it arrived: its bytes, where it came from and what its header says. */
export interface FileFacts {
  readonly path: string | null;
  readonly bytes: Buffer;
  readonly info: ImageInfo;
}

/**
 * Every analysis the context can compute, by id. An analysis is computed at most once per
 * image and only when a rule (or another analysis) asks for it.
 */
export interface AnalysisTypes {
  file: FileFacts;
  rgb: RgbImage;
}

export type AnalysisId = keyof AnalysisTypes;

/** The resolved values of a list of analyses, keyed by id. */
export type Inputs<Needs extends readonly AnalysisId[]> = { readonly [K in Needs[number]]: AnalysisTypes[K] };
