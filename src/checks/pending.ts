import { z } from 'zod';
import { defineCheck } from './define.js';

/**
 * A rule of the standard that photolint names but cannot judge yet: it always reports
 * `skipped` with code `not-implemented`, which keeps the photo from being called compliant.
 */
export function pendingCheck<const Id extends string>(id: Id, en: string, zh: string) {
  return defineCheck({
    id,
    title: { en, zh },
    needs: [],
    params: z.object({}).strict(),
    judge: () => ({
      status: 'skipped',
      code: 'not-implemented',
      message: { en: `${en}: not checked yet by this version of photolint`, zh: `${zh}：此版本尚未检查` },
    }),
  });
}
