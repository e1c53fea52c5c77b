import { z } from 'zod';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

export const density = defineCheck({
  id: 'density',
  title: { en: 'Resolution (dpi)', zh: '分辨率（dpi）' },
  needs: ['file'],
  params: z.object({ dpi: z.number().positive().default(300), tolerance: z.number().nonnegative().default(0.5) }).strict(),
  judge({ file }, { dpi, tolerance }) {
    const found = file.info.density;
    const limit = { min: dpi - tolerance, max: dpi + tolerance, unit: 'dpi' };
    if (found === null) {
      return {
        status: 'fail',
        code: 'missing',
        message: { en: `The file records no density; expected ${dpi} dpi`, zh: `文件未记录分辨率，应为 ${dpi} dpi` },
        measurements: { density: measured(null, 'dpi') },
        limits: { density: limit },
        score: 0,
      };
    }
    const measurements = { densityX: measured(round1(found.x), 'dpi'), densityY: measured(round1(found.y), 'dpi') };
    const limits = { densityX: limit, densityY: limit };
    const ok = Math.abs(found.x - dpi) <= tolerance && Math.abs(found.y - dpi) <= tolerance;
    return ok
      ? { status: 'pass', code: 'ok', message: { en: `${dpi} dpi`, zh: `${dpi} dpi` }, measurements, limits, score: 100 }
      : {
          status: 'fail',
          code: 'wrong-density',
          message: {
            en: `The file says ${round1(found.x)}×${round1(found.y)} dpi; expected ${dpi} dpi`,
            zh: `文件分辨率为 ${round1(found.x)}×${round1(found.y)} dpi，应为 ${dpi} dpi`,
          },
          measurements,
          limits,
          score: 25,
        };
  },
});

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
