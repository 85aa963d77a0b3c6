import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer } from '../../electron/web/server.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { openAppOrRecovery } from '../../electron/main/backup/recovery.ts';
import { DB_FILE_NAME } from '../../electron/main/db/open.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { gateFor } from '../../shared/web/server-gate.ts';
import { addTestUser, repoResources, tempApp, tempDir } from '../support/temp-app.ts';
import type { AppContext } from '../../electron/main/app-context.ts';

const user = { id: 1, username: 'admin', displayName: 'Admin', role: 'administrator' as const };
const NORMAL = { mode: 'normal' as const };

describe('gateFor: the screen the app draws first, when the server can draw it', () => {
  it('follows the gates: recovery, then setup, then sign-in; nothing once signed in or locked', () => {
    const auth = { needsSetup: false, user: null, locked: false, idleMinutes: 10 };
    expect(gateFor({ mode: 'recovery', reason: 'x' } as never, { ...auth, needsSetup: true })).toBeNull();
    expect(gateFor(NORMAL, { ...auth, needsSetup: true })).toBe('setup');
    expect(gateFor(NORMAL, auth)).toBe('login');
    expect(gateFor(NORMAL, { ...auth, user })).toBeNull();
    expect(gateFor(NORMAL, { ...auth, user, locked: true })).toBeNull();
  });
});

/** A built renderer in miniature: the page, its stylesheet (with `$` in it, kept as written) and the prerendered gates. */
function renderer(): { dir: string; cleanup: () => void } {
  const out = tempDir();
  mkdirSync(join(out.dir, 'assets'));
  mkdirSync(join(out.dir, 'gates'));
  writeFileSync(
    join(out.dir, 'index.html'),
    '<!doctype html><html lang="id" data-mantine-color-scheme="light"><head><script type="module" crossorigin src="./assets/index-AbCd1234.js"></script><link rel="modulepreload" crossorigin href="./assets/vendor-AbCd1234.js"><link rel="stylesheet" crossorigin href="./assets/initial-AbCd1234.css"></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(out.dir, 'assets', 'initial-AbCd1234.css'), '.price::after{content:"$&"}');
  for (const gate of ['login', 'setup']) for (const language of ['id', 'en']) writeFileSync(join(out.dir, 'gates', `${gate}.${language}.html`), `<form>${gate} ${language} $1</form>`);
  return out;
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function pageOf(ctx: AppContext): Promise<string> {
  const out = renderer();
  cleanups.push(out.cleanup);
  const server = await startWebServer({ ctx, handlers, rendererDir: out.dir });
  cleanups.push(() => server.close());
  const res = await fetch(`http://127.0.0.1:${server.port}/`);
  return res.text();
}

describe('the browser harness draws the sign-in screen into the page', () => {
  it('draws first-launch setup while no account exists, with its styles in the page and the app\'s files held back', async () => {
    const app = await tempApp(undefined, { auth: 'none' });
    cleanups.push(app.close);
    const html = await pageOf(app.ctx);
    expect(html).toContain('<div id="root" data-gate="setup" data-language="id"><form>setup id $1</form></div>');
    expect(html).toContain('<style>.price::after{content:"$&"}</style></head>');
    expect(html).toContain('<head><script defer src="/__sipena/web-api.js"></script>');
    // The app's files wait, inert, until the form is painted (electron/web/start-app-script.ts).
    expect(html).toContain(
      '<head><script defer src="/__sipena/web-api.js"></script><template id="sipena-app-files"><script type="module" crossorigin src="./assets/index-AbCd1234.js"></script><link rel="modulepreload" crossorigin href="./assets/vendor-AbCd1234.js"><link rel="stylesheet" crossorigin href="./assets/initial-AbCd1234.css"></template><style>',
    );
  });

  it('draws sign-in once an account exists, in the language the app speaks', async () => {
    const app = await tempApp(undefined, { auth: 'none' });
    cleanups.push(app.close);
    await addTestUser(app.ctx, 'kepala', 'administrator');
    expect(await pageOf(app.ctx)).toContain('<div id="root" data-gate="login" data-language="id"><form>login id $1</form></div>');
    expect((await dispatch(app.ctx, handlers, 'system:setLanguage', { language: 'en' })).ok).toBe(true);
    const english = await pageOf(app.ctx);
    expect(english).toContain('<html lang="en"');
    expect(english).toContain('<div id="root" data-gate="login" data-language="en"><form>login en $1</form></div>');
  });

  it('draws nothing for a signed-in user (the app) and leaves the stylesheet as built', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    const html = await pageOf(app.ctx);
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('data-gate');
    expect(html).toContain('<script type="module" crossorigin src="./assets/index-AbCd1234.js"></script><link rel="modulepreload" crossorigin href="./assets/vendor-AbCd1234.js"><link rel="stylesheet" crossorigin href="./assets/initial-AbCd1234.css"></head>');
    expect(html).not.toContain('<template');
  });

  it('draws nothing on a damaged database (the recovery screen comes instead)', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    (await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test' })).db.close();
    writeFileSync(join(dir, DB_FILE_NAME), 'sektor rusak '.repeat(500));
    const ctx = await openAppOrRecovery({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test' });
    cleanups.push(() => ctx.db.close());
    expect(await dispatch(ctx, handlers, 'recovery:status', {})).toMatchObject({ ok: true, value: { mode: 'recovery' } });
    const html = await pageOf(ctx);
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('data-gate');
  });
});
