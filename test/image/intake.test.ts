import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PhotolintError } from '../../src/errors.js';
import { decodeRgb, inspectImage, type ImageInfo, type RgbImage } from '../../src/image/intake.js';
import { expectPhotolintError, pseudoRandomBytes, readFixture } from './helpers.js';

const LIMITS = { maxPixels: 40_000_000 };
const NO_EXIF = { make: null, model: null, software: null, dateTime: null };
const DPI_300 = { x: 300, y: 300, unit: 'dpi' } as const;

/** The fields most fixtures share: a 480×640 8-bit sRGB JPEG of quality 90. */
const PORTRAIT_JPEG: Omit<ImageInfo, 'byteSize'> = {
  format: 'jpeg',
  width: 480,
  height: 640,
  storedWidth: 480,
  storedHeight: 640,
  orientation: 1,
  channels: 3,
  bitDepth: 8,
  colourSpace: 'srgb',
  hasAlpha: false,
  density: DPI_300,
  pages: 1,
  jpeg: { quality: 90, progressive: false, truncated: false },
  exif: NO_EXIF,
};

const NO_JPEG = { jpeg: null, density: null, orientation: 1, pages: 1, exif: NO_EXIF, hasAlpha: false } as const;

const EXPECTED_INFO: Record<string, ImageInfo> = {
  'valid-q90-300dpi.jpg': { ...PORTRAIT_JPEG, byteSize: 15259 },
  'valid-q50-300dpi.jpg': { ...PORTRAIT_JPEG, byteSize: 5407, jpeg: { quality: 50, progressive: false, truncated: false } },
  'valid-q90-72dpi.jpg': { ...PORTRAIT_JPEG, byteSize: 15259, density: { x: 72, y: 72, unit: 'dpi' } },
  'progressive-q75.jpg': { ...PORTRAIT_JPEG, byteSize: 9918, density: null, jpeg: { quality: 75, progressive: true, truncated: false } },
  'jfif-118dpcm.jpg': {
    ...PORTRAIT_JPEG,
    byteSize: 10398,
    density: { x: 299.72, y: 299.72, unit: 'dpi' },
    jpeg: { quality: 80, progressive: false, truncated: false },
  },
  'truncated.jpg': { ...PORTRAIT_JPEG, byteSize: 7629, jpeg: { quality: 90, progressive: false, truncated: true } },
  'orientation6.jpg': {
    ...PORTRAIT_JPEG,
    byteSize: 15707,
    storedWidth: 640,
    storedHeight: 480,
    orientation: 6,
    exif: { make: 'PhotolintCam', model: 'Test Model 6', software: 'make-fixtures', dateTime: '2024:05:17 09:30:00' },
  },
  'cmyk.jpg': { ...PORTRAIT_JPEG, byteSize: 65105, channels: 4, colourSpace: 'cmyk', density: null },
  'grey.jpg': { ...PORTRAIT_JPEG, byteSize: 10456, channels: 1, colourSpace: 'greyscale', density: null },
  'grey16.png': {
    ...NO_JPEG,
    format: 'png',
    width: 120,
    height: 160,
    storedWidth: 120,
    storedHeight: 160,
    channels: 1,
    bitDepth: 16,
    colourSpace: 'greyscale',
    byteSize: 37495,
  },
  'png-renamed.jpg': {
    ...NO_JPEG,
    format: 'png',
    width: 64,
    height: 48,
    storedWidth: 64,
    storedHeight: 48,
    channels: 3,
    bitDepth: 8,
    colourSpace: 'srgb',
    byteSize: 6512,
  },
  'alpha.png': {
    ...NO_JPEG,
    format: 'png',
    width: 64,
    height: 48,
    storedWidth: 64,
    storedHeight: 48,
    channels: 4,
    bitDepth: 8,
    colourSpace: 'srgb',
    hasAlpha: true,
    byteSize: 217,
  },
  'animated.gif': {
    ...NO_JPEG,
    format: 'gif',
    width: 64,
    height: 64,
    storedWidth: 64,
    storedHeight: 64,
    channels: 4,
    bitDepth: 8,
    colourSpace: 'srgb',
    hasAlpha: true,
    pages: 2,
    byteSize: 225,
  },
};

async function inspectFixture(name: string): Promise<{ bytes: Buffer; info: ImageInfo }> {
  const bytes = await readFixture(name);
  return { bytes, info: await inspectImage(bytes, LIMITS) };
}

async function decodeFixture(name: string): Promise<RgbImage> {
  const { bytes, info } = await inspectFixture(name);
  return decodeRgb(bytes, info, LIMITS);
}

