/**
 * The whole exchange through the real CLI: three demo regencies export signed bundles, the
 * province enrols their keys and imports each twice, the receipts mark the regencies'
 * outboxes delivered; tampered, unknown and revoked senders are refused; a changed case goes
 * alone in the next `--since LAST` bundle, naming the hash sent before.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../electron/main/app-context.ts';
import { sha256Hex } from '../../electron/main/bundles/container.ts';
import type { BundleJson } from '../../shared/bundles/format.ts';
import { runCli, runCliHere, scratchDirs } from '../support/run-cli.ts';
import { repoResources, TEST_SCRYPT } from '../support/temp-app.ts';
import { setOffice } from '../trust/office.ts';

/** The CLI's own code in this process (test/support/run-cli.ts): the same lines and exit codes without a child per call. */
const cli = (...args: string[]) => runCliHere(args);

/** `demo` and `init` run in a child process as `npm run cli --` does; the bundle commands run the same CLI code in-process. */
const spawnCli = (...args: string[]) => runCli(args);

const dir = scratchDirs();

async function withDb<T>(dataDir: string, fn: (ctx: Awaited<ReturnType<typeof openApp>>) => T): Promise<T> {
  const ctx = await openApp({ dataDir, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
  try {
    return fn(ctx);
  } finally {
    ctx.db.close();
  }
}

/** A demo regency (or an empty province) with its BKN instansi code and name entered. */
async function office(code: string, name: string, demo?: { cases: number; letters: number; seed: string }): Promise<string> {
  const d = dir();
  if (demo) expect(spawnCli('demo', '--cases', String(demo.cases), '--letters', String(demo.letters), '--seed', demo.seed, '--data', d).code).toBe(0);
  else expect(spawnCli('init', '--data', d).code).toBe(0);
  await withDb(d, (ctx) => setOffice(ctx, code, name));
  return d;
}

const bundleJson = (file: string) => JSON.parse(Buffer.from(unzipSync(readFileSync(file), { filter: (f) => f.name === 'bundle.json' })['bundle.json']!).toString('utf8')) as BundleJson;
const exportLine = /^bundle (.+): (\d+) cases, (\d+) letters, sha256=([0-9a-f]{64})$/;

describe('CLI bundle export, import and receipt between three regencies and a province', () => {
  it('exports, imports twice, acknowledges; refuses tampered, unknown and revoked; sends only the changed case next', async () => {
    const work = dir();
    const regencies = [
      { code: '3201', name: 'Inspektorat Kabupaten Satu' },
      { code: '3202', name: 'Inspektorat Kabupaten Dua' },
      { code: '3203', name: 'Inspektorat Kabupaten Tiga' },
    ];
    const dirs: string[] = [];
    for (const [i, r] of regencies.entries()) dirs.push(await office(r.code, r.name, { cases: 8, letters: 1, seed: `r${i}` }));
    const province = await office('3200', 'Inspektorat Provinsi Uji');

    // Keys both ways: the province trusts each regency, each regency trusts the province (for receipts).
    const provinceKey = join(work, 'province.sipena-key.json');
    expect((await cli('bundle', 'key', '--out', provinceKey, '--data', province)).code).toBe(0);
    for (const [i, d] of dirs.entries()) {
      const key = join(work, `r${i}.sipena-key.json`);
      expect((await cli('bundle', 'key', '--out', key, '--data', d)).code).toBe(0);
      expect((await cli('bundle', 'trust', 'add', key, '--data', province)).code).toBe(0);
      expect((await cli('bundle', 'trust', 'add', provinceKey, '--data', d)).code).toBe(0);
    }

    const files: string[] = [];
    for (const [i, d] of dirs.entries()) {
      const file = join(work, `r${i}.sipena-bundle`);
      const out = (await cli('bundle', 'export', '--since', 'LAST', '--out', file, '--data', d));
      expect(out.code, out.err).toBe(0);
      const m = exportLine.exec(out.out)!;
      expect(m).not.toBeNull();
      expect(m[1]).toBe(file);
      expect(Number(m[2])).toBe(8);
      expect(m[4]).toBe(sha256Hex(readFileSync(file)));
      const letters = await withDb(d, (ctx) => (ctx.db.prepare('SELECT count(*) AS n FROM issued_letters').get() as { n: number }).n);
      expect(Number(m[3])).toBe(letters);
      expect(letters).toBeGreaterThan(0);
      const b = bundleJson(file);
      expect(b.origin).toMatchObject({ instansiCode: regencies[i]!.code, officeName: regencies[i]!.name });
      expect(b.cases.every((c) => c.previousSha256 === null)).toBe(true);
      files.push(file);
    }

    for (const [i, file] of files.entries()) {
      const first = (await cli('bundle', 'import', file, '--data', province));
      expect(first.out.split('\n')[0], first.err).toBe('imported 8, already 0, refused 0');
      const again = (await cli('bundle', 'import', file, '--data', province));
      expect(again.out.split('\n')[0]).toBe('imported 0, already 8, refused 0');
      const receipt = join(work, `r${i}.sipena-receipt`);
      expect(existsSync(receipt)).toBe(true);
      const ack = (await cli('bundle', 'receipt', receipt, '--data', dirs[i]!));
      expect(ack.code, ack.err).toBe(0);
      expect(ack.out).toMatch(new RegExp(`^bundle r${i}\\.sipena-bundle delivered to 3200 Inspektorat Provinsi Uji at \\S+: imported 8, already 0, refused 0$`));
    }
    // A receipt for another office's bundle is refused: this outbox never made it.
    expect((await cli('bundle', 'receipt', join(work, 'r1.sipena-receipt'), '--data', dirs[0]!))).toMatchObject({ code: 1, err: expect.stringContaining('tidak pernah dibuat di kantor ini') });
    const outbox = await withDb(dirs[0]!, (ctx) => ctx.db.prepare('SELECT acknowledged_at AS at, receiver_code AS code, receipt_imported AS imported FROM bundle_outbox').all());
    expect(outbox).toEqual([{ at: expect.any(String), code: '3200', imported: 8 }]);
    expect(await withDb(dirs[0]!, (ctx) => ctx.db.prepare("SELECT count(*) AS n FROM bundle_outbox_cases WHERE receipt_outcome = 'imported'").get())).toEqual({ n: 8 });

    // Tampering one byte of a letter inside the bundle.
    const bytes = Uint8Array.from(readFileSync(files[0]!));
    const at = Buffer.from(bytes).indexOf('%PDF') + 40;
    bytes[at] = bytes[at]! ^ 1;
    const tampered = join(work, 'tampered.sipena-bundle');
    writeFileSync(tampered, bytes);
    const t = (await cli('bundle', 'import', tampered, '--data', province));
    expect(t.out.split('\n')[0]).toBe('imported 0, already 0, refused 8');
    expect(t.out.split('\n').filter((l) => l.startsWith('refused '))).toHaveLength(8);
    expect(t.out).toMatch(/^refused REG\/\S+ revision \d+: TAMPERED$/m);

    // Nothing changed: nothing to send.
    expect((await cli('bundle', 'export', '--since', 'LAST', '--out', join(work, 'none.sipena-bundle'), '--data', dirs[0]!))).toMatchObject({ code: 1, err: expect.stringContaining('Tidak ada kasus yang perlu dikirim') });

    // One case changes: the next --since LAST bundle carries it alone, naming the hash sent before.
    const changed = await withDb(dirs[0]!, (ctx) => {
      const c = ctx.db.prepare('SELECT id, case_uuid AS uuid, register_no AS regNo FROM cases ORDER BY id LIMIT 1 OFFSET 2').get() as { id: number; uuid: string; regNo: string };
      ctx.db.prepare("UPDATE cases SET incident_place = 'Lapangan Desa (dikoreksi)' WHERE id = ?").run(c.id);
      return c;
    });
    const next = join(work, 'r0-next.sipena-bundle');
    expect((await cli('bundle', 'export', '--since', 'LAST', '--out', next, '--data', dirs[0]!)).out).toMatch(/^bundle .+: 1 cases, \d+ letters, sha256=[0-9a-f]{64}$/);
    const before = bundleJson(files[0]!).cases.find((c) => c.caseUuid === changed.uuid)!;
    const after = bundleJson(next).cases;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ caseUuid: changed.uuid, registerNo: changed.regNo, previousSha256: before.sha256 });
    expect(after[0]!.revision).toBeGreaterThan(before.revision);
    expect((await cli('bundle', 'import', next, '--data', province)).out.split('\n')[0]).toBe('imported 1, already 0, refused 0');

    // A regency the province never enrolled, and one it revoked.
    const stranger = await office('3209', 'Inspektorat Kabupaten Asing', { cases: 2, letters: 0, seed: 'x' });
    const strangerFile = join(work, 'stranger.sipena-bundle');
    expect((await cli('bundle', 'export', '--case', 'REG/0001/INSP/2023', '--out', strangerFile, '--data', stranger)).code).toBe(0);
    const u = (await cli('bundle', 'import', strangerFile, '--data', province));
    expect(u.out).toMatch(/^imported 0, already 0, refused 1\nrefused REG\/0001\/INSP\/2023 revision \d+: UNKNOWN_ORIGIN$/m);
    expect((await cli('bundle', 'trust', 'revoke', '3203', '--data', province)).code).toBe(0);
    const revokedFile = join(work, 'revoked.sipena-bundle');
    expect((await cli('bundle', 'export', '--case', 'REG/0001/INSP/2023', 'REG/0002/INSP/2023', '--out', revokedFile, '--data', dirs[2]!)).out).toMatch(/: 2 cases, /);
    const rv = (await cli('bundle', 'import', revokedFile, '--data', province));
    expect(rv.out.split('\n').slice(0, 3)).toEqual(['imported 0, already 0, refused 2', expect.stringMatching(/: REVOKED$/), expect.stringMatching(/: REVOKED$/)]);
    expect((await cli('verify', '--data', province)).code).toBe(0);
    expect((await cli('verify', '--data', dirs[0]!)).code).toBe(0);
  }, 600_000);

  it('refuses an export without instansi code, without a selection, for an unknown register number, and onto an existing file', async () => {
    const work = dir();
    const d = dir();
    expect(spawnCli('demo', '--cases', '2', '--letters', '0', '--data', d).code).toBe(0);
    const out = join(work, 'x.sipena-bundle');
    expect((await cli('bundle', 'export', '--since', 'LAST', '--out', out, '--data', d))).toMatchObject({ code: 1, err: expect.stringContaining('Kode instansi BKN kantor ini belum diisi') });
    await withDb(d, (ctx) => setOffice(ctx, '3201', 'Inspektorat Kabupaten Satu'));
    expect((await cli('bundle', 'export', '--out', out, '--data', d))).toMatchObject({ code: 1, err: expect.stringContaining('Pilih kasus yang dikirim') });
    expect((await cli('bundle', 'export', '--case', 'REG/9999/X', '--out', out, '--data', d))).toMatchObject({ code: 1, err: expect.stringContaining('Tidak ada kasus dengan nomor register REG/9999/X') });
    expect((await cli('bundle', 'export', '--since', 'YESTERDAY', '--out', out, '--data', d))).toMatchObject({ code: 1, err: expect.stringContaining('--since takes LAST') });
    expect(existsSync(out)).toBe(false);
    expect((await cli('bundle', 'export', '--from', '2000-01-01', '--with-evidence', '--out', out, '--data', d)).out).toMatch(/: 2 cases, 0 letters, /);
    expect(bundleJson(out).withEvidence).toBe(true);
    expect((await cli('bundle', 'export', '--from', '2000-01-01', '--out', out, '--data', d))).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
    // Nothing was recorded for the refused attempts: one outbox row, one audit row.
    expect(await withDb(d, (ctx) => ctx.db.prepare("SELECT (SELECT count(*) FROM bundle_outbox) AS outbox, (SELECT count(*) FROM audit_log WHERE action = 'bundle.export') AS audit").get())).toEqual({ outbox: 1, audit: 1 });
  });
});
