import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPhotoPaths } from '../../src/cli/inputs.js';
import { runCli } from './run-cli.js';

describe('collectPhotoPaths', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'photolint-inputs-'));
    await mkdir(join(dir, 'photos', 'deeper'), { recursive: true });
    await mkdir(join(dir, 'empty'));
    for (const name of ['photos/B.JPG', 'photos/a.png', 'photos/notes.txt', 'photos/deeper/c.heic', 'photos/deeper/d.Tiff']) await writeFile(join(dir, name), '');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('walks folders for image extensions in any case, sorted, and keeps file arguments as given', async () => {
    const named = join(dir, 'photos', 'notes.txt');
    const missing = join(dir, 'missing.jpg');
    expect(await collectPhotoPaths([named, join(dir, 'photos'), missing])).toEqual({
      paths: [named, join(dir, 'photos', 'B.JPG'), join(dir, 'photos', 'a.png'), join(dir, 'photos', 'deeper', 'c.heic'), join(dir, 'photos', 'deeper', 'd.Tiff'), missing],
      fromFolder: true,
    });
    expect(await collectPhotoPaths([named])).toEqual({ paths: [named], fromFolder: false });
  });

  it('makes a folder without images a usage error', async () => {
    const run = await runCli(['check', join(dir, 'empty')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected image files (jpg, jpeg, png, webp, gif, tif, tiff, heic) but found none in');
  });
});
