import { FITTED } from '../accessories/fitted-models.js';
import { hairOverBrowsInputs } from '../accessories/model-inputs.js';
import { hairOverCheck } from './hair-over.js';

export const hairOffEyebrows = hairOverCheck({
  id: 'hair-off-eyebrows',
  title: { en: 'Hair off the eyebrows', zh: '头发不遮挡眉毛' },
  part: { en: 'the eyebrows', zh: '眉毛' },
  model: FITTED.hairOverBrows,
  inputs: hairOverBrowsInputs,
  zones: (zones) => zones.brows,
});
