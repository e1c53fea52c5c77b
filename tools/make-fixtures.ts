/**
 * Writes the small generated fixtures the image-intake tests use into fixtures/generated/.
 * Run with `npx tsx tools/make-fixtures.ts`. Content is synthetic (gradients and shapes) and the
 * output is byte-for-byte the same on every run with the same sharp/libvips build.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'generated');
const PORTRAIT = { width: 480, height: 640 } as const;

/** A portrait-like test card: horizontal red ramp, vertical green ramp, a blue-ish disc as the "head". */
function testCard(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  const centreX = width / 2;
  const centreY = height * 0.4;
  const radius = Math.min(width, height) * 0.25;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 3;
      const insideDisc = (x - centreX) ** 2 + (y - centreY) ** 2 < radius ** 2;
      pixels[offset] = Math.round((x / (width - 1)) * 255);
      pixels[offset + 1] = Math.round((y / (height - 1)) * 255);
      pixels[offset + 2] = insideDisc ? 200 : 40;
    }
  }
  return pixels;
}

function fromRaw(pixels: Buffer, width: number, height: number, channels: 3 | 4 = 3): Sharp {
  return sharp(pixels, { raw: { width, height, channels } });
}

function portrait(): Sharp {
  return fromRaw(testCard(PORTRAIT.width, PORTRAIT.height), PORTRAIT.width, PORTRAIT.height);
}

/** The portrait with its range halved to 64–191, so that its colours fit the CMYK gamut. */
function mutedPortrait(): Sharp {
  return portrait().linear(0.5, 64);
}

/** A quarter-size portrait, for formats whose files would otherwise be large (16-bit PNG). */
function smallPortrait(): Sharp {
  return fromRaw(testCard(120, 160), 120, 160);
}

/** Stored landscape 640×480 with a pure red 40×40 block in the stored top-left corner; EXIF orientation 6 displays it as a 480×640 portrait with the block top-right. */
async function orientation6Jpeg(): Promise<Buffer> {
  const width = 640;
  const height = 480;
  const pixels = testCard(width, height);
  for (let y = 0; y < 40; y += 1) {
    for (let x = 0; x < 40; x += 1) pixels.set([255, 0, 0], (y * width + x) * 3);
  }
  return fromRaw(pixels, width, height)
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: 'PhotolintCam', Model: 'Test Model 6', Software: 'make-fixtures', DateTime: '2024:05:17 09:30:00' } })
    .withMetadata({ orientation: 6, density: 300 })
    .toBuffer();
}

/** JFIF APP0 segment: "JFIF\0", version 1.02, units, X and Y density. */
function jfifSegment(units: number, x: number, y: number): Buffer {
  const segment = Buffer.alloc(18);
  segment.writeUInt16BE(0xffe0, 0);
  segment.writeUInt16BE(16, 2);
  segment.write('JFIF\0', 4, 'latin1');
  segment.writeUInt16BE(0x0102, 9);
  segment.writeUInt8(units, 11);
  segment.writeUInt16BE(x, 12);
  segment.writeUInt16BE(y, 14);
  return segment; // last two bytes: no thumbnail (0×0)
}

/** sharp writes no JFIF segment, so one is spliced in right after the start-of-image marker. */
function withJfifDensity(jpeg: Buffer, units: number, x: number, y: number): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), jfifSegment(units, x, y), jpeg.subarray(2)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A complete, valid 1-bit greyscale PNG of one colour, written directly: 30000×30000 pixels
 * deflate to about 110 KB in a second, where encoding it with sharp takes about 45 s.
 */
function solidBlackPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(1, 8); // bit depth
  header.writeUInt8(0, 9); // colour type: greyscale
  // Each row: filter byte 0, then width bits of 0 (black), all zero.
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Two 64×64 frames, red then blue, as an animated GIF. */
async function animatedGif(): Promise<Buffer> {
  const frameSize = 64;
  const pixels = Buffer.alloc(frameSize * frameSize * 2 * 3);
  for (let i = 0; i < frameSize * frameSize * 2; i += 1) pixels.set(i < frameSize * frameSize ? [255, 0, 0] : [0, 0, 255], i * 3);
  return sharp(pixels, { raw: { width: frameSize, height: frameSize * 2, channels: 3, pageHeight: frameSize } })
    .gif({ delay: [500, 500], loop: 0 })
    .toBuffer();
}

/** 64×48 RGBA: left half opaque green, right half fully transparent. */
async function halfTransparentPng(): Promise<Buffer> {
  const width = 64;
  const height = 48;
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width / 2; x += 1) pixels.set([0, 160, 0, 255], (y * width + x) * 4);
  }
  return fromRaw(pixels, width, height, 4).png().toBuffer();
}

async function fixtures(): Promise<Record<string, Buffer>> {
  const validQ90 = await portrait().jpeg({ quality: 90 }).withMetadata({ density: 300 }).toBuffer();
  return {
    'empty.jpg': Buffer.alloc(0),
    'text.jpg': Buffer.from('hello world, this is a text file and not a photo\n', 'utf8'),
    'truncated.jpg': validQ90.subarray(0, Math.floor(validQ90.length / 2)),
    'png-renamed.jpg': await fromRaw(testCard(64, 48), 64, 48).png().toBuffer(),
    'huge-30000.png': solidBlackPng(30000, 30000),
    'animated.gif': await animatedGif(),
    'cmyk.jpg': await mutedPortrait().toColourspace('cmyk').jpeg({ quality: 90 }).toBuffer(),
    'grey16.png': await smallPortrait().toColourspace('grey16').png().toBuffer(),
    'grey.jpg': await portrait().toColourspace('b-w').jpeg({ quality: 90 }).toBuffer(),
    'alpha.png': await halfTransparentPng(),
    'valid-q90-300dpi.jpg': validQ90,
    'valid-q50-300dpi.jpg': await portrait().jpeg({ quality: 50 }).withMetadata({ density: 300 }).toBuffer(),
    'valid-q90-72dpi.jpg': await portrait().jpeg({ quality: 90 }).withMetadata({ density: 72 }).toBuffer(),
    'progressive-q75.jpg': await portrait().jpeg({ quality: 75, progressive: true }).toBuffer(),
    'jfif-118dpcm.jpg': withJfifDensity(await portrait().jpeg({ quality: 80 }).toBuffer(), 2, 118, 118),
    'orientation6.jpg': await orientation6Jpeg(),
  };
}

async function main(): Promise<void> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(await fixtures())) {
    await writeFile(join(OUTPUT_DIR, name), bytes);
    console.log(`${name.padEnd(24)} ${String(bytes.length).padStart(8)} bytes`);
  }
  let total = 0;
  for (const name of await readdir(OUTPUT_DIR)) total += (await stat(join(OUTPUT_DIR, name))).size;
  console.log(`fixtures/generated: ${total} bytes in total`);
}

await main();
