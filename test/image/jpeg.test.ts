import sharp, { type JpegOptions } from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseJpeg, type QuantisationTable } from '../../src/image/jpeg.js';
import { estimateJpegQuality, qualityTablesOf } from '../../src/image/jpeg-quality.js';
import { pseudoRandomBytes } from './helpers.js';

const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];

function segment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

/** One 8-bit table; `zigzagValues` in stream (zig-zag) order. */
function dqt(id: number, zigzagValues: number[]): number[] {
  return segment(0xdb, [id, ...zigzagValues]);
}

function sof(marker: number, tableIds: number[]): number[] {
  const components = tableIds.flatMap((tableId, i) => [i + 1, 0x11, tableId]);
  return segment(marker, [8, 0, 16, 0, 16, tableIds.length, ...components]);
}

const SOS = segment(0xda, [1, 1, 0x00, 0, 63, 0]);
const FLAT_TABLE = new Array<number>(64).fill(1);

function stream(...parts: number[][]): Uint8Array {
  return Uint8Array.from(parts.flat());
}

function jfif(units: number, x: number, y: number): number[] {
  return segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 2, units, x >> 8, x & 0xff, y >> 8, y & 0xff, 0, 0]);
}

const SMALL_TEST_CARD = sharp({ create: { width: 48, height: 32, channels: 3, background: '#c08040' } })
  .composite([{ input: { create: { width: 16, height: 16, channels: 3, background: '#2040f0' } }, left: 8, top: 8 }])
  .raw()
  .toBuffer();

async function sharpJpeg(options: JpegOptions): Promise<Buffer> {
  return sharp(await SMALL_TEST_CARD, { raw: { width: 48, height: 32, channels: 3 } })
    .jpeg(options)
    .toBuffer();
}

async function estimatedQualityOf(jpeg: Buffer): Promise<number | null> {
  const structure = parseJpeg(jpeg);
  const tables = structure && qualityTablesOf(structure);
  return tables && estimateJpegQuality(tables);
}

describe('parseJpeg', () => {
  it('returns null for data that does not start with the JPEG start-of-image marker', () => {
    expect(parseJpeg(new Uint8Array())).toBeNull();
    expect(parseJpeg(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(parseJpeg(Uint8Array.from([0xff]))).toBeNull();
  });

  it('reads tables, frame and completeness of a minimal baseline stream', () => {
    const parsed = parseJpeg(stream(SOI, dqt(0, FLAT_TABLE), dqt(1, FLAT_TABLE.map(() => 2)), sof(0xc0, [0, 1, 1]), SOS, [0x12, 0x34], EOI));
    expect(parsed).toEqual({
      quantisationTables: [
        { id: 0, precision: 8, values: FLAT_TABLE },
        { id: 1, precision: 8, values: FLAT_TABLE.map(() => 2) },
      ],
      frameType: 'baseline',
      frameMarker: 0xc0,
      componentTableIds: [0, 1, 1],
      jfifDensity: null,
      truncated: false,
    });
  });

  it('converts table values from zig-zag to natural order', () => {
    const zigzagIndex = Array.from({ length: 64 }, (_, i) => i);
    const [table] = parseJpeg(stream(SOI, dqt(0, zigzagIndex), EOI))!.quantisationTables;
    // Natural position → zig-zag index: row 0 is 0 1 5 6 14 15 27 28; column 0 is 0 2 3 9 10 20 21 35.
    expect(table!.values.slice(0, 8)).toEqual([0, 1, 5, 6, 14, 15, 27, 28]);
    expect([0, 8, 16, 24, 32, 40, 48, 56].map((i) => table!.values[i])).toEqual([0, 2, 3, 9, 10, 20, 21, 35]);
    expect(table!.values[63]).toBe(63);
  });

  it('reads 16-bit tables and several tables in one segment; a redefined slot keeps its last table', () => {
    const sixteenBit = [0x10, ...new Array<number>(64).fill(0).flatMap(() => [0x01, 0x2c])]; // slot 0, 300 each
    const eightBit = [0x01, ...new Array<number>(64).fill(7)];
    const redefined = dqt(1, new Array<number>(64).fill(9));
    const parsed = parseJpeg(stream(SOI, segment(0xdb, [...sixteenBit, ...eightBit]), redefined, EOI))!;
    expect(parsed.quantisationTables).toEqual([
      { id: 0, precision: 16, values: new Array<number>(64).fill(300) },
      { id: 1, precision: 8, values: new Array<number>(64).fill(9) },
    ]);
  });

  it.each([
    [0xc0, 'baseline'],
    [0xc2, 'progressive'],
    [0xc1, 'other'],
    [0xc3, 'other'],
  ] as const)('names start-of-frame marker %s %s', (marker, frameType) => {
    const parsed = parseJpeg(stream(SOI, sof(marker, [0]), SOS, EOI))!;
    expect(parsed.frameType).toBe(frameType);
    expect(parsed.frameMarker).toBe(marker);
  });

  it('does not take a Huffman table segment (C4, inside the SOF range) for a frame', () => {
    const parsed = parseJpeg(stream(SOI, segment(0xc4, [0, ...new Array<number>(16).fill(0)]), sof(0xc2, [0]), EOI))!;
    expect(parsed.frameMarker).toBe(0xc2);
  });

  it('reads the JFIF density and ignores other APP0 segments', () => {
    expect(parseJpeg(stream(SOI, jfif(1, 300, 301), EOI))!.jfifDensity).toEqual({ units: 1, x: 300, y: 301 });
    expect(parseJpeg(stream(SOI, jfif(2, 118, 118), EOI))!.jfifDensity).toEqual({ units: 2, x: 118, y: 118 });
    const jfxx = segment(0xe0, [0x4a, 0x46, 0x58, 0x58, 0, 0x10, 0, 0, 0, 0, 0, 0]);
    expect(parseJpeg(stream(SOI, jfxx, EOI))!.jfifDensity).toBeNull();
  });

  it('skips stuffed bytes, restart markers and fill bytes in entropy-coded data', () => {
    const scanData = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd3, 0x56, 0xff, 0x00];
    const parsed = parseJpeg(stream(SOI, sof(0xc0, [0]), SOS, scanData, [0xff, 0xff], EOI))!;
    expect(parsed.truncated).toBe(false);
  });

  it('reads segments between progressive scans', () => {
    const parsed = parseJpeg(stream(SOI, sof(0xc2, [0]), SOS, [0x01, 0x02], dqt(3, FLAT_TABLE), SOS, [0x03], EOI))!;
    expect(parsed.quantisationTables.map((table) => table.id)).toEqual([3]);
    expect(parsed.truncated).toBe(false);
  });

  it.each([
    ['without an end-of-image marker', stream(SOI, dqt(0, FLAT_TABLE), sof(0xc0, [0]), SOS, [0x12, 0x34])],
    ['when a segment runs past the end', stream(SOI, dqt(0, FLAT_TABLE)).subarray(0, 40)],
    ['when the stream stops inside a segment length', stream(SOI, [0xff, 0xdb, 0x00])],
    ['when the stream stops after a marker prefix', stream(SOI, [0xff])],
  ])('reports truncation %s', (_, bytes) => {
    expect(parseJpeg(bytes)!.truncated).toBe(true);
  });

  it('reports a sharp-written JPEG cut in half as truncated and the whole one as complete', async () => {
    const whole = await sharpJpeg({ quality: 80 });
    expect(parseJpeg(whole)!.truncated).toBe(false);
    expect(parseJpeg(whole.subarray(0, whole.length >> 1))!.truncated).toBe(true);
  });

  it('never throws on random data after a start-of-image marker', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const bytes = Buffer.concat([Buffer.from(SOI), pseudoRandomBytes(64 + seed, seed)]);
      expect(() => parseJpeg(bytes)).not.toThrow();
    }
  });
});

