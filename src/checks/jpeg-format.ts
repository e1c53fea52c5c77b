import { extname } from 'node:path';
import { z } from 'zod';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

export const jpegFormat = defineCheck({
  id: 'jpeg-format',
  title: { en: 'JPEG file', zh: 'JPEG 格式' },
  needs: ['file'],
  params: z
    .object({
      extensions: z.array(z.string().regex(/^\.[a-z0-9]+$/, 'a lower-case extension with its dot, e.g. ".jpg"')).min(1).default(['.jpg', '.jpeg']),
    })
    .strict(),
  judge({ file }, { extensions }) {
    const extension = file.path === null ? null : extname(file.path).toLowerCase();
    const measurements = {
      container: measured(file.info.format, 'format'),
      extension: measured(extension, 'extension'),
      progressive: measured(file.info.jpeg?.progressive ?? null, 'boolean'),
    };
    const limits = { container: { equals: 'jpeg', unit: 'format' }, extension: { oneOf: extensions, unit: 'extension' } };
    if (file.info.format !== 'jpeg') {
      return {
        status: 'fail',
        code: 'not-jpeg',
        message: { en: `The file is ${file.info.format.toUpperCase()}, not JPEG`, zh: `文件是 ${file.info.format.toUpperCase()} 格式，不是 JPEG` },
        measurements,
        limits,
        score: 0,
      };
    }
    if (file.info.jpeg?.truncated) {
      return {
        status: 'fail',
        code: 'truncated',
        message: { en: 'The JPEG file is truncated (it ends before its last marker)', zh: 'JPEG 文件不完整（被截断）' },
        measurements,
        limits,
        score: 0,
      };
    }
    if (extension !== null && !extensions.includes(extension)) {
      return {
        status: 'fail',
        code: 'wrong-extension',
        message: {
          en: `The file is JPEG but its extension is "${extension}"; expected ${extensions.join(' or ')}`,
          zh: `文件是 JPEG，但扩展名为“${extension}”，应为 ${extensions.join(' 或 ')}`,
        },
        measurements,
        limits,
        score: 50,
      };
    }
    return { status: 'pass', code: 'ok', message: { en: 'JPEG file', zh: 'JPEG 格式正确' }, measurements, limits, score: 100 };
  },
});
