import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { background } from '../../src/analyses/background.js';
import type { DetectedFace } from '../../src/analyses/types.js';
import { backgroundColor } from '../../src/checks/background-color.js';
import { rgbToLab } from '../../src/image/colour.js';
import { decodeRgb, inspectImage } from '../../src/image/intake.js';
import { analyse, failing, judgeAll, paintBackdrop, paintGarment, portrait, WIDTH, HEIGHT } from './synthetic-portrait.js';

const LIGHT_BLUE = [100, 197, 255] as const;
const WHITE = [255, 255, 255] as const;
const LIGHT_GREY = [240, 240, 240] as const;
const CHARCOAL = [70, 70, 72] as const;
const MAROON = [120, 30, 40] as const;

const onWhite = portrait(WHITE, CHARCOAL);

describe('a compliant synthetic portrait', () => {
  it.each([
    ['light blue', LIGHT_BLUE],
    ['white', WHITE],
    ['light grey', LIGHT_GREY],
  ] as const)('passes every background and clothing rule on %s', (_, backdrop) => {
    const findings = judgeAll(analyse(portrait(backdrop, CHARCOAL)));
    expect(failing(findings)).toEqual([]);
    for (const finding of Object.values(findings)) expect(finding.status).toBe('pass');
    expect(findings['background-color'].measurements!.deltaE!.value).toBeLessThan(1);
  });
});

describe('each defect flips exactly its rule', () => {
  it('a coloured backdrop fails background-color only', () => {
    const findings = judgeAll(analyse(portrait([200, 120, 60], CHARCOAL)));
    expect(failing(findings)).toEqual(['background-color']);
    expect(findings['background-color'].code).toBe('wrong-colour');
  });

  it('a left-to-right gradient fails background-uniform only', () => {
    // 8 % brighter than the grey at the left edge (clipped at white), 17 % darker at the right:
    // about 19 L* across the frame, while the median colour stays light grey.
    const graded = paintBackdrop(portrait(LIGHT_GREY, CHARCOAL), (x, _y, v) => v * (1.08 - 0.25 * (x / WIDTH)));
    const findings = judgeAll(analyse(graded));
    expect(failing(findings)).toEqual(['background-uniform']);
    expect(findings['background-uniform'].code).toBe('gradient');
  });

  it('a shadow beside the shoulder and head fails background-shadow only', () => {
    // A soft-edged shadow 40 px wide hugging the subject's right side (image left).
    const shaded = paintBackdrop(onWhite, (x, y, v) => {
      const nearHead = ((x - 240) / 160) ** 2 + ((y - 280) / 190) ** 2 <= 1;
      return nearHead && x < 240 && y < 480 ? v * 0.8 : v;
    });
    const findings = judgeAll(analyse(shaded));
    expect(failing(findings)).toEqual(['background-shadow']);
    expect(findings['background-shadow'].regions!.some((r) => r.kind === 'box' && r.label === 'shadow')).toBe(true);
  });

  it('an object in a corner fails background-objects only, with its box', () => {
    const cluttered = paintBackdrop(onWhite, (x, y, v, c) => (x >= 380 && x < 440 && y >= 20 && y < 100 ? [110, 70, 40][c]! : v));
    const findings = judgeAll(analyse(cluttered));
    expect(failing(findings)).toEqual(['background-objects']);
    const box = findings['background-objects'].regions!.find((r) => r.kind === 'box');
    expect(box).toMatchObject({ kind: 'box', label: 'object' });
    if (box?.kind === 'box') {
      expect(Math.abs(box.x - 380)).toBeLessThanOrEqual(4);
      expect(Math.abs(box.y - 20)).toBeLessThanOrEqual(4);
      expect(Math.abs(box.width - 60)).toBeLessThanOrEqual(8);
      expect(Math.abs(box.height - 80)).toBeLessThanOrEqual(8);
    }
  });

  it('blue clothing fails no-blue-clothing only: navy, denim and light blue', () => {
    for (const blue of [[25, 35, 75], [70, 100, 145], [160, 195, 230]] as const) {
      const findings = judgeAll(analyse(portrait(WHITE, blue)));
      expect(failing(findings)).toEqual(['no-blue-clothing']);
      expect(findings['no-blue-clothing'].measurements!.blueShare!.value).toBeGreaterThan(0.95);
    }
  });

  it('stripes on the garment fail plain-clothing only', () => {
    const striped = paintGarment(portrait(LIGHT_BLUE, MAROON), (_x, y, v) => (Math.floor(y / 4) % 2 ? v + 60 : v));
    const findings = judgeAll(analyse(striped));
    expect(failing(findings)).toEqual(['plain-clothing']);
    expect(findings['plain-clothing'].code).toBe('patterned');
  });

  it('a striped tie on a plain shirt fails plain-clothing, read on the middle of the chest', () => {
    const tie = paintGarment(portrait(LIGHT_BLUE, CHARCOAL), (x, y, v) => (Math.abs(x - 240) < 20 ? (Math.floor(y / 6) % 2 ? 150 : 110) : v));
    const findings = judgeAll(analyse(tie));
    expect(failing(findings)).toEqual(['plain-clothing']);
    expect(findings['plain-clothing'].regions).toContainEqual(expect.objectContaining({ kind: 'box', label: 'pattern read here' }));
  });

  it('contrast at the sides of the chest (hair on the shoulders, arms) is not a pattern', () => {
    const strands = paintGarment(portrait(LIGHT_BLUE, CHARCOAL), (x, _y, v) => (Math.abs(x - 240) > 90 && Math.floor(x / 3) % 2 ? v + 80 : v));
    expect(judgeAll(analyse(strands))['plain-clothing']).toMatchObject({ status: 'pass', code: 'ok' });
  });

  it('a white shirt on a white backdrop fails clothing-contrast only', () => {
    const findings = judgeAll(analyse(portrait(WHITE, [246, 246, 246])));
    expect(failing(findings)).toEqual(['clothing-contrast']);
    expect(findings['clothing-contrast'].code).toBe('too-close');
  });
});

