/**
 * Converts the five tfjs graph models to models/<id>.onnx and writes models/manifest.json.
 *
 *   npx tsx tools/convert-models.ts
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE, manifestSchema, type ModelEntry, type ModelId } from '../src/runtime/manifest.js';
import { HUMAN_MODELS_DIR, fetchSelfieModel } from './fetch-human-models.js';
import { MODEL_SPECS, type ModelSpec } from './model-catalogue.js';
import { convertTfjsModel } from './tfjs-to-onnx/convert.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODELS_DIR = join(ROOT, 'models');

async function packageDir(spec: ModelSpec): Promise<string> {
  if (spec.package === '@vladmandic/human') return join(ROOT, 'node_modules', '@vladmandic', 'human');
  await fetchSelfieModel();
  return HUMAN_MODELS_DIR;
}

async function convert(spec: ModelSpec): Promise<ModelEntry> {
  const dir = await packageDir(spec);
  const { version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version: string };
  const source = { package: spec.package, version, path: spec.path };
  const result = await convertTfjsModel({
    modelJson: join(dir, spec.path),
    inputName: spec.input.name,
    outputs: spec.outputs,
    batch: spec.batch,
    metadata: { source: `${source.package}@${source.version}/${source.path}` },
  });
  const file = `${spec.id}.onnx`;
  await writeFile(join(MODELS_DIR, file), result.bytes);
  return {
    file,
    bytes: result.bytes.byteLength,
    sha256: createHash('sha256').update(result.bytes).digest('hex'),
    nodes: result.nodeCount,
    source,
    licence: spec.licence,
    input: { ...spec.input, shape: [...result.input.shape] },
    outputs: spec.outputs.map(({ node, name, meaning }, index) => ({ name, shape: [...(result.outputs[index]?.shape ?? [])], meaning, sourceNode: node })),
  };
}

async function main(): Promise<void> {
  const models: Partial<Record<ModelId, ModelEntry>> = {};
  for (const spec of MODEL_SPECS) {
    const entry = await convert(spec);
    models[spec.id] = entry;
    console.log(`${entry.file.padEnd(16)} ${String(entry.bytes).padStart(9)} bytes  ${String(entry.nodes).padStart(4)} nodes  ${entry.sha256}`);
  }
  const manifest = manifestSchema.parse({ schemaVersion: 1, models });
  await writeFile(join(MODELS_DIR, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const total = Object.values(manifest.models).reduce((sum, entry) => sum + entry.bytes, 0);
  console.log(`total ${(total / 1e6).toFixed(2)} MB; wrote models/${MANIFEST_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
