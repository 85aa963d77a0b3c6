import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerCertificate } from '../../electron/server/tls-certificate.ts';
import type { ServerCertificate } from '../../electron/server/tls-certificate.ts';
import { fingerprintOfPem, pinDecision } from '../../electron/main/client-mode/certificate-pin.ts';
import { clientCsp, clientNavigationAllowed, clientRequestAllowed, isServerUrl } from '../../electron/main/client-mode/client-policy.ts';
import { appConfigPath, readAppMode, startupMode, writeAppMode } from '../../electron/main/client-mode/app-config.ts';
import { normaliseFingerprint, parseServerAddress } from '../../shared/connect/server-address.ts';

let dir: string;
let real: ServerCertificate;
let impostor: ServerCertificate;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sipena-pin-'));
  real = ensureServerCertificate(join(dir, 'real'), { dns: ['localhost'], ips: ['192.168.1.10'] });
  // Same names, another key: what someone impersonating the server on the LAN would show.
  impostor = ensureServerCertificate(join(dir, 'impostor'), { dns: ['localhost'], ips: ['192.168.1.10'] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('certificate pinning (pinDecision)', () => {
  const pin = () => ({ serverUrl: 'https://192.168.1.10:8443/', fingerprint: real.fingerprint });

  it('accepts the pinned server only with exactly the fingerprint the server printed', () => {
    expect(fingerprintOfPem(real.cert)).toBe(real.fingerprint);
    expect(pinDecision('192.168.1.10', real.cert, pin())).toEqual({ accept: true });
  });

  it('refuses a changed certificate on the same address and says what it saw', () => {
    expect(pinDecision('192.168.1.10', impostor.cert, pin())).toEqual({ accept: false, reason: 'changed', seen: impostor.fingerprint });
  });

  it('refuses every other host, even one showing the pinned certificate', () => {
    expect(pinDecision('192.168.1.11', real.cert, pin())).toEqual({ accept: false, reason: 'other-host', seen: null });
    expect(pinDecision('fonts.googleapis.com', real.cert, pin())).toMatchObject({ accept: false });
  });

  it('refuses what is not a certificate', () => {
    expect(pinDecision('192.168.1.10', 'not a certificate', pin())).toEqual({ accept: false, reason: 'unreadable', seen: null });
  });

  it('matches an IPv6 server whichever way the host is bracketed', () => {
    const v6 = { serverUrl: 'https://[::1]:8443/', fingerprint: real.fingerprint };
    expect(pinDecision('::1', real.cert, v6)).toEqual({ accept: true });
    expect(pinDecision('[::1]', real.cert, v6)).toEqual({ accept: true });
  });
});

describe('server address and fingerprint as a clerk types them', () => {
  it('reads the address the server printed, with or without scheme and port', () => {
    for (const typed of ['https://192.168.1.10:8443/', '192.168.1.10:8443', ' 192.168.1.10 ', 'https://192.168.1.10:8443']) {
      expect(parseServerAddress(typed)).toMatchObject({ ok: true, url: 'https://192.168.1.10:8443/', origin: 'https://192.168.1.10:8443', port: 8443 });
    }
    expect(parseServerAddress('inspektorat-srv:9443')).toMatchObject({ ok: true, url: 'https://inspektorat-srv:9443/' });
    expect(parseServerAddress('https://srv:443/')).toMatchObject({ ok: true, url: 'https://srv:443/', port: 443 });
  });

  it('refuses http, paths, user names and empty input with a specific message key', () => {
    expect(parseServerAddress('')).toEqual({ ok: false, errorKey: 'connect.addressRequired' });
    expect(parseServerAddress('http://192.168.1.10:8443/')).toEqual({ ok: false, errorKey: 'connect.addressHttpsOnly' });
    expect(parseServerAddress('https://192.168.1.10:8443/ipc/cases:list')).toEqual({ ok: false, errorKey: 'connect.addressInvalid' });
    expect(parseServerAddress('https://admin@192.168.1.10/')).toEqual({ ok: false, errorKey: 'connect.addressInvalid' });
    expect(parseServerAddress('192.168.1.10:99999')).toEqual({ ok: false, errorKey: 'connect.addressInvalid' });
  });

  it('normalises a pasted fingerprint and refuses one digit short', () => {
    const fp = real.fingerprint;
    expect(normaliseFingerprint(fp)).toBe(fp);
    expect(normaliseFingerprint(`sha256=${fp.toLowerCase()}`)).toBe(fp);
    expect(normaliseFingerprint(fp.replaceAll(':', ' '))).toBe(fp);
    expect(normaliseFingerprint(fp.replaceAll(':', '').slice(1))).toBeNull();
    expect(normaliseFingerprint(`${fp}:00`)).toBeNull();
    expect(normaliseFingerprint('ZZ'.repeat(32))).toBeNull();
  });
});

describe('the client window may reach the pinned server only', () => {
  const origin = 'https://192.168.1.10:8443';
  it('navigation: the server pages and the app connection page, nothing else', () => {
    expect(clientNavigationAllowed('https://192.168.1.10:8443/#/cases', origin)).toBe(true);
    expect(clientNavigationAllowed('app://sipena/connect.html', origin)).toBe(true);
    expect(clientNavigationAllowed('https://192.168.1.10:9443/', origin)).toBe(false);
    expect(clientNavigationAllowed('http://192.168.1.10:8443/', origin)).toBe(false);
    expect(clientNavigationAllowed('https://user:pw@192.168.1.10:8443/', origin)).toBe(false);
    expect(clientNavigationAllowed('https://evil.example/', origin)).toBe(false);
    expect(isServerUrl('https://192.168.1.10:8443/ipc/auth:status', origin)).toBe(true);
  });

  it('requests: same origin, in-page data and blobs of that page; the internet and other PCs are cancelled', () => {
    expect(clientRequestAllowed('https://192.168.1.10:8443/assets/index.js', origin)).toBe(true);
    expect(clientRequestAllowed('data:image/png;base64,AAAA', origin)).toBe(true);
    expect(clientRequestAllowed('blob:https://192.168.1.10:8443/0d9c', origin)).toBe(true);
    expect(clientRequestAllowed('blob:https://evil.example/0d9c', origin)).toBe(false);
    expect(clientRequestAllowed('https://fonts.googleapis.com/css', origin)).toBe(false);
    expect(clientRequestAllowed('http://192.168.1.10:8443/', origin)).toBe(false);
    expect(clientRequestAllowed('wss://192.168.1.10:8443/', origin)).toBe(false);
  });

  it('CSP names that origin in place of self, and nothing else', () => {
    const csp = clientCsp(origin);
    expect(csp).toContain(`script-src ${origin}`);
    expect(csp).toContain(`connect-src ${origin}`);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("'self'");
  });
});

describe('the app config keeps the choice, not case data', () => {
  it('stores the choice in the user app folder and reads it back; a foreign or broken file means ask again', () => {
    const userData = join(dir, 'user');
    expect(readAppMode(userData)).toBeNull();
    writeAppMode(userData, { mode: 'client', serverUrl: 'https://192.168.1.10:8443/', fingerprint: real.fingerprint });
    expect(readAppMode(userData)).toEqual({ mode: 'client', serverUrl: 'https://192.168.1.10:8443/', fingerprint: real.fingerprint });
    writeFileSync(appConfigPath(userData), '{"mode":"client","serverUrl":"http://x/","fingerprint":"AB"}');
    expect(readAppMode(userData)).toBeNull();
    writeFileSync(appConfigPath(userData), 'not json');
    expect(readAppMode(userData)).toBeNull();
    expect(() => writeAppMode(userData, { mode: 'client', serverUrl: 'https://x:8443/', fingerprint: 'AB' })).toThrow();
  });

  it('asks at first launch, keeps the stored choice, and a named data folder means this computer', () => {
    const client = { mode: 'client' as const, serverUrl: 'https://192.168.1.10:8443/', fingerprint: real.fingerprint };
    expect(startupMode(['electron', '.'], {}, null)).toEqual({ mode: 'ask' });
    expect(startupMode(['electron', '.'], {}, client)).toEqual(client);
    expect(startupMode(['electron', '.', '--connect-setup'], {}, client)).toEqual({ mode: 'ask' });
    expect(startupMode(['electron', '.', '--data', '/tmp/x'], {}, null)).toEqual({ mode: 'local' });
    expect(startupMode(['electron', '.'], { SIPENA_DATA_DIR: '/tmp/x' }, client)).toEqual({ mode: 'local' });
  });
});
