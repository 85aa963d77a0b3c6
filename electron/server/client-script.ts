import type { Channel } from '../../shared/ipc/table.ts';
import { REQUEST_FAILED_EVENT, REQUEST_OK_EVENT } from '../../shared/connect/connection.ts';
import { eventFeedScript } from '../web/event-feed-script.ts';
import { earlyAnswersScript } from '../web/early-answers-script.ts';
import { binaryScript } from '../web/binary-script.ts';
import { startAppScript } from '../web/start-app-script.ts';
import { earlySubmitScript } from '../web/early-submit-script.ts';
import { earlyControlsScript } from '../web/early-controls-script.ts';

/**
 * The script the office server injects before the renderer bundle, in the preload's place:
 * `window.api[channel](payload)` POSTs to /ipc/<channel> and resolves to the same envelope
 * Electron IPC gives. The session travels in the HttpOnly cookie (this script never sees
 * it); the CSRF token arrives in the value of `auth:login`, `auth:setup` or `auth:status`,
 * is kept in this closure only (never in storage, never in a URL) and goes out in the
 * `x-sipena-csrf` header of every call, binary upload chunks included. The language the user picked (kept by the renderer
 * in localStorage) goes with every call too, so each user's messages follow their own choice.
 * `window.sipenaEvents` reads the live view's change stream (GET /events) with the same header.
 */
export function serverClientScript(channels: readonly Channel[]): string {
  return `(() => {
  let csrf = '';
  const channels = ${JSON.stringify(channels)};
${binaryScript()}
  const call = async (channel, payload) => {
    let res;
    try {
      const { body, headers } = encodeCall(channel, payload, { 'x-sipena-csrf': csrf || '-', 'x-sipena-language': localStorage.getItem('sipena-language') || '' });
      res = await fetch('/ipc/' + encodeURIComponent(channel), { method: 'POST', credentials: 'same-origin', headers, body });
    } catch (e) {
      // Only reported, never retried: the connection monitor (connection-script.ts) pings
      // the server, and nothing is sent again until the user saves again.
      window.dispatchEvent(new Event(${JSON.stringify(REQUEST_FAILED_EVENT)}));
      return { ok: false, error: { code: 'INTERNAL', message: 'Server Sipena tidak dapat dihubungi: isian Anda belum dikirim dan tetap di layar. Simpan lagi setelah koneksi pulih.' } };
    }
    window.dispatchEvent(new Event(${JSON.stringify(REQUEST_OK_EVENT)}));
    let envelope;
    try { envelope = await decodeAnswer(res); }
    catch { return { ok: false, error: { code: 'INTERNAL', message: 'Jawaban server tidak valid (HTTP ' + res.status + ').' } }; }
    if (envelope && envelope.ok && envelope.value && typeof envelope.value === 'object' && typeof envelope.value.csrfToken === 'string') {
      csrf = envelope.value.csrfToken;
      const { csrfToken, ...value } = envelope.value;
      return { ok: true, value };
    }
    if (channel === 'auth:logout' || res.status === 401) csrf = '';
    return envelope;
  };
${earlyAnswersScript()}
${earlySubmitScript()}
${earlyControlsScript()}
${startAppScript()}
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
${eventFeedScript("csrf ? { 'x-sipena-csrf': csrf } : null")}
})();
`;
}
