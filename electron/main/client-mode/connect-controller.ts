import { z } from 'zod';
import type { AppMode } from '../../../shared/connect/server-address.ts';
import type { ConnectAnswer, ConnectState } from '../../../shared/connect/connect-api.ts';
import { writeAppMode } from './app-config.ts';
import { checkClientChoice, checkServerChoice } from './connect-choice.ts';
import type { ProbeResult } from './server-probe.ts';

const serverInput = z.object({ address: z.string().max(300), fingerprint: z.string().max(300) });
const choiceInput = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('local') }),
  z.object({ mode: z.literal('server'), listen: z.string().max(100) }),
  z.object({ mode: z.literal('retry') }),
]);

const INVALID: ConnectAnswer = { ok: false, errorKey: 'connect.invalidChoice' };

/**
 * What the connection page's three calls do (Electron-free; connect-window.ts only routes
 * IPC here): validate the payload, check the choice, store it in the app config, and hand it
 * to `onChosen`, which starts the app in that mode.
 */
export function connectController(opts: {
  userData: string;
  state: ConnectState;
  onChosen: (mode: AppMode) => void;
  probe?: (url: string, fingerprint: string) => Promise<ProbeResult>;
}) {
  const chosen = (mode: AppMode, store: boolean): ConnectAnswer => {
    if (store) writeAppMode(opts.userData, mode);
    opts.onChosen(mode);
    return { ok: true };
  };
  return {
    state: (): ConnectState => opts.state,
    connectToServer: async (payload: unknown): Promise<ConnectAnswer> => {
      const input = serverInput.safeParse(payload);
      if (!input.success) return INVALID;
      const check = await checkClientChoice(input.data, opts.probe);
      return check.ok ? chosen(check.mode, true) : check;
    },
    choose: (payload: unknown): ConnectAnswer => {
      const input = choiceInput.safeParse(payload);
      if (!input.success) return INVALID;
      if (input.data.mode === 'local') return chosen({ mode: 'local' }, true);
      if (input.data.mode === 'server') {
        const check = checkServerChoice(input.data.listen);
        return check.ok ? chosen(check.mode, true) : check;
      }
      // "Coba lagi": the stored choice once more, unchanged.
      return opts.state.reason === 'first' ? INVALID : chosen(opts.state.stored, false);
    },
  };
}
