import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { clientScript } from '../../electron/web/client-script.ts';
import { serverClientScript } from '../../electron/server/client-script.ts';
import { channels } from '../../shared/ipc/table.ts';

type Api = Record<string, (payload: unknown) => Promise<unknown>>;

/** Runs an injected client script in a bare page-like context whose fetch records every call and answers `{ok: true, value: {n}}`. */
function runScript(script: string): { api: Api; asked: string[] } {
  const asked: string[] = [];
  const storage = new Map<string, string>();
  const window: Record<string, unknown> = { dispatchEvent: () => true, addEventListener: () => undefined };
  const context = {
    window,
    document: { addEventListener: () => undefined, removeEventListener: () => undefined, getElementById: () => null },
    location: { search: '?token=t0k3n' },
    URLSearchParams,
    sessionStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) },
    localStorage: { getItem: () => null },
    Event: class {},
    fetch: async (url: string) => {
      asked.push(decodeURIComponent(url.slice('/ipc/'.length)));
      const n = asked.length;
      return { status: 200, headers: { get: () => null }, json: async () => ({ ok: true, value: { n } }) };
    },
  };
  runInNewContext(script, context);
  return { api: window.api as Api, asked };
}

describe.each([
  ['the browser harness', clientScript(channels)],
  ['the office server', serverClientScript(channels)],
])('the script %s injects', (_name, script) => {
  it('asks the recovery and sign-in status as it runs, before the app has asked anything', () => {
    expect(runScript(script).asked).toEqual(['recovery:status', 'auth:status']);
  });

  it('gives the app\'s first ask of each that answer, and asks the server again after that', async () => {
    const { api, asked } = runScript(script);
    expect(await api['auth:status']!({})).toEqual({ ok: true, value: { n: 2 } });
    expect(await api['recovery:status']!({})).toEqual({ ok: true, value: { n: 1 } });
    expect(asked).toHaveLength(2);
    expect(await api['auth:status']!({})).toEqual({ ok: true, value: { n: 3 } });
    expect(asked).toEqual(['recovery:status', 'auth:status', 'auth:status']);
  });

  it('sends any other call, and a first call with a payload, to the server', async () => {
    const { api, asked } = runScript(script);
    await api['cases:list']!({});
    await api['recovery:status']!({ extra: 1 });
    expect(asked).toEqual(['recovery:status', 'auth:status', 'cases:list', 'recovery:status']);
  });
});
