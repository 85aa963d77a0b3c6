import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import { BINARY_CONTENT_TYPE, BINARY_FIELD_HEADER, BINARY_REQUESTS, FIELDS_HEADER, VALUE_HEADER } from '../../shared/ipc/binary.ts';
import { readBody, sendJson } from './http-util.ts';

/** Why a request body was not turned into a payload: the HTTP status and what to tell the caller. */
export interface BodyRefusal {
  status: 400 | 413 | 415;
  /** 'tooLarge' names the limit; 'unsupported' is a body that is not JSON (or a binary body for a channel that takes none). */
  reason: 'tooLarge' | 'unsupported';
  limit: number;
}

function parseFields(header: string | string[] | undefined): Record<string, unknown> | null {
  if (typeof header !== 'string' || header.length > 4096) return null;
  try {
    const v: unknown = JSON.parse(decodeURIComponent(header));
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The payload of one `/ipc/<channel>` request: JSON (at most `jsonLimit` bytes), or for a
 * channel of BINARY_REQUESTS its raw bytes (at most that channel's `maxBytes`, never the
 * larger JSON limit) with its other fields from the header. The caller has checked the
 * session and the CSRF header before this reads a byte of the body.
 */
export async function readIpcPayload(req: IncomingMessage, channel: string, jsonLimit: number): Promise<{ payload: unknown } | BodyRefusal> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === BINARY_CONTENT_TYPE) {
    const spec = BINARY_REQUESTS[channel];
    const fields = parseFields(req.headers[FIELDS_HEADER]);
    if (!spec || !fields) {
      req.resume();
      return { status: 415, reason: 'unsupported', limit: 0 };
    }
    const body = await readBody(req, spec.maxBytes);
    if (body === 'too-large') return { status: 413, reason: 'tooLarge', limit: spec.maxBytes };
    return { payload: { ...fields, [spec.field]: body } };
  }
  const body = await readBody(req, jsonLimit);
  if (body === 'too-large') return { status: 413, reason: 'tooLarge', limit: jsonLimit };
  try {
    return { payload: body.length === 0 ? {} : JSON.parse(body.toString('utf8')) };
  } catch {
    return { status: 400, reason: 'unsupported', limit: 0 };
  }
}

/** The one field of a successful answer's value that holds bytes, if any. */
function binaryField(envelope: Envelope<unknown>): string | null {
  if (!envelope.ok || envelope.value === null || typeof envelope.value !== 'object') return null;
  for (const [k, v] of Object.entries(envelope.value)) if (v instanceof Uint8Array) return k;
  return null;
}

/** Bytes of a binary answer handed to the socket at a time (then TLS encrypts them): other requests run in between. */
const SLICE_BYTES = 256 * 1024;

/** Writes `data` slice by slice as the client takes it; resolves when written or when the client went away. */
function writeSliced(res: ServerResponse, data: Uint8Array): Promise<void> {
  return new Promise((done) => {
    let at = 0;
    const pump = () => {
      while (at < data.byteLength) {
        const more = res.write(data.subarray(at, at + SLICE_BYTES));
        at += SLICE_BYTES;
        if (!more) {
          res.once('drain', pump);
          return;
        }
      }
      res.end(() => done());
    };
    // Whichever comes first: everything written, or the client gone (a drain would never come).
    res.once('close', () => done());
    pump();
  });
}

/**
 * Answers an IPC call: JSON, or, when the value holds bytes, those bytes as the raw body,
 * streamed in slices as the client reads them (no base64 string, no JSON of megabytes, no
 * 30 MB encrypted in one go on the event loop while other users wait).
 */
export async function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>, headers: Record<string, string | string[]> = {}): Promise<void> {
  const field = binaryField(envelope);
  if (field === null || !envelope.ok) return sendJson(res, status, envelope, headers);
  const { [field]: bytes, ...rest } = envelope.value as Record<string, unknown>;
  const data = bytes as Uint8Array;
  res.writeHead(status, {
    'content-type': BINARY_CONTENT_TYPE,
    'content-length': String(data.byteLength),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    [BINARY_FIELD_HEADER]: field,
    [VALUE_HEADER]: encodeURIComponent(JSON.stringify(rest)),
    ...headers,
  });
  await writeSliced(res, data);
}
