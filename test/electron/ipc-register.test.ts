import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../electron/main/app-context.ts';
import type { Handlers } from '../../electron/main/ipc/dispatch.ts';
import { channels } from '../../shared/ipc/table.ts';

type Listener = (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<unknown>;

const registered = vi.hoisted(() => new Map<string, Listener>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { registerIpc } = await import('../../electron/main/ipc.ts');

const ctx = { language: () => 'en', appVersion: '0.0.0-test' } as unknown as AppContext;
const info = vi.fn(() => ({ version: 'v', dataDir: '/d', actor: 'a', language: 'en' as const }));
const handlers = {
  'system:info': info,
  'system:setLanguage': vi.fn(),
  'catalogue:violations': vi.fn(),
  'cases:create': vi.fn(),
  'cases:list': vi.fn(),
  'cases:get': vi.fn(),
} as unknown as Handlers;

function call(channel: string, url: string | null, payload: unknown = {}): Promise<unknown> {
  const listener = registered.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener({ senderFrame: url === null ? null : { url } }, payload);
}

describe('registerIpc', () => {
  let unregister: () => void = () => {};
  beforeEach(() => {
    unregister();
    vi.clearAllMocks();
    unregister = registerIpc(ctx, handlers);
  });

  it('registers exactly the channels of the IPC table', () => {
    expect([...registered.keys()].sort()).toEqual([...channels].sort());
  });

  it('answers FORBIDDEN to untrusted senders without running the handler', async () => {
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', 'http://localhost:5173/', 'about:blank', null]) {
      const answer = await call('system:info', url);
      expect(answer, String(url)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'You are not allowed to do this.' } });
    }
    expect(info).not.toHaveBeenCalled();
  });

  it('passes trusted calls through dispatch to the handler', async () => {
    const answer = await call('system:info', 'app://sipena/index.html');
    expect(answer).toEqual({ ok: true, value: { version: 'v', dataDir: '/d', actor: 'a', language: 'en' } });
    expect(info).toHaveBeenCalledTimes(1);
  });

  it('still validates trusted payloads (dispatch parses with the channel schema)', async () => {
    const answer = (await call('system:info', 'app://sipena/index.html', { extra: 1 })) as { ok: boolean; error?: { code: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('INVALID_INPUT');
    expect(info).not.toHaveBeenCalled();
  });

  it('trusts the dev server only when it is passed in', async () => {
    unregister();
    unregister = registerIpc(ctx, handlers, 'http://localhost:5173');
    expect(await call('system:info', 'http://localhost:5173/')).toMatchObject({ ok: true });
    expect(await call('system:info', 'http://localhost:9999/')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('unregisters every channel', () => {
    unregister();
    unregister = () => {};
    expect(registered.size).toBe(0);
  });
});
