import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../main/app-context.ts';
import type { ErrorLogger, Handlers } from '../main/ipc/dispatch.ts';
import { channels } from '../../shared/ipc/table.ts';
import { translator } from '../../shared/i18n/index.ts';
import { WEB_CSP } from '../web/web-csp.ts';
import { send, sendJson, serveRenderer } from '../web/http-util.ts';
import { serverClientScript } from './client-script.ts';
import { PING_PATH, answerPing, connectionScript } from './connection-script.ts';
import { SessionStore } from './session-store.ts';
import { SESSION_COOKIE, readCookie } from './cookies.ts';
import { pageGate } from '../web/page-gate.ts';
import { newSession } from '../main/accounts/session.ts';
import { loginLimits } from './login-limiter.ts';
import type { LoginLimits } from './login-limiter.ts';
import { ipcEndpoint } from './ipc-endpoint.ts';
import { eventsEndpoint } from './events-endpoint.ts';
import { eventStreams } from '../web/event-stream.ts';
import type { EventStreams } from '../web/event-stream.ts';
import { hostForUrl } from './listen-address.ts';
import { setPresenceSource } from '../main/accounts/presence.ts';
import type { ListenAddress } from './listen-address.ts';

export interface OfficeServerOptions {
  ctx: AppContext;
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  listen: ListenAddress;
  tls: { cert: string; key: string };
  /**
   * Names clients may use to reach the server (Host header), besides the listen address
   * itself (and localhost when it is loopback), e.g. the server PC's name on the LAN.
   */
  hostNames?: string[];
  maxBodyBytes?: number;
  log?: ErrorLogger;
}

export interface OfficeServer {
  url: string;
  host: string;
  port: number;
  sessions: SessionStore;
  limits: LoginLimits;
  /** The live view's open event streams (GET /events). */
  events: EventStreams;
  /**
   * Stops taking requests, lets the ones running finish (their transactions commit or roll
   * back as usual), then closes every connection. The database is the caller's to close.
   */
  close: () => Promise<void>;
}

/**
 * The office server: the built renderer and the IPC table over HTTPS, one session per
 * signed-in browser. Every request's Host must be one of the configured names (a web page
 * elsewhere cannot reach it through DNS rebinding: 421 otherwise).
 */
export async function startOfficeServer(opts: OfficeServerOptions): Promise<OfficeServer> {
  const { ctx } = opts;
  const sessions = new SessionStore();
  const limits = loginLimits();
  const script = serverClientScript(channels) + connectionScript();
  setPresenceSource(ctx, () => sessions.signedIn());
  const streams = eventStreams(ctx);
  const events = eventsEndpoint(ctx, sessions, streams);
  const ipc = ipcEndpoint({ ctx, handlers: opts.handlers, sessions, limits, secure: true, maxBodyBytes: opts.maxBodyBytes ?? 8 * 1024 * 1024, log: opts.log });
  let allowedHosts = new Set<string>();
  let running = 0;
  let stopping = false;
  let drained: (() => void) | null = null;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host.toLowerCase())) return send(res, 421, 'Misdirected request: unknown host name', 'text/plain');
    if (stopping) {
      return sendJson(res, 503, { ok: false, error: { code: 'INTERNAL', message: translator(ctx.language())('server.shuttingDown') } }, { connection: 'close' });
    }
    const url = new URL(req.url ?? '/', 'https://sipena.invalid');
    if (url.pathname.startsWith('/ipc/')) return ipc(req, res, url.pathname, host);
    if (url.pathname === PING_PATH) return answerPing(res);
    if (url.pathname === '/events') return events(req, res, host);
    // The page and its assets hold no personal data: every record comes through /ipc.
    // The sign-in screen as HTML, from the statuses of the session the cookie names (a fresh one without a live cookie).
    const gate = () => pageGate(ctx, opts.handlers, sessions.get(readCookie(req.headers.cookie, SESSION_COOKIE), ctx.now().getTime())?.session ?? newSession(), opts.log);
    return serveRenderer(req, res, url.pathname, { rendererRoot: opts.rendererDir, script, csp: WEB_CSP, gate });
  };

  const server: Server = createServer({ cert: opts.tls.cert, key: opts.tls.key, minVersion: 'TLSv1.2' }, (req, res) => {
    running += 1;
    handle(req, res)
      .catch((e: unknown) => {
        console.error('[sipena server]', e);
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Kesalahan server.' } });
        else res.end();
      })
      .finally(() => {
        running -= 1;
        if (running === 0 && drained) drained();
      });
  });
  // Idle connections stay open longer than clients keep them (Node's agent: 5 s; browsers
  // retry a reused connection the server closed): a client never writes into a socket the
  // server is just closing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 70_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.listen.port, opts.listen.host, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.listen.port;
  const shown = hostForUrl(opts.listen.host);
  const names = [shown, ...(opts.hostNames ?? [])];
  if (opts.listen.host === '127.0.0.1' || opts.listen.host === '::1') names.push('localhost');
  allowedHosts = new Set(names.flatMap((n) => [`${n.toLowerCase()}:${port}`, ...(port === 443 ? [n.toLowerCase()] : [])]));

  return {
    url: `https://${shown}:${port}/`,
    host: opts.listen.host,
    port,
    sessions,
    limits,
    events: streams,
    close: async () => {
      stopping = true;
      // Event streams never finish by themselves: end them, the browsers reconnect to the next server.
      streams.closeAll();
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeIdleConnections();
      if (running > 0) await new Promise<void>((ok) => (drained = ok));
      server.closeAllConnections();
      await closed;
    },
  };
}
