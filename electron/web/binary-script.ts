import { BINARY_CONTENT_TYPE, BINARY_FIELD_HEADER, BINARY_REQUESTS, FIELDS_HEADER, VALUE_HEADER } from '../../shared/ipc/binary.ts';

/**
 * The browser half of shared/ipc/binary.ts, for both injected client scripts: `encodeCall`
 * turns a call into fetch's body and headers (the bytes of an upload chunk as the raw
 * body, everything else JSON) and `decodeAnswer` turns an answer back into the envelope
 * (bytes as a Uint8Array in their field), so pages see what Electron IPC gives them.
 */
export function binaryScript(): string {
  const fields = Object.fromEntries(Object.entries(BINARY_REQUESTS).map(([c, s]) => [c, s.field]));
  return `  const binaryFields = ${JSON.stringify(fields)};
  const encodeCall = (channel, payload, headers) => {
    const field = binaryFields[channel];
    const bytes = field && payload ? payload[field] : undefined;
    if (bytes instanceof Uint8Array) {
      const rest = { ...payload };
      delete rest[field];
      return { body: bytes, headers: { ...headers, 'content-type': ${JSON.stringify(BINARY_CONTENT_TYPE)}, ${JSON.stringify(FIELDS_HEADER)}: encodeURIComponent(JSON.stringify(rest)) } };
    }
    return { body: JSON.stringify(payload === undefined ? {} : payload), headers: { ...headers, 'content-type': 'application/json' } };
  };
  const decodeAnswer = async (res) => {
    const field = res.headers.get(${JSON.stringify(BINARY_FIELD_HEADER)});
    if (!field) return res.json();
    const value = JSON.parse(decodeURIComponent(res.headers.get(${JSON.stringify(VALUE_HEADER)}) || '%7B%7D'));
    value[field] = new Uint8Array(await res.arrayBuffer());
    return { ok: true, value };
  };
`;
}
