import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLabelledSet } from '../eval/labelled-set.js';
import { FILE_RULES_PROFILE } from './photos.js';
import { runCli } from './run-cli.js';

describe('photolint eval', () => {
  let dir: string;
  let labelsPath: string;
  beforeAll(async () => {
    ({ dir, labelsPath } = await makeLabelledSet());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints a table per row and exits 2 when a labelled photo cannot be read', async () => {
    const run = await runCli(['eval', labelsPath]);
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Evaluated 2 photos of .*labels\.json \(images .*img, profile chsi-2017\) in \d+.*; 1 could not be checked$/);
    expect(lines[2]).toMatch(/^rule +label +TP +FP +TN +FN +precision +recall +bal\.acc +null +people +skipped +error +wrong$/);
    expect(lines.find((line) => line.startsWith('overall '))).toMatch(/^overall +expected_overall = fail +1 +0 +0 +0 +1\.000 +1\.000 +1\.000 +0 +0 +0 +1 +0$/);
    expect(run.stdout).toContain('Photos that could not be checked:\n  not-an-image.jpg  input-not-an-image  ');
    expect(run.stdout).toContain('Rules without a label (status counts only):\n  jpeg-format: 1 pass');
  });

  it('exits 0 when every --min is met and 1 when one is not', async () => {
    const met = await runCli(['eval', labelsPath, '--limit', '1', '--min', 'overall=0.9']);
    expect(met.code).toBe(0);
    const unmet = await runCli(['eval', labelsPath, '--limit', '1', '--min', 'overall=0.9', '--min', 'pose (any)=0.5']);
    expect(unmet.code).toBe(1);
    expect(unmet.stdout).toContain('Below the --min thresholds:\n  pose (any): balanced accuracy n/a (nothing scored) < 0.5');
  });

  it('prints the run as JSON', async () => {
    const run = await runCli(['eval', labelsPath, '--limit', '1', '--format', 'json', '--min', 'overall=0.5']);
    const parsed = JSON.parse(run.stdout);
    expect(parsed).toMatchObject({ labelsPath, profile: 'chsi-2017', unmetMinimums: [], report: { photos: 1, photoErrors: [] } });
    expect(parsed.report.rows.at(-1)).toMatchObject({ name: 'overall', confusion: { tp: 1, fp: 0, tn: 0, fn: 0 }, falsePositives: [], falseNegatives: [] });
  });

  it('lists misclassified files with --show-errors', async () => {
    const profile = join(dir, 'file-rules.json');
    await writeFile(profile, FILE_RULES_PROFILE);
    // Accepting the photo's 320×240 makes it compliant, against its label.
    const size = ['--set', 'image-size.width=320', '--set', 'image-size.height=240'];
    const run = await runCli(['eval', labelsPath, '--limit', '1', '--profile', profile, ...size, '--show-errors']);
    expect(run.stdout).toMatch(/\noverall +expected_overall = fail +0 +0 +0 +1 .* 1\n/);
    expect(run.stdout).toContain('Misclassified files:\n  overall\n    false negatives (violation missed): wrong-size.jpg\n');
  });

  it('says where the development set lives when the labels are missing', async () => {
    const run = await runCli(['eval', `${dir}/nope/labels.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Labels file ".*nope\/labels.json" not found; the portraits-dev set lives in \.\.\/shared\/data\/portraits-dev/);
  });
});
