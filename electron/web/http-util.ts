import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { HASHED_ASSET } from './precompress.ts';
import { pageHtml } from './page-html.ts';
import type { DrawnGate } from './page-html.ts';

/** What the browser harness and the office server share: answers, bodies, the built renderer. */

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/** Where both inject the script that plays the preload's part. */
export const CLIENT_PATH = '/__sipena/web-api.js';

// A lone '%' or a broken escape (GET /%) is the client's mistake, not a server error.
export const BAD_PATH = 'Alamat tidak valid: tanda % harus diikuti dua digit heksadesimal.';

export function decodePath(p: string): string | null {
  try {
    return decodeURIComponent(p);
  } catch {
    return null;
  }
}

export function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string | string[]> = {}): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra);
}

/** A body past this many times the limit is not read further: the connection is closed instead of answered. */
export const BODY_HARD_CAP_FACTOR = 8;

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Keep reading (and dropping) an oversized body up to a hard cap, so the client gets
    // the 413 answer instead of a connection reset in the middle of its upload.
    if (size > limit * BODY_HARD_CAP_FACTOR) {
      req.destroy();
      return 'too-large';
    }
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? 'too-large' : Buffer.concat(chunks);
}

/** A year: the longest lifetime caches honour, for names that change whenever their content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The precompressed copies the request accepts, best first (`br` before `gzip`; `;q=0` refuses one). */
export function acceptedEncodings(header: string | string[] | undefined): ('br' | 'gzip')[] {
  const accepted = new Set(
    String(header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(\.0*)?\s*$/.test(part))
      .map((part) => part.split(';')[0]!.trim()),
  );
  return (['br', 'gzip'] as const).filter((encoding) => accepted.has(encoding));
}

/** A hashed asset's build-time compressed copy (electron/web/precompress.ts) the browser accepts, if there is one. */
async function readCompressed(file: string, accept: string | string[] | undefined): Promise<{ content: Buffer; encoding: string } | null> {
  for (const encoding of acceptedEncodings(accept)) {
    try {
      return { content: await readFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`), encoding };
    } catch {
      // Not made for this file (small, or an older build): try the next one, then the file itself.
    }
  }
  return null;
}

/**
 * GET/HEAD of the built renderer: index.html with the client script put in before the app
 * bundle (exactly where the preload would run) and the app's CSP; other files as they are;
 * nothing outside the renderer folder. `extra` headers go on every answer (HSTS on HTTPS).
 * A hashed chunk is kept by the browser for good (its name changes with its content) and sent
 * brotli- or gzip-compressed when the build left a copy; everything else is asked for again.
 */
export async function serveRenderer(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  opts: {
    rendererRoot: string;
    script: string;
    csp: string;
    extra?: Record<string, string>;
    /** The sign-in screen to draw into the page for this request, if any (shared/web/server-gate.ts). */
    gate?: (req: IncomingMessage) => Promise<DrawnGate | null>;
  },
): Promise<void> {
  const extra = opts.extra ?? {};
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain', { allow: 'GET, HEAD', ...extra });
  if (pathname === CLIENT_PATH) return send(res, 200, opts.script, MIME['.js']!, extra);
  const decoded = pathname === '/' ? '/index.html' : decodePath(pathname);
  if (decoded === null) return send(res, 400, BAD_PATH, 'text/plain; charset=utf-8', extra);
  const rel = decoded.replace(/^\/+/, '');
  const root = resolve(opts.rendererRoot);
  const file = resolve(root, rel);
  if (!file.startsWith(root + sep)) return send(res, 404, 'Not found', 'text/plain', extra);
  const type = MIME[extname(file)] ?? 'application/octet-stream';
  if (HASHED_ASSET.test(rel)) {
    const compressed = await readCompressed(file, req.headers['accept-encoding']);
    if (compressed) {
      return send(res, 200, compressed.content, type, { 'cache-control': IMMUTABLE, 'content-encoding': compressed.encoding, vary: 'accept-encoding', ...extra });
    }
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return send(res, 404, 'Not found', 'text/plain', extra);
  }
  if (rel === 'index.html') {
    const html = await pageHtml(root, content.toString('utf8'), CLIENT_PATH, opts.gate ? await opts.gate(req) : null);
    return send(res, 200, html, type, { 'content-security-policy': opts.csp, ...extra });
  }
  return send(res, 200, content, type, HASHED_ASSET.test(rel) ? { 'cache-control': IMMUTABLE, vary: 'accept-encoding', ...extra } : extra);
}
