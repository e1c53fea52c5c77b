import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readExif, type ExifFields } from '../../src/image/exif.js';
import { pseudoRandomBytes } from './helpers.js';

const NOTHING: ExifFields = {
  make: null,
  model: null,
  software: null,
  dateTime: null,
  orientation: null,
  xResolution: null,
  yResolution: null,
  resolutionUnit: null,
};

interface Entry {
  tag: number;
  type: number;
  count: number;
  /** Four bytes stored in the entry: the value itself, or an offset to it. */
  field: number[];
}

/** A big-endian ("MM") TIFF with IFD0 at offset 8, followed by `extra` bytes at offset 8 + IFD size. */
function bigEndianTiff(entries: Entry[], extra: number[] = []): Uint8Array {
  const ifd = [entries.length >> 8, entries.length & 0xff];
  for (const { tag, type, count, field } of entries) {
    ifd.push(tag >> 8, tag & 0xff, type >> 8, type & 0xff, (count >>> 24) & 0xff, (count >> 16) & 0xff, (count >> 8) & 0xff, count & 0xff, ...field);
  }
  ifd.push(0, 0, 0, 0); // no next IFD
  return Uint8Array.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, ...ifd, ...extra]);
}

/** Offset field pointing `skip` bytes into the extra data after an IFD0 of `entryCount` entries in bigEndianTiff. */
function extraOffset(entryCount: number, skip = 0): number[] {
  const offset = 8 + 2 + 12 * entryCount + 4 + skip;
  return [0, 0, offset >> 8, offset & 0xff];
}

const ascii = (text: string) => [...Buffer.from(`${text}\0`, 'utf8')];

describe('readExif', () => {
  it('reads the IFD0 fields sharp writes (little-endian, "Exif\\0\\0" prefix)', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Canon', Model: 'EOS 5D Mark IV', Software: 'Photo Studio 2.1', DateTime: '2023:06:01 12:34:56' } })
      .withMetadata({ orientation: 8, density: 300 })
      .toBuffer();
    const { exif } = await sharp(jpeg).metadata();
    expect(exif?.subarray(0, 8).toString('latin1')).toBe('Exif\0\0II');
    expect(readExif(exif)).toEqual({
      make: 'Canon',
      model: 'EOS 5D Mark IV',
      software: 'Photo Studio 2.1',
      dateTime: '2023:06:01 12:34:56',
      orientation: 8,
      xResolution: 300,
      yResolution: 300,
      resolutionUnit: 2,
    });
  });

  it('reads big-endian TIFF without the Exif prefix: inline and offset strings, SHORT, LONG and RATIONAL values', () => {
    const model = ascii('Model with a long name');
    const entries: Entry[] = [
      { tag: 0x010f, type: 2, count: 4, field: ascii('ABC') }, // fits inline
      { tag: 0x0110, type: 2, count: model.length, field: extraOffset(6) },
      { tag: 0x0112, type: 3, count: 1, field: [0, 6, 0, 0] },
      { tag: 0x011a, type: 5, count: 1, field: extraOffset(6, model.length) },
      { tag: 0x011b, type: 4, count: 1, field: [0, 0, 0, 118] },
      { tag: 0x0128, type: 3, count: 1, field: [0, 3, 0, 0] },
    ];
    const rational = [0, 0, 0x02, 0x9e, 0, 0, 0, 2]; // 670 / 2
    expect(readExif(bigEndianTiff(entries, [...model, ...rational]))).toEqual({
      ...NOTHING,
      make: 'ABC',
      model: 'Model with a long name',
      orientation: 6,
      xResolution: 335,
      yResolution: 118,
      resolutionUnit: 3,
    });
  });

  it('decodes UTF-8 text and trims padding', () => {
    const software = ascii('  美图秀秀 9.1  ');
    const tiff = bigEndianTiff([{ tag: 0x0131, type: 2, count: software.length, field: extraOffset(1) }], software);
    expect(readExif(tiff).software).toBe('美图秀秀 9.1');
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['empty', new Uint8Array()],
    ['only the Exif prefix', Buffer.from('Exif\0\0', 'latin1')],
    ['a wrong byte-order mark', Uint8Array.from([0x58, 0x58, 0, 42, 0, 0, 0, 8])],
    ['a wrong magic number', Uint8Array.from([0x4d, 0x4d, 0, 43, 0, 0, 0, 8])],
    ['an IFD offset past the end', Uint8Array.from([0x4d, 0x4d, 0, 42, 0x7f, 0xff, 0xff, 0xff])],
  ])('returns all nulls for %s', (_, exif) => {
    expect(readExif(exif)).toEqual(NOTHING);
  });

  it('keeps the entries it can read when the IFD claims more than the data holds', () => {
    const tiff = bigEndianTiff([{ tag: 0x0112, type: 3, count: 1, field: [0, 3, 0, 0] }]);
    tiff[9] = 200; // entry count 200, only one present
    expect(readExif(tiff)).toEqual({ ...NOTHING, orientation: 3 });
  });

  it('gives null for values of the wrong type, out of range or pointing outside the data', () => {
    const entries: Entry[] = [
      { tag: 0x010f, type: 3, count: 1, field: [0, 1, 0, 0] }, // Make as SHORT
      { tag: 0x0110, type: 2, count: 40, field: [0x7f, 0, 0, 0] }, // Model far past the end
      { tag: 0x0112, type: 3, count: 1, field: [0, 9, 0, 0] }, // Orientation 9
      { tag: 0x011a, type: 5, count: 1, field: extraOffset(5) }, // x / 0
      { tag: 0x011b, type: 5, count: 1, field: [0x7f, 0, 0, 0] }, // past the end
    ];
    expect(readExif(bigEndianTiff(entries, [0, 0, 0, 72, 0, 0, 0, 0]))).toEqual(NOTHING);
  });

  it('never throws on random data after a valid TIFF header', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const bytes = Buffer.concat([Buffer.from('Exif\0\0II*\0\x08\0\0\0', 'latin1'), pseudoRandomBytes(seed * 3, seed)]);
      expect(() => readExif(bytes)).not.toThrow();
    }
  });
});
