import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/checks/index.js';
import { PhotolintError } from '../../src/errors.js';
import { PROFILES } from '../../src/profiles/index.js';
import { resolveProfile } from '../../src/profiles/resolve.js';

function thrown(run: () => unknown): PhotolintError {
  try {
    run();
  } catch (error) {
    if (error instanceof PhotolintError) return error;
    throw error;
  }
  throw new Error('expected a PhotolintError, nothing was thrown');
}

describe('profiles', () => {
  it('chsi-2017 lists every rule of the standard, in registry order', () => {
    const profile = resolveProfile('chsi-2017');
    expect(profile.rules.map((rule) => rule.check.id)).toEqual(RULE_IDS);
  });

  it('fills parameters with the numbers of the standard', () => {
    const byId = new Map(resolveProfile('chsi-2017').rules.map((rule) => [rule.check.id, rule]));
    expect(byId.get('image-size')?.params).toEqual({ width: 480, height: 640 });
    expect(byId.get('jpeg-quality')?.params).toEqual({ minQuality: 60 });
    expect(byId.get('density')?.params).toEqual({ dpi: 300, tolerance: 0.5 });
    expect(byId.get('density')?.severity).toBe('warning');
    expect(byId.get('file-size')?.params).toEqual({ minBytes: 20 * 1024, maxBytes: 40 * 1024 });
  });

  it('applies overrides: a severity alone, or parameters', () => {
    const profile = resolveProfile('chsi-2017', { density: 'off', 'file-size': { severity: 'error', params: { maxBytes: 60 * 1024 } } });
    const ids = profile.rules.map((rule) => rule.check.id);
    expect(ids).not.toContain('density');
    const fileSize = profile.rules.find((rule) => rule.check.id === 'file-size');
    expect(fileSize?.severity).toBe('error');
    expect(fileSize?.params).toEqual({ minBytes: 20 * 1024, maxBytes: 60 * 1024 });
  });

  it('rejects an unknown profile id, naming the known ones', () => {
    const error = thrown(() => resolveProfile('chsi-2018'));
    expect(error.code).toBe('unknown-profile');
    expect(error.message).toBe('Expected one of chsi-2017, sztu-2022 for profile but received "chsi-2018" of type string');
  });

  it('rejects an unknown rule id in overrides, suggesting the near one', () => {
    const error = thrown(() => resolveProfile('chsi-2017', { 'image-sise': 'off' } as never));
    expect(error.code).toBe('unknown-rule');
    expect(error.message).toContain('Unknown rule "image-sise" in profile chsi-2017 (did you mean "image-size"?)');
  });

  it('rejects an unknown parameter, naming rule and parameter', () => {
    const error = thrown(() => resolveProfile('chsi-2017', { 'image-size': { params: { widht: 480 } } }));
    expect(error.code).toBe('invalid-profile');
    expect(error.message).toBe('Invalid parameters for rule image-size in profile chsi-2017: unknown parameter "widht"');
  });

  it('rejects a parameter of the wrong kind', () => {
    const error = thrown(() => resolveProfile('chsi-2017', { 'jpeg-quality': { params: { minQuality: 'high' } } }));
    expect(error.code).toBe('invalid-profile');
    expect(error.message).toMatch(/^Invalid parameters for rule jpeg-quality in profile chsi-2017: parameter "minQuality": /);
  });

  it('rejects inconsistent parameters', () => {
    const error = thrown(() => resolveProfile('chsi-2017', { 'file-size': { params: { minBytes: 50_000, maxBytes: 10_000 } } }));
    expect(error.message).toContain('parameter "maxBytes": maxBytes must be at least minBytes');
  });

  it('validates a profile given as an object, strictly', () => {
    const custom = { ...PROFILES['chsi-2017'], id: 'custom', colour: 'blue' };
    const error = thrown(() => resolveProfile(custom as never));
    expect(error.code).toBe('invalid-profile');
    expect(error.message).toContain('colour');
    const severity = thrown(() => resolveProfile({ ...PROFILES['chsi-2017'], rules: { density: { severity: 'fatal' } } } as never));
    expect(severity.message).toContain('profile.rules.density.severity');
  });

  it('accepts a valid custom profile with only some rules', () => {
    const profile = resolveProfile({ id: 'file-only', title: { en: 'File only', zh: '仅文件' }, source: 'test', rules: { 'image-size': { params: { width: 358, height: 441 } } } });
    expect(profile.rules).toHaveLength(1);
    expect(profile.rules[0]?.params).toEqual({ width: 358, height: 441 });
  });
});
