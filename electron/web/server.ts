import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AppContext } from '../main/app-context.ts';
import type { Handlers } from '../main/ipc/dispatch.ts';
import { dispatch } from '../main/ipc/dispatch.ts';
import { channels } from '../../shared/ipc/table.ts';
import { translator } from '../../shared/i18n/index.ts';
import { clientScript } from './client-script.ts';
import { WEB_CSP } from './web-csp.ts';

export interface WebServerOptions {
  ctx: AppContext;
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest accepted request body; evidence uploads raise it. */
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

const MIME: Record<string, string> = {
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

const CLIENT_PATH = '/__sipena/web-api.js';

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function tokenMatches(expected: Buffer, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const g = Buffer.from(given);
  return g.length === expected.length && timingSafeEqual(g, expected);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Keep reading (and dropping) an oversized body up to a hard cap, so the client gets
    // the 413 answer instead of a connection reset in the middle of its upload.
    if (size > limit * 8) {
      req.destroy();
      return 'too-large';
    }
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? 'too-large' : Buffer.concat(chunks);
}

/**
 * The browser harness: serves the built renderer and the IPC table on 127.0.0.1 only.
 * Every /ipc call needs the random session token; without it nothing runs (HTTP 401).
 * The Host header is checked too, so a web page elsewhere cannot reach it by DNS rebinding.
 */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(token);
  const rendererRoot = resolve(opts.rendererDir);
  const maxBody = opts.maxBodyBytes ?? 8 * 1024 * 1024;
  const script = clientScript(channels);
  let port = 0;

  // A lone '%' or a broken escape (GET /%) is the client's mistake, not a server error.
  const BAD_PATH = 'Alamat tidak valid: tanda % harus diikuti dua digit heksadesimal.';
  const decodePath = (p: string): string | null => {
    try {
      return decodeURIComponent(p);
    } catch {
      return null;
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'Misdirected request', 'text/plain');
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (url.pathname.startsWith('/ipc/')) {
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed', 'text/plain', { allow: 'POST' });
      if (!tokenMatches(expected, req.headers['x-sipena-token'])) {
        return sendJson(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Token sesi tidak valid.' } });
      }
      const channel = decodePath(url.pathname.slice('/ipc/'.length));
      if (channel === null) return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: BAD_PATH } });
      const body = await readBody(req, maxBody);
      const t = translator(opts.ctx.language());
      if (body === 'too-large') {
        return sendJson(res, 413, { ok: false, error: { code: 'INVALID_INPUT', message: t('errors.INVALID_INPUT', { details: `> ${maxBody} bytes` }) } });
      }
      let payload: unknown;
      try {
        payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: t('errors.INVALID_INPUT', { details: t('errors.unsupportedPayload') }) } });
      }
      return sendJson(res, 200, await dispatch(opts.ctx, opts.handlers, channel, payload));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    if (url.pathname === CLIENT_PATH) return send(res, 200, script, MIME['.js']!);
    const decoded = url.pathname === '/' ? '/index.html' : decodePath(url.pathname);
    if (decoded === null) return send(res, 400, BAD_PATH, 'text/plain; charset=utf-8');
    const rel = decoded.replace(/^\/+/, '');
    const file = resolve(rendererRoot, rel);
    if (!file.startsWith(rendererRoot + sep)) return send(res, 404, 'Not found', 'text/plain');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    if (rel === 'index.html') {
      // The harness script must run before the app bundle, exactly where the preload would.
      const html = content.toString('utf8').replace('<head>', `<head><script src="${CLIENT_PATH}"></script>`);
      return send(res, 200, html, type, { 'content-security-policy': WEB_CSP });
    }
    return send(res, 200, content, type);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[sipena web]', e);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Kesalahan server.' } });
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
