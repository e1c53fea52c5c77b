import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/checker.js';
import { PhotolintError } from '../../src/errors.js';
import { createPooledChecker } from '../../src/pool/pooled-checker.js';
import type { Verdict } from '../../src/verdict.js';
import { withoutTimes } from './verdicts.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const PHOTOS = ['astronaut.png', 'grace_hopper.jpg'].map((file) => join(FIXTURES, file));

describe('checker with worker threads', () => {
  const pooled = createChecker({ workers: 2 });
  const inProcess = createChecker();
  afterAll(async () => {
    await Promise.all([pooled.dispose(), inProcess.dispose()]);
  });

  it('gives exactly the verdicts of an in-process checker, in input order, with more photos in flight than threads', async () => {
    const photos = [...PHOTOS, ...PHOTOS, ...PHOTOS];
    const verdicts: Verdict[] = [];
    for await (const item of pooled.checkMany(photos, { concurrency: 3 })) {
      expect(item.ok).toBe(true);
      if (item.ok) verdicts.push(item.verdict);
    }
    expect(verdicts.map((v) => v.input)).toEqual(photos);
    for (const verdict of verdicts) expect(withoutTimes(verdict)).toEqual(withoutTimes(await inProcess.check(verdict.input!)));
    expect(pooled.rules).toEqual(inProcess.rules);
  }, 120_000);

  it('checks bytes as well as paths, also a view into a larger buffer', async () => {
    const bytes = await readFile(PHOTOS[1]!);
    const verdict = await pooled.check(bytes);
    expect(verdict.input).toBeNull();
    expect(verdict.results.length).toBe(pooled.rules.length);
    const padded = new Uint8Array(bytes.length + 1000);
    padded.set(bytes, 500);
    const fromView = await pooled.check(padded.subarray(500, 500 + bytes.length));
    expect(withoutTimes(fromView)).toEqual(withoutTimes(verdict));
  }, 60_000);

  it('rejects bad input with the same typed error as in process', async () => {
    const missing = pooled.check(join(FIXTURES, 'no-such-photo.jpg'));
    await expect(missing).rejects.toBeInstanceOf(PhotolintError);
    await expect(missing).rejects.toMatchObject({ code: 'input-not-found' });
    await expect(pooled.check(Buffer.from('not an image'))).rejects.toMatchObject({ code: 'input-not-an-image' });
  }, 60_000);

  it('validates the number of workers, naming the option', () => {
    expect(() => createChecker({ workers: 0 })).toThrow(/options\.workers/);
  });

  it('refuses to check after dispose, and dispose ends the threads', async () => {
    const checker = createChecker({ workers: 1 });
    await checker.warmup();
    await checker.dispose();
    await expect(checker.check(PHOTOS[0]!)).rejects.toMatchObject({ code: 'checker-disposed' });
  }, 60_000);

  it('fails the photos of a thread that dies with worker-failed, and starts a new thread for the next', async () => {
    // Options the main thread would refuse make the worker's own createChecker throw at start.
    const broken = createPooledChecker({ threads: 0 }, 1, { profile: 'chsi-2017', rules: [] });
    await expect(broken.check(PHOTOS[0]!)).rejects.toMatchObject({ code: 'worker-failed', message: expect.stringMatching(/options\.threads/) });
    await expect(broken.check(PHOTOS[0]!)).rejects.toMatchObject({ code: 'worker-failed' });
    await broken.dispose();
  }, 60_000);

  it('does not keep a program alive when it is never disposed, even with a thread that got no work', async () => {
    const checker = join(import.meta.dirname, '..', '..', 'src', 'checker.ts');
    const script = `import { createChecker } from ${JSON.stringify(checker)}; const c = createChecker({ workers: 2 }); await c.check(${JSON.stringify(PHOTOS[0])}); console.log('checked');`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 60_000 });
    expect(stdout.trim()).toBe('checked');
  }, 90_000);
});
