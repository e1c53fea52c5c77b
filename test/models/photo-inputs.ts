/**
 * Model inputs built from the real photos in fixtures/, prepared as models/manifest.json says
 * each model expects. Crop boxes were placed from blazeface's detections on these photos.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { ModelId } from '../../src/runtime/manifest.js';

const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures', import.meta.url));

interface Box {
  left: number;
  top: number;
  size: number;
}

interface Photo {
  file: string;
  /** blazeface box scaled 1.4x and squared, as for the mesh crop. */
  face: Box;
  /** The subject's right eye (left in the image), about 2.3 eye widths wide. */
  eye: Box;
}

export const PHOTOS: readonly Photo[] = [
  { file: 'astronaut.png', face: { left: 151, top: 53, size: 148 }, eye: { left: 180, top: 79, size: 46 } },
  { file: 'grace_hopper.jpg', face: { left: 124, top: 97, size: 287 }, eye: { left: 185, top: 152, size: 83 } },
];

async function rgb(file: string, size: number, box?: Box): Promise<Uint8Array> {
  let image = sharp(join(FIXTURES_DIR, file)).removeAlpha();
  if (box) image = image.extract({ left: box.left, top: box.top, width: box.size, height: box.size });
  return new Uint8Array(await image.resize(size, size, { fit: 'fill' }).raw().toBuffer());
}

const scale = (pixels: Uint8Array, toUnit: (value: number) => number): Float32Array => Float32Array.from(pixels, toUnit);

function greyscale(pixels: Uint8Array): Float32Array {
  const grey = new Float32Array(pixels.length / 3);
  for (let i = 0; i < grey.length; i++) {
    const value = (0.2989 * (pixels[3 * i] ?? 0) + 0.587 * (pixels[3 * i + 1] ?? 0) + 0.114 * (pixels[3 * i + 2] ?? 0)) / 255;
    grey[i] = (value - 0.5) * 2;
  }
  return grey;
}

/** The input tensor data for one model from one photo. */
export async function modelInput(id: ModelId, photo: Photo): Promise<Float32Array> {
  switch (id) {
    case 'blazeface':
      return scale(await rgb(photo.file, 256), (v) => v / 127.5 - 1);
    case 'facemesh':
      return scale(await rgb(photo.file, 192, photo.face), (v) => v / 255);
    case 'iris':
      return scale(await rgb(photo.file, 64, photo.eye), (v) => v / 255);
    case 'emotion':
      return greyscale(await rgb(photo.file, 64, photo.face));
    case 'selfie':
      return scale(await rgb(photo.file, 256), (v) => v / 255);
  }
}
