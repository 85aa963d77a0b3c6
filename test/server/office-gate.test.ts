import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ADMIN, tempApp, tempDir } from '../support/temp-app.ts';
import { OfficeClient, httpsRaw, startTestOfficeServer } from '../support/https-client.ts';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(auth: 'admin' | 'none') {
  const app = await tempApp(undefined, { auth });
  cleanups.push(app.close);
  // The local session plays no part over HTTP.
  app.ctx.session.user = null;
  const renderer = tempDir();
  cleanups.push(renderer.cleanup);
  mkdirSync(join(renderer.dir, 'gates'));
  writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><html lang="id"><head></head><body><div id="root"></div></body></html>');
  for (const gate of ['login', 'setup']) writeFileSync(join(renderer.dir, 'gates', `${gate}.id.html`), `<form>${gate}</form>`);
  const { server, ca } = await startTestOfficeServer(app.ctx, renderer.dir);
  cleanups.push(() => server.close());
  return { server, ca };
}

describe('the office server draws the sign-in screen into the page', () => {
  it('for a browser without a session: setup before any account exists, sign-in after', async () => {
    const fresh = await setup('none');
    expect((await httpsRaw(fresh.server.port, fresh.ca, 'GET', '/')).body).toContain('<div id="root" data-gate="setup" data-language="id"><form>setup</form></div>');
    const { server, ca } = await setup('admin');
    expect((await httpsRaw(server.port, ca, 'GET', '/')).body).toContain('<div id="root" data-gate="login" data-language="id"><form>login</form></div>');
  });

  it('for a browser whose cookie names a signed-in session: nothing (the app opens)', async () => {
    const { server, ca } = await setup('admin');
    const c = new OfficeClient(server.port, ca);
    await c.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const page = await httpsRaw(server.port, ca, 'GET', '/', { cookie: c.cookie });
    expect(page.body).toContain('<div id="root"></div>');
    expect(page.body).not.toContain('data-gate');
  });
});
