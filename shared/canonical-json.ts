/**
 * JSON with object keys sorted at every depth, so equal data always hashes equally. For
 * plain data (strings, finite numbers, booleans, null, arrays, objects) this is RFC 8785
 * (JCS): keys sorted by UTF-16 code units (Array.prototype.sort's order), no whitespace,
 * numbers and strings serialised as JSON.stringify does (which is what JCS specifies).
 * The audit chain and the case bundles (case.json, receipts) both hash this form.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value, ''));
}

/**
 * Mirrors what JSON.stringify would do with `value` (toJSON called once with its key,
 * boxed primitives unboxed) and sorts object keys. The sorted copy has no prototype and
 * gets its keys by defineProperty, so a `__proto__` key is kept as data, never applied.
 */
function sortKeys(input: unknown, key: string): unknown {
  let value = input;
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: (k: string) => unknown }).toJSON(key);
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return value.valueOf();
  if (Array.isArray(value)) return value.map((v, i) => sortKeys(v, String(i)));
  if (value !== null && typeof value === 'object') {
    const out = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(value).sort()) {
      Object.defineProperty(out, k, { value: sortKeys((value as Record<string, unknown>)[k], k), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
