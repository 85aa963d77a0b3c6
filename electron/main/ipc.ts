import { ipcMain } from 'electron';
import type { AppContext } from './app-context.ts';
import { dispatch } from './ipc/dispatch.ts';
import type { Handlers } from './ipc/dispatch.ts';
import { isTrustedSender } from './security-policy.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import { channels } from '../../shared/ipc/table.ts';
import { translator } from '../../shared/i18n/index.ts';

function forbidden(ctx: AppContext): Envelope<never> {
  return { ok: false, error: { code: 'FORBIDDEN', message: translator(ctx.language())('errors.FORBIDDEN') } };
}

/**
 * Registers one ipcMain handler per channel of the IPC table. Calls from frames outside
 * the app (or the loopback dev server) are answered FORBIDDEN without reaching any handler.
 * Returns a function that removes the handlers again.
 */
export function registerIpc(ctx: AppContext, handlers: Handlers, devServerUrl?: string): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      // senderFrame is null once the frame has navigated away or been destroyed.
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url, devServerUrl)) return forbidden(ctx);
      return dispatch(ctx, handlers, channel, payload);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
