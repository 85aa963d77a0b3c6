import type { Channel, ChannelRequest, ChannelResponse } from '../../../shared/ipc/table.ts';
import type { Envelope, IpcError } from '../../../shared/ipc/envelope.ts';
import { UNAUTHENTICATED_EVENT } from './session.ts';
import { rememberEarly, takeEarly } from './read-ahead.ts';
import type { FirstRead } from './read-ahead.ts';

/** A failed IPC call, carrying the main process's clerk-readable message and field errors. */
export class ApiError extends Error {
  readonly code: IpcError['code'];
  readonly fields: Record<string, string>;
  constructor(error: IpcError) {
    super(error.message);
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

/** Sends one request to main (the preload's or the page script's `window.api`) and gives its envelope. */
function send<C extends Channel>(channel: C, payload: ChannelRequest<C>): Promise<Envelope<ChannelResponse<C>>> {
  // Indexing a mapped type by a generic key loses the call signature; restore it.
  const fn = window.api[channel] as unknown as (p: ChannelRequest<C>) => Promise<Envelope<ChannelResponse<C>>>;
  return fn(payload);
}

/** Calls one channel and unwraps the envelope: resolves to the value or throws ApiError. */
export async function call<C extends Channel>(channel: C, payload: ChannelRequest<C>): Promise<ChannelResponse<C>> {
  const result = await ((takeEarly(channel, payload) as Promise<Envelope<ChannelResponse<C>>> | undefined) ?? send(channel, payload));
  if (!result.ok) {
    // Session ended or screen locked behind our back (idle lock in main): let the AuthGate re-check.
    if (result.error.code === 'UNAUTHENTICATED' && !channel.startsWith('auth:')) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    throw new ApiError(result.error);
  }
  return result.value;
}

/** Starts a screen's first reads as the navigation to it starts (read-ahead.ts); `call` takes their answers. */
export function readAhead(reads: readonly FirstRead[]): void {
  rememberEarly(reads.map(([channel, payload]) => [channel, payload, send(channel, payload as never)] as const));
}
