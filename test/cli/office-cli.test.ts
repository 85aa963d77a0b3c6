/**
 * `office show` / `office set`: the BKN instansi code and the office's full name entered from
 * the command line (what Pengaturan Naskah sets), so a regency or a province set up with
 * `demo` or `init` can write its public key file and export bundles without the screen.
 */
import { describe, expect, it } from 'vitest';
import { openApp } from '../../electron/main/app-context.ts';
import { getOfficeSettings } from '../../electron/main/letters/office-settings-service.ts';
import { runCli, runCliHere, scratchDirs } from '../support/run-cli.ts';
import { repoResources, TEST_SCRYPT } from '../support/temp-app.ts';

/** The CLI's own code in this process (test/support/run-cli.ts): the same lines and exit codes without a child per call. */
const cli = (...args: string[]) => runCliHere(args);

const dir = scratchDirs();

describe('CLI office show and office set', () => {
  it('sets the instansi code and the name, audited, keeps the other settings, refuses a bad code or no flag', async () => {
    const d = dir();
    expect(runCli(['init', '--data', d]).code).toBe(0);
    expect(await cli('office', 'show', '--data', d)).toMatchObject({ code: 0, out: 'office: (no instansi code) Inspektorat Kabupaten Contoh' });
    expect(await cli('office', 'set', '--instansi', '3201', '--name', 'Inspektorat Kabupaten Satu', '--data', d)).toMatchObject({ code: 0, out: 'office: 3201 Inspektorat Kabupaten Satu' });
    expect(await cli('office', 'set', '--instansi', '32.01', '--data', d)).toMatchObject({ code: 1, err: expect.stringContaining('kode instansi BKN: 4 sampai 8 angka saja') });
    expect(await cli('office', 'set', '--data', d)).toMatchObject({ code: 1, err: expect.stringContaining('--instansi CODE') });
    expect(await cli('office', 'set', '--instansi', '3209', '--data', d)).toMatchObject({ code: 0, out: 'office: 3209 Inspektorat Kabupaten Satu' });
    expect(await cli('office', 'show', '--data', d)).toMatchObject({ code: 0, out: 'office: 3209 Inspektorat Kabupaten Satu' });
    const ctx = await openApp({ dataDir: d, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
    try {
      const s = getOfficeSettings(ctx);
      expect(s).toMatchObject({ bknInstansiCode: '3209', officeFullName: 'Inspektorat Kabupaten Satu', paper: 'A4' });
      const audits = ctx.db.prepare("SELECT action FROM audit_log WHERE action = 'letters.settings.update'").all();
      expect(audits).toHaveLength(2);
    } finally {
      ctx.db.close();
    }
    // The key file can now be written: it names the sender by the code.
    expect((await cli('bundle', 'key', '--out', `${d}/k.sipena-key.json`, '--data', d)).out).toMatch(/^public key .*: 3209 Inspektorat Kabupaten Satu sha256=/);
  });
});
