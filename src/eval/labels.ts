import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { PhotolintError } from '../errors.js';

const flag = z.boolean().nullable();

export const EXPRESSIONS = ['neutral', 'slight_smile', 'smile_teeth', 'broad_smile', 'other'] as const;

/**
 * One labelled photo, in the format of portraits-dev/labels.json (see its `conventions`).
 * Only the fields the evaluation and the calibration tools read are kept; others (source…) are ignored.
 */
const entrySchema = z.object({
  file: z.string().min(1),
  faces: z.number().int().nonnegative().nullable(),
  background_ok: flag,
  /** The dominant background class (blue, white, grey, other); read by the calibration tools only. */
  background_colour: z.string().nullable().default(null),
  frontal: flag,
  eyes_open: flag,
  mouth_closed: flag,
  glasses: flag,
  headwear: flag,
  earrings: flag,
  necklace: flag,
  hair_occludes_brows_or_eyes: flag,
  hair_covers_ears: flag,
  clothing_blue: flag,
  clothing_patterned: flag,
  heavy_retouch: flag,
  expression: z.enum(EXPRESSIONS).nullable(),
  expected_overall: z.enum(['pass', 'fail']).nullable(),
  /** What the labeller saw (the calibration tools read sunglasses from it). */
  notes: z.string().default(''),
});

const labelSetSchema = z.object({
  conventions: z.record(z.string(), z.string()),
  count: z.number().int().nonnegative(),
  images: z.array(entrySchema),
});

export type LabelEntry = z.infer<typeof entrySchema>;
export type LabelSet = z.infer<typeof labelSetSchema>;

export async function loadLabels(path: string): Promise<LabelSet> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      throw new PhotolintError('input-not-found', `Labels file ${JSON.stringify(path)} not found; the portraits-dev set lives in ../shared/data/portraits-dev`, { path });
    }
    throw new PhotolintError('input-unreadable', `Could not read the labels file ${JSON.stringify(path)}: ${String(error)}`, { path }, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalidLabels(path, `it is not valid JSON (${(error as Error).message})`);
  }
  return parseLabels(json, path);
}

/** Validates a parsed labels file; errors name the entry (index and file) and the field. */
export function parseLabels(json: unknown, source: string): LabelSet {
  const result = labelSetSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw invalidLabels(source, `${whereIs(issue.path, json)}: ${issue.message}`);
  }
  const labels = result.data;
  if (labels.count !== labels.images.length) {
    throw invalidLabels(source, `"count" is ${labels.count} but "images" has ${labels.images.length} entries`);
  }
  const seen = new Set<string>();
  for (const [index, entry] of labels.images.entries()) {
    if (seen.has(entry.file)) throw invalidLabels(source, `images[${index}] repeats the file ${JSON.stringify(entry.file)}`);
    seen.add(entry.file);
  }
  return labels;
}

/** `images[3] ("a.jpg") field "frontal"` for a path into the labels file. */
function whereIs(path: readonly PropertyKey[], json: unknown): string {
  const [top, index, field] = path;
  if (top !== 'images' || typeof index !== 'number') return `field ${JSON.stringify(path.map(String).join('.'))}`;
  const file = (json as { images: { file?: unknown }[] }).images[index]?.file;
  const entry = `images[${index}]${typeof file === 'string' ? ` (${JSON.stringify(file)})` : ''}`;
  return field === undefined ? entry : `${entry} field ${JSON.stringify(String(field))}`;
}

function invalidLabels(source: string, problem: string): PhotolintError {
  return new PhotolintError('invalid-labels', `Invalid labels file ${JSON.stringify(source)}: ${problem}`, { path: source });
}
