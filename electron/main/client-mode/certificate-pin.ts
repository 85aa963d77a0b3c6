import { X509Certificate, createHash } from 'node:crypto';

/**
 * Certificate pinning for a client PC: the office server's certificate is self-signed (an
 * office LAN has no public name a CA could vouch for), so the only thing that tells the
 * real server from an impostor on the network is the SHA-256 fingerprint the administrator
 * read off the server's start line. Electron-free: the shell (client-window.ts) asks
 * `pinDecision` about every TLS connection before a byte of a request is sent.
 */

export interface ServerPin {
  /** `https://host:port/` as stored in the app config. */
  serverUrl: string;
  /** Upper-case hex pairs joined by colons, as the server prints it. */
  fingerprint: string;
}

/** SHA-256 of a certificate's DER bytes, in the server's spelling (AA:BB:...). */
export function fingerprintOfDer(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':');
}

/** SHA-256 fingerprint of a PEM certificate (Electron hands the peer certificate as PEM). */
export function fingerprintOfPem(pem: string): string | null {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return null;
  }
}

function bareHost(host: string): string {
  return host.replace(/^\[|\]$/g, '').toLowerCase();
}

export type PinDecision = { accept: true } | { accept: false; reason: 'other-host' | 'changed' | 'unreadable'; seen: string | null };

/**
 * Whether a TLS connection to `hostname` showing `certificatePem` may be used: only the pinned
 * server's host, and only with exactly the pinned fingerprint. A changed certificate is
 * refused (never "trust on first use" again: that is exactly what an impostor would want);
 * any other host is refused too, so the window can reach nothing but the office server.
 */
export function pinDecision(hostname: string, certificatePem: string, pin: ServerPin): PinDecision {
  const pinnedHost = bareHost(new URL(pin.serverUrl).hostname);
  if (bareHost(hostname) !== pinnedHost) return { accept: false, reason: 'other-host', seen: null };
  const seen = fingerprintOfPem(certificatePem);
  if (seen === null) return { accept: false, reason: 'unreadable', seen: null };
  return seen === pin.fingerprint.toUpperCase() ? { accept: true } : { accept: false, reason: 'changed', seen };
}
