import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { captureHints } from '../../src/retouch/capture-hints.js';
import { runRule } from './photo-edits.js';

const WIDTH = 480;
const HEIGHT = 640;

/** A smooth generated "portrait-sized" image: a soft two-way gradient with a little grain. */
function baseImage(moire = false): Buffer {
  const data = Buffer.alloc(WIDTH * HEIGHT * 3);
  let seed = 7;
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const grain = (seed >>> 28) - 8;
      // A screen re-photographed: a period of ~3.4 px whose phase drifts slowly, as moiré does.
      const beat = moire ? 14 * Math.sin((2 * Math.PI * x) / 3.4 + y / 90) : 0;
      const v = 120 + (60 * y) / HEIGHT + (30 * x) / WIDTH + grain / 2 + beat;
      data.fill(Math.max(0, Math.min(255, Math.round(v))), (y * WIDTH + x) * 3, (y * WIDTH + x) * 3 + 3);
    }
  }
  return data;
}

function jpeg(raw: Buffer, exif?: Record<string, string>): Promise<Buffer> {
  const image = sharp(raw, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } });
  return (exif ? image.withExif({ IFD0: exif }) : image).jpeg({ quality: 95 }).toBuffer();
}

describe('studio-capture', () => {
  it('asks for review of a phone camera in EXIF Make/Model', async () => {
    const result = await runRule('studio-capture', await jpeg(baseImage(), { Make: 'Apple', Model: 'iPhone 13 Pro' }));
    expect(result.status).toBe('review');
    expect(result.code).toBe('phone-camera');
    expect(result.measurements.phoneCamera?.value).toBe('Apple iPhone');
  });

  it('asks for review of a beauty app in EXIF Software', async () => {
    const result = await runRule('studio-capture', await jpeg(baseImage(), { Make: 'Canon', Model: 'Canon EOS 5D Mark IV', Software: 'Meitu 美图秀秀 9.2' }));
    expect(result.status).toBe('review');
    expect(result.code).toBe('beauty-app');
    expect(result.message.zh).toContain('美颜');
  });

  it('passes a studio camera, and says so', async () => {
    const result = await runRule('studio-capture', await jpeg(baseImage(), { Make: 'Canon', Model: 'Canon EOS 5D Mark IV', Software: 'Adobe Photoshop 24.0' }));
    expect(result.status).toBe('pass');
    expect(result.message.en).toContain('EXIF shows no phone camera');
  });

  it('passes a photo without EXIF on the moiré test alone, saying EXIF was absent', async () => {
    const result = await runRule('studio-capture', await jpeg(baseImage()));
    expect(result.status).toBe('pass');
    expect(result.message.en).toContain('EXIF data absent');
    expect(result.measurements.exifPresent?.value).toBe(false);
  });

  it('asks for review of a re-photographed screen (moiré), whatever the EXIF says', async () => {
    const result = await runRule('studio-capture', await jpeg(baseImage(true), { Make: 'Canon', Model: 'Canon EOS 5D Mark IV' }));
    expect(result.status).toBe('review');
    expect(result.code).toBe('rephotographed');
    expect(Number(result.measurements.moirePeriod?.value)).toBeCloseTo(3.4, 0);
  });
});

describe('captureHints', () => {
  const exif = (fields: Partial<Record<'make' | 'model' | 'software', string>>) => ({ make: null, model: null, software: null, dateTime: null, ...fields });

  it('matches the documented phone makers and apps case-insensitively', () => {
    expect(captureHints(exif({ make: 'samsung', model: 'SM-G991B' }))[0]?.name).toBe('Samsung Galaxy (SM-…)');
    expect(captureHints(exif({ make: 'HUAWEI' }))[0]?.kind).toBe('phone-camera');
    expect(captureHints(exif({ model: 'Redmi Note 12' }))[0]?.kind).toBe('phone-camera');
    expect(captureHints(exif({ software: 'beautycam' }))[0]?.name).toBe('BeautyCam 美颜相机');
    expect(captureHints(exif({ software: '醒图' }))[0]?.kind).toBe('beauty-app');
  });

  it('finds nothing in studio cameras and desktop software', () => {
    expect(captureHints(exif({ make: 'NIKON CORPORATION', model: 'NIKON D850', software: 'Capture One 23' }))).toEqual([]);
    expect(captureHints(exif({ make: 'SONY', model: 'ILCE-7M4', software: 'Adobe Photoshop Lightroom Classic 12.0' }))).toEqual([]);
  });
});
