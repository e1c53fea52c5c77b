import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/checker.js';
import type { RuleResult, Verdict } from '../../src/verdict.js';

const generated = (name: string) => join(import.meta.dirname, '../../fixtures/generated', name);

const checker = createChecker({
  profile: {
    id: 'file-rules',
    title: { en: 'File rules', zh: '文件规则' },
    source: 'test',
    rules: { 'jpeg-format': {}, 'color-24bit': {}, 'image-size': {}, density: { severity: 'warning' }, 'jpeg-quality': {}, 'file-size': { params: { minBytes: 1024, maxBytes: 100 * 1024 } } },
  },
});
afterAll(() => checker.dispose());

function rule(verdict: Verdict, id: string): RuleResult {
  const found = verdict.results.find((r) => r.rule === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

describe('file rules on generated fixtures', () => {
  it('passes a 480×640 sRGB JPEG at quality 90 and 300 dpi, with exact measurements', async () => {
    const verdict = await checker.check(generated('valid-q90-300dpi.jpg'));
    expect(verdict.overall).toBe('compliant');
    expect(rule(verdict, 'jpeg-format').measurements).toEqual({
      container: { value: 'jpeg', unit: 'format' },
      extension: { value: '.jpg', unit: 'extension' },
      progressive: { value: false, unit: 'boolean' },
    });
    expect(rule(verdict, 'image-size').measurements).toEqual({ width: { value: 480, unit: 'px' }, height: { value: 640, unit: 'px' } });
    expect(rule(verdict, 'jpeg-quality').measurements).toEqual({ quality: { value: 90, unit: 'IJG quality' } });
    expect(rule(verdict, 'density').measurements).toEqual({ densityX: { value: 300, unit: 'dpi' }, densityY: { value: 300, unit: 'dpi' } });
    expect(rule(verdict, 'color-24bit')).toMatchObject({ status: 'pass', code: 'ok' });
  });

  it('fails quality 50 with its estimate and warns (not fails) on 72 dpi', async () => {
    const q50 = await checker.check(generated('valid-q50-300dpi.jpg'));
    expect(rule(q50, 'jpeg-quality')).toMatchObject({ status: 'fail', code: 'too-compressed', measurements: { quality: { value: 50 } }, score: 25 });
    const lowDpi = await checker.check(generated('valid-q90-72dpi.jpg'));
    expect(rule(lowDpi, 'density')).toMatchObject({ status: 'warn', code: 'wrong-density', measurements: { densityX: { value: 72 } } });
    expect(lowDpi.overall).toBe('compliant');
  });

  it('reads the JFIF density in dots per centimetre (118 dpcm is 300 dpi within tolerance)', async () => {
    const verdict = await checker.check(generated('jfif-118dpcm.jpg'));
    expect(rule(verdict, 'density').measurements).toEqual({ densityX: { value: 299.7, unit: 'dpi' }, densityY: { value: 299.7, unit: 'dpi' } });
    expect(rule(verdict, 'density').status).toBe('pass');
  });

  it('fails a PNG renamed .jpg on its content, not its name', async () => {
    const verdict = await checker.check(generated('png-renamed.jpg'));
    expect(rule(verdict, 'jpeg-format')).toMatchObject({ status: 'fail', code: 'not-jpeg' });
    expect(rule(verdict, 'jpeg-quality')).toMatchObject({ status: 'skipped', code: 'not-applicable' });
  });

  it('fails a JPEG whose extension is not .jpg', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'photolint-'));
    const renamed = join(dir, 'photo.png');
    copyFileSync(generated('valid-q90-300dpi.jpg'), renamed);
    expect(rule(await checker.check(renamed), 'jpeg-format')).toMatchObject({ status: 'fail', code: 'wrong-extension' });
  });

  it.each([
    ['cmyk.jpg', 'cmyk'],
    ['grey.jpg', 'greyscale'],
    ['grey16.png', 'greyscale'],
    ['alpha.png', 'alpha-channel'],
  ])('fails 24-bit colour for %s with code %s', async (file, code) => {
    expect(rule(await checker.check(generated(file)), 'color-24bit')).toMatchObject({ status: 'fail', code });
  });

  it('judges a truncated JPEG: jpeg-format fails, pixel rules error, the rest still judge', async () => {
    const verdict = await checker.check(generated('truncated.jpg'));
    expect(rule(verdict, 'jpeg-format')).toMatchObject({ status: 'fail', code: 'truncated' });
    expect(rule(verdict, 'color-24bit')).toMatchObject({ status: 'error', code: 'input-truncated' });
    expect(rule(verdict, 'image-size').status).toBe('pass');
  });

  it.each([
    ['empty.jpg', 'input-empty'],
    ['text.jpg', 'input-not-an-image'],
    ['huge-30000.png', 'input-too-many-pixels'],
    ['does-not-exist.jpg', 'input-not-found'],
    ['', 'input-is-directory'],
  ])('rejects %s with a typed error %s', async (file, code) => {
    await expect(checker.check(generated(file))).rejects.toMatchObject({ name: 'PhotolintError', code });
  });

  it('rejects an animated GIF when its pixels are needed', async () => {
    const verdict = await checker.check(generated('animated.gif'));
    expect(rule(verdict, 'color-24bit')).toMatchObject({ status: 'error', code: 'input-animated' });
    expect(rule(verdict, 'jpeg-format')).toMatchObject({ status: 'fail', code: 'not-jpeg' });
  });
});
