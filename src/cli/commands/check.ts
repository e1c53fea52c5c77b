import { mkdir } from 'node:fs/promises';
import { createChecker } from '../../checker.js';
import { UsageError, describeFlags, oneOf, parseFlags } from '../args.js';
import { CHECKER_FLAGS, type CheckerSetup, checkerSetupFrom } from '../checker-flags.js';
import { IMAGE_EXTENSIONS, collectPhotoPaths } from '../inputs.js';
import { type CliIo, colorEnabled } from '../io.js';
import { writeOverlay } from '../overlay.js';
import { createProgress } from '../progress.js';
import { formatJson } from '../reporters/json.js';
import { formatJunit } from '../reporters/junit.js';
import { type PhotoOutcome, type ReportContext, exitCodeOf, outcomeOf } from '../reporters/outcome.js';
import { formatPretty } from '../reporters/pretty.js';
import type { Command } from './command.js';

const FORMATS = ['pretty', 'json', 'junit'] as const;
const LANGS = ['en', 'zh'] as const;

const FLAGS = {
  ...CHECKER_FLAGS,
  format: { type: 'string', valueName: FORMATS.join('|'), description: 'output format (default pretty)' },
  lang: { type: 'string', valueName: LANGS.join('|'), description: 'language of the messages in pretty output (default en)' },
  overlay: { type: 'string', valueName: 'dir', description: 'write <dir>/<name>.overlay.png for each photo, with the regions of its findings drawn' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
} as const;

const HELP = `Usage: photolint check <files or folders…> [options]

Checks each photo against a photo standard and reports every rule's result.
Folders are searched recursively for ${IMAGE_EXTENSIONS.map((ext) => `.${ext}`).join(' ')} files
(any case), in sorted path order; a file named on the command line is checked whatever its extension.

Options:
${describeFlags(FLAGS)}

Output: pretty is a table per photo (failed rules first) and, for several photos, a tally;
json is the Verdict, or for several photos (or any folder) an array of verdicts in which a photo
that could not be read is {"input", "error": {"code", "message"}}; junit is JUnit XML with one
testsuite per photo and one testcase per rule. A progress bar goes to stderr on a terminal.

Exit status:
  0  every photo is compliant
  1  every photo could be read, and some photo is non_compliant, needs_review or indeterminate
  2  a usage error or a bad profile (nothing is checked); or some photo could not be read
     (missing, unreadable, not an image): every photo is still checked and reported, then 2
`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'check photos against a photo standard',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFlags('check', FLAGS, argv);
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('expected at least one photo file or folder but received none', 'check');
    const format = oneOf('check', '--format', values.format ?? 'pretty', FORMATS);
    const lang = oneOf('check', '--lang', values.lang ?? 'en', LANGS);
    const setup = await checkerSetupFrom('check', values);
    const { paths, fromFolder } = await collectPhotoPaths(positionals);
    if (paths.length === 0) {
      throw new UsageError(`expected image files (${IMAGE_EXTENSIONS.join(', ')}) but found none in ${positionals.map((p) => JSON.stringify(p)).join(', ')}`, 'check');
    }
    if (values.overlay !== undefined) await createFolder(values.overlay);

    const started = performance.now();
    const outcomes = await checkPhotos(paths, setup, values.overlay, io);
    const context: ReportContext = { single: paths.length === 1 && !fromFolder, elapsedMs: performance.now() - started };
    const render = {
      pretty: () => formatPretty(outcomes, { ...context, symbols: io.stdout.isTTY === true, color: colorEnabled(io), lang }),
      json: () => formatJson(outcomes, context),
      junit: () => formatJunit(outcomes),
    };
    io.stdout.write(render[format]());
    return exitCodeOf(outcomes);
  },
};

/** Checks the photos in order, writing each overlay as its verdict arrives, with progress on a terminal. */
async function checkPhotos(paths: readonly string[], setup: CheckerSetup, overlayDir: string | undefined, io: CliIo): Promise<PhotoOutcome[]> {
  const outcomes: PhotoOutcome[] = [];
  const progress = createProgress(io.stderr);
  const checker = createChecker(setup.options);
  try {
    for await (const item of checker.checkMany(paths, { concurrency: setup.concurrency })) {
      const outcome = outcomeOf(item);
      outcomes.push(outcome);
      if (overlayDir !== undefined && outcome.verdict) await writeOverlay(outcome.path, outcome.verdict, overlayDir);
      progress.update(outcomes.length, paths.length, outcome.path);
    }
  } finally {
    progress.clear();
    await checker.dispose();
  }
  return outcomes;
}

async function createFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw new UsageError(`expected a folder that can be created for --overlay but received ${JSON.stringify(path)} (${(error as Error).message})`, 'check');
  }
}
