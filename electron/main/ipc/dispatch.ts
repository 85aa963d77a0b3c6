import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { TFunction } from 'i18next';
import type { AppContext } from '../app-context.ts';
import { AppError, appErrorParams } from '../errors.ts';
import type { Envelope, IpcError } from '../../../shared/ipc/envelope.ts';
import { ipcTable, isChannel } from '../../../shared/ipc/table.ts';
import type { Channel, ChannelResponse, IpcTable } from '../../../shared/ipc/table.ts';
import type { ParsedRequestOf } from '../../../shared/ipc/define.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { applyZodLocale } from '../../../shared/i18n/zod-locale.ts';
import { authorize } from '../accounts/access.ts';
import { assertDatabaseAvailable } from '../backup/maintenance.ts';
import type { Session } from '../accounts/session.ts';
import { runAsSession } from '../accounts/session.ts';
import { checkedOutError } from '../checkout/checked-out-error.ts';

export type Handler<C extends Channel> = (
  request: ParsedRequestOf<IpcTable[C]>,
  ctx: AppContext,
) => ChannelResponse<C> | Promise<ChannelResponse<C>>;

/** One handler per channel: the compiler refuses a table entry without its handler. */
export type Handlers = { [C in Channel]: Handler<C> };

/** The handlers of one feature's channel group (e.g. `typeof caseChannels`). */
export type FeatureHandlers<Group> = { [C in keyof Group & Channel]: Handler<C> };

/** Logged internally for INTERNAL errors; the user sees only the reference code. */
export type ErrorLogger = (ref: string, channel: string, error: unknown) => void;

const defaultLogger: ErrorLogger = (ref, channel, error) => {
  console.error(`[sipena] ${ref} on ${channel}:`, error);
};

function issuesToFields(issues: z.core.$ZodIssue[], t: TFunction): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '(payload)';
    // Schema messages are i18n keys (validation.*, nip.*, case.*); zod's own messages
    // stay as they are.
    const msg = /^[a-z]+\.[A-Za-z]+$/.test(issue.message) ? t(issue.message, { defaultValue: issue.message }) : issue.message;
    fields[path] ??= msg;
  }
  return fields;
}

/**
 * The single entry of every IPC call, shared by Electron and the web harness: checks the
 * channel, then its policy (declared beside its schema in shared/ipc/channels/*): the caller's
 * session, role and screen lock; parses the payload with its zod schema; refuses it in
 * recovery mode or during a restore unless the policy allows that; runs the handler and wraps
 * the outcome in an envelope. Nothing is thrown past this point and no stack trace leaves.
 *
 * `session` is the caller's: the office server passes the session its cookie names, and the
 * whole call (the handler, every await in it, the audit rows it writes) runs as that session
 * (`ctx.session`, `ctx.actor()` and `ctx.language()` follow it). Without one, the context's own
 * local session is the caller: the desktop app and the loopback harness have one user.
 */
export function dispatch(
  ctx: AppContext,
  handlers: Handlers,
  channel: string,
  payload: unknown,
  log: ErrorLogger = defaultLogger,
  session?: Session,
): Promise<Envelope<unknown>> {
  if (session) return runAsSession(session, () => dispatchCall(ctx, handlers, channel, payload, log));
  return dispatchCall(ctx, handlers, channel, payload, log);
}

async function dispatchCall(ctx: AppContext, handlers: Handlers, channel: string, payload: unknown, log: ErrorLogger): Promise<Envelope<unknown>> {
  const language = ctx.language();
  applyZodLocale(language);
  const t = translator(language);
  const fail = (error: IpcError): Envelope<unknown> => ({ ok: false, error });
  if (!isChannel(channel)) {
    return fail({ code: 'UNKNOWN_CHANNEL', message: t('errors.UNKNOWN_CHANNEL', { channel: channel.slice(0, 80) }) });
  }
  // Before parsing: a caller without the right role learns nothing about the payload rules.
  const spec = ipcTable[channel];
  let refused: ReturnType<typeof authorize>;
  try {
    refused = authorize(ctx, spec.policy);
  } catch (e) {
    const ref = randomBytes(4).toString('hex');
    log(ref, channel, e);
    return fail({ code: 'INTERNAL', message: t('errors.INTERNAL', { ref }) });
  }
  if (refused) return fail({ code: refused.code, message: t(refused.key) });
  const parsed = spec.request.safeParse(payload ?? {});
  if (!parsed.success) {
    const fields = issuesToFields(parsed.error.issues, t);
    const details = Object.entries(fields)
      .slice(0, 5)
      .map(([path, msg]) => `${path}: ${msg}`)
      .join('; ');
    return fail({ code: 'INVALID_INPUT', message: t('errors.INVALID_INPUT', { details }), fields });
  }
  try {
    // In recovery mode or while a restore swaps the file only the channels marked
    // `duringRestore` run; the rest get a clear refusal (an AppError, answered below).
    if (!spec.policy.duringRestore) assertDatabaseAvailable(ctx);
    const handler = handlers[channel] as (req: unknown, ctx: AppContext) => unknown;
    const value = await handler(parsed.data, ctx);
    return { ok: true, value };
  } catch (thrown) {
    // A write the check-out triggers refused (a case lent to a laptop) is the user's error, not INTERNAL.
    const e = checkedOutError(ctx.db, thrown) ?? thrown;
    if (e instanceof AppError) {
      const params = appErrorParams(t, e);
      const fields = e.fields ? Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, t(v, params)])) : undefined;
      return fail({ code: e.code, message: t(e.key, params), ...(fields ? { fields } : {}) });
    }
    const ref = randomBytes(4).toString('hex');
    log(ref, channel, e);
    return fail({ code: 'INTERNAL', message: t('errors.INTERNAL', { ref }) });
  }
}
