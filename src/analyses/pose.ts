import { defineAnalysis } from './define.js';
import { DEG_PER_RAD, lineAngleDeg, midpoint } from './geometry.js';
import { MESH } from './landmarks.js';
import type { FaceMesh, HeadPose, Point3 } from './types.js';

/**
 * The mesh's pitch axis (forehead top → chin) leans back this much, in degrees, when a face
 * looks straight at the camera: the forehead sits behind the chin in the mesh's depth. Measured
 * as the median over the frontal faces of the dev set (see tools/calibrate-face.ts).
 */
const NEUTRAL_PITCH_DEG = -10;

/**
 * Head orientation from the mesh.
 * - roll: the angle of the line between the eye centres (each the midpoint of its corners, so
 *   it does not move with the gaze), + clockwise on screen.
 * - yaw and pitch: after undoing the roll, the depth slope of the cheek-to-cheek axis (234→454,
 *   averaged with the outer eye corners 33→263) and of the forehead-to-chin axis (10→152).
 *   The mesh's z grows away from the camera, so a face turned to the subject's left pushes the
 *   left cheek back (yaw +) and a raised chin pulls the chin forward (pitch +).
 */
export const pose = defineAnalysis({
  id: 'pose',
  needs: ['mesh'],
  models: [],
  compute: ({ mesh }) => headPose(mesh),
});

export function headPose(mesh: FaceMesh): HeadPose {
  const p = (index: number): Point3 => mesh.points[index]!;
  const xy = (q: Point3) => [q[0], q[1]] as const;
  const rightEye = midpoint(xy(p(MESH.rightEye.outer)), xy(p(MESH.rightEye.inner)));
  const leftEye = midpoint(xy(p(MESH.leftEye.outer)), xy(p(MESH.leftEye.inner)));
  const roll = lineAngleDeg(rightEye, leftEye);
  const unroll = rotateZ(-roll / DEG_PER_RAD);
  const across = [
    difference(unroll(p(MESH.leftCheek)), unroll(p(MESH.rightCheek))),
    difference(unroll(p(MESH.leftEye.outer)), unroll(p(MESH.rightEye.outer))),
  ];
  const yaw = (across.map(([dx, , dz]) => Math.atan2(dz, dx)).reduce((a, b) => a + b) / across.length) * DEG_PER_RAD;
  const [, dy, dz] = difference(unroll(p(MESH.chin)), unroll(p(MESH.foreheadTop)));
  const pitch = Math.atan2(-dz, dy) * DEG_PER_RAD - NEUTRAL_PITCH_DEG;
  return { yaw, pitch, roll };
}

function rotateZ(angle: number): (q: Point3) => Point3 {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return ([x, y, z]) => [x * cos - y * sin, x * sin + y * cos, z];
}

function difference(a: Point3, b: Point3): Point3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
