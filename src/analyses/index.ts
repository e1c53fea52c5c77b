import type { ModelId } from '../runtime/manifest.js';
import type { Analysis } from './define.js';
import { background } from './background.js';
import { faceZones } from './face-zones.js';
import { hairModel } from './hair-model.js';
import { earCover } from '../accessories/ear-features.js';
import { hairOver } from '../accessories/hair-features.js';
import { expression } from './expression.js';
import { face } from './face.js';
import { faces } from './faces.js';
import { garment } from './garment.js';
import { head } from './head.js';
import { irises } from './irises.js';
import { lab } from './lab.js';
import { mesh } from './mesh.js';
import { personMask } from './person-mask.js';
import { pose } from './pose.js';
import { rgb } from './rgb.js';
import { skinModel } from './skin-model.js';
import { faceColours } from '../retouch/face-colours.js';
import type { AnalysisId } from './types.js';

type Computed = Exclude<AnalysisId, 'file'>;

/** The only registration point of analyses. `file` is not computed: the checker reads it. */
export const ANALYSES: { readonly [K in Computed]: Analysis<K> } = {
  rgb,
  lab,
  background,
  garment,
  faceZones,
  skinModel,
  hairModel,
  earCover,
  hairOver,
  faceColours,
  faces,
  face,
  mesh,
  irises,
  pose,
  expression,
  personMask,
  head,
};

/** Every analysis that computing `ids` involves, dependencies included. */
export function analysisClosure(ids: Iterable<AnalysisId>): Set<AnalysisId> {
  const seen = new Set<AnalysisId>();
  const visit = (id: AnalysisId): void => {
    if (seen.has(id)) return;
    seen.add(id);
    if (id !== 'file') for (const need of ANALYSES[id].needs) visit(need);
  };
  for (const id of ids) visit(id);
  return seen;
}

/** The models that computing `ids` loads. */
export function modelsFor(ids: Iterable<AnalysisId>): Set<ModelId> {
  const models = new Set<ModelId>();
  for (const id of analysisClosure(ids)) if (id !== 'file') for (const model of ANALYSES[id].models) models.add(model);
  return models;
}
