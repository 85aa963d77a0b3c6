import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc/table.ts';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, payload: unknown) => Promise.resolve({ ok: true, value: { channel, payload } })),
  listeners: new Map<string, (event: unknown, change: unknown) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (channel: string, handler: (event: unknown, change: unknown) => void) => fake.listeners.set(channel, handler),
    removeListener: (channel: string, handler: unknown) => fake.listeners.get(channel) === handler && fake.listeners.delete(channel),
  },
}));

await import('../../electron/preload/index.ts');

describe('preload', () => {
  it('exposes only window.api, with one function per channel, and the live-view subscription', () => {
    expect([...fake.exposed.keys()]).toEqual(['api', 'sipenaEvents']);
    expect(Object.keys(fake.exposed.get('sipenaEvents') as object)).toEqual(['subscribe']);
    const api = fake.exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...channels].sort());
    for (const c of channels) expect(typeof api[c], c).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards each call to ipcRenderer.invoke on its own channel', async () => {
    const api = fake.exposed.get('api') as Record<string, (payload: unknown) => Promise<unknown>>;
    const listCases = api['cases:list'];
    if (!listCases) throw new Error('cases:list missing');
    await expect(listCases({ page: 1 })).resolves.toEqual({ ok: true, value: { channel: 'cases:list', payload: { page: 1 } } });
    expect(fake.invoke).toHaveBeenCalledWith('cases:list', { page: 1 });
  });

  it('hands the page only the change events of sipena:change, and unsubscribes', () => {
    const events = fake.exposed.get('sipenaEvents') as { subscribe: (l: (c: unknown) => void) => () => void };
    const seen: unknown[] = [];
    const unsubscribe = events.subscribe((c) => seen.push(c));
    fake.listeners.get('sipena:change')!({ sender: 'ipc' }, { kind: 'case', id: 1, version: 2 });
    expect(seen).toEqual([{ kind: 'case', id: 1, version: 2 }]);
    unsubscribe();
    expect(fake.listeners.has('sipena:change')).toBe(false);
  });
});
