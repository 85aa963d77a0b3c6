import { isIP } from 'node:net';

export interface ListenAddress {
  host: string;
  port: number;
}

export const DEFAULT_LISTEN: ListenAddress = { host: '127.0.0.1', port: 8443 };

/** Parses `ADDR:PORT` (`[::1]:8443` for IPv6). Throws a clear message naming what is wrong. */
export function parseListen(text: string): ListenAddress {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(text) ?? /^([^:]+):(\d+)$/.exec(text);
  if (!m) throw new Error(`--listen must be ADDRESS:PORT (e.g. 192.168.1.10:8443), got "${text}"`);
  const host = m[1]!;
  const port = Number(m[2]);
  if (!isIP(host)) throw new Error(`--listen needs an IP address of this computer, got "${host}"`);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--listen port must be 0-65535, got "${m[2]}"`);
  return { host, port };
}

export function isLoopback(host: string): boolean {
  return host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The address as it appears in a URL and a Host header. */
export function hostForUrl(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}
