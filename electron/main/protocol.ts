import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeFor, resolveAppAsset } from './security-policy.ts';

/** Declares app:// as a standard, secure scheme; must run before the app's 'ready' event. */
export function registerAppScheme(): void {
  // standard: relative URLs and a real origin; secure: treated like https (workers,
  // crypto.subtle); supportFetchAPI: the renderer may fetch() its own assets.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } });
}

/** Answers one app:// request from `rendererDir`; exported so tests can call it without Electron. */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD', ...SECURITY_HEADERS } });
  }
  const file = resolveAppAsset(rendererDir, request.url);
  if (!file) return notFound();
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = new Uint8Array(await readFile(file));
  } catch {
    // Missing file, directory, unreadable: all look the same to the page.
    return notFound();
  }
  const headers = { 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache', ...SECURITY_HEADERS };
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

/** Serves the built renderer at app://sipena/ with the production CSP; call after 'ready'. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
}
