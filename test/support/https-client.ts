import { Agent, request } from 'node:https';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startOfficeServer } from '../../electron/server/office-server.ts';
import type { OfficeServer } from '../../electron/server/office-server.ts';
import { ensureServerCertificate } from '../../electron/server/tls-certificate.ts';
import { handlers as appHandlers } from '../../electron/main/handlers.ts';
import type { Handlers } from '../../electron/main/ipc/dispatch.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import { decodeIpcAnswer, encodeIpcCall } from './ipc-http.ts';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  bytes: Buffer;
}

// Reused connections are dropped by the client after 30 s idle, well before the server's 65 s.
const agent = new Agent({ keepAlive: true, timeout: 30_000 });

/** One HTTPS request exactly as written (Host included), trusting only the given certificate. */
export function httpsRaw(port: number, ca: string, method: string, path: string, headers: Record<string, string> = {}, body?: string | Uint8Array, host = '127.0.0.1'): Promise<RawAnswer> {
  return new Promise((ok, fail) => {
    const req = request({ agent, host, port, method, path, ca, servername: 'localhost', headers: { host: `${host}:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', fail);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/**
 * A program talking to the office server as the browser's client script does: keeps the
 * session cookie it is given and sends the CSRF token from the sign-in answer.
 */
export class OfficeClient {
  cookie = '';
  csrf = '';
  readonly port: number;
  readonly ca: string;
  /** The server's address as the client dials it (and names it in Host). */
  readonly host: string;
  constructor(port: number, ca: string, host = '127.0.0.1') {
    this.port = port;
    this.ca = ca;
    this.host = host;
  }

  /** One call as the browser script makes it: JSON, or an upload chunk's bytes as the raw body (shared/ipc/binary.ts). */
  async raw(channel: string, payload: unknown = {}, headers: Record<string, string> = {}): Promise<RawAnswer & { envelope: Envelope<Record<string, unknown>> }> {
    const { body, headers: typed } = encodeIpcCall(channel, payload);
    const r = await httpsRaw(
      this.port,
      this.ca,
      'POST',
      `/ipc/${channel}`,
      { ...typed, 'x-sipena-csrf': this.csrf || '-', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body,
      this.host,
    );
    const setCookie = r.headers['set-cookie'];
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const pair = c.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const envelope = decodeIpcAnswer(r.headers, r.bytes) as Envelope<Record<string, unknown>>;
    if (envelope.ok && typeof envelope.value?.csrfToken === 'string') this.csrf = envelope.value.csrfToken;
    return { ...r, envelope };
  }

  async call(channel: string, payload: unknown = {}): Promise<Envelope<Record<string, unknown>>> {
    return (await this.raw(channel, payload)).envelope;
  }

  async login(username: string, password: string): Promise<void> {
    const r = await this.call('auth:login', { username, password });
    if (!r.ok) throw new Error(`login ${username}: ${r.error.message}`);
  }
}

/** The office server on 127.0.0.1 (a free port) over the test's app context, its certificate in the data folder. */
export async function startTestOfficeServer(ctx: AppContext, rendererDir: string, handlers: Handlers = appHandlers, host = '127.0.0.1'): Promise<{ server: OfficeServer; ca: string; fingerprint: string }> {
  const tlsDir = join(ctx.dataDir, 'tls');
  mkdirSync(tlsDir, { recursive: true });
  const cert = ensureServerCertificate(tlsDir, { dns: ['localhost'], ips: [...new Set(['127.0.0.1', host])] });
  const server = await startOfficeServer({ ctx, handlers, rendererDir, listen: { host, port: 0 }, tls: cert, log: () => {} });
  return { server, ca: cert.cert, fingerprint: cert.fingerprint };
}
