import { describe, expect, it } from 'vitest';
import { chroma, ciede2000, deltaE76, hueAngle, labToRgb, rgbToLab, type Lab } from '../../src/image/colour.js';

// Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
// supplementary test data, and mathematical observations", Table 1: L1 a1 b1 L2 a2 b2 ΔE00.
const SHARMA_2005: readonly (readonly number[])[] = [
  [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
  [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
  [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
  [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
  [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
  [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
  [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
  [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
  [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
  [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
  [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
  [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
  [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
  [50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

const lab = (row: readonly number[], offset: number): Lab => [row[offset]!, row[offset + 1]!, row[offset + 2]!];

describe('CIEDE2000', () => {
  it.each(SHARMA_2005.map((row, i) => [i + 1, row] as const))('matches Sharma et al. pair %i to 1e-4, in both orders', (_, row) => {
    expect(Math.abs(ciede2000(lab(row, 0), lab(row, 3)) - row[6]!)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(ciede2000(lab(row, 3), lab(row, 0)) - row[6]!)).toBeLessThanOrEqual(1e-4);
  });

  it('is zero for identical colours', () => {
    expect(ciede2000([40, 30, -20], [40, 30, -20])).toBe(0);
  });

  it('puts the spec light blue and its JPEG-decoded neighbour ≈ 0.11 apart', () => {
    expect(ciede2000(rgbToLab([100, 197, 255]), rgbToLab([101, 197, 255]))).toBeCloseTo(0.11, 2);
  });
});

describe('sRGB → CIELAB (D65)', () => {
  it('maps white, black and mid grey to the neutral axis', () => {
    const white = rgbToLab([255, 255, 255]);
    expect(white[0]).toBeCloseTo(100, 3);
    expect(Math.abs(white[1])).toBeLessThan(0.01);
    expect(Math.abs(white[2])).toBeLessThan(0.01);
    expect(rgbToLab([0, 0, 0])).toEqual([0, 0, 0]);
    expect(rgbToLab([119, 119, 119])[0]).toBeCloseTo(50.03, 1);
  });

  it('matches published values for the sRGB primaries', () => {
    const red = rgbToLab([255, 0, 0]);
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(red[2]).toBeCloseTo(67.2, 1);
    const blue = rgbToLab([0, 0, 255]);
    expect(blue[0]).toBeCloseTo(32.3, 1);
    expect(blue[1]).toBeCloseTo(79.19, 1);
    expect(blue[2]).toBeCloseTo(-107.86, 1);
  });

  it('round-trips through labToRgb', () => {
    for (const rgb of [[100, 197, 255], [240, 240, 240], [18, 40, 90], [201, 120, 33]] as const) expect(labToRgb(rgbToLab(rgb))).toEqual(rgb);
  });

  it('gives hue angles and chroma', () => {
    expect(hueAngle(0, -10)).toBe(270);
    expect(hueAngle(10, 0)).toBe(0);
    expect(hueAngle(-10, 0)).toBe(180);
    expect(chroma([50, 3, 4])).toBe(5);
    expect(deltaE76([50, 0, 0], [53, 4, 0])).toBe(5);
  });
});
