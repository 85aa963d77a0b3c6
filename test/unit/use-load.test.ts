import { describe, expect, it } from 'vitest';
import { failedLoad, NOTHING_LOADED, shownLoad } from '../../renderer/src/app/use-load.ts';
import type { LoadResult } from '../../renderer/src/app/use-load.ts';

/** The deps a screen passes plus the hook's reload counter, as useLoad builds them. */
const fileA = { name: 'sipena-a.db' };
const fileB = { name: 'sipena-b.db' };
const answeredA: LoadResult<string> = { data: 'preview of A', error: null, for: [fileA, 0] };

describe('useLoad: what the screen sees', () => {
  it('is loading with nothing to show before the first answer', () => {
    expect(shownLoad(NOTHING_LOADED, [fileA, 0])).toEqual({ data: undefined, error: null, loading: true });
    expect(shownLoad(NOTHING_LOADED, [fileA, 0], false)).toEqual({ data: undefined, error: null, loading: true });
  });

  it('shows the answer for the current deps, not loading', () => {
    expect(shownLoad(answeredA, [fileA, 0])).toEqual({ data: 'preview of A', error: null, loading: false });
    expect(shownLoad(answeredA, [fileA, 0], false)).toEqual({ data: 'preview of A', error: null, loading: false });
  });

  it('keeps the last value while new deps or a reload load, by default', () => {
    expect(shownLoad(answeredA, [fileB, 0])).toEqual({ data: 'preview of A', error: null, loading: true });
    expect(shownLoad(answeredA, [fileA, 1])).toEqual({ data: 'preview of A', error: null, loading: true });
  });

  it('with keepWhileLoading false, shows neither the last value nor the last failure while the current deps load', () => {
    expect(shownLoad(answeredA, [fileB, 0], false)).toEqual({ data: undefined, error: null, loading: true });
    expect(shownLoad(answeredA, [fileA, 1], false)).toEqual({ data: undefined, error: null, loading: true });
    const failedA: LoadResult<string> = { data: undefined, error: 'Berkas cadangan rusak.', for: [fileA, 0] };
    expect(shownLoad(failedA, [fileB, 0], false)).toEqual({ data: undefined, error: null, loading: true });
    expect(shownLoad(failedA, [fileB, 0])).toEqual({ data: undefined, error: 'Berkas cadangan rusak.', loading: true });
  });

  it('compares deps by identity, as React does', () => {
    expect(shownLoad(answeredA, [{ name: 'sipena-a.db' }, 0], false).loading).toBe(true);
    expect(shownLoad({ data: 1, error: null, for: [NaN, 0] }, [NaN, 0]).loading).toBe(false);
  });
});

describe('useLoad: a failed load', () => {
  it('keeps the last value beside the failure by default (a failed reload still shows the list)', () => {
    const after = failedLoad(answeredA, new Error('Layar terkunci.'), [fileA, 1]);
    expect(after).toEqual({ data: 'preview of A', error: 'Layar terkunci.', for: [fileA, 1] });
    expect(shownLoad(after, [fileA, 1])).toEqual({ data: 'preview of A', error: 'Layar terkunci.', loading: false });
  });

  it("with keepWhileLoading false, drops the last value: the failure of B never shows A's preview", () => {
    const after = failedLoad(answeredA, new Error('Bukan berkas cadangan Sipena.'), [fileB, 0], false);
    expect(shownLoad(after, [fileB, 0], false)).toEqual({ data: undefined, error: 'Bukan berkas cadangan Sipena.', loading: false });
  });

  it("reads a thrown value that is not an Error as text (errorText)", () => {
    expect(failedLoad(NOTHING_LOADED, 'disk penuh', [fileA, 0]).error).toBe('disk penuh');
  });
});
