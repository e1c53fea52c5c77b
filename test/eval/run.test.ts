import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvaluation } from '../../src/eval/run.js';
import { makeLabelledSet } from './labelled-set.js';

describe('runEvaluation', () => {
  let dir: string;
  let labelsPath: string;
  beforeAll(async () => {
    ({ dir, labelsPath } = await makeLabelledSet());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('checks every labelled photo from img/ beside the labels and scores the verdicts', async () => {
    const progress: string[] = [];
    const run = await runEvaluation({ labelsPath, onPhoto: (file, done, total) => progress.push(`${done}/${total} ${file}`) });
    expect(run.imagesDir).toBe(join(labelsPath, '..', 'img'));
    expect(run.profile).toBe('chsi-2017');
    expect(progress).toEqual(['1/2 wrong-size.jpg', '2/2 not-an-image.jpg']);
    expect(run.report.photos).toBe(2);
    expect(run.report.photoErrors).toEqual([{ file: 'not-an-image.jpg', code: 'input-not-an-image', message: expect.any(String) }]);
    // The wrong size fails image-size, so the photo is non_compliant, as labelled.
    expect(run.report.rows.find((row) => row.name === 'overall')).toMatchObject({ confusion: { tp: 1, fp: 0, tn: 0, fn: 0 }, notScored: { error: 1 } });
    expect(run.report.unmapped).toContain('image-size');
  });

  it('evaluates only the first entries with limit', async () => {
    const run = await runEvaluation({ labelsPath, limit: 1 });
    expect(run.report.photos).toBe(1);
    expect(run.report.photoErrors).toEqual([]);
  });

  it('says where the development set lives when the images folder is missing', async () => {
    await expect(runEvaluation({ labelsPath, imagesDir: join(labelsPath, '..', 'missing') })).rejects.toMatchObject({
      code: 'input-not-found',
      message: expect.stringMatching(/Images folder ".*missing" not found; the portraits-dev set lives in \.\.\/shared\/data\/portraits-dev/),
    });
  });
});
