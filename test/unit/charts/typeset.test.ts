import { describe, expect, it } from 'vitest';
import { hasScripts, typesetParts, typesetPlain } from '../../../src/charts/typeset';

describe('typesetting the labels’ notation', () => {
  it('splits braced and bare sub- and superscripts', () => {
    expect(typesetParts('E[X_{K:P}]')).toEqual([
      { text: 'E[X', script: null },
      { text: 'K:P', script: 'sub' },
      { text: ']', script: null },
    ]);
    expect(typesetParts('η_max = 8')).toEqual([
      { text: 'η', script: null },
      { text: 'max', script: 'sub' },
      { text: ' = 8', script: null },
    ]);
    expect(typesetParts('b_crit (M = 100)')[1]).toEqual({ text: 'crit', script: 'sub' });
    expect(typesetParts('M_G/m')).toEqual([
      { text: 'M', script: null },
      { text: 'G', script: 'sub' },
      { text: '/m', script: null },
    ]);
    expect(typesetParts('σ_⋆^2')).toEqual([
      { text: 'σ', script: null },
      { text: '⋆', script: 'sub' },
      { text: '2', script: 'sup' },
    ]);
    expect(
      typesetParts('E[T_sync]/E[T_async]')
        .filter((p) => p.script === 'sub')
        .map((p) => p.text),
    ).toEqual(['sync', 'async']);
  });

  it('leaves snake_case, file names, lone marks and plain text alone', () => {
    for (const text of [
      'measured_times.csv',
      'tune_on',
      'a _ b',
      'x^ y',
      'Speedup against batch size',
      '2^',
    ]) {
      expect(typesetParts(text), text).toEqual([{ text, script: null }]);
      expect(hasScripts(text)).toBe(false);
    }
  });

  it('writes plain text with Unicode scripts where they exist, else without the braces', () => {
    expect(typesetPlain('η_max')).toBe('ηₘₐₓ');
    expect(typesetPlain('w_{j+1}')).toBe('wⱼ₊₁');
    expect(typesetPlain('σ^2')).toBe('σ²');
    expect(typesetPlain('E[X_{K:P}]')).toBe('E[X_K:P]');
    expect(typesetPlain('M_G')).toBe('M_G');
    expect(typesetPlain('no scripts here')).toBe('no scripts here');
  });
});