function pixelAt(image: RgbImage, x: number, y: number): number[] {
  const offset = (y * image.width + x) * 3;
  return [...image.data.subarray(offset, offset + 3)];
}

function expectPixelNear(image: RgbImage, x: number, y: number, expected: number[], tolerance: number): void {
  const actual = pixelAt(image, x, y);
  const worst = Math.max(...actual.map((value, i) => Math.abs(value - (expected[i] ?? 0))));
  expect(worst, `pixel (${x}, ${y}) is ${actual.join(',')}, expected ${expected.join(',')} ± ${tolerance}`).toBeLessThanOrEqual(tolerance);
}

describe('inspectImage', () => {
  it.each(Object.entries(EXPECTED_INFO))('describes %s exactly', async (name, expected) => {
    expect((await inspectFixture(name)).info).toEqual(expected);
  });

  it('rejects a 30000×30000 PNG from its header, quickly, naming the dimensions and the limit', async () => {
    const bytes = await readFixture('huge-30000.png');
    expect(bytes.length).toBeLessThan(200_000);
    const started = performance.now();
    const error = await expectPhotolintError(inspectImage(bytes, LIMITS), 'input-too-many-pixels');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.message).toBe('Expected an image of at most 40000000 pixels for input but received 30000×30000 = 900000000 pixels');
    expect(error.details).toEqual({ width: 30000, height: 30000, maxPixels: 40_000_000 });
  });

  it('accepts an image of exactly maxPixels', async () => {
    const { info } = await inspectFixture('png-renamed.jpg');
    expect(await inspectImage(await readFixture('png-renamed.jpg'), { maxPixels: 64 * 48 })).toEqual(info);
    await expectPhotolintError(inspectImage(await readFixture('png-renamed.jpg'), { maxPixels: 64 * 48 - 1 }), 'input-too-many-pixels');
  });

  it('rejects a text file, saying what its first bytes look like', async () => {
    const error = await expectPhotolintError(inspectImage(await readFixture('text.jpg'), LIMITS), 'input-not-an-image');
    expect(error.message).toBe(
      "Expected an image (JPEG, PNG, WebP, GIF, TIFF, HEIF or AVIF) for input but received 49 bytes that are not one: the data starts with 'hello wo'",
    );
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('rejects random bytes, showing them in hex', async () => {
    const bytes = pseudoRandomBytes(4096, 7);
    const error = await expectPhotolintError(inspectImage(bytes, LIMITS), 'input-not-an-image');
    const hex = [...bytes.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
    expect(error.message).toContain(`the data starts with bytes ${hex}`);
  });

  it('rejects empty data', async () => {
    await expectPhotolintError(inspectImage(await readFixture('empty.jpg'), LIMITS), 'input-empty');
  });

  it('rejects a JPEG cut off inside its header as truncated', async () => {
    const whole = await readFixture('valid-q90-300dpi.jpg');
    await expectPhotolintError(inspectImage(whole.subarray(0, 300), LIMITS), 'input-truncated');
  });

  it('rejects a wrong bytes argument and a wrong maxPixels with invalid-option', async () => {
    const bytes = await readFixture('png-renamed.jpg');
    const wrongBytes = await expectPhotolintError(inspectImage('photo.jpg' as unknown as Buffer, LIMITS), 'invalid-option');
    expect(wrongBytes.message).toBe('Expected a Buffer of image data for bytes but received "photo.jpg" of type string');
    const wrongLimit = await expectPhotolintError(inspectImage(bytes, { maxPixels: 0 }), 'invalid-option');
    expect(wrongLimit.message).toBe('Expected a positive integer number of pixels for limits.maxPixels but received 0 of type number');
  });
});

describe('decodeRgb', () => {
  it('decodes a 480×640 JPEG to packed RGB with the test card where it was drawn', async () => {
    const image = await decodeFixture('valid-q90-300dpi.jpg');
    expect(image.width).toBe(480);
    expect(image.height).toBe(640);
    expect(image.data).toBeInstanceOf(Uint8Array);
    expect(image.data.length).toBe(480 * 640 * 3);
    expectPixelNear(image, 0, 0, [0, 0, 40], 4);
    expectPixelNear(image, 479, 639, [255, 255, 40], 4);
    expectPixelNear(image, 240, 256, [128, 102, 200], 4); // centre of the disc
  });

  it('applies EXIF orientation 6: the stored 640×480 landscape becomes a 480×640 portrait', async () => {
    const image = await decodeFixture('orientation6.jpg');
    expect([image.width, image.height]).toEqual([480, 640]);
    // The red block drawn at the stored top-left is displayed top-right; the stored bottom-left (green ramp at its top) is displayed top-left.
    expectPixelNear(image, 470, 10, [255, 0, 0], 4);
    expectPixelNear(image, 10, 10, [0, 255, 40], 6);
    expectPixelNear(image, 470, 630, [255, 0, 40], 6);
  });

  it('flattens transparency onto white', async () => {
    const image = await decodeFixture('alpha.png');
    expect(pixelAt(image, 0, 0)).toEqual([0, 160, 0]);
    expect(pixelAt(image, 63, 47)).toEqual([255, 255, 255]);
  });

  it('converts CMYK to sRGB', async () => {
    const image = await decodeFixture('cmyk.jpg');
    expect(image.data.length).toBe(480 * 640 * 3);
    // The fixture is the test card at half range (v / 2 + 64), which the CMYK round trip keeps within about 15 levels.
    expectPixelNear(image, 0, 0, [64, 64, 84], 16);
    expectPixelNear(image, 240, 256, [128, 115, 164], 16);
    expectPixelNear(image, 479, 639, [192, 192, 84], 16);
  });

  it.each([
    ['grey.jpg', 480, 640],
    ['grey16.png', 120, 160],
  ])('expands greyscale %s to three equal 8-bit channels', async (name, width, height) => {
    const image = await decodeFixture(name);
    expect([image.width, image.height, image.data.length]).toEqual([width, height, width * height * 3]);
    let unequal = 0;
    for (let i = 0; i < image.data.length; i += 3) {
      if (image.data[i] !== image.data[i + 1] || image.data[i] !== image.data[i + 2]) unequal += 1;
    }
    expect(unequal).toBe(0);
    const greys = new Set(image.data);
    expect(greys.size).toBeGreaterThan(100); // a gradient, kept at 8 bits rather than clipped
  });

  it('rejects a truncated JPEG before decoding, from the inspected info', async () => {
    const { bytes, info } = await inspectFixture('truncated.jpg');
    expect(info.jpeg?.truncated).toBe(true);
    const error = await expectPhotolintError(decodeRgb(bytes, info, LIMITS), 'input-truncated');
    expect(error.message).toBe('Expected a complete jpeg image for input but the data ends before the image does (truncated file)');
  });

  it("maps the decoder's own truncation error to input-truncated, keeping sharp's error as the cause", async () => {
    const { bytes, info } = await inspectFixture('truncated.jpg');
    const claimsComplete = { ...info, jpeg: { quality: 90, progressive: false, truncated: false } };
    const error = await expectPhotolintError(decodeRgb(bytes, claimsComplete, LIMITS), 'input-truncated');
    expect((error.cause as Error).message).toMatch(/premature end/i);
  });

  it('rejects an animated GIF', async () => {
    const { bytes, info } = await inspectFixture('animated.gif');
    const error = await expectPhotolintError(decodeRgb(bytes, info, LIMITS), 'input-animated');
    expect(error.message).toBe('Expected a still image for input but received an animated gif of 2 frames');
  });

  it('rejects too many pixels by the info, and by the decoder when the info understates them', async () => {
    const { bytes, info } = await inspectFixture('png-renamed.jpg');
    await expectPhotolintError(decodeRgb(bytes, info, { maxPixels: 100 }), 'input-too-many-pixels');
    const huge = await readFixture('huge-30000.png');
    const started = performance.now();
    const error = await expectPhotolintError(decodeRgb(huge, info, LIMITS), 'input-too-many-pixels');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('turns any other decoder failure into a PhotolintError with the cause attached', async () => {
    const png = await readFixture('png-renamed.jpg');
    const cut = png.subarray(0, 3000);
    const info = await inspectImage(cut, LIMITS);
    const error = await expectPhotolintError(decodeRgb(cut, info, LIMITS), 'input-unsupported');
    expect(error.message).toMatch(/^Expected a decodable png image for input but decoding failed: /);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.cause).not.toBeInstanceOf(PhotolintError);
  });

  it('decodes a WebP and a TIFF (formats other than the fixtures)', async () => {
    const source = sharp({ create: { width: 30, height: 20, channels: 3, background: '#204080' } });
    for (const bytes of [await source.clone().webp({ lossless: true }).toBuffer(), await source.clone().tiff().toBuffer()]) {
      const info = await inspectImage(bytes, LIMITS);
      const image = await decodeRgb(bytes, info, LIMITS);
      expect([image.width, image.height]).toEqual([30, 20]);
      expectPixelNear(image, 15, 10, [0x20, 0x40, 0x80], 1);
    }
  });
});
