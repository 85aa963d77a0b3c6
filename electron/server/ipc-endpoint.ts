import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../main/app-context.ts';
import type { ErrorLogger, Handlers } from '../main/ipc/dispatch.ts';
import { dispatch } from '../main/ipc/dispatch.ts';
import { newSession } from '../main/accounts/session.ts';
import type { Session } from '../main/accounts/session.ts';
import type { Envelope, ErrorCode } from '../../shared/ipc/envelope.ts';
import { ipcTable, isChannel } from '../../shared/ipc/table.ts';
import { LANGUAGES } from '../../shared/i18n/languages.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { translator } from '../../shared/i18n/index.ts';
import { BAD_PATH, decodePath, sendJson } from '../web/http-util.ts';
import { readIpcPayload, sendEnvelope } from '../web/ipc-body.ts';
import { csrfMatches } from './session-store.ts';
import type { SessionStore } from './session-store.ts';
import type { StoredSession } from './session-store.ts';
import { SESSION_COOKIE, clearedSessionCookie, readCookie, sessionCookie } from './cookies.ts';
import type { LoginLimits } from './login-limiter.ts';
import { isLoopback } from './listen-address.ts';

export interface IpcEndpointOptions {
  ctx: AppContext;
  handlers: Handlers;
  sessions: SessionStore;
  limits: LoginLimits;
  /** The cookie gets `Secure` (always on the office server: it speaks HTTPS only). */
  secure: boolean;
  maxBodyBytes: number;
  log?: ErrorLogger;
}

/** Channels that sign a browser in: they always start a fresh session (a new cookie, never the old one: no fixation). */
const SIGN_IN = new Set<string>(['auth:login', 'auth:setup']);
/**
 * Read-only public channels a page may call with its cookie before it holds the CSRF token
 * (a reload): `auth:status` hands the token back to the page that owns the cookie. Every
 * other call of a signed-in browser needs the token.
 */
const NO_CSRF = new Set<string>(['auth:status', 'system:info']);
/** Answered with the session's CSRF token in the value. */
const GIVES_TOKEN = new Set<string>(['auth:login', 'auth:setup', 'auth:status']);


function requestLanguage(req: IncomingMessage): Language | null {
  const h = req.headers['x-sipena-language'];
  return typeof h === 'string' && (LANGUAGES as readonly string[]).includes(h) ? (h as Language) : null;
}

/**
 * Where the office server's `/ipc/<channel>` calls meet the dispatcher: finds the caller's
 * session from the `sipena_session` cookie, checks the CSRF header and the origin, limits
 * failed sign-ins, hands the call to `dispatch` with that session, and turns a successful
 * sign-in into a new cookie and a CSRF token. Public channels (status, sign-in, language,
 * info) run without a cookie on a throwaway session; everything else without a live session
 * is answered 401 and never reaches a handler.
 */
