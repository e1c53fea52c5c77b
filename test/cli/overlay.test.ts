import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlaySvg, writeOverlay } from '../../src/cli/overlay.js';
import { makeResult, makeVerdict } from '../eval/make-verdict.js';

const results = [
  makeResult('face-width', 'fail', { regions: [{ kind: 'box', label: 'face <&> "wide"', x: 100, y: 150, width: 280, height: 300 }] }),
  makeResult('eyes-level', 'warn', { regions: [{ kind: 'line', label: 'pupils', from: [180, 260], to: [300, 270] }] }),
  makeResult('background-shadow', 'review', { regions: [{ kind: 'polygon', label: 'shadow', points: [[10, 10], [60, 10], [35, 60]] }] }),
  makeResult('no-earrings', 'error', { regions: [{ kind: 'points', label: 'ears', points: [[90, 300], [390, 300]] }] }),
  makeResult('head-top', 'pass', { regions: [{ kind: 'line', label: 'head top', from: [0, 80], to: [480, 80] }] }),
];

describe('overlay', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'photolint-overlay-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('draws each non-pass region with its rule and label, escaped, and passing regions thin, green and uncaptioned', () => {
    const svg = overlaySvg(results, 480, 640);
    expect(svg).toContain('<rect x="100" y="150" width="280" height="300" fill="none" stroke="#e53935"');
    expect(svg).toContain('face-width: face &lt;&amp;&gt; &quot;wide&quot;');
    expect(svg).toContain('<line x1="180" y1="260" x2="300" y2="270"');
    expect(svg).toContain('<polygon points="10,10 60,10 35,60"');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('<line x1="0" y1="80" x2="480" y2="80" fill="none" stroke="#43a047" stroke-width="1"/>');
    expect(svg).not.toContain('head top');
    expect(svg.indexOf('#43a047')).toBeLessThan(svg.indexOf('#e53935'));
  });

  it('draws skipped regions thin, grey and uncaptioned', () => {
    const skipped = makeResult('no-necklace', 'skipped', { regions: [{ kind: 'box', label: 'searched: neck', x: 200, y: 450, width: 80, height: 60 }] });
    const svg = overlaySvg([skipped], 480, 640);
    expect(svg).toContain('<rect x="200" y="450" width="80" height="60" fill="none" stroke="#9e9e9e" stroke-width="1"/>');
    expect(svg).not.toContain('searched: neck');
  });

  it("draws where a failing rule searched thin and uncaptioned, and what it found bold and captioned", () => {
    const regions = [
      { kind: 'box', label: 'searched: right lens', x: 150, y: 250, width: 60, height: 40, searched: true },
      { kind: 'box', label: 'glasses', x: 140, y: 245, width: 200, height: 50 },
    ] as const;
    const svg = overlaySvg([makeResult('no-glasses', 'fail', { regions: [...regions] })], 480, 640);
    expect(svg).toContain('<rect x="150" y="250" width="60" height="40" fill="none" stroke="#e53935" stroke-width="1"/>');
    expect(svg).not.toContain('searched: right lens');
    expect(svg).toContain('<rect x="140" y="245" width="200" height="50" fill="none" stroke="#e53935" stroke-width="2"/>');
    expect(svg).toContain('no-glasses: glasses');
  });

  it('writes one caption for rules marking the same place with the same label, and keeps captions apart', () => {
    const outline = { kind: 'polygon', label: 'background starts outside this outline', points: [[5, 5], [400, 5], [200, 300]] } as const;
    const svg = overlaySvg(
      [
        makeResult('background-color', 'fail', { regions: [outline] }),
        makeResult('background-uniform', 'fail', { regions: [outline, { kind: 'box', label: 'gradient', x: 5, y: 5, width: 50, height: 50 }] }),
      ],
      480,
      640,
    );
    expect(svg.match(/background starts outside this outline/g)).toHaveLength(1);
    expect(svg).toContain('background-color, background-uniform: background starts outside this outline');
    const baselines = [...svg.matchAll(/<text x="[^"]+" y="([^"]+)"/g)].map((match) => Number(match[1]));
    expect(baselines).toHaveLength(2);
    expect(Math.abs(baselines[0]! - baselines[1]!)).toBeGreaterThanOrEqual(13);
  });

  it('writes a PNG of the photo with the regions drawn in the colour of their status', async () => {
    const photo = join(dir, 'portrait.jpg');
    await sharp({ create: { width: 480, height: 640, channels: 3, background: '#ffffff' } }).jpeg().toFile(photo);
    const target = await writeOverlay(photo, makeVerdict(photo, results), dir);
    expect(target).toBe(join(dir, 'portrait.overlay.png'));
    const { data, info } = await sharp(target).raw().toBuffer({ resolveWithObject: true });
    expect([info.format, info.width, info.height]).toEqual(['raw', 480, 640]);
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const [red, green, blue] = at(100, 300);
    expect(red).toBeGreaterThan(200);
    expect(Math.max(green!, blue!)).toBeLessThan(110);
    expect(at(470, 630)).toEqual([255, 255, 255]);
  });

  it('draws a photo smaller than the standard frame enlarged to its height, the regions where they belong', async () => {
    const photo = join(dir, 'small.jpg');
    await sharp({ create: { width: 240, height: 320, channels: 3, background: '#ffffff' } }).jpeg().toFile(photo);
    const box = makeResult('face-width', 'fail', { regions: [{ kind: 'box', label: 'face', x: 50, y: 75, width: 140, height: 150 }] });
    const target = await writeOverlay(photo, makeVerdict(photo, [box]), dir);
    const { data, info } = await sharp(target).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([480, 640]);
    const red = (x: number, y: number) => data[(y * info.width + x) * info.channels]! > 200 && data[(y * info.width + x) * info.channels + 1]! < 110;
    expect(red(100, 300)).toBe(true);
    expect(red(50, 300)).toBe(false);
  });

  it('draws on the upright photo when the file carries an EXIF rotation', async () => {
    const photo = join(dir, 'rotated.jpg');
    await sharp({ create: { width: 640, height: 480, channels: 3, background: '#ffffff' } }).withMetadata({ orientation: 6 }).jpeg().toFile(photo);
    const target = await writeOverlay(photo, makeVerdict(photo, results), dir);
    const meta = await sharp(target).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 480, 640]);
  });
});
