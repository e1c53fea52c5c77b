import { chsi2017 } from './chsi-2017.js';
import type { Profile } from './types.js';

/**
 * The university notice of 2022-03-28 (教务部): the official standard, except that it forbids
 * glasses of any kind where the official text allows clear ones.
 */
export const sztu2022 = {
  id: 'sztu-2022',
  title: { en: 'Diploma photo, university notice (2022)', zh: '毕业证书电子照片上传通知（2022）' },
  source: '教务部通知（2022-03-28），依据教毕指〔2017〕99号',
  rules: {
    ...chsi2017.rules,
    'no-glasses': { params: { allowClearGlasses: false } },
  },
} as const satisfies Profile;
