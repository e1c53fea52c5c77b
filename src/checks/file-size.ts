import { z } from 'zod';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';

const bytes = z.number().int().nonnegative();

export const fileSize = defineCheck({
  id: 'file-size',
  title: { en: 'File size', zh: '文件大小' },
  needs: ['file'],
  params: z
    .object({ minBytes: bytes.default(20 * 1024), maxBytes: bytes.default(40 * 1024) })
    .strict()
    .refine((p) => p.maxBytes >= p.minBytes, { message: 'maxBytes must be at least minBytes', path: ['maxBytes'] }),
  judge({ file }, { minBytes, maxBytes }) {
    const size = file.info.byteSize;
    const measurements = { size: measured(size, 'bytes') };
    const limits = { size: { min: minBytes, max: maxBytes, unit: 'bytes' } };
    const score = rangeScore(size, limits.size);
    const range = `${kib(minBytes)}–${kib(maxBytes)}`;
    if (size < minBytes || size > maxBytes) {
      return {
        status: 'fail',
        code: size < minBytes ? 'too-small' : 'too-large',
        message: { en: `The file is ${kib(size)}; it must be ${range}`, zh: `文件大小为 ${kib(size)}，应为 ${range}` },
        measurements,
        limits,
        score,
      };
    }
    return { status: 'pass', code: 'ok', message: { en: `${kib(size)}, within ${range}`, zh: `${kib(size)}，在 ${range} 之内` }, measurements, limits, score };
  },
});

function kib(size: number): string {
  return `${(size / 1024).toFixed(1)} KB`;
}
