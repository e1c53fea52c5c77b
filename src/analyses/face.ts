import { PhotolintError } from '../errors.js';
import { defineAnalysis } from './define.js';
import { CONFIDENT } from './faces.js';

/**
 * The face the rules judge: the largest face the detector is confident of, else the largest
 * face (a large, doubtful detection at the edge must not displace a clear portrait face).
 */
export const face = defineAnalysis({
  id: 'face',
  needs: ['faces'],
  models: [],
  compute({ faces }) {
    const primary = faces.faces.find((f) => f.score >= CONFIDENT) ?? faces.faces[0];
    if (!primary) throw new PhotolintError('no-face', 'No face was found in the photo, so the rules that measure the face cannot be judged');
    return primary;
  },
});
