import { z } from 'zod';

/**
 * What a client PC is told to connect to: the office server's address as the server prints
 * it (`Sipena server: https://192.168.1.10:8443/ sha256=A0:E4:...`) and the certificate
 * fingerprint printed beside it. Pure, so the first-launch screen and the main process read
 * the same typing the same way.
 */

/** Default port of `npm run serve` (electron/server/listen-address.ts). */
export const DEFAULT_SERVER_PORT = 8443;

export type AddressResult = { ok: true; url: string; origin: string; hostname: string; port: number } | { ok: false; errorKey: string };

/**
 * Reads what a clerk types as the server's address: `192.168.1.10`, `192.168.1.10:8443`,
 * `inspektorat-srv:8443` or the whole `https://.../` line the server printed. Only HTTPS:
 * the server speaks nothing else, and a plain `http://` address is refused rather than
 * "corrected", because the fingerprint is only worth anything over TLS.
 */
export function parseServerAddress(text: string): AddressResult {
  const raw = text.trim();
  if (raw === '') return { ok: false, errorKey: 'connect.addressRequired' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !/^https:\/\//i.test(raw)) return { ok: false, errorKey: 'connect.addressHttpsOnly' };
  let u: URL;
  try {
    u = new URL(/^https:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { ok: false, errorKey: 'connect.addressInvalid' };
  }
  // Only the server's root: a path, query, user name or fragment is not part of an address.
  if (u.username !== '' || u.password !== '' || (u.pathname !== '/' && u.pathname !== '') || u.search !== '' || u.hash !== '') {
    return { ok: false, errorKey: 'connect.addressInvalid' };
  }
  if (u.hostname === '' || /[^a-z0-9.\-[\]:]/i.test(u.hostname)) return { ok: false, errorKey: 'connect.addressInvalid' };
  const port = u.port === '' ? (/:443(\/|$)/.test(raw) ? 443 : DEFAULT_SERVER_PORT) : Number(u.port);
  const origin = `https://${u.hostname}:${port}`;
  return { ok: true, url: `${origin}/`, origin, hostname: u.hostname.replace(/^\[|\]$/g, ''), port };
}

/**
 * The SHA-256 fingerprint in the server's own spelling (32 upper-case hex pairs joined by
 * colons), from what a clerk types or pastes: with or without the `sha256=` prefix, colons,
 * spaces or lower case. Null when it is not 64 hex digits: a short or mistyped fingerprint
 * must never be "close enough".
 */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.trim().replace(/^sha256[=:]\s*/i, '').replace(/[:\s-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}

/** How this desktop app runs, chosen at first launch and kept in the user's app config. */
export const appModeSchema = z.discriminatedUnion('mode', [
  /** "Komputer ini saja": the local database in the data folder (as before). */
  z.object({ mode: z.literal('local') }),
  /** "Hubungkan ke server kantor": the window shows the office server; nothing is stored here. */
  z.object({
    mode: z.literal('client'),
    serverUrl: z.string().refine((s) => {
      const a = parseServerAddress(s);
      return a.ok && a.url === s;
    }),
    fingerprint: z.string().refine((s) => normaliseFingerprint(s) === s),
  }),
  /** "Jalankan sebagai server kantor": this PC is the office server (tray icon) and shows it too. */
  z.object({ mode: z.literal('server'), listen: z.string().optional() }),
]);
export type AppMode = z.infer<typeof appModeSchema>;
