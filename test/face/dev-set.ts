import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createChecker } from '../../src/checker.js';
import type { Profile } from '../../src/profiles/types.js';
import type { RuleResult } from '../../src/verdict.js';

/** The labelled dev set (never copied into the repository) and the face rules' accuracy on it. */
export const DEV_DIR = process.env.PHOTOLINT_DEV_SET ?? '/work/shared/data/portraits-dev';
export const devSetPresent = (): boolean => existsSync(join(DEV_DIR, 'labels.json'));

interface Label {
  file: string;
  faces: number;
  eyes_open: boolean | null;
  mouth_closed: boolean | null;
  frontal: boolean | null;
  expression: string | null;
}

export const FACE_RULES = ['single-face', 'eyes-level', 'facing-camera', 'head-upright', 'gaze-straight', 'eyes-open', 'lips-closed', 'natural-expression'] as const;

const profile: Profile = {
  id: 'face-rules',
  title: { en: 'Face rules only', zh: '仅人脸规则' },
  source: 'test',
  rules: Object.fromEntries(FACE_RULES.map((id) => [id, {}])),
};

export interface Confusion {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** Labelled images the rule could not judge (error or skipped), counted as a failing prediction. */
  unjudged: number;
}

export const balancedAccuracy = (c: Confusion): number => (c.tp / Math.max(1, c.tp + c.fn) + c.tn / Math.max(1, c.tn + c.fp)) / 2;

/** Per target: does the label say the photo passes, and does photolint say so. */
const TARGETS = {
  'single-face': { truth: (l: Label) => l.faces === 1, rules: ['single-face'] },
  'eyes-open': { truth: (l: Label) => l.eyes_open, rules: ['eyes-open'] },
  'lips-closed': { truth: (l: Label) => l.mouth_closed, rules: ['lips-closed'] },
  frontal: { truth: (l: Label) => l.frontal, rules: ['eyes-level', 'facing-camera', 'head-upright', 'gaze-straight'] },
  'natural-expression': {
    truth: (l: Label) => (l.expression === null || l.expression === 'unknown' ? null : l.expression === 'neutral' || l.expression === 'slight_smile'),
    rules: ['natural-expression'],
  },
} as const;

export type Target = keyof typeof TARGETS;

export async function evaluateDevSet(): Promise<Record<Target, Confusion>> {
  const labels = JSON.parse(await readFile(join(DEV_DIR, 'labels.json'), 'utf8')) as { images: Label[] };
  const checker = createChecker({ profile });
  const results = new Map<string, Map<string, RuleResult>>();
  try {
    for (const label of labels.images) {
      const verdict = await checker.check(join(DEV_DIR, 'img', label.file));
      results.set(label.file, new Map(verdict.results.map((r) => [r.rule, r])));
    }
  } finally {
    await checker.dispose();
  }
  const out = {} as Record<Target, Confusion>;
  for (const [target, { truth, rules }] of Object.entries(TARGETS) as [Target, (typeof TARGETS)[Target]][]) {
    const c: Confusion = { tp: 0, fn: 0, fp: 0, tn: 0, unjudged: 0 };
    for (const label of labels.images) {
      const expected = truth(label);
      if (expected === null) continue;
      const statuses = rules.map((rule) => results.get(label.file)!.get(rule)!.status);
      if (statuses.some((s) => s === 'error' || s === 'skipped')) c.unjudged++;
      const predicted = statuses.every((s) => s === 'pass');
      if (expected && predicted) c.tp++;
      else if (expected) c.fn++;
      else if (predicted) c.fp++;
      else c.tn++;
    }
    out[target] = c;
  }
  return out;
}
