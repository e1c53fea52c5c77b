import { z } from 'zod';
import type { FaceZones, Sides } from '../analyses/face-zones.js';
import type { Box } from '../analyses/types.js';
import type { HairOverFeatures } from '../accessories/hair-features.js';
import { accessoryParams, boxRegion, cannotJudge, isReliable, scoreOf, searchedRegion, skipReason, weakRuleFinding } from '../accessories/judging.js';
import { type LinearModel, probabilityFor } from '../accessories/linear-model.js';
import type { ModelInputs } from '../accessories/model-inputs.js';
import type { Message } from '../verdict.js';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

interface HairOverSpec<Id extends string> {
  readonly id: Id;
  readonly title: Message;
  /** What hair must not cover, in the messages ("the eyebrows" / "眉毛"). */
  readonly part: Message;
  readonly model: LinearModel;
  readonly inputs: (f: HairOverFeatures) => ModelInputs;
  readonly zones: (zones: FaceZones) => Sides<Box>;
}

/** A rule "hair must not cover <part>": hair-coloured pixels (the photo's own hair model) over the part's zones. */
export function hairOverCheck<const Id extends string>(spec: HairOverSpec<Id>) {
  return defineCheck({
    id: spec.id,
    title: spec.title,
    needs: ['rgb', 'pose', 'faceZones', 'skinModel', 'hairOver'],
    params: z.object(accessoryParams).strict(),
    judge(inputs, params) {
      const sides = spec.zones(inputs.faceZones);
      const looked = [searchedRegion(`right ${spec.part.en}`, sides.right), searchedRegion(`left ${spec.part.en}`, sides.left)];
      const reason = skipReason(inputs, params, [sides.right, sides.left], true);
      if (reason) return cannotJudge(reason, spec.title.en, spec.title.zh, looked);
      const f = inputs.hairOver;
      if (!f) {
        return { status: 'pass', code: 'no-distinct-hair', regions: looked, message: { en: `No hair distinct from the skin near ${spec.part.en}`, zh: `${spec.part.zh}附近无与皮肤可区分的头发` } };
      }
      const modelInputs = spec.inputs(f);
      const probability = probabilityFor(spec.model, modelInputs);
      const measurements = {
        hairProbability: measured(probability, 'probability'),
        ...Object.fromEntries(Object.entries(modelInputs).map(([name, value]) => [name, measured(value, 'share')])),
      };
      const base = { measurements, limits: { hairProbability: { max: params.threshold, unit: 'probability' } }, score: scoreOf(probability) };
      const found = [boxRegion('hair', sides.right), boxRegion('hair', sides.left)];
      if (!isReliable(spec.model)) {
        const what = { title: spec.title.en, titleZh: spec.title.zh, seen: `Hair over ${spec.part.en}`, seenZh: `头发遮挡${spec.part.zh}` };
        return weakRuleFinding(spec.model, probability, what, base, looked, found);
      }
      if (probability < params.threshold) return { ...base, status: 'pass', code: 'ok', regions: looked, message: { en: `Hair leaves ${spec.part.en} clear`, zh: `头发未遮挡${spec.part.zh}` } };
      return { ...base, status: 'fail', code: 'hair-covers', regions: [...looked, ...found], message: { en: `Hair covers ${spec.part.en}`, zh: `头发遮挡${spec.part.zh}` } };
    },
  });
}
