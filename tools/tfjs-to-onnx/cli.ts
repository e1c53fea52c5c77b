/**
 * npx tsx tools/tfjs-to-onnx/cli.ts <model.json> <out.onnx> --input <name> --output <tfNode>=<name> [--output ...]
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { convertTfjsModel } from './convert.js';

const USAGE = 'usage: tsx tools/tfjs-to-onnx/cli.ts <model.json> <out.onnx> --input <name> --output <tfNode>=<name> [--output ...]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { input: { type: 'string' }, output: { type: 'string', multiple: true } },
  });
  const [modelJson, outPath] = positionals;
  if (!modelJson || !outPath || !values.input || !values.output?.length) throw new Error(USAGE);
  const outputs = values.output.map((pair) => {
    const [node, name] = pair.split('=');
    if (!node || !name) throw new Error(`--output ${pair}: expected <tfNode>=<name>`);
    return { node, name };
  });
  const result = await convertTfjsModel({ modelJson, inputName: values.input, outputs });
  await writeFile(outPath, result.bytes);
  console.log(`${outPath}: ${result.bytes.byteLength} bytes, ${result.nodeCount} nodes`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
