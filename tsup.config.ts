import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The pool's worker threads load checker-worker from beside the module that starts them.
    entry: { index: 'src/index.ts', 'checker-worker': 'src/pool/checker-worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    // The library finds its models/ folder from import.meta.url, which the CJS build must shim.
    shims: true,
    // import.meta.resolve is used only when running from source (the worker's tsx), never in dist.
    esbuildOptions(options) {
      options.logOverride = { 'empty-import-meta': 'silent' };
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
