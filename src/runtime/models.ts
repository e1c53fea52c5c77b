/** Loads the shipped ONNX models on demand, verified against the manifest, and runs them. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InferenceSession, type Tensor } from 'onnxruntime-node';
import { PhotolintError, invalidOption } from '../errors.js';
import { MODEL_IDS, defaultModelDir, readManifest, type ModelEntry, type ModelId, type ModelManifest } from './manifest.js';

export interface ModelRuntimeOptions {
  /** onnxruntime intra-op threads per session; the caller decides (1 unless told otherwise). */
  threads: number;
  /** Folder holding the .onnx files; defaults to the package's models/. Hashes always come from the package manifest. */
  modelDir?: string;
}

const formatShape = (dims: readonly number[]): string => `[${dims.join(', ')}]`;

export class ModelRuntime {
  private readonly manifest: ModelManifest;
  private readonly modelDir: string;
  private readonly sessionOptions: InferenceSession.SessionOptions;
  private readonly pending = new Map<ModelId, Promise<InferenceSession>>();
  private readonly ready = new Map<ModelId, InferenceSession>();
  private disposed = false;

  constructor(options: ModelRuntimeOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1) throw invalidOption('threads', 'a positive integer', options.threads);
    this.manifest = readManifest();
    this.modelDir = options.modelDir ?? defaultModelDir();
    this.sessionOptions = {
      intraOpNumThreads: options.threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      // Spinning intra-op threads compete with sharp's threads and slow the whole pipeline down.
      extra: { session: { intra_op: { allow_spinning: '0' } } },
    };
  }

  /** The session for a model, created once; a failed load is forgotten so that a later call retries. */
  session(id: ModelId): Promise<InferenceSession> {
    try {
      this.assertUsable(id);
    } catch (error) {
      return Promise.reject(error);
    }
    const existing = this.pending.get(id);
    if (existing) return existing;
    const loading = this.load(id);
    this.pending.set(id, loading);
    void loading.then(
      (session) => this.ready.set(id, session),
      () => {
        if (this.pending.get(id) === loading) this.pending.delete(id);
      },
    );
    return loading;
  }

  /** Runs a model after checking the feeds against the manifest's input name, type and shape. */
  async run(id: ModelId, feeds: Record<string, Tensor>): Promise<InferenceSession.ReturnType> {
    this.assertUsable(id);
    checkFeeds(id, this.manifest.models[id], feeds);
    const session = await this.session(id);
    try {
      return await session.run(feeds);
    } catch (error) {
      throw new PhotolintError('model-failed', `Model ${id} failed to run: ${(error as Error).message}`, { model: id }, { cause: error });
    }
  }

  /** Models whose sessions are ready, in manifest order. */
  loaded(): ModelId[] {
    return MODEL_IDS.filter((id) => this.ready.has(id));
  }

  /** sha256 of every model file; a session only exists for a file that matched its hash. */
  hashes(): Record<ModelId, string> {
    return Object.fromEntries(MODEL_IDS.map((id) => [id, this.manifest.models[id].sha256])) as Record<ModelId, string>;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    const sessions = await Promise.allSettled(this.pending.values());
    this.pending.clear();
    this.ready.clear();
    await Promise.all(sessions.map((result) => (result.status === 'fulfilled' ? result.value.release() : undefined)));
  }

  private assertUsable(id: ModelId): void {
    if (this.disposed) throw new PhotolintError('checker-disposed', `Cannot use model ${id}: the model runtime has been disposed`);
    if (!MODEL_IDS.includes(id)) throw invalidOption('model id', `one of ${MODEL_IDS.join(', ')}`, id);
  }

  private async load(id: ModelId): Promise<InferenceSession> {
    const entry = this.manifest.models[id];
    const file = join(this.modelDir, entry.file);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new PhotolintError(
        'model-missing',
        `Model file ${file} for ${id} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): expected sha256 ${entry.sha256}, actual none`,
        { model: id, file, expected: entry.sha256, actual: null },
        { cause: error },
      );
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== entry.sha256) {
      throw new PhotolintError('model-altered', `Model file ${file} for ${id} has been altered: expected sha256 ${entry.sha256}, actual ${actual}`, {
        model: id,
        file,
        expected: entry.sha256,
        actual,
      });
    }
    try {
      return await InferenceSession.create(bytes, this.sessionOptions);
    } catch (error) {
      throw new PhotolintError('model-failed', `onnxruntime cannot load model file ${file} for ${id}: ${(error as Error).message}`, { model: id, file }, { cause: error });
    }
  }
}

function checkFeeds(id: ModelId, entry: ModelEntry, feeds: Record<string, Tensor>): void {
  const expected = `input "${entry.input.name}" ${entry.input.dtype} ${formatShape(entry.input.shape)}`;
  const names = Object.keys(feeds);
  const tensor = feeds[entry.input.name];
  if (names.length !== 1 || !tensor) {
    throw new PhotolintError('model-failed', `Model ${id} expects ${expected} but received inputs ${names.map((name) => `"${name}"`).join(', ') || 'none'}`, {
      model: id,
      expected: entry.input,
      received: names,
    });
  }
  const matches = tensor.type === entry.input.dtype && tensor.dims.length === entry.input.shape.length && tensor.dims.every((size, axis) => size === entry.input.shape[axis]);
  if (!matches) {
    throw new PhotolintError('model-failed', `Model ${id} expects ${expected} but received ${tensor.type} ${formatShape(tensor.dims)}`, {
      model: id,
      expected: entry.input,
      received: { dtype: tensor.type, shape: [...tensor.dims] },
    });
  }
}
