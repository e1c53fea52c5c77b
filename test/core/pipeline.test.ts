import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/checker.js';
import { defineCheck } from '../../src/checks/define.js';
import { ImageContext } from '../../src/context.js';
import { PhotolintError } from '../../src/errors.js';
import { inspectImage } from '../../src/image/intake.js';
import type { Profile } from '../../src/profiles/types.js';
import { runRule } from '../../src/run-rule.js';
import { overallOf } from '../../src/verdict.js';
import { ModelRuntime } from '../../src/runtime/models.js';
import { z } from 'zod';

/** A 480×640 colourful JPEG at 300 dpi, made here so the test owns its exact properties. */
async function studioJpeg(options: { quality?: number; width?: number; height?: number } = {}): Promise<Buffer> {
  const width = options.width ?? 480;
  const height = options.height ?? 640;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = 100 + ((x * 3) % 100);
      pixels[i + 1] = 197 - ((y * 2) % 80);
      pixels[i + 2] = 255 - ((x + y) % 60);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: options.quality ?? 90 })
    .withMetadata({ density: 300 })
    .toBuffer();
}

const fileOnly: Profile = {
  id: 'file-only',
  title: { en: 'File rules only', zh: '仅文件规则' },
  source: 'test',
  rules: { 'jpeg-format': {}, 'image-size': {}, density: {}, 'jpeg-quality': {} },
};

const checkers: { dispose(): Promise<void> }[] = [];
function checker(options: Parameters<typeof createChecker>[0]) {
  const created = createChecker(options);
  checkers.push(created);
  return created;
}
afterAll(async () => {
  await Promise.all(checkers.map((c) => c.dispose()));
});

describe('pipeline', () => {
  it('computes only the analyses its rules need: file rules never decode the pixels', async () => {
    const verdict = await checker({ profile: fileOnly }).check(await studioJpeg());
    expect(verdict.results.map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(verdict.overall).toBe('compliant');
    expect(Object.keys(verdict.timings).sort()).toEqual(['inspect', 'read', 'rules', 'total']);
    expect(verdict.models).toEqual({});
  });

  it('decodes once when a rule needs pixels, and records that stage', async () => {
    const verdict = await checker({ profile: { ...fileOnly, rules: { ...fileOnly.rules, 'color-24bit': {} } } }).check(await studioJpeg());
    expect(Object.keys(verdict.timings)).toContain('rgb');
    expect(verdict.results.find((r) => r.rule === 'color-24bit')?.status).toBe('pass');
  });

  it('isolates a failing analysis: a truncated JPEG fails jpeg-format, pixel rules error, header rules still judge', async () => {
    const whole = await studioJpeg();
    const truncated = whole.subarray(0, Math.floor(whole.length / 2));
    const verdict = await checker({ profile: { ...fileOnly, rules: { ...fileOnly.rules, 'color-24bit': {} } } }).check(truncated);
    const byRule = Object.fromEntries(verdict.results.map((r) => [r.rule, r]));
    expect(byRule['jpeg-format']).toMatchObject({ status: 'fail', code: 'truncated' });
    expect(byRule['color-24bit']).toMatchObject({ status: 'error', code: 'input-truncated' });
    expect(byRule['image-size']).toMatchObject({ status: 'pass' });
    expect(verdict.overall).toBe('non_compliant');
  });

  it('turns a violation into fail, warn or review by severity', async () => {
    const small = await studioJpeg({ width: 300, height: 400 });
    const statusFor = async (severity: 'error' | 'warning' | 'review') =>
      (await checker({ profile: fileOnly, overrides: { 'image-size': severity } }).check(small)).results.find((r) => r.rule === 'image-size')?.status;
    expect(await statusFor('error')).toBe('fail');
    expect(await statusFor('warning')).toBe('warn');
    expect(await statusFor('review')).toBe('review');
  });

  it('sorts failed rules first and keeps registry order within a status', async () => {
    const verdict = await checker({ profile: fileOnly }).check(await studioJpeg({ quality: 40, width: 300, height: 400 }));
    expect(verdict.results.map((r) => `${r.rule}:${r.status}`)).toEqual(['image-size:fail', 'jpeg-quality:fail', 'jpeg-format:pass', 'density:pass']);
  });

  it('never calls a photo compliant when a rule could not judge it; a not-applicable skip alone is harmless', () => {
    const pass = { status: 'pass', code: 'ok' } as const;
    expect(overallOf([pass, { status: 'skipped', code: 'cannot-judge' }])).toBe('indeterminate');
    expect(overallOf([pass, { status: 'skipped', code: 'ears-hidden' }])).toBe('indeterminate');
    expect(overallOf([pass, { status: 'error', code: 'no-face' }])).toBe('indeterminate');
    expect(overallOf([pass, { status: 'skipped', code: 'not-applicable' }, { status: 'warn', code: 'x' }])).toBe('compliant');
    expect(overallOf([pass, { status: 'review', code: 'x' }])).toBe('needs_review');
    expect(overallOf([{ status: 'error', code: 'no-face' }, { status: 'fail', code: 'x' }])).toBe('non_compliant');
  });

  it('gives a check that throws an error result with a code instead of failing the photo', async () => {
    const bytes = await studioJpeg();
    const context = new ImageContext({ path: null, bytes, info: await inspectImage(bytes, { maxPixels: 1e7 }) }, { models: new ModelRuntime({ threads: 1 }), maxPixels: 1e7 });
    const broken = defineCheck({
      id: 'broken',
      title: { en: 'Broken', zh: '出错' },
      needs: ['file'],
      params: z.object({}).strict(),
      judge: () => {
        throw new Error('division by zero');
      },
    });
    const result = await runRule({ check: broken as never, severity: 'error', params: {} }, context);
    expect(result).toMatchObject({ status: 'error', code: 'check-failed', message: { en: 'The check failed: division by zero' } });
  });

  it('rejects unreadable input with a typed error and checkMany reports it in order without stopping', async () => {
    const c = checker({ profile: fileOnly });
    await expect(c.check(Buffer.from('hello world, not an image'))).rejects.toMatchObject({ code: 'input-not-an-image' });
    const items = [];
    for await (const item of c.checkMany([await studioJpeg(), Buffer.alloc(0), '/no/such/photo.jpg', await studioJpeg()], { concurrency: 2 })) items.push(item);
    expect(items.map((item) => (item.ok ? item.verdict.overall : item.error.code))).toEqual(['compliant', 'input-empty', 'input-not-found', 'compliant']);
  });

  it('validates options, naming the option, the expected and the received', () => {
    expect(() => createChecker({ threads: 0 })).toThrow(PhotolintError);
    expect(() => createChecker({ threads: 0 })).toThrow(/options\.threads.*received 0 of type number/);
    expect(() => createChecker({ thread: 2 } as never)).toThrow('Expected only profile, overrides, threads, maxBytes, maxPixels, modelDir, workers in options but received an unknown option "thread"');
  });

  it('refuses to check after dispose', async () => {
    const c = createChecker({ profile: fileOnly });
    await c.dispose();
    await expect(c.check(await studioJpeg())).rejects.toMatchObject({ code: 'checker-disposed' });
  });
});
