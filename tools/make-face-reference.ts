/**
 * Writes src/analyses/face-reference.ts: the frontal reference face that the head pose is
 * measured against.
 *
 * The reference is the face mesh of the two public-domain fixture portraits (fixtures/), each made
 * exactly left/right symmetric: the mesh is mirrored, its points renumbered by MediaPipe's
 * left/right landmark pairs, rotated onto the original (Kabsch) and averaged with it; the
 * symmetry axis is then turned onto x. Symmetry fixes yaw and roll at zero by construction;
 * pitch zero is the two sitters' mean head pitch (both look into the camera; they differ by
 * about 4.6°, which is the uncertainty of the pitch zero). The landmark pairs come from
 * MediaPipe's canonical UV map (shipped in @vladmandic/human's source): point j is the mirror
 * of point i when its (u, v) is (1 − u, v).
 *
 *   npx tsx tools/make-face-reference.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Matrix } from 'ml-matrix';
import { openPhoto } from './dev-set.js';
import { ModelRuntime } from '../src/runtime/models.js';
import { centred, rotationOnto } from '../src/analyses/rigid.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = ['grace_hopper.jpg', 'astronaut.png'];
const UV_SOURCE = join(ROOT, 'node_modules', '@vladmandic', 'human', 'src', 'face', 'facemeshcoords.ts');
const OUT = join(ROOT, 'src', 'analyses', 'face-reference.ts');
const POINTS = 468;

/** Mirror partner of every mesh point, from the canonical UV map. */
async function mirrorPairs(): Promise<number[]> {
  const source = await readFile(UV_SOURCE, 'utf8');
  const block = source.slice(source.indexOf('export const UV468'), source.indexOf('];', source.indexOf('export const UV468')));
  const uv = [...block.matchAll(/\[\s*([\d.e-]+)\s*,\s*([\d.e-]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  if (uv.length !== POINTS) throw new Error(`expected ${POINTS} UV coordinates in ${UV_SOURCE}, found ${uv.length}`);
  const pairs = uv.map(([u, v]) => {
    let best = 0;
    let bestDistance = Infinity;
    uv.forEach(([u2, v2], j) => {
      const d = Math.hypot(1 - u - u2, v - v2);
      if (d < bestDistance) [best, bestDistance] = [j, d];
    });
    if (bestDistance > 0.005) throw new Error(`no mirror partner for UV (${u}, ${v})`);
    return best;
  });
  if (pairs.some((j, i) => pairs[j] !== i)) throw new Error('the mirror pairing is not symmetric');
  return pairs;
}

async function fixtureMesh(models: ModelRuntime, file: string): Promise<Matrix> {
  const path = join(ROOT, 'fixtures', file);
  const mesh = await (await openPhoto(path, models)).get('mesh');
  return centred(mesh.points);
}

/** The mesh averaged with its own mirror image, its symmetry axis turned onto x. */
function symmetrise(mesh: Matrix, pairs: readonly number[]): Matrix {
  const mirrored = new Matrix(POINTS, 3);
  for (let i = 0; i < POINTS; i++) mirrored.setRow(i, [-mesh.get(pairs[i]!, 0), mesh.get(pairs[i]!, 1), mesh.get(pairs[i]!, 2)]);
  const symmetric = Matrix.add(mesh, mirrored.mmul(rotationOnto(mirrored, mesh).transpose())).div(2);
  // Left-to-right axis: the sum of (image-right point − its partner) over the pairs.
  const axis = [0, 0, 0];
  for (let i = 0; i < POINTS; i++) {
    const side = Math.sign(symmetric.get(i, 0) - symmetric.get(pairs[i]!, 0));
    for (let k = 0; k < 3; k++) axis[k]! += side * (symmetric.get(i, k) - symmetric.get(pairs[i]!, k));
  }
  return symmetric.mmul(turnOntoX(axis).transpose());
}

/** Rotation about x by `angle` (radians), to multiply row points by. */
function pitchRotation(angle: number): Matrix {
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return new Matrix([
    [1, 0, 0],
    [0, c, s],
    [0, -s, c],
  ]);
}

/** The smallest rotation taking direction `v` onto +x (Rodrigues). */
function turnOntoX(v: number[]): Matrix {
  const n = Math.hypot(v[0]!, v[1]!, v[2]!);
  const [a, b, c] = [v[0]! / n, v[1]! / n, v[2]! / n];
  // Axis v × x = (0, c, −b), cos = a.
  const k = new Matrix([
    [0, b, c],
    [-b, 0, 0],
    [-c, 0, 0],
  ]);
  return Matrix.eye(3).add(k).add(k.mmul(k).div(1 + a));
}

async function main(): Promise<void> {
  const pairs = await mirrorPairs();
  const models = new ModelRuntime({ threads: 1 });
  const [first, ...others] = await Promise.all(FIXTURES.map((f) => fixtureMesh(models, f).then((m) => symmetrise(m, pairs))));
  await models.dispose();
  const scale = (m: Matrix) => m.clone().div(m.norm() / Math.sqrt(POINTS));
  // The faces are averaged in the first one's pose, then turned to the sitters' mean pitch.
  let sum = scale(first!);
  let pitchSum = 0;
  for (const other of others) {
    const onto = rotationOnto(other, first!);
    sum = Matrix.add(sum, scale(other).mmul(onto.transpose()));
    pitchSum += Math.atan2(onto.get(2, 1), onto.get(2, 2));
  }
  const meanPitch = pitchSum / FIXTURES.length;
  const reference = symmetrise(sum.div(FIXTURES.length), pairs).mmul(pitchRotation(-meanPitch));
  const rows = reference.to2DArray().map((p) => `  ${p.map((v) => v.toFixed(4)).join(', ')},`);
  await writeFile(
    OUT,
    [
      '// Generated by tools/make-face-reference.ts: do not edit.',
      '',
      '/**',
      ' * The frontal reference face: the 468-point mesh of the fixture portraits, made left/right',
      ' * symmetric, centred, of about unit RMS radius; x right, y down, z away from the camera.',
      ' * Row i (x, y, z) is mesh point i.',
      ' */',
      'export const FRONTAL_FACE: readonly number[] = [',
      ...rows,
      '];',
      '',
    ].join('\n'),
  );
  console.log(`wrote ${OUT} (${FIXTURES.join(', ')})`);
}

await main();
