import { extname, isAbsolute, join, relative, sep } from 'node:path';

// Electron-free on purpose: every rule the shell enforces (what may load, who may call
// IPC, which links may leave the app) is decided here, so plain Node tests can cover it.

/** The custom scheme the packaged renderer is served from (registered in protocol.ts). */
export const APP_SCHEME = 'app';
/** The single host of that scheme. */
export const APP_HOST = 'sipena';
/** Origin of every production page; no other origin is trusted. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window opens in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // Mantine (emotion-free since v7) still injects <style> tags at runtime.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['media-src', "'self' blob:"],
  ['font-src', "'self' data:"],
  // pdf.js runs its parser in a worker, sometimes created from a blob: URL.
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** The Content-Security-Policy header sent with every production renderer file. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * The same policy with 'self' spelled out as one origin: what a client PC's window enforces
 * on the office server's pages (electron/main/client-mode/client-policy.ts), so nothing but
 * that server can be loaded, fetched or framed even if the server's own header said otherwise.
 */
export function contentSecurityPolicyFor(origin: string): string {
  return CSP_DIRECTIVES.map(([name, value]) => `${name} ${value.replaceAll("'self'", origin)}`).join('; ');
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs of the packaged renderer (app://sipena/...). */
export function isAppUrl(url: string): boolean {
  // Not URL.origin: WHATWG gives non-special schemes the opaque origin "null".
  const u = parseUrl(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The electron-vite dev server URL to trust, or undefined. Ignored in a packaged app so
 * that an environment variable can never point the window (and its `api`) at a remote page.
 */
export function trustedDevServerUrl(value: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !value) return undefined;
  const u = parseUrl(value);
  if (!u || u.protocol !== 'http:' || !LOOPBACK_HOSTS.has(u.hostname)) return undefined;
  return u.origin;
}

/** True when a frame at `url` may talk to the main process: the app itself, or the loopback dev server in development. */
export function isTrustedSender(url: string, devServerUrl?: string): boolean {
  if (isAppUrl(url)) return true;
  if (!devServerUrl) return false;
  const u = parseUrl(url);
  const dev = parseUrl(devServerUrl);
  return u !== null && dev !== null && u.protocol === 'http:' && u.origin === dev.origin;
}

/**
 * Government sites the app may open in the user's browser (regulations, civil-service
 * and election supervision bodies). A host matches itself and its subdomains only.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'bkn.go.id',
  'bawaslu.go.id',
  'peraturan.bpk.go.id',
  'peraturan.go.id',
  'jdih.kemendagri.go.id',
  'jdih.menpan.go.id',
];

function hostAllowed(hostname: string): boolean {
  // Suffix match on a dot boundary: "evil-bkn.go.id" and "bkn.go.id.evil.com" fail.
  return EXTERNAL_LINK_HOSTS.some((allowed) => hostname === allowed || hostname.endsWith(`.${allowed}`));
}

/** True if `url` may be handed to the OS browser: https, default port, no credentials, vetted host. */
export function isAllowedExternalUrl(url: string): boolean {
  const u = parseUrl(url);
  if (!u || u.protocol !== 'https:') return false;
  if (u.username !== '' || u.password !== '' || u.port !== '') return false;
  return hostAllowed(u.hostname);
}

// Any spelling of a ".." segment or a backslash in the raw URL is refused outright,
// before the URL parser gets a chance to normalise it into something harmless-looking.
const RAW_TRAVERSAL = /(?:^|\/|%2f|%5c)(?:\.|%2e){2}(?:$|\/|%2f|%5c|\?|#)/i;
const RAW_BACKSLASH = /\\|%5c/i;
// Decoded segments must be plain file names: no separators, NUL, drive or stream colons,
// no all-dot names, and no trailing dot or space (Windows silently strips those).
const UNSAFE_SEGMENT = /[/\\\0:]|^\.+$|[. ]$/;

/**
 * Maps app://sipena/<path> to a file inside `rendererDir`, or null for any other host,
 * a traversal attempt, an absolute path or a backslash. "/" maps to index.html.
 */
export function resolveAppAsset(rendererDir: string, requestUrl: string): string | null {
  if (RAW_TRAVERSAL.test(requestUrl) || RAW_BACKSLASH.test(requestUrl)) return null;
  const u = parseUrl(requestUrl);
  if (!u || !isAppUrl(requestUrl)) return null;
  const rawSegments = u.pathname.split('/').slice(1);
  if (rawSegments.length === 1 && rawSegments[0] === '') rawSegments[0] = 'index.html';
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // An empty segment means "//" (an absolute path after the host) or a directory URL.
    if (seg === '' || UNSAFE_SEGMENT.test(seg)) return null;
    segments.push(seg);
  }
  const file = join(rendererDir, ...segments);
  const rel = relative(rendererDir, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.bcmap': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content-Type for a renderer file; scripts must be exact or Chromium refuses module scripts. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
