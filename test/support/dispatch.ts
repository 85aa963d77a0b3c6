import type { AppContext } from '../../electron/main/app-context.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import type { Channel, ChannelRequest, ChannelResponse } from '../../shared/ipc/table.ts';
import type { IpcError } from '../../shared/ipc/envelope.ts';
import type { UploadPurpose } from '../../shared/uploads/schemas.ts';

/**
 * Calls a channel through the real dispatcher (validation, roles, audit) as the signed-in
 * test user, and returns its value; a refusal fails the test with the channel's message.
 */
export async function callOk<C extends Channel>(ctx: AppContext, channel: C, payload: ChannelRequest<C>): Promise<ChannelResponse<C>> {
  const r = await dispatch(ctx, handlers, channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as ChannelResponse<C>;
}

/** Calls a channel that must refuse, and returns the refusal. */
export async function callFail(ctx: AppContext, channel: Channel, payload: unknown): Promise<IpcError> {
  const r = await dispatch(ctx, handlers, channel, payload);
  if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return r.error;
}

/** Sends bytes for `purpose` the way the renderer does (uploads:begin, byte chunks in order) and returns the upload id. */
export async function uploadBuffer(ctx: AppContext, purpose: UploadPurpose, fileName: string, bytes: Buffer, chunk = 64 * 1024): Promise<string> {
  const { uploadId } = await callOk(ctx, 'uploads:begin', { purpose, fileName, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    await callOk(ctx, 'uploads:chunk', { uploadId, offset, data: bytes.subarray(offset, offset + chunk) });
  }
  return uploadId;
}

/** callOk for a test that names the answer's type itself (channel and payload unchecked: hostile or generic callers). */
export function callAs<T>(ctx: AppContext, channel: string, payload: unknown): Promise<T> {
  return callOk(ctx, channel as Channel, payload as never) as Promise<T>;
}
