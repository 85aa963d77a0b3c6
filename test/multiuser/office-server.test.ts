import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureRendererBuilt } from '../../electron/web/ensure-renderer.ts';
import type { OfficeServer } from '../../electron/server/office-server.ts';
import { launchChromium } from '../e2e/browser.ts';
import { TEST_ADMIN, tempApp, validCase } from '../support/temp-app.ts';
import { OfficeClient, httpsRaw, startTestOfficeServer } from '../support/https-client.ts';
import { runCli } from '../support/run-cli.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const shots = resolve(repoRoot, 'test-results');
let rendererDir: string;
let app: Awaited<ReturnType<typeof tempApp>>;
let server: OfficeServer;
let ca: string;
let browser: Browser;
let dbClosed = false;
let admin: OfficeClient;

/** An account made by the administrator through `users:create`, password TEST_ADMIN's. */
async function addUser(username: string, role: string, displayName = username): Promise<void> {
  const r = await admin.call('users:create', { username, displayName, role, password: TEST_ADMIN.password });
  if (!r.ok) throw new Error(r.error.message);
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  rendererDir = await ensureRendererBuilt(repoRoot);
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

// Each test gets an office of its own, started as an office would start: the administrator and
// every account are made over HTTPS through the audited channels (verify checks that each account
// has its history). No test sees the accounts, cases or sessions another one made.
beforeEach(async () => {
  dbClosed = false;
  app = await tempApp(new Date('2024-11-04T03:00:00Z'), { auth: 'none' });
  ({ server, ca } = await startTestOfficeServer(app.ctx, rendererDir));
  admin = new OfficeClient(server.port, ca);
  const setup = await admin.call('auth:setup', { username: TEST_ADMIN.username, displayName: TEST_ADMIN.displayName, password: TEST_ADMIN.password });
  if (!setup.ok) throw new Error(setup.error.message);
});
afterEach(async () => {
  // The verify test closes the server and the database itself.
  if (dbClosed) return;
  await server?.close();
  app?.close();
});

async function signInPage(context: BrowserContext, username: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Masuk ke Sipena' }).waitFor();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  return page;
}

describe('office server with several users at once', () => {
  it('signs two users in from separate browsers at once; each sees their own identity and what their role allows', async () => {
    await addUser('sari', 'clerk', 'Sari Wulandari');
    await addUser('hendra', 'examiner', 'Hendra Wijaya');
    const one = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const two = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const sari = await signInPage(one, 'sari', TEST_ADMIN.password);
    const hendra = await signInPage(two, 'hendra', TEST_ADMIN.password);
    await expect.poll(() => sari.getByTestId('user-menu').textContent()).toBe('Masuk sebagai Sari Wulandari (Petugas registrasi)');
    await expect.poll(() => hendra.getByTestId('user-menu').textContent()).toBe('Masuk sebagai Hendra Wijaya (Pemeriksa)');
    // Sari reloads: her cookie still names her session, and the page gets its CSRF token back.
    await sari.reload();
    await expect.poll(() => sari.getByTestId('user-menu').textContent()).toBe('Masuk sebagai Sari Wulandari (Petugas registrasi)');
    expect(await sari.getByRole('link', { name: 'Registrasi Kasus' }).count()).toBeGreaterThan(0);
    expect(await hendra.getByRole('link', { name: 'Registrasi Kasus' }).count()).toBe(0);
    // Hendra's dashboard shows who else is working.
    await hendra.getByRole('link', { name: 'Perlu Tindakan' }).click();
    // (The administrator who set the office up is signed in too, from this test's HTTP client.)
    await expect.poll(() => hendra.getByTestId('signed-in-users').textContent()).toBe('Juga sedang masuk:Admin Uji (Administrator)Sari Wulandari (Petugas registrasi)');

    // The cookie is out of the page's reach, and no token is in any address.
    expect(await sari.evaluate(() => document.cookie)).toBe('');
    expect(sari.url()).not.toMatch(/token|csrf/i);
    const cookies = await one.cookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, secure: c.secure, sameSite: c.sameSite }))).toEqual([
      { name: 'sipena_session', httpOnly: true, secure: true, sameSite: 'Strict' },
    ]);

    // Each browser's calls run as its own user: a case registered by Sari is audited as hers,
    // and the examiner's direct call to register is refused.
    const mine = await sari.evaluate(async (c) => window.api['cases:create'](c), validCase);
    expect(mine).toMatchObject({ ok: true });
    const refused = await hendra.evaluate(async (c) => window.api['cases:create'](c), validCase);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Anda tidak berwenang melakukan tindakan ini.' } });
    expect(app.ctx.db.prepare("SELECT actor FROM audit_log WHERE action = 'case.create'").all()).toEqual([{ actor: 'sari' }]);

    // A call from the page without the CSRF header is refused, cookie or not.
    const bare = await sari.evaluate(async () => {
      const r = await fetch('/ipc/cases:list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return { status: r.status, body: (await r.json()) as unknown };
    });
    expect(bare).toMatchObject({ status: 403, body: { ok: false, error: { code: 'FORBIDDEN' } } });
    await sari.screenshot({ path: resolve(shots, 'multiuser-sari.png') });
    await hendra.screenshot({ path: resolve(shots, 'multiuser-hendra.png') });

    // Signing out in one browser leaves the other signed in.
    await sari.getByTestId('user-menu').click();
    await sari.getByRole('menuitem', { name: 'Keluar' }).click();
    await sari.getByRole('heading', { name: 'Masuk ke Sipena' }).waitFor();
    await hendra.reload();
    await expect.poll(() => hendra.getByTestId('user-menu').textContent()).toBe('Masuk sebagai Hendra Wijaya (Pemeriksa)');
    await one.close();
    await two.close();
  });

  it('two users edit the same case from their browsers: the second save is refused as STALE naming who changed it, and keeps what was typed', async () => {
    await addUser('sari', 'clerk', 'Sari Wulandari');
    await addUser('dewi', 'clerk', 'Dewi Lestari');
    const made = await admin.call('cases:create', { ...validCase, incidentPlace: 'Pasar Cibodas', acknowledgeDuplicates: true });
    if (!made.ok) throw new Error(made.error.message);
    const id = made.value['id'] as number;
    const one = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const two = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const sari = await signInPage(one, 'sari', TEST_ADMIN.password);
    const dewi = await signInPage(two, 'dewi', TEST_ADMIN.password);
    for (const page of [sari, dewi]) {
      await page.getByTestId('user-menu').waitFor();
      await page.goto(`${server.url}#/cases/${id}/edit`);
      await page.getByLabel('Tempat kejadian').waitFor();
      await expect.poll(() => page.getByLabel('Tempat kejadian').inputValue()).toBe('Pasar Cibodas');
    }
    // Both forms are open on version 1; Sari saves first.
    await sari.getByLabel('Tempat kejadian').fill('Halaman Puskesmas Cibodas');
    await sari.getByLabel('Alasan perubahan').fill('Koreksi tempat sesuai foto lokasi');
    await dewi.getByLabel('Tempat kejadian').fill('Balai Desa Cibodas');
    await dewi.getByLabel('Alasan perubahan').fill('Koreksi dari laporan Bawaslu');
    await sari.getByRole('button', { name: 'Simpan' }).click();
    await sari.getByTestId('case-register-no').waitFor();

    await dewi.getByRole('button', { name: 'Simpan' }).click();
    const alert = dewi.getByRole('alert').filter({ hasText: 'Kasus ini telah diubah oleh Sari Wulandari (sari) pukul' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/pukul \d\d\.\d\d sejak formulir dibuka: muat ulang/);
    await expect.poll(() => dewi.getByText('diubah oleh Sari Wulandari (sari) sejak formulir dibuka').count()).toBeGreaterThan(0);
    // Nothing of Dewi's form is lost and nothing of it was saved.
    expect(await dewi.getByLabel('Tempat kejadian').inputValue()).toBe('Balai Desa Cibodas');
    expect(app.ctx.db.prepare('SELECT incident_place AS place, version FROM cases WHERE id = ?').get(id)).toEqual({ place: 'Halaman Puskesmas Cibodas', version: 2 });
    await dewi.screenshot({ path: resolve(shots, 'multiuser-stale.png'), fullPage: true });
    await one.close();
    await two.close();
  });

  it('two users edit the same employee: the second save is refused as STALE naming who changed it; "Muat ulang" keeps the typing and the next save is deliberate', async () => {
    await addUser('sari', 'clerk', 'Sari Wulandari');
    await addUser('dewi', 'clerk', 'Dewi Lestari');
    const made = await admin.call('employees:create', { nip: '199203152019032004', name: 'Rina Kartika', employmentType: 'PNS', jabatan: 'Guru' });
    if (!made.ok) throw new Error(made.error.message);
    const id = made.value['id'] as number;
    const one = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const two = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const sari = await signInPage(one, 'sari', TEST_ADMIN.password);
    const dewi = await signInPage(two, 'dewi', TEST_ADMIN.password);
    for (const page of [sari, dewi]) {
      await page.getByTestId('user-menu').waitFor();
      await page.goto(`${server.url}#/employees`);
      await page.getByRole('cell', { name: 'Rina Kartika' }).click();
      await expect.poll(() => page.getByRole('dialog').getByLabel('Jabatan', { exact: true }).inputValue()).toBe('Guru');
    }
    // Both forms hold version 1; Sari saves first.
    await sari.getByRole('dialog').getByLabel('Jabatan', { exact: true }).fill('Kepala Sekolah');
    await sari.getByRole('dialog').getByLabel('Alasan perubahan').fill('SK mutasi 12/2024');
    await sari.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => sari.getByRole('cell', { name: 'Kepala Sekolah' }).count()).toBe(1);

    const form = dewi.getByRole('dialog');
    await form.getByLabel('Jabatan', { exact: true }).fill('Pengawas Sekolah');
    await form.getByLabel('Alasan perubahan').fill('Koreksi data BKPSDM');
    await form.getByRole('button', { name: 'Simpan' }).click();
    const notice = dewi.getByTestId('stale-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Data pegawai ini telah diubah oleh Sari Wulandari \(sari\) pukul \d\d\.\d\d sejak formulir dibuka: muat ulang/);
    await expect.poll(() => form.getByText('isian ini berbeda dengan yang kini tersimpan (diubah oleh Sari Wulandari (sari))').count()).toBe(1);
    expect(await form.getByLabel('Jabatan', { exact: true }).inputValue()).toBe('Pengawas Sekolah');
    expect(app.ctx.db.prepare('SELECT jabatan, version, updated_by AS by FROM employees WHERE id = ?').get(id)).toEqual({ jabatan: 'Kepala Sekolah', version: 2, by: 'sari' });
    await dewi.screenshot({ path: resolve(shots, 'multiuser-stale-employee.png') });

    // Reloading takes Sari's version and keeps what Dewi typed; saving now is Dewi's own decision.
    await notice.getByRole('button', { name: 'Muat ulang' }).click();
    await dewi.getByTestId('stale-reloaded').waitFor();
    expect(await form.getByLabel('Jabatan', { exact: true }).inputValue()).toBe('Pengawas Sekolah');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => app.ctx.db.prepare('SELECT jabatan, version FROM employees WHERE id = ?').get(id)).toEqual({ jabatan: 'Pengawas Sekolah', version: 3 });
    await one.close();
    await two.close();
  });

  it('live view: a case another user edits says so on the open case page, the case list and the dashboard follow, all without a page reload', async () => {
    await addUser('sari', 'clerk', 'Sari Wulandari');
    await addUser('dewi', 'clerk', 'Dewi Lestari');
    const made = await admin.call('cases:create', { ...validCase, incidentPlace: 'Lapangan Merdeka', acknowledgeDuplicates: true });
    if (!made.ok) throw new Error(made.error.message);
    const id = made.value['id'] as number;
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const detail = await signInPage(context, 'sari', TEST_ADMIN.password);
    await detail.getByTestId('user-menu').waitFor();
    await detail.goto(`${server.url}#/cases/${id}`);
    await expect.poll(() => detail.getByText('Lapangan Merdeka').count()).toBe(1);
    // A second tab of Sari's on the case list (same browser, same session).
    const list = await context.newPage();
    await list.goto(`${server.url}#/cases`);
    await list.getByRole('heading', { name: 'Daftar Kasus' }).waitFor();
    const total = () => list.getByTestId('case-total').textContent();
    await expect.poll(total).toMatch(/\d/);
    const before = await total();
    // A third on the dashboard: who else is signed in.
    const dashboard = await context.newPage();
    await dashboard.goto(`${server.url}#/`);
    await dashboard.getByRole('link', { name: 'Perlu Tindakan' }).click();

    // Sari's three pages listen (one change stream each) before anything happens.
    await expect.poll(() => server.events.size).toBe(3);
    // Dewi signs in from another PC and edits the case there.
    const dewi = new OfficeClient(server.port, ca);
    await dewi.login('dewi', TEST_ADMIN.password);
    await expect.poll(() => dashboard.getByTestId('signed-in-users').textContent()).toContain('Dewi Lestari (Petugas registrasi)');
    const loaded = await dewi.call('cases:get', { id });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const edited = await dewi.call('cases:update', { ...validCase, id, incidentPlace: 'Balai Kota', reason: 'Koreksi tempat', expectedVersion: loaded.value['version'] });
    expect(edited).toMatchObject({ ok: true });

    const notice = detail.getByTestId('out-of-date');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Data ini telah diubah oleh Dewi Lestari \(dewi\) pukul \d\d\.\d\d: muat ulang/);
    // Nothing changed under Sari's eyes until she asks.
    expect(await detail.getByText('Lapangan Merdeka').count()).toBe(1);
    await detail.screenshot({ path: resolve(shots, 'multiuser-live-notice.png') });
    await notice.getByRole('button', { name: 'Muat ulang' }).click();
    await expect.poll(() => detail.getByText('Balai Kota', { exact: true }).count()).toBeGreaterThan(0);
    expect(await detail.getByTestId('out-of-date').count()).toBe(0);

    // A case Dewi registers appears in Sari's open list by itself.
    const registered = await dewi.call('cases:create', { ...validCase, incidentPlace: 'Alun-alun Kota', acknowledgeDuplicates: true });
    if (!registered.ok) throw new Error(registered.error.message);
    await expect.poll(total).not.toBe(before);
    await list.getByRole('link', { name: registered.value['registerNo'] as string }).waitFor();
    await context.close();
  });

  it('live view on a case\'s examination and letters pages: another user\'s workflow step is announced there, reloaded on request', async () => {
    await addUser('sari', 'clerk', 'Sari Wulandari');
    await addUser('dewi', 'clerk', 'Dewi Lestari');
    const made = await admin.call('cases:create', { ...validCase, incidentPlace: 'Pasar Lama', acknowledgeDuplicates: true });
    if (!made.ok) throw new Error(made.error.message);
    const id = made.value['id'] as number;
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const exam = await signInPage(context, 'sari', TEST_ADMIN.password);
    await exam.getByTestId('user-menu').waitFor();
    await exam.goto(`${server.url}#/cases/${id}/examination`);
    await expect.poll(() => exam.getByTestId('workflow-state').textContent()).toBe('Teregistrasi');
    const letters = await context.newPage();
    await letters.goto(`${server.url}#/cases/${id}/letters`);
    await letters.getByTestId('letters-title').waitFor();
    await expect.poll(() => server.events.size).toBeGreaterThanOrEqual(2);

    const dewi = new OfficeClient(server.port, ca);
    await dewi.login('dewi', TEST_ADMIN.password);
    expect(await dewi.call('examination:transition', { caseId: id, action: 'start_verification' })).toMatchObject({ ok: true });

    for (const page of [exam, letters]) {
      const notice = page.getByTestId('out-of-date');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/^Data ini telah diubah oleh Dewi Lestari \(dewi\) pukul \d\d\.\d\d: muat ulang/);
    }
    // Nothing moved under Sari's eyes until she asks.
    expect(await exam.getByTestId('workflow-state').textContent()).toBe('Teregistrasi');
    await exam.getByTestId('out-of-date').getByRole('button', { name: 'Muat ulang' }).click();
    await expect.poll(() => exam.getByTestId('workflow-state').textContent()).toBe('Telaah');
    expect(await exam.getByTestId('out-of-date').count()).toBe(0);
    await context.close();
  });

  it('serves the change stream only to a signed-in page of its own: no session 401, no CSRF header 403, a GET only', async () => {
    expect((await httpsRaw(server.port, ca, 'GET', '/events', { 'x-sipena-csrf': '-' })).status).toBe(401);
    const vera = new OfficeClient(server.port, ca);
    await addUser('vera', 'viewer');
    await vera.login('vera', TEST_ADMIN.password);
    expect((await httpsRaw(server.port, ca, 'GET', '/events', { cookie: vera.cookie })).status).toBe(403);
    expect((await httpsRaw(server.port, ca, 'GET', '/events', { cookie: vera.cookie, 'x-sipena-csrf': 'wrong' })).status).toBe(403);
    expect((await httpsRaw(server.port, ca, 'POST', '/events', { cookie: vera.cookie, 'x-sipena-csrf': vera.csrf }, '{}')).status).toBe(405);
    expect((await httpsRaw(server.port, ca, 'GET', '/events', { cookie: vera.cookie, 'x-sipena-csrf': vera.csrf, origin: 'https://attacker.example' })).status).toBe(403);
  });

  it('answers a wrong Host 421, no session 401, a wrong role FORBIDDEN and a missing CSRF header 403', async () => {
    expect((await httpsRaw(server.port, ca, 'GET', '/', { host: 'inspektorat.example' })).status).toBe(421);
    expect((await httpsRaw(server.port, ca, 'POST', '/ipc/cases:list', { host: `attacker.example:${server.port}`, 'x-sipena-csrf': '-' }, '{}')).status).toBe(421);
    const anon = new OfficeClient(server.port, ca);
    expect((await anon.raw('cases:list', {})).status).toBe(401);
    await addUser('vera', 'viewer');
    const vera = new OfficeClient(server.port, ca);
    await vera.login('vera', TEST_ADMIN.password);
    const wrongRole = await vera.raw('users:list');
    expect(wrongRole.status).toBe(200);
    expect(wrongRole.envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await vera.raw('cases:list', {}, { 'x-sipena-csrf': '' })).status).toBe(403);
    expect((await vera.raw('cases:list', {}, { 'x-sipena-csrf': '-' })).status).toBe(403);
    expect((await vera.raw('cases:list', {})).envelope.ok).toBe(true);
  });

  it('ten clients register 200 cases at once: register numbers 1..200 without gap or duplicate, every audit row names its user, and verify passes', async () => {
    const clients: { name: string; client: OfficeClient }[] = [];
    for (let i = 0; i < 10; i++) {
      const name = `petugas${i}`;
      await addUser(name, 'clerk');
      const client = new OfficeClient(server.port, ca);
      await client.login(name, TEST_ADMIN.password);
      clients.push({ name, client });
    }
    const already = (app.ctx.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    const made = new Map<number, string>();
    await Promise.all(
      clients.map(async ({ name, client }) => {
        for (let k = 0; k < 20; k++) {
          const r = await client.call('cases:create', { ...validCase, incidentPlace: `Balai Desa ${name}-${k}`, acknowledgeDuplicates: true });
          if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
          made.set(r.value['id'] as number, name);
        }
      }),
    );
    expect(made.size).toBe(200);
    const numbers = (app.ctx.db.prepare('SELECT register_no AS n FROM cases ORDER BY id').all() as { n: string }[]).map((r) => r.n);
    const expected = Array.from({ length: already + 200 }, (_, i) => `REG/${String(i + 1).padStart(4, '0')}/INSP/2024`);
    expect(numbers).toEqual(expected);
    const rows = app.ctx.db.prepare("SELECT entity_id AS id, actor FROM audit_log WHERE action = 'case.create' AND actor LIKE 'petugas%'").all() as { id: string; actor: string }[];
    expect(rows).toHaveLength(200);
    for (const r of rows) expect(r.actor, `case ${r.id}`).toBe(made.get(Number(r.id)));

    // The chain, anchors and the rest hold, as the admin CLI checks them.
    await server.close();
    app.ctx.db.close();
    dbClosed = true;
    const verify = runCli(['verify', '--data', app.dir]);
    expect(verify.err).toBe('');
    expect(verify.code).toBe(0);
    app.close();
  });
});
