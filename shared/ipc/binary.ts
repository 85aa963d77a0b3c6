import { UPLOAD_CHUNK_BYTES } from '../uploads/schemas.ts';

/**
 * How bytes cross HTTP (the web harness and the office server) without base64 or JSON: a
 * request of a channel named here carries its byte field as the raw body
 * (`application/octet-stream`) and its other fields, JSON and percent-encoded, in the
 * `x-sipena-fields` header; the servers read at most `maxBytes` of such a body. An answer
 * whose value holds bytes (a Uint8Array field) comes back the same way: the bytes as the
 * body, the field's name in `x-sipena-binary`, the other fields in `x-sipena-value`.
 * Electron IPC carries Uint8Array as it is. The payload is then validated by the channel's
 * own schema like any other.
 */
export const BINARY_REQUESTS: Readonly<Record<string, { field: string; maxBytes: number }>> = {
  'uploads:chunk': { field: 'data', maxBytes: UPLOAD_CHUNK_BYTES },
};

export const BINARY_CONTENT_TYPE = 'application/octet-stream';
export const FIELDS_HEADER = 'x-sipena-fields';
export const BINARY_FIELD_HEADER = 'x-sipena-binary';
export const VALUE_HEADER = 'x-sipena-value';
