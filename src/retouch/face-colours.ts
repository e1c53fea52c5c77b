import { defineAnalysis } from '../analyses/define.js';
import { type MakeupParts, makeupParts } from './face-parts.js';
import { type RegionLab, boxPolygon, regionLab } from './region-colour.js';

/** The colour of the skin patches and of the lips, read once for every rule that compares them. */
export interface FaceColours {
  /** The lip and lid outlines from the mesh. */
  readonly parts: MakeupParts;
  readonly skin: RegionLab;
  readonly lips: RegionLab;
}

export const faceColours = defineAnalysis({
  id: 'faceColours',
  needs: ['rgb', 'mesh', 'skinModel'],
  models: [],
  compute({ rgb, mesh, skinModel }) {
    const parts = makeupParts(mesh.points);
    return { parts, skin: regionLab(rgb, skinModel.patches.map(boxPolygon)), lips: regionLab(rgb, [parts.lipsOuter], parts.lipsInner) };
  },
});
