import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../electron/main/app-context.ts';
import { runCli, runCliHere, scratchDirs } from '../support/run-cli.ts';
import { repoResources, TEST_SCRYPT } from '../support/temp-app.ts';
import { setOffice } from './office.ts';

// In this process (runCliHere); one call goes through a real Node process (runCli) to show
// the same lines and exit code there.
const cli = (...args: string[]) => runCliHere(args);
const spawned = (...args: string[]) => runCli(args);
const dir = scratchDirs();

/** A data folder set up by `init`, with the office's instansi code and name entered. */
async function office(code: string, name: string): Promise<string> {
  const d = dir();
  expect((await cli('init', '--data', d)).code).toBe(0);
  const ctx = await openApp({ dataDir: d, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
  setOffice(ctx, code, name);
  ctx.db.close();
  return d;
}

describe('CLI bundle key and bundle trust', () => {
  it('writes the public key file, enrols it at another office printing the fingerprint, refuses it twice, and revokes it', async () => {
    const regency = await office('1234567', 'Inspektorat Kabupaten X');
    const province = await office('7654321', 'Inspektorat Provinsi Y');
    const file = join(dir(), 'x.sipena-key.json');
    const key = await cli('bundle', 'key', '--out', file, '--data', regency);
    expect(key.code).toBe(0);
    const fp = (JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string }).fingerprint;
    expect(key.out).toBe(`public key ${file}: 1234567 Inspektorat Kabupaten X sha256=${fp}`);
    expect(readFileSync(file, 'utf8')).not.toMatch(/PRIVATE/);
    expect(await cli('bundle', 'key', '--out', file, '--data', regency)).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });

    const added = spawned('bundle', 'trust', 'add', file, '--data', province);
    expect(added).toMatchObject({ code: 0, out: `enrolled 1234567 Inspektorat Kabupaten X sha256=${fp}` });
    expect(await cli('bundle', 'trust', 'add', file, '--data', province)).toMatchObject({ code: 1, err: expect.stringContaining(`1234567 (Inspektorat Kabupaten X) sudah terdaftar dengan sidik jari ${fp}`) });
    const revoked = await cli('bundle', 'trust', 'revoke', '1234567', '--reason', 'kunci diganti', '--data', province);
    expect(revoked).toMatchObject({ code: 0, out: `revoked 1234567 Inspektorat Kabupaten X sha256=${fp} (kunci diganti)` });
    expect(await cli('bundle', 'trust', 'revoke', '1234567', '--data', province)).toMatchObject({ code: 1, err: expect.stringContaining('Tidak ada asal tepercaya aktif dengan kode instansi 1234567') });
    // Enrolled again after the revocation.
    expect((await cli('bundle', 'trust', 'add', file, '--data', province)).code).toBe(0);
    expect((await cli('verify', '--data', province)).code).toBe(0);
  });

  it('refuses bad key files, each with a clear reason, and enrols nothing', async () => {
    const regency = await office('1234567', 'Inspektorat Kabupaten X');
    const other = await office('2222222', 'Inspektorat Kabupaten Z');
    const province = await office('7654321', 'Inspektorat Provinsi Y');
    const work = dir();
    const good = join(work, 'good.json');
    const otherFile = join(work, 'other.json');
    expect((await cli('bundle', 'key', '--out', good, '--data', regency)).code).toBe(0);
    expect((await cli('bundle', 'key', '--out', otherFile, '--data', other)).code).toBe(0);
    const g = JSON.parse(readFileSync(good, 'utf8')) as Record<string, string>;
    const o = JSON.parse(readFileSync(otherFile, 'utf8')) as Record<string, string>;
    const cases: [string, string, string][] = [
      ['not-json', 'this is not json', 'bukan JSON'],
      ['format', JSON.stringify({ ...g, format: 'sipena-public-key/9' }), 'Versi format berkas kunci tidak dikenal: sipena-public-key/9'],
      ['not-ed25519', JSON.stringify({ ...g, publicKey: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n' }), 'bukan kunci publik Ed25519'],
      ['swapped-key', JSON.stringify({ ...g, publicKey: o.publicKey }), 'tidak sesuai dengan kuncinya'],
    ];
    for (const [name, text, message] of cases) {
      const f = join(work, `${name}.json`);
      writeFileSync(f, text);
      expect(await cli('bundle', 'trust', 'add', f, '--data', province), name).toMatchObject({ code: 1, err: expect.stringContaining(message) });
    }
    expect(await cli('bundle', 'trust', 'add', join(work, 'missing.json'), '--data', province)).toMatchObject({ code: 1, err: expect.stringContaining('cannot read') });
    expect(await cli('bundle', 'trust', 'revoke', '12ab', '--data', province)).toMatchObject({ code: 1, err: expect.stringContaining('instansi CODE') });
    // An office without an instansi code cannot write its key file: the file names the sender by it.
    const blank = dir();
    expect((await cli('init', '--data', blank)).code).toBe(0);
    expect(await cli('bundle', 'key', '--out', join(work, 'blank.json'), '--data', blank)).toMatchObject({ code: 1, err: expect.stringContaining('Kode instansi BKN kantor ini belum diisi') });
    const ctx = await openApp({ dataDir: province, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM trusted_origins').get()).toEqual({ n: 0 });
    ctx.db.close();
  });
});
