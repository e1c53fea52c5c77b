import { chsi2017 } from './chsi-2017.js';
import { sztu2022 } from './sztu-2022.js';
import type { Profile } from './types.js';

export const PROFILES = {
  'chsi-2017': chsi2017,
  'sztu-2022': sztu2022,
} as const satisfies Record<string, Profile>;

export type ProfileId = keyof typeof PROFILES;

export const PROFILE_IDS = Object.keys(PROFILES) as ProfileId[];
