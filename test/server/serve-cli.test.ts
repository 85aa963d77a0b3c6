import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, scratchDirs } from '../support/run-cli.ts';
import { httpsRaw } from '../support/https-client.ts';

const servePath = resolve(import.meta.dirname, '..', '..', 'electron', 'server', 'main.ts');
const dirs = scratchDirs();
const running: ChildProcess[] = [];
afterEach(() => {
  for (const p of running.splice(0)) if (p.exitCode === null) p.kill('SIGKILL');
});

/** Starts `npm run serve -- ARGS` as a child; resolves with its first stdout line (or its exit). */
function serve(args: string[]): Promise<{ child: ChildProcess; line: string; stderr: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [servePath, ...args], { env: { ...process.env, SIPENA_DATA_DIR: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return new Promise((ok) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) ok({ child, line: out, stderr: () => err, exited });
    });
    void exited.then(() => ok({ child, line: out, stderr: () => err, exited }));
  });
}

describe('npm run serve', () => {
  it('creates a certificate once, prints one line with its fingerprint, serves HTTPS, and stops cleanly on SIGTERM', async () => {
    const data = dirs();
    const first = await serve(['--data', data, '--listen', '127.0.0.1:0']);
    expect(first.line).toMatch(/^Sipena server: https:\/\/127\.0\.0\.1:\d+\/ sha256=([0-9A-F]{2}:){31}[0-9A-F]{2}\n$/);
    const cert = readFileSync(join(data, 'server-cert.pem'), 'utf8');
    const x509 = new X509Certificate(cert);
    expect(first.line).toContain(`sha256=${x509.fingerprint256}`);
    expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
    const port = Number(/:(\d+)\//.exec(first.line)![1]);
    // Trusting exactly that certificate, the page and the API answer; nothing else is printed.
    expect((await httpsRaw(port, cert, 'GET', '/')).status).toBe(200);
    const status = await httpsRaw(port, cert, 'POST', '/ipc/auth:status', { 'content-type': 'application/json', 'x-sipena-csrf': '-' }, '{}');
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { needsSetup: true, user: null } });
    // While it runs the data folder is its own: a writing CLI command is refused.
    expect(runCli(['init', '--data', data]).code).not.toBe(0);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.stderr()).toBe('');
    expect(existsSync(join(data, 'sipena.lock'))).toBe(false);
    expect(runCli(['verify', '--data', data]).code).toBe(0);

    // The second start keeps the certificate: the fingerprint the clients pinned stays valid.
    const second = await serve(['--data', data, '--listen', '127.0.0.1:0']);
    expect(second.line).toContain(`sha256=${x509.fingerprint256}`);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('keeps the certificate in --tls-dir when given, and refuses a wildcard address or a missing --data', async () => {
    const data = dirs();
    const tls = dirs();
    const run = await serve(['--data', data, '--listen', '127.0.0.1:0', '--tls-dir', tls]);
    expect(existsSync(join(tls, 'server-cert.pem'))).toBe(true);
    expect(existsSync(join(data, 'server-cert.pem'))).toBe(false);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);

    const wildcard = await serve(['--data', data, '--listen', '0.0.0.0:8443']);
    expect(await wildcard.exited).toBe(1);
    expect(wildcard.stderr()).toMatch(/^Sipena server: --listen needs the one LAN address/);
    const noData = await serve([]);
    expect(await noData.exited).toBe(1);
    expect(noData.stderr()).toMatch(/--data DIR is required/);
  });
});
