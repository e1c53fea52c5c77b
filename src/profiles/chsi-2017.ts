import type { Profile } from './types.js';

/**
 * The official CHSI diploma-photo standard. Rule parameters default to its numbers (see each
 * check); only what differs from an `error` severity is spelt out per rule here.
 */
export const chsi2017 = {
  id: 'chsi-2017',
  title: { en: 'CHSI diploma photo (official standard, 2017)', zh: '学信网学历证书电子注册图像（2017 官方标准）' },
  source: '《高等教育学历证书电子注册图像采集规范及信息标准》（教毕指〔2017〕99号）',
  rules: {
    'jpeg-format': {},
    'color-24bit': {},
    'image-size': {},
    density: { severity: 'warning' },
    'jpeg-quality': {},
    // The official text says "generally 20–40 KB": a guide, not a hard limit.
    'file-size': { severity: 'warning' },
    'single-face': {},
    'head-top': {},
    'eye-line': {},
    'face-width': {},
    'face-centered': {},
    'eyes-level': {},
    'facing-camera': {},
    'head-upright': {},
    'gaze-straight': {},
    'eyes-open': {},
    'lips-closed': {},
    'natural-expression': {},
    'shoulders-level': {},
    'no-glasses': {},
    'no-head-covering': {},
    'no-earrings': {},
    'no-necklace': {},
    'hair-off-eyebrows': {},
    'hair-off-eyes': {},
    'ears-visible': {},
    'face-uncovered': {},
    'clothing-contrast': {},
    'no-blue-clothing': {},
    'plain-clothing': { severity: 'warning' },
    'background-color': {},
    'background-uniform': {},
    'background-shadow': {},
    'background-objects': {},
    'no-heavy-makeup': {},
    'no-heavy-retouching': {},
    'studio-capture': { severity: 'review' },
  },
} as const satisfies Profile;
