import { normaliseFingerprint, parseServerAddress } from '../../../shared/connect/server-address.ts';
import type { AppMode } from '../../../shared/connect/server-address.ts';
import { parseListen } from '../../server/listen-address.ts';
import { probeServer } from './server-probe.ts';
import type { ProbeResult } from './server-probe.ts';

/** What the first-launch screen sends for "Hubungkan ke server kantor". */
export interface ClientChoiceInput {
  address: string;
  fingerprint: string;
}

export type ChoiceCheck = { ok: true; mode: AppMode } | { ok: false; errorKey: string; params?: Record<string, string>; field?: 'address' | 'fingerprint' | 'listen' };

/**
 * Checks a client choice the way the clerk will rely on it: the address must be an HTTPS
 * server address, the fingerprint 64 hex digits, and the server at that address must
 * present exactly that certificate, found by a TLS handshake that sends nothing (see
 * probeServer). Only then is the choice stored.
 */
export async function checkClientChoice(input: ClientChoiceInput, probe: (url: string, fp: string) => Promise<ProbeResult> = probeServer): Promise<ChoiceCheck> {
  const address = parseServerAddress(input.address);
  if (!address.ok) return { ok: false, errorKey: address.errorKey, field: 'address' };
  const fingerprint = normaliseFingerprint(input.fingerprint);
  if (fingerprint === null) return { ok: false, errorKey: 'connect.fingerprintInvalid', field: 'fingerprint' };
  const found = await probe(address.url, fingerprint);
  if (!found.ok && found.kind === 'unreachable') return { ok: false, errorKey: 'connect.unreachable', params: { address: address.url, reason: found.reason } };
  if (!found.ok) return { ok: false, errorKey: 'connect.mismatch', params: { address: address.url, seen: found.seen, expected: fingerprint }, field: 'fingerprint' };
  return { ok: true, mode: { mode: 'client', serverUrl: address.url, fingerprint } };
}

/** "Jalankan sebagai server kantor": an empty listen address means this computer only (loopback). */
export function checkServerChoice(listen: string): ChoiceCheck {
  const text = listen.trim();
  if (text === '') return { ok: true, mode: { mode: 'server' } };
  try {
    const parsed = parseListen(text);
    if (parsed.host === '0.0.0.0' || parsed.host === '::') return { ok: false, errorKey: 'connect.listenInvalid', field: 'listen' };
    return { ok: true, mode: { mode: 'server', listen: text } };
  } catch {
    return { ok: false, errorKey: 'connect.listenInvalid', field: 'listen' };
  }
}
