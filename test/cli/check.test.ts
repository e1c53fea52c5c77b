import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/verdict.js';
import { type PhotoFolder, makePhotoFolder } from './photos.js';
import { runCli } from './run-cli.js';
import { assertWellFormedXml } from './well-formed-xml.js';

let folder: PhotoFolder;
beforeAll(async () => {
  folder = await makePhotoFolder();
});
afterAll(() => rm(folder.dir, { recursive: true, force: true }));

describe('photolint check: exit codes', () => {
  it('exits 0 when the photo is compliant', async () => {
    const run = await runCli(['check', folder.compliant, '--profile', folder.fileRulesProfile]);
    expect(run.stdout).toContain('  compliant: ');
    expect(run.code).toBe(0);
  });

  it('exits 1 when the photo is not compliant, and when it cannot be fully judged (the face rules on a flat image)', async () => {
    const wrong = await runCli(['check', folder.wrongSize, '--profile', folder.fileRulesProfile]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout.split('\n')[1]).toMatch(/^ {2}fail {5}image-size +width 320 px vs 480 px; height 240 px vs 640 px +The photo is 320×240 px/);
    expect((await runCli(['check', folder.compliant])).code).toBe(1);
  });

  it('exits 2 for a missing file or a file that is no image', async () => {
    const missing = await runCli(['check', join(folder.dir, 'missing.jpg')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('error    input-not-found');
    expect((await runCli(['check', folder.notAnImage])).code).toBe(2);
  });

  it('checks every photo of a batch with an unreadable one, reports it, then exits 2', async () => {
    const run = await runCli(['check', folder.photos, '--profile', folder.fileRulesProfile, '--format', 'json']);
    expect(run.code).toBe(2);
    const entries = JSON.parse(run.stdout) as (Verdict | { input: string; error: { code: string } })[];
    expect(entries.map((entry) => entry.input)).toEqual([folder.compliant, folder.notAnImage, folder.wrongSize]);
    expect(entries[1]).toEqual({ input: folder.notAnImage, error: { code: 'input-not-an-image', message: expect.any(String) } });
    expect((entries[0] as Verdict).overall).toBe('compliant');
  });

  it('exits 1 for a batch of readable photos one of which is not compliant, with a tally', async () => {
    const run = await runCli(['check', folder.compliant, folder.wrongSize, '--profile', folder.fileRulesProfile]);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 photos: 1 compliant, 1 non_compliant · \d+/);
  });

  it('exits 2 for a bad profile before checking anything', async () => {
    const badJson = join(folder.dir, 'bad.json');
    await writeFile(badJson, '{ "id": ');
    const run = await runCli(['check', folder.compliant, '--profile', badJson]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('is not valid JSON');
    const unknownParam = await runCli(['check', folder.compliant, '--set', 'image-size.depth=3']);
    expect(unknownParam.code).toBe(2);
    expect(unknownParam.stderr).toContain('Invalid parameters for rule image-size in profile chsi-2017: unknown parameter "depth"');
  });
});

describe('photolint check: options', () => {
  it('applies --set parameters and --severity levels on top of the profile', async () => {
    const resized = await runCli(['check', folder.wrongSize, '--profile', folder.fileRulesProfile, '--set', 'image-size.width=320', '--set', 'image-size.height=240']);
    expect(resized.code).toBe(0);
    const lenient = await runCli(['check', folder.wrongSize, '--profile', folder.fileRulesProfile, '--severity', 'image-size=warning']);
    expect(lenient.stdout).toMatch(/\n {2}warn {5}image-size/);
    expect(lenient.code).toBe(0);
  });

  it('writes JUnit XML', async () => {
    const run = await runCli(['check', folder.photos, '--format', 'junit', '--profile', folder.fileRulesProfile]);
    assertWellFormedXml(run.stdout);
    expect(run.stdout.match(/<testsuite /g)).toHaveLength(3);
  });

  it('shows progress on a terminal only, and clears it', async () => {
    const quiet = await runCli(['check', folder.compliant, folder.wrongSize]);
    expect(quiet.stderr).toBe('');
    const tty = await runCli(['check', folder.compliant, folder.wrongSize], { tty: true });
    expect(tty.stderr).toContain('] 2/2 ');
    expect(tty.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(tty.stdout).toContain('\u001b[');
    const noColor = await runCli(['check', folder.compliant], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    expect(noColor.stdout).toContain('✓ pass');
  });

  it('writes an overlay per photo with --overlay', async () => {
    const out = join(folder.dir, 'overlays', 'nested');
    const run = await runCli(['check', folder.compliant, folder.wrongSize, '--overlay', out]);
    expect(run.code).toBe(1);
    const png = await readFile(join(out, 'wrong-size.overlay.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await expect(readFile(join(out, 'compliant.overlay.png'))).resolves.toBeInstanceOf(Buffer);
  });
});
