import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

/** scrypt cost parameters, stored with every hash so they can be raised later without locking anyone out. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

/** OWASP's recommended minimum for scrypt (N=2^17, r=8, p=1): about 0.4 s and 128 MiB per hash. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1, keylen: 32 };

export interface StoredPassword {
  hash: string;
  salt: string;
  params: string;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // 128 * N * r bytes are needed; leave headroom above Node's 32 MiB default.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  // Async scrypt runs on libuv's thread pool, so the Electron main process stays responsive.
  return new Promise((ok, fail) => scrypt(password.normalize('NFC'), salt, params.keylen, options, (e, key) => (e ? fail(e) : ok(key))));
}

/** Hashes a new password with a fresh 16-byte salt. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<StoredPassword> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return { hash: key.toString('base64'), salt: salt.toString('base64'), params: JSON.stringify(params) };
}

function parseParams(text: string): ScryptParams {
  const p = JSON.parse(text) as Partial<ScryptParams>;
  const ok = (n: unknown, max: number) => typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= max;
  if (!ok(p.N, 2 ** 22) || !ok(p.r, 64) || !ok(p.p, 16) || !ok(p.keylen, 128)) throw new Error('stored scrypt parameters are out of range');
  return p as ScryptParams;
}

/** Compares a password with a stored hash in constant time, using the parameters it was stored with. */
export async function verifyPassword(password: string, stored: StoredPassword): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), parseParams(stored.params));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * Spends the same time as a real check for a user name that does not exist, so the
 * response time does not tell an attacker which names are accounts.
 */
export async function burnPasswordCheck(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<void> {
  await derive(password, Buffer.alloc(16), params);
}

/** Seconds an account stays locked after `failures` consecutive wrong passwords: 30 s at the 5th, doubling, at most an hour. */
export function lockoutSeconds(failures: number): number {
  if (failures < 5) return 0;
  return Math.min(30 * 2 ** (failures - 5), 3600);
}
