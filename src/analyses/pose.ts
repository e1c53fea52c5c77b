import { Matrix } from 'ml-matrix';
import { defineAnalysis } from './define.js';
import { FRONTAL_FACE } from './face-reference.js';
import { DEG_PER_RAD, lineAngleDeg, midpoint } from './geometry.js';
import { MESH } from './landmarks.js';
import { centred, rotationOnto } from './rigid.js';
import type { FaceMesh, HeadPose, Point3 } from './types.js';

const REFERENCE = new Matrix(Array.from({ length: FRONTAL_FACE.length / 3 }, (_, i) => FRONTAL_FACE.slice(3 * i, 3 * i + 3)));

/**
 * Head orientation from the mesh.
 * - roll: the angle of the line between the eye centres (each the midpoint of its corners, so
 *   it does not move with the gaze), + clockwise on screen.
 * - yaw and pitch: the rotation that best turns the frontal reference face (a left/right
 *   symmetric face, see tools/make-face-reference.ts) onto all 468 mesh points (Kabsch),
 *   split as roll · yaw · pitch. The mesh's z grows away from the camera, so a face turned to
 *   the subject's left pushes the left cheek back (yaw +) and a raised chin comes forward (pitch +).
 *   On the dev set's frontal faces this yaw agrees with a fit of the reference to the mesh's
 *   image positions alone (no depth) within 1.1° (SD), pitch within 2.5°.
 */
export const pose = defineAnalysis({
  id: 'pose',
  needs: ['mesh'],
  models: [],
  compute: ({ mesh }) => headPose(mesh),
});

export function headPose(mesh: FaceMesh): HeadPose {
  const eye = (corners: { outer: number; inner: number }) => midpoint(xy(mesh.points[corners.outer]!), xy(mesh.points[corners.inner]!));
  const roll = lineAngleDeg(eye(MESH.rightEye), eye(MESH.leftEye));
  const r = rotationOnto(REFERENCE, centred(mesh.points.slice(0, REFERENCE.rows)));
  const yaw = Math.atan2(r.get(2, 0), Math.hypot(r.get(2, 1), r.get(2, 2))) * DEG_PER_RAD;
  const pitch = Math.atan2(-r.get(2, 1), r.get(2, 2)) * DEG_PER_RAD;
  return { yaw, pitch, roll };
}

const xy = (q: Point3) => [q[0], q[1]] as const;
