/** models/manifest.json: what each shipped ONNX model is, its hash, and how to feed it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PhotolintError } from '../errors.js';
import { findPackageRoot } from './package-root.js';

export const MODEL_IDS = ['blazeface', 'facemesh', 'iris', 'emotion', 'selfie'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

const shapeSchema = z.array(z.number().int().positive()).min(1);

const modelEntrySchema = z.object({
  file: z.string().regex(/^[\w.-]+\.onnx$/),
  bytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  nodes: z.number().int().positive(),
  source: z.object({ package: z.string(), version: z.string(), path: z.string() }),
  licence: z.object({
    /** Licence of the npm package the weights were taken from. */
    package: z.string(),
    /** Licence of the upstream network the weights derive from. */
    network: z.string(),
    notes: z.string(),
  }),
  input: z.object({
    name: z.string(),
    shape: shapeSchema,
    layout: z.literal('NHWC'),
    dtype: z.literal('float32'),
    range: z.tuple([z.number(), z.number()]),
    expects: z.string(),
  }),
  outputs: z
    .array(
      z.object({
        name: z.string(),
        shape: shapeSchema,
        meaning: z.string(),
        /** The tfjs graph node this output was converted from. */
        sourceNode: z.string(),
      }),
    )
    .min(1),
});

export const manifestSchema = z.object({
  schemaVersion: z.literal(1),
  models: z.record(z.enum(MODEL_IDS), modelEntrySchema),
});

export type ModelManifest = z.infer<typeof manifestSchema>;
export type ModelEntry = z.infer<typeof modelEntrySchema>;

export const MANIFEST_FILE = 'manifest.json';

/** The models/ folder shipped in the package. */
export function defaultModelDir(): string {
  try {
    return join(findPackageRoot(), 'models');
  } catch (error) {
    throw new PhotolintError('model-missing', `Cannot locate photolint's models folder: ${(error as Error).message}`, {}, { cause: error });
  }
}

/** Reads and validates the manifest; it is small, and reading it synchronously keeps hashes() synchronous. */
export function readManifest(path: string = join(defaultModelDir(), MANIFEST_FILE)): ModelManifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PhotolintError('model-missing', `Cannot read the model manifest ${path}: ${(error as Error).message}`, { file: path }, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PhotolintError('model-altered', `The model manifest ${path} is not valid JSON: ${(error as Error).message}`, { file: path }, { cause: error });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new PhotolintError('model-altered', `The model manifest ${path} does not match its schema: ${z.prettifyError(parsed.error)}`, { file: path });
  }
  return parsed.data;
}
