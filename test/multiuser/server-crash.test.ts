import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeClient } from '../support/https-client.ts';
import { runCli, scratchDirs } from '../support/run-cli.ts';
import { TEST_ADMIN, validCase } from '../support/temp-app.ts';

const servePath = resolve(import.meta.dirname, '..', '..', 'electron', 'server', 'main.ts');
const dirs = scratchDirs();
const running: ChildProcess[] = [];
afterEach(() => {
  for (const p of running.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
});

/** `npm run serve` as a child on a free loopback port; resolves once it printed its line. */
function serve(data: string): Promise<{ child: ChildProcess; port: number; ca: string; exited: Promise<void> }> {
  const child = spawn(process.execPath, [servePath, '--data', data, '--listen', '127.0.0.1:0'], { env: { ...process.env, SIPENA_DATA_DIR: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
  running.push(child);
  const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^Sipena server: https:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) ok({ child, port: Number(m[1]), ca: readFileSync(join(data, 'server-cert.pem'), 'utf8'), exited });
    });
    void exited.then(() => fail(new Error(`server exited before its line: ${out}`)));
  });
}

describe('the office server killed during a burst of writes', () => {
  it('keeps every write a client saw acknowledged, numbers stay gap-free, and verify passes after the restart', async () => {
    const data = dirs();
    const first = await serve(data);
    const admin = new OfficeClient(first.port, first.ca);
    const setup = await admin.call('auth:setup', { username: TEST_ADMIN.username, displayName: TEST_ADMIN.displayName, password: TEST_ADMIN.password });
    expect(setup.ok).toBe(true);
    const clients: OfficeClient[] = [];
    for (let i = 0; i < 5; i++) {
      expect((await admin.call('users:create', { username: `petugas${i}`, displayName: `Petugas ${i}`, role: 'clerk', password: TEST_ADMIN.password })).ok).toBe(true);
      const c = new OfficeClient(first.port, first.ca);
      await c.login(`petugas${i}`, TEST_ADMIN.password);
      clients.push(c);
    }

    // Five clients write as fast as they can; once 40 registrations are acknowledged the
    // server is killed outright, with more requests in flight.
    const acked = new Map<number, { registerNo: string; by: string }>();
    let killed = false;
    const kill = () => {
      if (!killed) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    };
    await Promise.all(
      clients.map(async (c, i) => {
        for (let k = 0; !killed; k++) {
          try {
            const r = await c.call('cases:create', { ...validCase, incidentPlace: `Desa ${i}-${k}`, acknowledgeDuplicates: true });
            if (!r.ok) throw new Error(r.error.message);
            acked.set(r.value['id'] as number, { registerNo: r.value['registerNo'] as string, by: `petugas${i}` });
            if (acked.size >= 40) kill();
          } catch (e) {
            // A connection cut by the kill: that write was never acknowledged.
            if (!killed) throw e;
          }
        }
      }),
    );
    await first.exited;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(40);

    // Restart on the same folder: the dead process's data lock is stale and is taken over.
    const second = await serve(data);
    const again = new OfficeClient(second.port, second.ca);
    await again.login('petugas0', TEST_ADMIN.password);
    expect((await again.call('cases:create', { ...validCase, incidentPlace: 'Setelah restart', acknowledgeDuplicates: true })).ok).toBe(true);
    second.child.kill('SIGTERM');
    await second.exited;
    expect(second.child.exitCode).toBe(0);

    const db = new Database(join(data, 'sipena.sqlite3'), { readonly: true });
    try {
      for (const [id, { registerNo, by }] of acked) {
        expect(db.prepare('SELECT register_no AS n, created_by AS by FROM cases WHERE id = ?').get(id), `case ${id}`).toEqual({ n: registerNo, by });
      }
      const numbers = (db.prepare('SELECT register_no AS n FROM cases ORDER BY id').all() as { n: string }[]).map((r) => r.n);
      expect(numbers).toEqual(numbers.map((_, i) => `REG/${String(i + 1).padStart(4, '0')}/${numbers[0]!.split('/').slice(2).join('/')}`));
      const actors = db.prepare("SELECT DISTINCT actor FROM audit_log WHERE action = 'case.create' ORDER BY actor").all();
      expect(actors).toEqual(clients.map((_, i) => ({ actor: `petugas${i}` })));
    } finally {
      db.close();
    }
    const verify = runCli(['verify', '--data', data]);
    expect(verify.err).toBe('');
    expect(verify.code).toBe(0);
  });
});
