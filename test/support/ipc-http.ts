import { BINARY_CONTENT_TYPE, BINARY_FIELD_HEADER, BINARY_REQUESTS, FIELDS_HEADER, VALUE_HEADER } from '../../shared/ipc/binary.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';

/** What electron/web/binary-script.ts does in the browser, for test and bench clients in Node. */
export function encodeIpcCall(channel: string, payload: unknown): { body: string | Uint8Array; headers: Record<string, string> } {
  const field = BINARY_REQUESTS[channel]?.field;
  const bytes = field && payload && typeof payload === 'object' ? (payload as Record<string, unknown>)[field] : undefined;
  if (field && bytes instanceof Uint8Array) {
    const { [field]: _bytes, ...rest } = payload as Record<string, unknown>;
    return { body: bytes, headers: { 'content-type': BINARY_CONTENT_TYPE, [FIELDS_HEADER]: encodeURIComponent(JSON.stringify(rest)) } };
  }
  return { body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } };
}

export function decodeIpcAnswer(headers: Record<string, string | string[] | undefined>, body: Buffer): Envelope<unknown> {
  const field = headers[BINARY_FIELD_HEADER];
  if (typeof field !== 'string') return JSON.parse(body.toString('utf8')) as Envelope<unknown>;
  const value = JSON.parse(decodeURIComponent(String(headers[VALUE_HEADER] ?? '%7B%7D'))) as Record<string, unknown>;
  return { ok: true, value: { ...value, [field]: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) } };
}
