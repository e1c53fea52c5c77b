import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { GRACE_HOPPER, blurSkin, paintLips, runRule } from './photo-edits.js';

let original: Buffer;
beforeAll(async () => {
  original = await readFile(GRACE_HOPPER);
});

describe('no-heavy-makeup', () => {
  it('passes the unretouched portrait', async () => {
    const result = await runRule('no-heavy-makeup', original);
    expect(result.status).toBe('pass');
    expect(result.regions.map((r) => r.label)).toContain('lips');
  });

  it('fails the same portrait with its lips painted saturated red', async () => {
    const result = await runRule('no-heavy-makeup', await paintLips(original));
    expect(result.status).toBe('fail');
    expect(result.code).toBe('heavy-lipstick');
    expect(Number(result.measurements.lipChromaExcess?.value)).toBeGreaterThan(30);
  });
});

describe('no-heavy-retouching', () => {
  it('passes the unretouched portrait', async () => {
    const result = await runRule('no-heavy-retouching', original);
    expect(result.status).toBe('pass');
  });

  it('flags for review the same portrait with only its skin blurred (a beauty filter)', async () => {
    const result = await runRule('no-heavy-retouching', await blurSkin(original));
    expect(result.status).toBe('review');
    expect(result.code).toBe('skin-smoothed');
  });
});
