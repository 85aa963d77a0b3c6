import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { resolve } from 'node:path';
import type { AppContext } from '../main/app-context.ts';
import type { Handlers } from '../main/ipc/dispatch.ts';
import { dispatch } from '../main/ipc/dispatch.ts';
import { channels } from '../../shared/ipc/table.ts';
import { translator } from '../../shared/i18n/index.ts';
import { clientScript } from './client-script.ts';
import { WEB_CSP } from './web-csp.ts';
import { eventStreams } from './event-stream.ts';
import { BAD_PATH, decodePath, send, sendJson, serveRenderer } from './http-util.ts';
import { readIpcPayload, sendEnvelope } from './ipc-body.ts';
import { pageGate } from './page-gate.ts';

export interface WebServerOptions {
  ctx: AppContext;
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest accepted JSON request body (an upload chunk has its own limit: shared/ipc/binary.ts). */
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

function tokenMatches(expected: Buffer, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const g = Buffer.from(given);
  return g.length === expected.length && timingSafeEqual(g, expected);
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
  const streams = eventStreams(opts.ctx);
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'Misdirected request', 'text/plain');
    const url = new URL(req.url ?? '/', `http://${host}`);

    // The live view's change stream, behind the same token (sent as a header by the page, never in the URL).
    if (url.pathname === '/events') {
      if (req.method !== 'GET') return send(res, 405, 'Method not allowed', 'text/plain', { allow: 'GET' });
      if (!tokenMatches(expected, req.headers['x-sipena-token'])) {
        return sendJson(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Token sesi tidak valid.' } });
      }
      return streams.open(req, res, () => true);
    }

    if (url.pathname.startsWith('/ipc/')) {
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed', 'text/plain', { allow: 'POST' });
      if (!tokenMatches(expected, req.headers['x-sipena-token'])) {
        return sendJson(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Token sesi tidak valid.' } });
      }
      const channel = decodePath(url.pathname.slice('/ipc/'.length));
      if (channel === null) return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: BAD_PATH } });
      const read = await readIpcPayload(req, channel, maxBody);
      if (!('payload' in read)) {
        const t = translator(opts.ctx.language());
        const details = read.reason === 'tooLarge' ? `> ${read.limit} bytes` : t('errors.unsupportedPayload');
        return sendJson(res, read.status, { ok: false, error: { code: 'INVALID_INPUT', message: t('errors.INVALID_INPUT', { details }) } });
      }
      return sendEnvelope(res, 200, await dispatch(opts.ctx, opts.handlers, channel, read.payload));
    }

    return serveRenderer(req, res, url.pathname, { rendererRoot, script, csp: WEB_CSP, gate: () => pageGate(opts.ctx, opts.handlers) });
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
    close: () => {
      streams.closeAll();
      return new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
