import type { PhotolintError } from '../../errors.js';
import type { Overall, RuleResult, Status, Verdict } from '../../verdict.js';
import { describeMeasurements, formatDuration } from './format.js';
import { type PhotoOutcome, type ReportContext, tallyOf } from './outcome.js';
import { type Colour, type Paint, painter } from './style.js';

export type Lang = 'en' | 'zh';

export interface PrettyOptions extends ReportContext {
  /** Status symbols (for a terminal). */
  readonly symbols: boolean;
  readonly color: boolean;
  readonly lang: Lang;
}

const STATUS_STYLE: Readonly<Record<Status, { readonly symbol: string; readonly colour: Colour }>> = {
  fail: { symbol: '✗', colour: 'red' },
  review: { symbol: '?', colour: 'magenta' },
  error: { symbol: '!', colour: 'red' },
  warn: { symbol: '▲', colour: 'yellow' },
  skipped: { symbol: '-', colour: 'dim' },
  pass: { symbol: '✓', colour: 'green' },
};

/** Longer measurement cells push their message right rather than every message. */
const MAX_MEASUREMENT_WIDTH = 48;

const STATUS_ORDER = Object.keys(STATUS_STYLE) as Status[];

const OVERALL_COLOUR: Readonly<Record<Overall, Colour>> = {
  compliant: 'green',
  non_compliant: 'red',
  needs_review: 'magenta',
  indeterminate: 'yellow',
};

/** One block per photo (rules in the verdict's order: failures first) and, for a batch, a tally. */
export function formatPretty(outcomes: readonly PhotoOutcome[], options: PrettyOptions): string {
  const paint = painter(options.color);
  const blocks = outcomes.map((outcome) =>
    outcome.verdict ? verdictBlock(outcome.path, outcome.verdict, options, paint) : errorBlock(outcome.path, outcome.error, options, paint),
  );
  if (!options.single) blocks.push(tallyLine(outcomes, options.elapsedMs, paint));
  return `${blocks.join('\n\n')}\n`;
}

function verdictBlock(path: string, verdict: Verdict, options: PrettyOptions, paint: Paint): string {
  const image = verdict.image ? ` — ${verdict.image.width}×${verdict.image.height} ${verdict.image.format}, ${(verdict.image.byteSize / 1024).toFixed(1)} KB` : '';
  const header = `${paint('bold', path)}${image} · profile ${verdict.profile}`;
  const rows = verdict.results.map((result) => [result.status, result.rule, describeMeasurements(result), result.message[options.lang]] as const);
  const ruleWidth = Math.max(...rows.map(([, rule]) => rule.length));
  const measureWidth = Math.min(MAX_MEASUREMENT_WIDTH, Math.max(...rows.map(([, , measured]) => measured.length)));
  const lines = rows.map(([status, rule, measured, message]) =>
    `  ${statusCell(status, options, paint)}  ${rule.padEnd(ruleWidth)}  ${measured.padEnd(measureWidth)}  ${message}`.trimEnd(),
  );
  const summary = `  ${paint(OVERALL_COLOUR[verdict.overall], verdict.overall)}: ${statusCounts(verdict.results)} · ${formatDuration(verdict.timings.total ?? 0)}`;
  return [header, ...lines, summary].join('\n');
}

function errorBlock(path: string, error: PhotolintError, options: PrettyOptions, paint: Paint): string {
  return `${paint('bold', path)}\n  ${statusCell('error', options, paint)}  ${error.code}  ${error.message}`;
}

function statusCell(status: Status, options: PrettyOptions, paint: Paint): string {
  const { symbol, colour } = STATUS_STYLE[status];
  const word = status.padEnd(7);
  return paint(colour, options.symbols ? `${symbol} ${word}` : word);
}

function statusCounts(results: readonly RuleResult[]): string {
  return STATUS_ORDER.map((status) => [status, results.filter((r) => r.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
}

function tallyLine(outcomes: readonly PhotoOutcome[], elapsedMs: number, paint: Paint): string {
  const parts = Object.entries(tallyOf(outcomes))
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${count} ${name}`);
  const photos = `${outcomes.length} photo${outcomes.length === 1 ? '' : 's'}`;
  return paint('bold', `${photos}: ${parts.join(', ')} · ${formatDuration(elapsedMs)}`);
}
