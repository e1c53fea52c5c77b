import { z } from 'zod';
import { EXPRESSIONS, type Expression } from '../analyses/types.js';
import { defineCheck } from './define.js';
import { eyeOutline, lipGap, lipRegion } from './face-measures.js';
import { round } from './judge-range.js';
import { EYE_LIMITS, readEyes } from './eyes-open.js';
import { LIP_GAP_DEFAULT } from './lips-closed.js';
import { measured, rangeScore } from './measure.js';
import { coveredMouth } from './mouth-visible.js';

/** Expressions that are never natural when the model is sure of them: a grimace, surprise, fear… */
const STRONG: readonly Expression[] = ['angry', 'disgust', 'fear', 'sad', 'surprise'];

const TITLE = { en: 'Natural expression', zh: '表情自然' };

/**
 * Neutral or a closed-lip slight smile passes. An open mouth (a broad or toothy smile, a laugh,
 * surprise) fails by the lip gap, which the emotion model cannot see reliably on a 64-px crop;
 * a wink (one eye closed, the other open, as eyes-open judges them with its default limits)
 * fails, as the FER classes have none; a grimace or other strong expression fails when the
 * emotion model is sure of it.
 * "happy" alone does not fail: with closed lips it is the slight smile the standard allows.
 * A covered mouth hides most of the expression: not judged.
 */
export const naturalExpression = defineCheck({
  id: 'natural-expression',
  title: TITLE,
  needs: ['rgb', 'irises', 'mesh', 'skinModel', 'faceColours', 'expression'],
  params: z
    .object({
      maxLipGap: z.number().positive().max(1).default(LIP_GAP_DEFAULT),
      maxStrongExpression: z.number().positive().max(1).default(0.9),
    })
    .strict(),
  judge(inputs, { maxLipGap, maxStrongExpression }) {
    const { mesh, expression } = inputs;
    const regions = [lipRegion(mesh)];
    const covered = coveredMouth(inputs, TITLE, regions);
    if (covered) return covered;
    const gap = lipGap(mesh);
    const strongest = STRONG.reduce((best, name) => (expression.probabilities[name] > expression.probabilities[best] ? name : best));
    const strongScore = expression.probabilities[strongest];
    const open = gap > maxLipGap;
    const { closed } = readEyes(inputs.rgb, inputs.irises, EYE_LIMITS);
    const wink = closed.length === 1;
    const strong = strongScore > maxStrongExpression;
    const measurements = {
      lipGap: measured(round(gap), 'ratio'),
      winkingEye: measured(wink ? closed[0]! : 'none', 'eye'),
      strongExpression: measured(round(strongScore), 'probability'),
      ...Object.fromEntries(EXPRESSIONS.map((name) => [name, measured(round(expression.probabilities[name]), 'probability')])),
    };
    return {
      status: open || wink || strong ? 'fail' : 'pass',
      code: open ? 'mouth-open' : wink ? 'wink' : strong ? `expression-${strongest}` : 'ok',
      message: open
        ? { en: `The mouth is open (lip gap ${round(gap)} of the mouth width, at most ${maxLipGap}): a broad smile, laugh or surprise is not a natural expression`, zh: '嘴巴张开（露齿笑、大笑或惊讶），表情不自然' }
        : wink
          ? { en: `The subject's ${closed[0]} eye is closed and the other open: a wink is not a natural expression`, zh: '单眼闭合（眨眼），表情不自然' }
          : strong
          ? { en: `The expression reads as ${strongest} (${round(strongScore)}, at most ${maxStrongExpression})`, zh: `表情不自然（${strongest}）` }
          : { en: `Natural expression (lips closed; ${STRONG.includes(expression.top) ? `the model's top class, ${expression.top}, is only ${round(strongScore)}` : expression.top})`, zh: '表情自然' },
      measurements,
      limits: { lipGap: { max: maxLipGap, unit: 'ratio' }, winkingEye: { equals: 'none', unit: 'eye' }, strongExpression: { max: maxStrongExpression, unit: 'probability' } },
      // A wink has no degree here: it is clearly not natural.
      score: Math.min(rangeScore(gap, { max: maxLipGap }), rangeScore(strongScore, { max: maxStrongExpression }), wink ? 0 : 100),
      regions: wink ? [...regions, { kind: 'polygon', label: `closed ${closed[0]} eye`, points: eyeOutline(inputs.irises[closed[0]!]) }] : regions,
    };
  },
});
