import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../main/app-context.ts';
import { translator } from '../../shared/i18n/index.ts';
import { sendJson } from '../web/http-util.ts';
import type { EventStreams } from '../web/event-stream.ts';
import { csrfMatches } from './session-store.ts';
import type { SessionStore } from './session-store.ts';
import { SESSION_COOKIE, readCookie } from './cookies.ts';

/**
 * GET /events on the office server: the live view's change stream for a signed-in browser.
 * The same doors as /ipc: the `sipena_session` cookie names a live session (else 401), the
 * page's CSRF token comes in `x-sipena-csrf` and the request from this server's own pages
 * (else 403), and nothing goes in the URL. The page reads it with fetch (EventSource cannot
 * send the header). The stream ends when that session signs out or expires.
 */
export function eventsEndpoint(ctx: AppContext, sessions: SessionStore, streams: EventStreams) {
  return async (req: IncomingMessage, res: ServerResponse, host: string): Promise<void> => {
    const t = translator(ctx.language());
    if (req.method !== 'GET') return sendJson(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Method not allowed' } }, { allow: 'GET' });
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if ((origin !== undefined && origin !== `https://${host}`) || (typeof site === 'string' && site !== 'same-origin')) {
      return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: t('server.crossOrigin') } });
    }
    const id = readCookie(req.headers.cookie, SESSION_COOKIE);
    const stored = sessions.get(id, ctx.now().getTime());
    if (!stored) return sendJson(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: t('server.noSession') } });
    if (!csrfMatches(stored, req.headers['x-sipena-csrf'])) return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: t('server.csrf') } });
    await streams.open(req, res, () => sessions.get(id, ctx.now().getTime()) === stored);
  };
}
