import { unmetMinimums } from '../../eval/evaluate.js';
import { SCORE_ROW_NAMES } from '../../eval/label-map.js';
import { runEvaluation } from '../../eval/run.js';
import { UsageError, describeFlags, keyValue, oneOf, parseFlags, positiveInteger } from '../args.js';
import { CHECKER_FLAGS, checkerSetupFrom } from '../checker-flags.js';
import type { CliIo } from '../io.js';
import { createProgress } from '../progress.js';
import { formatEvalTable } from '../reporters/eval-table.js';
import type { Command } from './command.js';

const FORMATS = ['table', 'json'] as const;

const FLAGS = {
  ...CHECKER_FLAGS,
  images: { type: 'string', valueName: 'dir', description: 'folder of the labelled photos (default: img/ beside labels.json)' },
  format: { type: 'string', valueName: FORMATS.join('|'), description: 'output format (default table)' },
  min: { type: 'string', multiple: true, valueName: 'row=0.9', description: 'exit 1 when that row\'s balanced accuracy is below the number, or it scored nothing' },
  limit: { type: 'string', valueName: 'N', description: 'evaluate only the first N labelled photos' },
  'show-errors': { type: 'boolean', description: 'list the misclassified files of each row in the table' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
} as const;

const HELP = `Usage: photolint eval <labels.json> [options]

Runs the checker over a labelled set (the format of portraits-dev/labels.json) and scores each
rule against the label it maps to. Positive means "the rule is violated": a fail, warn or review
result is a predicted violation, pass is not; skipped and error results are not scored but counted,
and so are null labels and, on a photo of several people, the labels of one person (they describe
the subject named in the notes, who need not be the face the checker judges). Aggregate rows, e.g. "background (any)", predict a violation when any of
their rules does. The overall row compares expected_overall with the verdict (non_compliant and
needs_review predict fail; indeterminate is counted as skipped).

Options:
${describeFlags(FLAGS)}

Rows --min accepts: ${SCORE_ROW_NAMES.map((name) => (name.includes(' ') ? JSON.stringify(name) : name)).join(', ')}

Output: table prints per row TP FP TN FN, precision, recall, balanced accuracy, the photos not
scored (null label, people, skipped, error) and the number misclassified (--show-errors lists them);
json prints {labelsPath, imagesDir, profile, elapsedMs, report, unmetMinimums}.

Exit status:
  0  evaluated, and every --min is met
  1  some --min is not met
  2  a usage error, a missing or invalid labels file or images folder, or some photo could not be read
`;

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the checker against a labelled set of photos',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFlags('eval', FLAGS, argv);
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const [labelsPath, ...extra] = positionals;
    if (labelsPath === undefined || extra.length > 0) {
      throw new UsageError(`expected one labels.json argument but received ${positionals.length}`, 'eval');
    }
    const format = oneOf('eval', '--format', values.format ?? 'table', FORMATS);
    const minimums = new Map((values.min ?? []).map(parseMinimum));
    const setup = await checkerSetupFrom('eval', values);
    const progress = createProgress(io.stderr);
    const run = await runEvaluation({
      labelsPath,
      ...(values.images !== undefined ? { imagesDir: values.images } : {}),
      ...(values.limit !== undefined ? { limit: positiveInteger('eval', '--limit', values.limit) } : {}),
      checker: setup.options,
      concurrency: setup.concurrency,
      onPhoto: (file, done, total) => progress.update(done, total, file),
    }).finally(() => progress.clear());
    const unmet = unmetMinimums(run.report, minimums);
    io.stdout.write(format === 'json' ? `${JSON.stringify({ ...run, unmetMinimums: unmet }, null, 2)}\n` : formatEvalTable(run, unmet, { showErrors: values['show-errors'] === true }));
    if (run.report.photoErrors.length > 0) return 2;
    return unmet.length > 0 ? 1 : 0;
  },
};

function parseMinimum(text: string): [string, number] {
  const { key, value } = keyValue('eval', '--min', text, 'row=number');
  if (!SCORE_ROW_NAMES.includes(key)) {
    throw new UsageError(`expected a rule id, an aggregate name or "overall" for --min but received ${JSON.stringify(key)}; see --help for the rows`, 'eval');
  }
  const minimum = Number(value);
  if (value.trim() === '' || !(minimum >= 0 && minimum <= 1)) {
    throw new UsageError(`expected a number from 0 to 1 for --min ${key} but received ${JSON.stringify(value)}`, 'eval');
  }
  return [key, minimum];
}
