import type { ScoreRow, UnmetMinimum } from '../../eval/evaluate.js';
import type { EvaluationRun } from '../../eval/run.js';
import type { Status } from '../../verdict.js';
import { formatDuration } from './format.js';

export interface EvalTableOptions {
  /** List the misclassified files of every row, not only their count. */
  readonly showErrors: boolean;
}

const COLUMNS = ['rule', 'label', 'TP', 'FP', 'TN', 'FN', 'precision', 'recall', 'bal.acc', 'null', 'people', 'skipped', 'error', 'wrong'] as const;
const LEFT_ALIGNED = 2;

/** The evaluation as text: a header, one row per score row, then what was not scored and what fell short. */
export function formatEvalTable(run: EvaluationRun, unmet: readonly UnmetMinimum[], options: EvalTableOptions): string {
  const { report } = run;
  const sections = [
    `Evaluated ${report.photos} photos of ${run.labelsPath} (images ${run.imagesDir}, profile ${run.profile}) in ${formatDuration(run.elapsedMs)}` +
      (report.photoErrors.length > 0 ? `; ${report.photoErrors.length} could not be checked` : ''),
    table([COLUMNS, ...report.rows.map(rowCells)]),
    'Not scored: null = the label says "cannot tell"; people = a person\'s label on a photo of several people (it describes the subject\n' +
      'named in the notes, who need not be the face the checker judges); skipped, error = the rule did not judge.',
  ];
  if (report.unmapped.length > 0) {
    const lines = report.unmapped.map((rule) => `  ${rule}: ${describeCounts(report.statusCounts[rule] ?? {})}`);
    sections.push(['Rules without a label (status counts only):', ...lines].join('\n'));
  }
  if (report.photoErrors.length > 0) {
    sections.push(['Photos that could not be checked:', ...report.photoErrors.map((e) => `  ${e.file}  ${e.code}  ${e.message}`)].join('\n'));
  }
  if (options.showErrors) {
    const listed = report.rows.filter((row) => row.falsePositives.length + row.falseNegatives.length > 0).map(misclassified);
    sections.push(['Misclassified files:', ...(listed.length > 0 ? listed : ['  none'])].join('\n'));
  }
  if (unmet.length > 0) {
    const lines = unmet.map((u) => `  ${u.name}: balanced accuracy ${u.balancedAccuracy === null ? 'n/a (nothing scored)' : fixed(u.balancedAccuracy)} < ${u.minimum}`);
    sections.push(['Below the --min thresholds:', ...lines].join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}

function rowCells(row: ScoreRow): string[] {
  const { tp, fp, tn, fn } = row.confusion;
  return [
    row.name,
    row.label,
    ...[tp, fp, tn, fn].map(String),
    fixed(row.precision),
    fixed(row.recall),
    fixed(row.balancedAccuracy),
    String(row.notScored.nullLabel),
    String(row.notScored.severalPeople),
    String(row.notScored.skipped),
    String(row.notScored.error),
    String(row.falsePositives.length + row.falseNegatives.length),
  ];
}

function misclassified(row: ScoreRow): string {
  const lines = [`  ${row.name}`];
  if (row.falsePositives.length > 0) lines.push(`    false positives (predicted violated): ${row.falsePositives.join(', ')}`);
  if (row.falseNegatives.length > 0) lines.push(`    false negatives (violation missed): ${row.falseNegatives.join(', ')}`);
  return lines.join('\n');
}

function describeCounts(counts: Partial<Record<Status, number>>): string {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
}

function fixed(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

/** Columns padded to their widest cell: the first LEFT_ALIGNED columns on the left, numbers on the right. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) => row.map((cell, column) => (column < LEFT_ALIGNED ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd())
    .join('\n');
}
