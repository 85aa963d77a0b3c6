import { describe, expect, it } from 'vitest';
import { ActionRunner } from '../../renderer/src/app/use-action.ts';
import type { ActionState } from '../../renderer/src/app/use-action.ts';

/** A promise the test settles itself: no timers, the order of events is the test's. */
function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function runner() {
  const published: ActionState[] = [];
  return { published, actions: new ActionRunner((s) => published.push(s)) };
}

describe('ActionRunner (the core of useAction)', () => {
  it('is busy while the action runs and clears the error when it succeeds', async () => {
    const { published, actions } = runner();
    const call = deferred();
    const done = actions.run(() => call.promise);
    expect(published).toEqual([{ busy: true, error: null }]);
    call.resolve();
    await done;
    expect(published).toEqual([{ busy: true, error: null }, { busy: false, error: null }]);
  });

  it("sets the failure's message and clears it on the next run", async () => {
    const { published, actions } = runner();
    await actions.run(() => Promise.reject(new Error('Nomor surat sudah dipakai.')));
    expect(published.at(-1)).toEqual({ busy: false, error: 'Nomor surat sudah dipakai.' });
    const again = deferred();
    const second = actions.run(() => again.promise);
    expect(published.at(-1)).toEqual({ busy: true, error: null });
    again.resolve();
    await second;
    expect(published.at(-1)).toEqual({ busy: false, error: null });
  });

  it('shows what `failed` makes of the failure, nothing when it handled it elsewhere', async () => {
    const { published, actions } = runner();
    const seen: unknown[] = [];
    const stale = { code: 'STALE' };
    await actions.run(() => Promise.reject(stale), (e) => (seen.push(e), null));
    expect(seen).toEqual([stale]);
    expect(published.at(-1)).toEqual({ busy: false, error: null });
    await actions.run(() => Promise.reject('plain text'), (e) => `dibaca: ${String(e)}`);
    expect(published.at(-1)).toEqual({ busy: false, error: 'dibaca: plain text' });
  });

  it('ignores a second run while the first is in flight, and runs again once it is over', async () => {
    const { published, actions } = runner();
    const first = deferred();
    let calls = 0;
    const task = () => {
      calls += 1;
      return first.promise;
    };
    const one = actions.run(task);
    const two = actions.run(task);
    await two;
    expect(calls).toBe(1);
    expect(published).toEqual([{ busy: true, error: null }]);
    first.resolve();
    await one;
    await actions.run(() => {
      calls += 1;
      return Promise.resolve();
    });
    expect(calls).toBe(2);
  });

  it('publishes nothing and calls no failure handler after the component unmounted', async () => {
    const { published, actions } = runner();
    const call = deferred();
    const seen: unknown[] = [];
    const done = actions.run(() => call.promise, (e) => (seen.push(e), 'shown'));
    actions.detach();
    call.reject(new Error('too late'));
    await expect(done).resolves.toBeUndefined();
    expect(published).toEqual([{ busy: true, error: null }]);
    expect(seen).toEqual([]);
  });

  it('is free again after an unmount mid-run, and publishes after a remount (StrictMode mounts twice)', async () => {
    const { published, actions } = runner();
    const call = deferred();
    const done = actions.run(() => call.promise);
    actions.detach();
    call.resolve();
    await done;
    actions.attach();
    await actions.run(() => Promise.reject(new Error('again')));
    expect(published.at(-1)).toEqual({ busy: false, error: 'again' });
  });

  it('forgets the error on clear, keeping whether it is busy', async () => {
    const { published, actions } = runner();
    await actions.run(() => Promise.reject(new Error('gagal')));
    actions.clear();
    expect(published.at(-1)).toEqual({ busy: false, error: null });
    const call = deferred();
    const done = actions.run(() => call.promise);
    actions.clear();
    expect(published.at(-1)).toEqual({ busy: true, error: null });
    call.resolve();
    await done;
  });
});
