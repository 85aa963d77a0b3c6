import { describe, expect, it } from 'vitest';
import { terbilang, TERBILANG_MAX } from '../../shared/indonesian/terbilang.ts';

describe('terbilang', () => {
  const cases: [number, string][] = [
    [0, 'nol'],
    [1, 'satu'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [115, 'seratus lima belas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [1945, 'seribu sembilan ratus empat puluh lima'],
    [2000, 'dua ribu'],
    [2024, 'dua ribu dua puluh empat'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [999_999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [1_000_000, 'satu juta'],
    [1_000_001, 'satu juta satu'],
    [1_001_000, 'satu juta seribu'],
    [2_500_000, 'dua juta lima ratus ribu'],
    [100_000_000, 'seratus juta'],
    [1_000_000_000, 'satu miliar'],
  ];

  it.each(cases)('%i -> %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('writes the largest supported number', () => {
    expect(terbilang(TERBILANG_MAX)).toBe(
      'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta ' +
        'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    );
  });

  it.each([-1, 1_000_000_000_000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (n) => {
    expect(() => terbilang(n)).toThrow(RangeError);
  });
});
