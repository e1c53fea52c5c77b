import type { ImageContext } from './context.js';
import { elapsedSince } from './context.js';
import { PhotolintError } from './errors.js';
import type { ResolvedRule } from './profiles/resolve.js';
import type { RuleResult, Status } from './verdict.js';

const VIOLATION_STATUS: Record<ResolvedRule['severity'], Status> = { error: 'fail', warning: 'warn', review: 'review' };

/**
 * Runs one rule against an image's context. A rule whose analyses fail, or that throws, gets
 * `error` with a code; it never takes the other rules down with it.
 */
export async function runRule({ check, severity, params }: ResolvedRule, context: ImageContext): Promise<RuleResult> {
  let inputs: unknown;
  try {
    inputs = await context.resolve(check.needs);
  } catch (error) {
    return errored(check.id, error, 0);
  }
  const start = performance.now();
  try {
    // The registry ties each check to its own needs; the union of all checks cannot express that pairing.
    const finding = check.judge(inputs as never, params as never);
    const status = finding.status === 'fail' ? VIOLATION_STATUS[severity] : finding.status;
    return {
      rule: check.id,
      status,
      code: finding.code,
      message: finding.message,
      measurements: finding.measurements ?? {},
      limits: finding.limits ?? {},
      score: finding.score ?? null,
      regions: finding.regions ?? [],
      timeMs: elapsedSince(start),
    };
  } catch (error) {
    return errored(check.id, error, elapsedSince(start));
  }
}

function errored(rule: RuleResult['rule'], error: unknown, timeMs: number): RuleResult {
  const known = error instanceof PhotolintError;
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule,
    status: 'error',
    code: known ? error.code : 'check-failed',
    message: known ? { en: reason, zh: zhFor(error.code, reason) } : { en: `The check failed: ${reason}`, zh: `检查出错：${reason}` },
    measurements: {},
    limits: {},
    score: null,
    regions: [],
    timeMs,
  };
}

const ZH_BY_CODE: Partial<Record<PhotolintError['code'], string>> = {
  'no-face': '未检测到人脸，无法判断',
  'input-truncated': '图像文件不完整，无法解码',
  'model-missing': '缺少模型文件',
  'model-altered': '模型文件已被修改',
};

function zhFor(code: PhotolintError['code'], reason: string): string {
  return ZH_BY_CODE[code] ?? `无法判断：${reason}`;
}