export function ipcEndpoint(opts: IpcEndpointOptions) {
  const { ctx, handlers, sessions, limits, secure } = opts;
  const nowMs = () => ctx.now().getTime();

  return async (req: IncomingMessage, res: ServerResponse, pathname: string, host: string): Promise<void> => {
    const language = requestLanguage(req);
    const t = translator(language ?? ctx.language());
    const refuse = (status: number, code: ErrorCode, key: string, params: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
      sendJson(res, status, { ok: false, error: { code, message: t(key, params) } }, headers);

    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Method not allowed' } }, { allow: 'POST' });
    // A browser says where a request comes from; only pages of this server may call. (Other
    // programs send no Origin; they cannot carry a signed-in user's cookie either.)
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if ((origin !== undefined && origin !== `https://${host}`) || (typeof site === 'string' && site !== 'same-origin')) {
      return refuse(403, 'FORBIDDEN', 'server.crossOrigin');
    }
    // The header must be there even before sign-in: a custom header cannot be sent across
    // sites without the CORS preflight this server never answers.
    const csrfHeader = req.headers['x-sipena-csrf'];
    if (typeof csrfHeader !== 'string' || csrfHeader === '') return refuse(403, 'FORBIDDEN', 'server.csrf');

    const channel = decodePath(pathname.slice('/ipc/'.length));
    if (channel === null) return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: BAD_PATH } });
    const policy = isChannel(channel) ? ipcTable[channel].policy : undefined;
    const isPublic = policy?.access === 'public';

    const cookieId = readCookie(req.headers.cookie, SESSION_COOKIE);
    const stored = sessions.get(cookieId, nowMs());
    const headers: Record<string, string> = {};
    if (cookieId && !stored) headers['set-cookie'] = clearedSessionCookie(secure);

    let session: Session;
    let entry: StoredSession | undefined;
    if (SIGN_IN.has(channel)) {
      session = newSession();
    } else if (stored) {
      if (!NO_CSRF.has(channel) && !csrfMatches(stored, csrfHeader)) return refuse(403, 'FORBIDDEN', 'server.csrf');
      entry = stored;
      session = stored.session;
    } else if (isPublic) {
      session = newSession();
    } else {
      return refuse(401, 'UNAUTHENTICATED', 'server.noSession', {}, headers);
    }
    if (language) session.language = language;
    // A failed or refused sign-in is audited under the address it came from (user names
    // cannot contain ':', so this never reads as an account).
    session.origin = `web:${req.socket.remoteAddress ?? '?'}`;

    // Database recovery swaps files on the server's disk: only someone at the server does that.
    const remote = req.socket.remoteAddress ?? '';
    const local = isLoopback(remote.startsWith('::ffff:') ? remote.slice('::ffff:'.length) : remote);
    if (channel.startsWith('recovery:') && channel !== 'recovery:status' && !local) {
      return refuse(403, 'FORBIDDEN', 'server.recoveryLocalOnly');
    }
    // A fresh server must not hand its administrator account to whoever on the LAN asks first.
    if (channel === 'auth:setup' && !local) return refuse(403, 'FORBIDDEN', 'server.setupLocalOnly');

    // A JSON call or a binary one (an upload chunk): either way read only after the session and CSRF checks.
    const read = await readIpcPayload(req, channel, opts.maxBodyBytes);
    if (!('payload' in read)) {
      const details = read.reason === 'tooLarge' ? `> ${read.limit} bytes` : t('errors.unsupportedPayload');
      return sendJson(res, read.status, { ok: false, error: { code: 'INVALID_INPUT', message: t('errors.INVALID_INPUT', { details }) } });
    }
    const payload = read.payload;

    const address = req.socket.remoteAddress ?? '?';
    let account = '';
    if (channel === 'auth:login') {
      const name = (payload as { username?: unknown } | null)?.username;
      account = typeof name === 'string' ? name.trim().toLowerCase().slice(0, 64) : '';
      const byAddress = limits.byAddress.waitSeconds(address, nowMs());
      if (byAddress > 0) return refuse(429, 'UNAUTHENTICATED', 'server.tooManyFromAddress', { seconds: byAddress }, { 'retry-after': String(byAddress) });
      const byAccount = limits.byAccount.waitSeconds(account, nowMs());
      if (byAccount > 0) return refuse(429, 'UNAUTHENTICATED', 'server.tooManyForAccount', { seconds: byAccount }, { 'retry-after': String(byAccount) });
    }

    const envelope: Envelope<unknown> = await dispatch(ctx, handlers, channel, payload, opts.log, session);

    if (channel === 'auth:login') {
      if (envelope.ok) {
        limits.byAddress.succeed(address);
        limits.byAccount.succeed(account);
      } else if (envelope.error.code === 'UNAUTHENTICATED') {
        limits.byAddress.fail(address, nowMs());
        limits.byAccount.fail(account, nowMs());
      }
    }
    if (SIGN_IN.has(channel) && envelope.ok && session.user) {
      // Signing in from a browser that already had a session ends that one.
      if (stored) sessions.delete(stored.id);
      entry = sessions.create(session, nowMs());
      headers['set-cookie'] = sessionCookie(entry.id, secure);
    }
    if (entry && (channel === 'auth:logout' || !entry.session.user)) {
      // Signed out, deactivated, or its account gone after a restore: the cookie ends here.
      sessions.delete(entry.id);
      headers['set-cookie'] = clearedSessionCookie(secure);
      if (!envelope.ok && envelope.error.code === 'UNAUTHENTICATED') return sendJson(res, 401, envelope, headers);
      entry = undefined;
    }
    if (envelope.ok && entry && GIVES_TOKEN.has(channel) && envelope.value && typeof envelope.value === 'object') {
      return sendJson(res, 200, { ok: true, value: { ...envelope.value, csrfToken: entry.csrfToken } }, headers);
    }
    return sendEnvelope(res, 200, envelope, headers);
  };
}
