import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, runCliHere, scratchDirs } from '../support/run-cli.ts';

// In this process (runCliHere); a real Node process (runCli) where its stdin, exit code and
// stderr are the point: the damage report and the refusal of a restore without a terminal.
const cli = (...args: string[]) => runCliHere(args);
const spawned = (...args: string[]) => runCli(args);
const dir = scratchDirs();
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** An initialised data folder with one marker setting (audited) and two evidence files. */
async function dataFolder(): Promise<{ d: string; evidence: string[] }> {
  const d = dir();
  expect((await cli('init', '--data', d)).code).toBe(0);
  const db = new Database(join(d, 'sipena.sqlite3'));
  db.prepare("INSERT INTO settings (key, value) VALUES ('marker', 'v1')").run();
  db.close();
  mkdirSync(join(d, 'evidence'));
  const evidence = ['foto spanduk', 'rekaman video'].map((c) => {
    writeFileSync(join(d, 'evidence', sha(c)), c);
    return sha(c);
  });
  return { d, evidence };
}
function marker(d: string): string {
  const db = new Database(join(d, 'sipena.sqlite3'), { readonly: true });
  const row = db.prepare("SELECT value FROM settings WHERE key = 'marker'").get() as { value: string };
  db.close();
  return row.value;
}

describe('CLI backup, restore, verify', () => {
  it('backup without --out writes a verified backup with manifest into backups/', async () => {
    const { d } = await dataFolder();
    const r = await cli('backup', '--data', d);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/backup written and verified: .*backups\/sipena-manual-\d{8}T\d{9}Z\.sqlite3 .*2 evidence files/);
    const names = readdirSync(join(d, 'backups'));
    expect(names.filter((n) => n.endsWith('.sqlite3'))).toHaveLength(1);
    expect(names.filter((n) => n.endsWith('.manifest.json'))).toHaveLength(1);
  });

  it('backup --out FILE writes the verified copy atomically with its manifest beside it, and never overwrites either', async () => {
    const { d, evidence } = await dataFolder();
    const target = dir();
    const out = join(target, 'usb-copy.sqlite3');
    const r = await cli('backup', '--out', out, '--data', d);
    expect(r.code).toBe(0);
    expect(r.out).toContain('usb-copy.manifest.json');
    // No .partial left behind: exactly the copy and its manifest.
    expect(readdirSync(target).sort()).toEqual(['usb-copy.manifest.json', 'usb-copy.sqlite3']);
    const manifest = JSON.parse(readFileSync(join(target, 'usb-copy.manifest.json'), 'utf8')) as { database: { file: string; sha256: string }; evidence: { sha256: string }[] };
    expect(manifest.database).toMatchObject({ file: 'usb-copy.sqlite3', sha256: sha(readFileSync(out)) });
    expect(manifest.evidence.map((e) => e.sha256).sort()).toEqual([...evidence].sort());
    // A name without .sqlite3 gets `<name>.manifest.json`, never replacing the copy itself.
    const bare = join(target, 'salinan');
    expect((await cli('backup', '--out', bare, '--data', d)).code).toBe(0);
    expect(readdirSync(target).sort()).toEqual(['salinan', 'salinan.manifest.json', 'usb-copy.manifest.json', 'usb-copy.sqlite3']);
    // A manifest already there (its copy deleted) is not overwritten either.
    rmSync(out);
    expect(await cli('backup', '--out', out, '--data', d)).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
  });

  it('verify names a hand-altered audit row, a deleted and an altered evidence file, one line each', async () => {
    const { d, evidence } = await dataFolder();
    expect(await cli('verify', '--data', d)).toMatchObject({ code: 0, out: expect.stringContaining('evidence ok: 2 files') });
    // The backup's manifest remembers the evidence, so a deleted file is noticed even without a database row.
    expect((await cli('backup', '--data', d)).code).toBe(0);
    const db = new Database(join(d, 'sipena.sqlite3'));
    // Some audit rows exist (e.g. from the account setup); write two so there is a second row to alter.
    db.exec('DROP TRIGGER audit_log_no_update');
    const rows = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    if (rows === 0) {
      db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id, prev_hash, hash) VALUES ('2024-01-01T00:00:00.000Z', 'x', 'y', 'z', '1', ?, 'h1')").run('0'.repeat(64));
    }
    const first = db.prepare('SELECT id FROM audit_log ORDER BY id LIMIT 1').get() as { id: number };
    db.prepare("UPDATE audit_log SET actor = 'pemalsu' WHERE id = ?").run(first.id);
    db.close();
    rmSync(join(d, 'evidence', evidence[0]!));
    writeFileSync(join(d, 'evidence', evidence[1]!), 'diganti');
    const r = spawned('verify', '--data', d);
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('missing trigger: audit_log_no_update');
    expect(lines[1]).toMatch(new RegExp(`audit trail broken at row ${first.id}\\b`));
    expect(lines.slice(2)).toEqual(
      expect.arrayContaining([expect.stringContaining(`evidence file missing: ${evidence[0]}`), expect.stringContaining(`evidence file altered: ${evidence[1]}`)]),
    );
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('restore shows the preview, refuses without --yes when not interactive, and restores with --yes after backing up', async () => {
    const { d } = await dataFolder();
    const out = join(dir(), 'copy.sqlite3');
    expect((await cli('backup', '--out', out, '--data', d)).code).toBe(0);
    const db = new Database(join(d, 'sipena.sqlite3'));
    db.prepare("UPDATE settings SET value = 'v2' WHERE key = 'marker'").run();
    db.close();
    const refused = spawned('restore', out, '--data', d);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('schema:');
    expect(refused.err).toContain('add --yes');
    expect(marker(d)).toBe('v2');
    const r = await cli('restore', out, '--data', d, '--yes');
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toMatch(/previous state was backed up as sipena-pre-restore-/);
    expect(marker(d)).toBe('v1');
    expect((await cli('verify', '--data', d)).code).toBe(0);
  });

  it('restore over a truncated database keeps the damaged file aside and brings the backup back', async () => {
    const { d } = await dataFolder();
    expect((await cli('backup', '--data', d)).code).toBe(0);
    const backup = readdirSync(join(d, 'backups')).find((n) => n.endsWith('.sqlite3'))!;
    const file = join(d, 'sipena.sqlite3');
    truncateSync(file, 3 * 1024);
    const damaged = readFileSync(file);
    expect((await cli('verify', '--data', d)).code).toBe(1);
    const r = await cli('restore', join(d, 'backups', backup), '--data', d, '--yes');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/unreadable database \(damaged\) was kept as sipena\.sqlite3\.damaged-/);
    const aside = readdirSync(d).find((n) => n.startsWith('sipena.sqlite3.damaged-') && !/-(wal|shm)$/.test(n))!;
    expect(readFileSync(join(d, aside)).equals(damaged)).toBe(true);
    expect(marker(d)).toBe('v1');
    expect((await cli('verify', '--data', d)).code).toBe(0);
  });

  it('restore refuses a file that is not a backup, in one line, changing nothing', async () => {
    const { d } = await dataFolder();
    const junk = join(dir(), 'junk.sqlite3');
    writeFileSync(junk, 'x'.repeat(4096));
    const before = readFileSync(join(d, 'sipena.sqlite3'));
    const r = await cli('restore', junk, '--data', d, '--yes');
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/not restored: The backup file is damaged/);
    expect(readFileSync(join(d, 'sipena.sqlite3')).equals(before)).toBe(true);
    expect(existsSync(join(d, 'backups'))).toBe(false);
  });
});
