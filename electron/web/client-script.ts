import type { Channel } from '../../shared/ipc/table.ts';
import { eventFeedScript } from './event-feed-script.ts';
import { earlyAnswersScript } from './early-answers-script.ts';
import { binaryScript } from './binary-script.ts';
import { startAppScript } from './start-app-script.ts';
import { earlySubmitScript } from './early-submit-script.ts';
import { earlyControlsScript } from './early-controls-script.ts';

/**
 * The script the harness injects before the renderer bundle. It plays the preload's
 * part: `window.api[channel](payload)` POSTs to /ipc/<channel> with the session token
 * and resolves to the same envelope Electron IPC gives. The token arrives in the URL
 * once and is then kept in sessionStorage so reloads keep working.
 */
export function clientScript(channels: readonly Channel[]): string {
  return `(() => {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) sessionStorage.setItem('sipena-token', fromUrl);
  const token = sessionStorage.getItem('sipena-token') || '';
  const channels = ${JSON.stringify(channels)};
${binaryScript()}
  const call = async (channel, payload) => {
    let res;
    try {
      const { body, headers } = encodeCall(channel, payload, { 'x-sipena-token': token });
      res = await fetch('/ipc/' + encodeURIComponent(channel), { method: 'POST', headers, body });
    } catch (e) {
      return { ok: false, error: { code: 'INTERNAL', message: 'Server Sipena tidak dapat dihubungi.' } };
    }
    try { return await decodeAnswer(res); }
    catch { return { ok: false, error: { code: 'INTERNAL', message: 'Jawaban server tidak valid (HTTP ' + res.status + ').' } }; }
  };
${earlyAnswersScript()}
${earlySubmitScript()}
${earlyControlsScript()}
${startAppScript()}
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
${eventFeedScript("{ 'x-sipena-token': token }")}
})();
`;
}
