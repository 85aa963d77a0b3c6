import { X509Certificate, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';

export const CERT_FILE = 'server-cert.pem';
export const KEY_FILE = 'server-key.pem';

export interface ServerCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the DER certificate, upper-case hex pairs joined by colons: what clients compare. */
  fingerprint: string;
  /** True when this start created it. */
  created: boolean;
}

/**
 * The office server's certificate, kept in `dir` (the data folder or --tls-dir): created on
 * the first start, reused afterwards, so the fingerprint the administrator hands to the
 * clients stays the same. Self-signed: an office LAN has no public name a CA could vouch
 * for; clients pin the fingerprint instead.
 *
 * The key pair comes from node:crypto (RSA 2048, native and fast); node-forge (a single
 * package without dependencies, maintained since 2010) only writes the X.509 structure,
 * which Node itself cannot.
 */
export function ensureServerCertificate(dir: string, names: { dns: string[]; ips: string[] }, now: Date = new Date()): ServerCertificate {
  const certFile = join(dir, CERT_FILE);
  const keyFile = join(dir, KEY_FILE);
  if (existsSync(certFile) && existsSync(keyFile)) {
    const cert = readFileSync(certFile, 'utf8');
    const key = readFileSync(keyFile, 'utf8');
    return { cert, key, fingerprint: new X509Certificate(cert).fingerprint256, created: false };
  }
  mkdirSync(dir, { recursive: true });
  const { cert, key } = createSelfSigned(names, now);
  // Key first, each under a temp name then renamed: a crash leaves no certificate without its key.
  writeAtomically(keyFile, key, 0o600);
  writeAtomically(certFile, cert, 0o644);
  return { cert, key, fingerprint: new X509Certificate(cert).fingerprint256, created: true };
}

function writeAtomically(file: string, text: string, mode: number): void {
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, text, { mode });
  renameSync(tmp, file);
}

function createSelfSigned(names: { dns: string[]; ips: string[] }, now: Date): { cert: string; key: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // A positive serial: the top bit cleared.
  const serial = randomBytes(16);
  serial[0] = serial[0]! & 0x7f;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3600_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 24 * 3600_000);
  const subject = [
    { name: 'commonName', value: 'Sipena office server' },
    { name: 'organizationName', value: 'Sipena' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [...names.dns.map((value) => ({ type: 2, value })), ...names.ips.map((ip) => ({ type: 7, ip }))],
    },
  ]);
  // node:crypto's PEM key, read by forge only to sign once.
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: privateKey };
}
