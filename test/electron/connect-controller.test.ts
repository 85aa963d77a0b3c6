import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:tls';
import type { Server } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerCertificate } from '../../electron/server/tls-certificate.ts';
import type { ServerCertificate } from '../../electron/server/tls-certificate.ts';
import { probeServer } from '../../electron/main/client-mode/server-probe.ts';
import { connectController } from '../../electron/main/client-mode/connect-controller.ts';
import { readAppMode } from '../../electron/main/client-mode/app-config.ts';
import type { AppMode } from '../../shared/connect/server-address.ts';

let dir: string;
let cert: ServerCertificate;
let other: ServerCertificate;
let server: Server;
let port: number;
/** Bytes any client sent after the TLS handshake: the probe must send none. */
let bytesReceived = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sipena-probe-'));
  cert = ensureServerCertificate(join(dir, 'tls'), { dns: ['localhost'], ips: ['127.0.0.1'] });
  other = ensureServerCertificate(join(dir, 'other'), { dns: ['localhost'], ips: ['127.0.0.1'] });
  server = createServer({ cert: cert.cert, key: cert.key }, (socket) => {
    socket.on('data', (d: Buffer) => (bytesReceived += d.length));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

describe('probeServer: the certificate is compared before anything is sent', () => {
  it('matches the printed fingerprint and sends no byte over the connection', async () => {
    expect(await probeServer(`https://127.0.0.1:${port}/`, cert.fingerprint)).toEqual({ ok: true });
    await new Promise((r) => setImmediate(r));
    expect(bytesReceived).toBe(0);
  });

  it('reports the fingerprint it saw when it is another one', async () => {
    expect(await probeServer(`https://127.0.0.1:${port}/`, other.fingerprint)).toEqual({ ok: false, kind: 'mismatch', seen: cert.fingerprint });
  });

  it('reports an address where nothing listens as unreachable', async () => {
    const closed = createServer({ cert: cert.cert, key: cert.key });
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const free = (closed.address() as { port: number }).port;
    await new Promise((ok) => closed.close(ok));
    expect(await probeServer(`https://127.0.0.1:${free}/`, cert.fingerprint)).toEqual({ ok: false, kind: 'unreachable', reason: 'ECONNREFUSED' });
  });
});

describe('connectController: the connection page calls', () => {
  function controller(userData: string, state: Parameters<typeof connectController>[0]['state'] = { reason: 'first' }) {
    const chosen: AppMode[] = [];
    return { chosen, c: connectController({ userData, state, onChosen: (m) => chosen.push(m) }) };
  }

  it('stores "Hubungkan ke server kantor" only when the server shows the typed fingerprint', async () => {
    const userData = join(dir, 'u1');
    const { c, chosen } = controller(userData);
    const wrong = await c.connectToServer({ address: `127.0.0.1:${port}`, fingerprint: other.fingerprint });
    expect(wrong).toEqual({ ok: false, errorKey: 'connect.mismatch', field: 'fingerprint', params: { address: `https://127.0.0.1:${port}/`, seen: cert.fingerprint, expected: other.fingerprint } });
    expect(readAppMode(userData)).toBeNull();
    expect(chosen).toEqual([]);
    const right = await c.connectToServer({ address: `https://127.0.0.1:${port}/`, fingerprint: `sha256=${cert.fingerprint.toLowerCase()}` });
    expect(right).toEqual({ ok: true });
    const stored = { mode: 'client', serverUrl: `https://127.0.0.1:${port}/`, fingerprint: cert.fingerprint };
    expect(readAppMode(userData)).toEqual(stored);
    expect(chosen).toEqual([stored]);
  });

  it('names the field that is wrong without touching the network', async () => {
    const { c } = controller(join(dir, 'u2'));
    expect(await c.connectToServer({ address: 'http://127.0.0.1/', fingerprint: cert.fingerprint })).toEqual({ ok: false, errorKey: 'connect.addressHttpsOnly', field: 'address' });
    expect(await c.connectToServer({ address: '127.0.0.1:8443', fingerprint: 'A0:E4' })).toEqual({ ok: false, errorKey: 'connect.fingerprintInvalid', field: 'fingerprint' });
    expect(await c.connectToServer({ address: 7 })).toEqual({ ok: false, errorKey: 'connect.invalidChoice' });
  });

  it('"Komputer ini saja" is stored; "Coba lagi" reuses the stored choice and is refused at first launch', async () => {
    const userData = join(dir, 'u3');
    const first = controller(userData);
    expect(first.c.choose({ mode: 'retry' })).toEqual({ ok: false, errorKey: 'connect.invalidChoice' });
    expect(first.c.choose({ mode: 'local' })).toEqual({ ok: true });
    expect(readAppMode(userData)).toEqual({ mode: 'local' });
    const stored = { mode: 'client' as const, serverUrl: 'https://127.0.0.1:8443/', fingerprint: cert.fingerprint };
    const again = controller(join(dir, 'u4'), { reason: 'changed', serverUrl: stored.serverUrl, expected: cert.fingerprint, seen: other.fingerprint, stored });
    expect(again.c.choose({ mode: 'retry' })).toEqual({ ok: true });
    expect(again.chosen).toEqual([stored]);
    expect(readAppMode(join(dir, 'u4'))).toBeNull();
  });
});
