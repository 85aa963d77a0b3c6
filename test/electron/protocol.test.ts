import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security-policy.ts';

const fake = vi.hoisted(() => ({
  schemes: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.handlers.set(scheme, handler),
  },
}));

const { registerAppScheme, serveAppProtocol } = await import('../../electron/main/protocol.ts');

const parent = mkdtempSync(join(tmpdir(), 'sipena-protocol-'));
const rendererDir = join(parent, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Sipena</title>');
writeFileSync(join(rendererDir, 'assets', 'main.js'), 'export {};');
writeFileSync(join(parent, 'secret.txt'), 'outside the renderer');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

function get(url: string, method = 'GET'): Promise<Response> {
  const handler = fake.handlers.get('app');
  if (!handler) throw new Error('app scheme not handled');
  // Node's Request rejects unknown schemes, so pass a minimal request-shaped object.
  return handler({ url, method } as Request);
}

describe('app:// protocol', () => {
  it('registers app as a standard, secure, fetchable scheme', () => {
    registerAppScheme();
    expect(fake.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves renderer files with their type and the CSP', async () => {
    serveAppProtocol(rendererDir);
    const page = await get('app://sipena/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Sipena</title>');
    const script = await get('app://sipena/assets/main.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files, directories, traversal and other hosts', async () => {
    serveAppProtocol(rendererDir);
    for (const url of ['app://sipena/missing.js', 'app://sipena/assets', 'app://sipena/../secret.txt', 'app://sipena/%2e%2e/secret.txt', 'app://other/index.html']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('outside the renderer');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    serveAppProtocol(rendererDir);
    expect((await get('app://sipena/index.html', 'POST')).status).toBe(405);
    const head = await get('app://sipena/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
