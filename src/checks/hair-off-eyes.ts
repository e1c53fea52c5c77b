import { FITTED } from '../accessories/fitted-models.js';
import { hairOverEyesInputs } from '../accessories/model-inputs.js';
import { hairOverCheck } from './hair-over.js';

export const hairOffEyes = hairOverCheck({
  id: 'hair-off-eyes',
  title: { en: 'Hair off the eyes', zh: '头发不遮挡眼睛' },
  part: { en: 'the eyes', zh: '眼睛' },
  model: FITTED.hairOverEyes,
  inputs: hairOverEyesInputs,
  zones: (zones) => zones.lenses,
});
