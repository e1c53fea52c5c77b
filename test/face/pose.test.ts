import { describe, expect, it } from 'vitest';
import { FRONTAL_FACE } from '../../src/analyses/face-reference.js';
import { headPose } from '../../src/analyses/pose.js';
import type { DetectedFace, FaceMesh, Point3 } from '../../src/analyses/types.js';
import { judgeRange } from '../../src/checks/judge-range.js';

const reference: Point3[] = Array.from({ length: FRONTAL_FACE.length / 3 }, (_, i) => [FRONTAL_FACE[3 * i]!, FRONTAL_FACE[3 * i + 1]!, FRONTAL_FACE[3 * i + 2]!]);
const rad = (deg: number) => (deg * Math.PI) / 180;

/** The reference face nodded by `pitchDeg` (chin forward), then turned by `yawDeg` (subject's left side back), scaled and moved into an image. */
function posedMesh(yawDeg: number, pitchDeg: number): FaceMesh {
  const [cy, sy, cp, sp] = [Math.cos(rad(yawDeg)), Math.sin(rad(yawDeg)), Math.cos(rad(pitchDeg)), Math.sin(rad(pitchDeg))];
  const points = reference.map(([x, y, z]): Point3 => {
    const [y1, z1] = [y * cp + z * sp, z * cp - y * sp];
    const [x2, z2] = [x * cy - z1 * sy, x * sy + z1 * cy];
    return [240 + 120 * x2, 300 + 120 * y1, 120 * z2];
  });
  return { points, score: 1, face: {} as DetectedFace };
}

describe('head pose against the frontal reference face', () => {
  it('reads the reference itself as frontal', () => {
    const pose = headPose(posedMesh(0, 0));
    expect(Math.abs(pose.yaw)).toBeLessThan(1e-6);
    expect(Math.abs(pose.pitch)).toBeLessThan(1e-6);
  });

  it.each([
    [7, 0],
    [-12, 0],
    [0, 6],
    [0, -9],
    [8, -5],
  ])('recovers yaw %d° and pitch %d° with their signs', (yaw, pitch) => {
    const pose = headPose(posedMesh(yaw, pitch));
    expect(pose.yaw).toBeCloseTo(yaw, 6);
    expect(pose.pitch).toBeCloseTo(pitch, 6);
  });
});

describe('range judgement with a measurement uncertainty', () => {
  const judge = (value: number) => judgeRange({ name: 'yaw', value, unit: 'deg', limit: { max: 5 }, uncertainty: 2, what: { en: 'Yaw', zh: '偏转' }, codes: { below: 'turned', above: 'turned' } });

  it('passes within the limit, reviews up to the uncertainty beyond it, fails further out', () => {
    expect([judge(4.9).status, judge(6.5).status, judge(7.5).status]).toEqual(['pass', 'review', 'fail']);
    expect(judge(6.5).message.en).toContain('borderline');
    expect(judge(6.5).code).toBe('turned');
  });
});
