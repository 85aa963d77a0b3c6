import { connect } from 'node:tls';
import { isIP } from 'node:net';
import { fingerprintOfDer } from './certificate-pin.ts';

export type ProbeResult =
  | { ok: true }
  | { ok: false; kind: 'mismatch'; seen: string }
  | { ok: false; kind: 'unreachable'; reason: string };

/**
 * Opens a TLS connection to the office server, reads its certificate and closes the
 * connection again without sending a single byte of HTTP: the first-launch screen compares
 * the fingerprint the clerk typed before anything (a password, a cookie) could travel.
 * Certificate validation is off here on purpose (the certificate is self-signed); the
 * fingerprint comparison IS the validation.
 */
export function probeServer(url: string, fingerprint: string, timeoutMs = 5_000): Promise<ProbeResult> {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: ProbeResult) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(r);
    };
    const socket = connect({
      host,
      port: Number(u.port || 443),
      // SNI only for names (an IP address in SNI is not allowed).
      ...(isIP(host) ? {} : { servername: host }),
      rejectUnauthorized: false,
    });
    socket.setTimeout(timeoutMs, () => done({ ok: false, kind: 'unreachable', reason: 'timeout' }));
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      if (!cert || !cert.raw) return done({ ok: false, kind: 'unreachable', reason: 'no certificate' });
      const seen = fingerprintOfDer(cert.raw);
      done(seen === fingerprint.toUpperCase() ? { ok: true } : { ok: false, kind: 'mismatch', seen });
    });
    socket.once('error', (e: NodeJS.ErrnoException) => done({ ok: false, kind: 'unreachable', reason: e.code ?? e.message }));
  });
}
