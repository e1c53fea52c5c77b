import { describe, expect, it } from 'vitest';
import { PhotolintError } from '../../src/errors.js';
import { formatJson } from '../../src/cli/reporters/json.js';
import { formatJunit } from '../../src/cli/reporters/junit.js';
import type { PhotoOutcome } from '../../src/cli/reporters/outcome.js';
import { exitCodeOf } from '../../src/cli/reporters/outcome.js';
import { formatPretty } from '../../src/cli/reporters/pretty.js';
import { escapeXml } from '../../src/cli/xml.js';
import { makeResult, makeVerdict } from '../eval/make-verdict.js';
import { assertWellFormedXml } from './well-formed-xml.js';

const sizeFail = makeResult('image-size', 'fail', {
  code: 'wrong-size',
  message: { en: 'The photo is 512×600 px; it must be exactly 480×640 px', zh: '照片为 512×600 像素，应为 480×640 像素' },
  measurements: { width: { value: 512, unit: 'px' }, height: { value: 600, unit: 'px' } },
  limits: { width: { equals: 480, unit: 'px' }, height: { equals: 640, unit: 'px' } },
});
const sizeWarn = makeResult('file-size', 'warn', {
  code: 'too-large',
  message: { en: 'The file is 59.9 KB & <big> "too" \'much\'', zh: '文件太大' },
  measurements: { size: { value: 61306, unit: 'bytes' } },
  limits: { size: { min: 20480, max: 40960, unit: 'bytes' } },
});
const reviewed = makeResult('studio-capture', 'review', { code: 'phone-exif' });
const skipped = makeResult('single-face', 'skipped', { code: 'not-implemented' });
const errored = makeResult('color-24bit', 'error', { code: 'input-truncated', message: { en: 'Truncated\u0001 file', zh: '图像文件不完整' } });
const passed = makeResult('jpeg-format', 'pass', { measurements: { container: { value: 'jpeg', unit: 'format' } }, limits: { container: { equals: 'jpeg', unit: 'format' } } });

const failing: PhotoOutcome = { path: 'a & b/<photo>.jpg', verdict: makeVerdict('a & b/<photo>.jpg', [passed, sizeWarn, sizeFail, skipped, errored, reviewed]) };
const compliant: PhotoOutcome = { path: 'ok.jpg', verdict: makeVerdict('ok.jpg', [passed, sizeWarn]) };
const unreadable: PhotoOutcome = { path: 'notes.jpg', error: new PhotolintError('input-not-an-image', 'Expected an image but received text') };

describe('pretty', () => {
  const plain = { single: true, elapsedMs: 1234, symbols: false, color: false, lang: 'en' } as const;

  it('lists failed rules first, each with its measurements against the limit and its message', () => {
    const lines = formatPretty([failing], plain).split('\n');
    expect(lines[0]).toBe('a & b/<photo>.jpg — 480×640 jpeg, 29.3 KB · profile chsi-2017');
    expect(lines[1]).toMatch(/^ {2}fail {5}image-size +width 512 px vs 480 px; height 600 px vs 640 px +The photo is 512×600 px; it must be exactly 480×640 px$/);
    expect(lines.slice(1, 7).map((line) => line.trim().split(/\s+/)[0])).toEqual(['fail', 'review', 'error', 'warn', 'skipped', 'pass']);
    expect(lines.find((line) => line.includes('file-size'))).toContain('size 61306 bytes vs 20480–40960 bytes');
    expect(lines[7]).toBe('  non_compliant: 1 fail, 1 review, 1 error, 1 warn, 1 skipped, 1 pass · 12 ms');
    expect(lines).toHaveLength(9);
  });

  it('prints Chinese messages with --lang zh', () => {
    expect(formatPretty([failing], { ...plain, lang: 'zh' })).toContain('照片为 512×600 像素，应为 480×640 像素');
  });

  it('adds symbols on a terminal and colours only when asked', () => {
    const symbols = formatPretty([failing], { ...plain, symbols: true });
    expect(symbols).toContain('✗ fail');
    expect(symbols).not.toContain('\u001b[');
    expect(formatPretty([failing], { ...plain, symbols: true, color: true })).toContain('\u001b[31m✗ fail');
  });

  it('ends a batch with a tally, unreadable photos included', () => {
    const text = formatPretty([failing, compliant, unreadable], { ...plain, single: false });
    expect(text).toContain('notes.jpg\n  error    input-not-an-image  Expected an image but received text');
    expect(text.trimEnd().split('\n').at(-1)).toBe('3 photos: 1 compliant, 1 non_compliant, 1 unreadable · 1.23 s');
  });
});

describe('json', () => {
  it('is the verdict itself for a single photo', () => {
    expect(JSON.parse(formatJson([compliant], { single: true, elapsedMs: 0 }))).toEqual(compliant.verdict);
  });

  it('is an array for a batch, a photo without a verdict as {input, error}', () => {
    const parsed = JSON.parse(formatJson([compliant, unreadable], { single: false, elapsedMs: 0 }));
    expect(parsed).toEqual([compliant.verdict, { input: 'notes.jpg', error: { code: 'input-not-an-image', message: 'Expected an image but received text' } }]);
  });
});

describe('junit', () => {
  const xml = formatJunit([failing, compliant, unreadable]);

  it('is well-formed XML', () => {
    expect(() => assertWellFormedXml(xml)).not.toThrow();
    expect(() => assertWellFormedXml('<a><b></a></b>')).toThrow();
    expect(() => assertWellFormedXml('<a x="1 & 2"/>')).toThrow();
  });

  it('has one testsuite per photo and one testcase per rule, with totals', () => {
    expect(xml).toContain('<testsuites name="photolint" tests="9" failures="1" errors="2" skipped="1"');
    expect(xml).toContain('<testsuite name="a &amp; b/&lt;photo&gt;.jpg" tests="6" failures="1" errors="1" skipped="1" time="0.012">');
    expect(xml.match(/<testcase /g)).toHaveLength(9);
  });

  it('maps fail, error and skipped to their elements and notes warn and review', () => {
    expect(xml).toContain('<failure type="wrong-size" message="The photo is 512×600 px; it must be exactly 480×640 px">width 512 px vs 480 px; height 600 px vs 640 px</failure>');
    expect(xml).toContain('<error type="input-truncated" message="Truncated\uFFFD file">');
    expect(xml).toContain('<skipped message="single-face is skipped"/>');
    expect(xml).toContain('<system-out>warn (too-large): The file is 59.9 KB &amp; &lt;big&gt; &quot;too&quot; &apos;much&apos;; size 61306 bytes vs 20480–40960 bytes</system-out>');
    expect(xml).toContain('<system-out>review (phone-exif): studio-capture is review</system-out>');
    expect(xml).toMatch(/<testcase classname="ok.jpg" name="jpeg-format" time="0.001"\/>/);
    expect(xml).toContain('<testcase classname="notes.jpg" name="read" time="0.000">\n      <error type="input-not-an-image" message="Expected an image but received text"/>');
  });

  it('escapes markup, quotes, line breaks and characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>\n\t\r`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#10;&#9;&#13;');
    expect(escapeXml('bell\u0007 \uD800 ok 😀')).toBe('bell\uFFFD \uFFFD ok 😀');
  });
});

describe('exit code', () => {
  it('is 0 when all photos are compliant, 1 when some is not, 2 when some could not be read', () => {
    expect(exitCodeOf([compliant])).toBe(0);
    expect(exitCodeOf([compliant, failing])).toBe(1);
    expect(exitCodeOf([compliant, failing, unreadable])).toBe(2);
  });
});
