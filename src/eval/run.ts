import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type CheckerOptions, createChecker } from '../checker.js';
import { PhotolintError, invalidOption } from '../errors.js';
import { type EvaluationReport, type PhotoResult, evaluate } from './evaluate.js';
import { loadLabels } from './labels.js';

export interface EvaluationOptions {
  /** The labels.json of a labelled set. */
  readonly labelsPath: string;
  /** Where the labelled files are. Default: `img/` beside the labels file. */
  readonly imagesDir?: string;
  readonly checker?: CheckerOptions;
  /** Photos checked at the same time. Default 1, or the number of the checker's workers. */
  readonly concurrency?: number;
  /** Evaluate only the first `limit` entries of the labels. */
  readonly limit?: number;
  /** Called after each photo is checked, with its file name. */
  readonly onPhoto?: (file: string, done: number, total: number) => void;
}

export interface EvaluationRun {
  readonly labelsPath: string;
  readonly imagesDir: string;
  readonly profile: string;
  readonly elapsedMs: number;
  readonly report: EvaluationReport;
}

/** Loads and validates the labels, checks every labelled photo and scores the verdicts. */
export async function runEvaluation(options: EvaluationOptions): Promise<EvaluationRun> {
  const started = performance.now();
  const imagesDir = options.imagesDir ?? join(dirname(options.labelsPath), 'img');
  if (options.limit !== undefined && !(Number.isInteger(options.limit) && options.limit >= 1)) {
    throw invalidOption('limit', 'a positive integer', options.limit);
  }
  const labels = await loadLabels(options.labelsPath);
  await assertFolder(imagesDir);
  const images = labels.images.slice(0, options.limit);
  const checker = createChecker(options.checker);
  const fileByPath = new Map(images.map((entry) => [join(imagesDir, entry.file), entry.file]));
  const results = new Map<string, PhotoResult>();
  try {
    for await (const item of checker.checkMany(fileByPath.keys(), { concurrency: options.concurrency })) {
      const file = fileByPath.get(String(item.input))!;
      results.set(file, item.ok ? item.verdict : { error: { code: item.error.code, message: item.error.message } });
      options.onPhoto?.(file, results.size, images.length);
    }
  } finally {
    await checker.dispose();
  }
  return {
    labelsPath: options.labelsPath,
    imagesDir,
    profile: checker.profile,
    elapsedMs: performance.now() - started,
    report: evaluate({ ...labels, count: images.length, images }, results),
  };
}

async function assertFolder(path: string): Promise<void> {
  const isFolder = await stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    throw new PhotolintError('input-not-found', `Images folder ${JSON.stringify(path)} not found; the portraits-dev set lives in ../shared/data/portraits-dev`, { path });
  }
}
