import { decodeRgb } from '../image/intake.js';
import { defineAnalysis } from './define.js';

export const rgb = defineAnalysis({
  id: 'rgb',
  needs: ['file'],
  models: [],
  compute: ({ file }, { maxPixels }) => decodeRgb(file.bytes, file.info, { maxPixels }),
});