describe('estimateJpegQuality', () => {
  const table = (values: number[], id = 0): QuantisationTable => ({ id, precision: 8, values });
  // ITU T.81 Annex K table K.1 is libjpeg's quality-50 luminance table.
  const annexKLuminance = [
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22,
    37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
  ];

  it('gives 50 for the Annex K luminance table, 100 for all ones, 1 for all 255', () => {
    expect(estimateJpegQuality({ luminance: table(annexKLuminance), chrominance: null })).toBe(50);
    expect(estimateJpegQuality({ luminance: table(FLAT_TABLE), chrominance: table(FLAT_TABLE, 1) })).toBe(100);
    expect(estimateJpegQuality({ luminance: table(new Array<number>(64).fill(255)), chrominance: null })).toBe(1);
  });

  it('recovers the exact quality of every sharp (libjpeg tables) JPEG from 1 to 100', async () => {
    const wrong: string[] = [];
    for (let quality = 1; quality <= 100; quality += 1) {
      const estimate = await estimatedQualityOf(await sharpJpeg({ quality }));
      if (estimate !== quality) wrong.push(`${quality} → ${estimate}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([50, 60, 75, 90, 95])('recovers quality %i for progressive, 4:4:4 and greyscale JPEGs', async (quality) => {
    expect(await estimatedQualityOf(await sharpJpeg({ quality, progressive: true }))).toBe(quality);
    expect(await estimatedQualityOf(await sharpJpeg({ quality, chromaSubsampling: '4:4:4' }))).toBe(quality);
    const grey = await sharp(await sharpJpeg({ quality: 100 }))
      .toColourspace('b-w')
      .jpeg({ quality })
      .toBuffer();
    expect(parseJpeg(grey)!.componentTableIds).toEqual([0]);
    expect(await estimatedQualityOf(grey)).toBe(quality);
  });

  // mozjpeg's default tables (ImageMagick's) are flatter than Annex K: the nearest IJG quality is
  // lower than the mozjpeg setting at middle qualities (60 → 51) and close at the ends.
  it.each([
    [30, 29],
    [60, 51],
    [75, 68],
    [90, 88],
    [100, 100],
  ])('maps mozjpeg-table quality %i to the nearest IJG quality %i', async (quality, nearest) => {
    expect(await estimatedQualityOf(await sharpJpeg({ quality, mozjpeg: true }))).toBe(nearest);
  });
});

describe('qualityTablesOf', () => {
  const tables = [
    { id: 0, precision: 8 as const, values: FLAT_TABLE },
    { id: 1, precision: 8 as const, values: FLAT_TABLE },
  ];
  const structure = { quantisationTables: tables, frameType: 'baseline' as const, frameMarker: 0xc0, jfifDensity: null, truncated: false };

  it('takes the luminance table from the first component and chrominance from the second', () => {
    expect(qualityTablesOf({ ...structure, componentTableIds: [1, 0, 0] })).toEqual({ luminance: tables[1], chrominance: tables[0] });
  });

  it('has no chrominance table when all components share one table (CMYK, greyscale)', () => {
    expect(qualityTablesOf({ ...structure, componentTableIds: [0, 0, 0, 0] })).toEqual({ luminance: tables[0], chrominance: null });
  });

  it('is null when the first component refers to an undefined table or there is no frame', () => {
    expect(qualityTablesOf({ ...structure, componentTableIds: [2, 1, 1] })).toBeNull();
    expect(qualityTablesOf({ ...structure, componentTableIds: [] })).toBeNull();
  });
});