describe('photos the rules cannot judge', () => {
  it('skips the background rules with no-background when the subject fills the frame', () => {
    const filled = portrait(WHITE, CHARCOAL);
    const person = new Uint8Array(WIDTH * HEIGHT).fill(255);
    const findings = judgeAll(analyse({ ...filled, person }));
    for (const id of ['background-color', 'background-uniform', 'background-shadow', 'background-objects', 'clothing-contrast'] as const) {
      expect(findings[id]).toMatchObject({ status: 'skipped', code: 'no-background' });
    }
  });

  it('skips the clothing rules with no-garment when the photo ends at the chin', () => {
    const findings = judgeAll(analyse(onWhite, { height: 380 }));
    for (const id of ['clothing-contrast', 'no-blue-clothing', 'plain-clothing'] as const) expect(findings[id]).toMatchObject({ status: 'skipped', code: 'no-garment' });
    expect(findings['background-color'].status).toBe('pass');
  });

  it('skips plain-clothing with no-chest-centre when only the sides of the chest are clothed', () => {
    const open = paintGarment(portrait(WHITE, CHARCOAL), (x, _y, v, c) => (Math.abs(x - 240) < 75 ? [224, 172, 140][c]! : v));
    const findings = judgeAll(analyse(open));
    expect(findings['plain-clothing']).toMatchObject({ status: 'skipped', code: 'no-chest-centre' });
    expect(findings['no-blue-clothing'].status).toBe('pass');
  });

  it('skips no-blue-clothing with greyscale for a photo without colour', () => {
    const grey = portrait([235, 235, 235], [60, 60, 60]);
    const data = Uint8Array.from(grey.rgb.data);
    for (let i = 0; i < data.length; i += 3) data[i] = data[i + 1] = data[i + 2] = Math.round((data[i]! + data[i + 1]! + data[i + 2]!) / 3);
    const findings = judgeAll(analyse({ ...grey, rgb: { ...grey.rgb, data } }));
    expect(findings['no-blue-clothing']).toMatchObject({ status: 'skipped', code: 'greyscale' });
  });

  it('skips the background rules with transparent-background for a cut-out PNG', async () => {
    const cutOut = portrait(WHITE, CHARCOAL);
    const rgba = new Uint8Array(WIDTH * HEIGHT * 4);
    for (let i = 0; i < WIDTH * HEIGHT; i++) {
      rgba.set(cutOut.rgb.data.subarray(i * 3, i * 3 + 3), i * 4);
      rgba[i * 4 + 3] = cutOut.person[i]!;
    }
    const bytes = await sharp(rgba, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } }).png().toBuffer();
    const limits = { maxPixels: 10_000_000 };
    const info = await inspectImage(bytes, limits);
    const rgb = await decodeRgb(bytes, info, limits);
    const { lab } = analyse({ ...cutOut, rgb });
    const region = await background.compute(
      { file: { path: null, bytes, info }, lab, personMask: { width: WIDTH, height: HEIGHT, data: cutOut.person }, face: { box: { x: 145, y: 175, width: 190, height: 190 } } as DetectedFace },
      { models: null as never, ...limits },
    );
    expect(region.transparentShare).toBe(1);
    expect(backgroundColor.judge({ background: region }, backgroundColor.params.parse({}))).toMatchObject({ status: 'skipped', code: 'transparent-background' });
  });

  it('reports the measured and nearest colours with units', () => {
    const finding = judgeAll(analyse(portrait([236, 238, 240], CHARCOAL)))['background-color'];
    expect(finding.measurements!.nearestAllowed!.value).toBe('rgb(240, 240, 240)');
    expect(finding.measurements!.deltaE!.unit).toBe('ΔE2000');
    expect(rgbToLab([236, 238, 240])[0]).toBeGreaterThan(90);
  });
});
