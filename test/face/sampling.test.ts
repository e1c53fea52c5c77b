import { describe, expect, it } from 'vitest';
import type { RgbImage } from '../../src/image/intake.js';
import { placeWhole, placementAffine, regionAffine, resizeProbabilityMap, sampleRgb } from '../../src/analyses/sampling.js';

/** A horizontal ramp: R = x, G = y, B = 100. */
function ramp(width: number, height: number): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set([x, y, 100], (y * width + x) * 3);
  return { width, height, data };
}
const raw = { scale: 1, offset: 0 };

describe('model input sampling', () => {
  it('samples an unrotated, unscaled crop exactly', () => {
    const out = sampleRgb(ramp(100, 80), regionAffine({ centre: [50, 40], size: 20, angle: 0 }, 20), { width: 20, height: 20, normalise: raw });
    // Output pixel (0, 0) is image pixel (40, 30).
    expect([...out.subarray(0, 3)]).toEqual([40, 30, 100]);
    expect([...out.subarray((19 * 20 + 19) * 3, (19 * 20 + 19) * 3 + 3)]).toEqual([59, 49, 100]);
  });

  it('keeps a linear ramp linear when it reduces (through a mipmap level) and mirrors on request', () => {
    const image = ramp(240, 240);
    const map = regionAffine({ centre: [120, 120], size: 240, angle: 0 }, 60);
    const out = sampleRgb(image, map, { width: 60, height: 60, normalise: raw });
    const mirrored = sampleRgb(image, map, { width: 60, height: 60, normalise: raw, mirror: true });
    // Output pixel x covers image pixels 4x … 4x + 3, whose mean is 4x + 1.5 (the 8-bit levels round).
    for (const x of [0, 17, 59]) {
      expect(Math.abs(out[(30 * 60 + x) * 3]! - (4 * x + 1.5))).toBeLessThanOrEqual(1);
      expect(mirrored[(30 * 60 + 59 - x) * 3]).toBe(out[(30 * 60 + x) * 3]);
    }
  });

  it('letterboxes a portrait into the square on black and says where', () => {
    const image = ramp(120, 160);
    const placement = placeWhole(image, 64, false);
    expect(placement).toEqual({ scaleX: 0.4, scaleY: 0.4, offsetX: 8, offsetY: 0 });
    const input = sampleRgb(image, placementAffine(placement), { width: 64, height: 64, normalise: { scale: 1 / 127.5, offset: -1 } });
    expect(input[(32 * 64 + 2) * 3 + 2]).toBe(-1);
    expect(input[(32 * 64 + 32) * 3 + 2]).toBeCloseTo(100 / 127.5 - 1, 5);
  });

  it('writes every value of a reused array, as into a new one', () => {
    const image = ramp(120, 160);
    const dirty = (length: number) => new Float32Array(length).fill(7);
    const letterbox = placementAffine(placeWhole(image, 64, false));
    const turned = regionAffine({ centre: [60, 80], size: 150, angle: 0.3 }, 32);
    for (const [map, size] of [[letterbox, 64], [turned, 32]] as const) {
      const options = { width: size, height: size, normalise: raw };
      expect(sampleRgb(image, map, { ...options, into: dirty(size * size * 3) })).toEqual(sampleRgb(image, map, options));
    }
  });

  it('stretches a probability map to 8 bits with rounding and clamping', () => {
    const map = Float32Array.from([0, 1, -0.5, 1.5]);
    const out = resizeProbabilityMap(map, 2, 2, 4, 4);
    expect([out[0], out[3], out[12], out[15]]).toEqual([0, 255, 0, 255]);
    expect(out[1]).toBe(64);
  });
});
