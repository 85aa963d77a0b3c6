import type { Handlers } from '../main/ipc/dispatch.ts';

/**
 * The handlers with one addition on the office server: after a letter is issued (its number
 * taken and its bytes frozen), `onIssued` starts a backup in the background, so the answer to
 * the official is not held up by it.
 */
export function withBackupAfterIssue(handlers: Handlers, onIssued: () => void): Handlers {
  const issue = handlers['letters:issue'];
  return {
    ...handlers,
    'letters:issue': async (request, ctx) => {
      const issued = await issue(request, ctx);
      onIssued();
      return issued;
    },
  };
}
