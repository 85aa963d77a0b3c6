import { describe, expect, it } from 'vitest';
import { failedLoad, LoadRunner, NOTHING_LOADED, shownLoad } from '../../renderer/src/app/use-load.ts';
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

/** A promise the test settles itself: no timers, the order of events is the test's. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets the settled promises' handlers run. */
const settled = () => new Promise<void>((res) => setImmediate(res));

interface Row {
  id: number;
  name: string;
}

/** A LoadRunner with its state held as useLoad's setState would, and a count of asks-again. */
function loader() {
  const held = { result: NOTHING_LOADED as LoadResult<Row[]>, again: 0 };
  const runner = new LoadRunner<Row[]>(
    (next) => {
      held.result = next(held.result);
    },
    () => {
      held.again += 1;
    },
  );
  return { held, runner };
}

const budi: Row = { id: 1, name: 'Budi' };
const sari: Row = { id: 2, name: 'Sari' };
const renamed = (rows: Row[] | undefined) => rows?.map((r) => (r.id === 1 ? { id: 1, name: 'Budi Santoso' } : r));

describe('useLoad: its core, LoadRunner', () => {
  it('lands the answer for the deps it was started with', async () => {
    const { held, runner } = loader();
    runner.start(() => Promise.resolve([budi]), [0]);
    await settled();
    expect(held.result).toEqual({ data: [budi], error: null, for: [0] });
  });

  it('drops the answer of a load stopped because the deps changed (the old answer arrives last)', async () => {
    const { held, runner } = loader();
    const old = deferred<Row[]>();
    const stop = runner.start(() => old.promise, ['a', 0]);
    stop();
    runner.start(() => Promise.resolve([sari]), ['b', 0]);
    await settled();
    old.resolve([budi]);
    await settled();
    expect(held.result).toEqual({ data: [sari], error: null, for: ['b', 0] });
  });

  it('setData replaces the value held at once, keeps which deps it answers, and asks nothing again when no load is in flight', async () => {
    const { held, runner } = loader();
    runner.start(() => Promise.resolve([budi, sari]), [0]);
    await settled();
    runner.set(renamed);
    expect(held.result).toEqual({ data: [{ id: 1, name: 'Budi Santoso' }, sari], error: null, for: [0] });
    expect(shownLoad(held.result, [0])).toEqual({ data: [{ id: 1, name: 'Budi Santoso' }, sari], error: null, loading: false });
    expect(held.again).toBe(0);
  });

  it('setData during a reload: the answer asked for before it is dropped (it never overwrites the set value) and the load is asked again', async () => {
    const { held, runner } = loader();
    runner.start(() => Promise.resolve([budi, sari]), [0]);
    await settled();
    // A reload asked before the save answers after the save's patch, with the rows from before it.
    const before = deferred<Row[]>();
    const stop = runner.start(() => before.promise, [1]);
    runner.set(renamed);
    expect(held.again).toBe(1);
    before.resolve([budi, sari]);
    await settled();
    expect(held.result.data).toEqual([{ id: 1, name: 'Budi Santoso' }, sari]);
    // Still loading for the current deps, the patched value on screen meanwhile.
    expect(shownLoad(held.result, [1])).toEqual({ data: [{ id: 1, name: 'Budi Santoso' }, sari], error: null, loading: true });
    // The hook bumps its counter: the old load is stopped and a new one runs; its answer is the last word.
    stop();
    runner.start(() => Promise.resolve([{ id: 1, name: 'Budi Santoso' }, sari, { id: 3, name: 'Tono' }]), [2]);
    await settled();
    expect(shownLoad(held.result, [2])).toEqual({ data: [{ id: 1, name: 'Budi Santoso' }, sari, { id: 3, name: 'Tono' }], error: null, loading: false });
  });

  it("setData during a load also drops that load's failure", async () => {
    const { held, runner } = loader();
    const before = deferred<Row[]>();
    runner.start(() => before.promise, [0]);
    runner.set(() => [budi]);
    before.reject(new Error('Layar terkunci.'));
    await settled();
    expect(held.result).toEqual({ data: [budi], error: null, for: null });
    expect(held.again).toBe(1);
  });

  it('a stopped load is not in flight: setData then asks nothing again, and the next deps load as usual', async () => {
    const { held, runner } = loader();
    const stop = runner.start(() => deferred<Row[]>().promise, ['a', 0]);
    stop();
    runner.set(() => [budi]);
    expect(held.again).toBe(0);
    runner.start(() => Promise.resolve([sari]), ['b', 0]);
    await settled();
    expect(held.result).toEqual({ data: [sari], error: null, for: ['b', 0] });
  });

  it('setData keeps the last failure beside the value (only an answer clears it)', async () => {
    const { held, runner } = loader();
    runner.start(() => Promise.reject(new Error('Layar terkunci.')), [0]);
    await settled();
    runner.set(() => [budi]);
    expect(shownLoad(held.result, [0])).toEqual({ data: [budi], error: 'Layar terkunci.', loading: false });
  });

  it('gives the updater undefined before the first answer', () => {
    const { held, runner } = loader();
    const seen: unknown[] = [];
    runner.set((rows) => (seen.push(rows), rows));
    expect(seen).toEqual([undefined]);
    expect(held.result).toEqual(NOTHING_LOADED);
  });
});
