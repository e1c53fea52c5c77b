import { describe, expect, it } from 'vitest';
import { loadLabels, parseLabels } from '../../src/eval/labels.js';

const entry = {
  file: 'a.jpg',
  faces: 1,
  background_ok: true,
  frontal: true,
  eyes_open: true,
  mouth_closed: null,
  glasses: false,
  headwear: false,
  earrings: null,
  necklace: false,
  hair_occludes_brows_or_eyes: false,
  hair_covers_ears: false,
  clothing_blue: false,
  clothing_patterned: false,
  heavy_retouch: false,
  expression: 'neutral',
  expected_overall: null,
  notes: 'ignored',
};

const set = (images: unknown[], count = images.length) => ({ conventions: { values: 'true / false / null' }, count, images });

describe('labels', () => {
  it('accepts the labels format and keeps the fields it scores', () => {
    const labels = parseLabels(set([entry]), 'labels.json');
    expect(labels.images[0]).toMatchObject({ file: 'a.jpg', mouth_closed: null, expression: 'neutral' });
  });

  it('names the entry and the field of a wrong value', () => {
    const bad = set([entry, { ...entry, file: 'b.jpg', frontal: 'yes' }]);
    expect(() => parseLabels(bad, 'labels.json')).toThrow(/Invalid labels file "labels.json": images\[1\] \("b.jpg"\) field "frontal": .*boolean/);
  });

  it('names a missing field and an unknown expression', () => {
    const { glasses: _, ...withoutGlasses } = entry;
    expect(() => parseLabels(set([withoutGlasses]), 'l.json')).toThrow(/images\[0\] \("a.jpg"\) field "glasses"/);
    expect(() => parseLabels(set([{ ...entry, expression: 'grin' }]), 'l.json')).toThrow(/field "expression"/);
  });

  it('refuses a count that differs from the entries, and a repeated file', () => {
    expect(() => parseLabels(set([entry], 2), 'l.json')).toThrow(/"count" is 2 but "images" has 1 entries/);
    expect(() => parseLabels(set([entry, entry]), 'l.json')).toThrow(/images\[1\] repeats the file "a.jpg"/);
  });

  it('says where the development set lives when the file is missing', async () => {
    await expect(loadLabels('/nonexistent/labels.json')).rejects.toMatchObject({
      code: 'input-not-found',
      message: expect.stringContaining('not found; the portraits-dev set lives in ../shared/data/portraits-dev'),
    });
  });
});
