/**
 * fast-check arbitraries for hostile IPC payloads: wrong types, huge strings, deep
 * nesting, prototype keys, path traversal, SQL and FTS fragments, invalid dates, odd
 * numbers, arrays where objects belong. `json: true` keeps to what survives JSON (HTTP).
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

export const SQL_FRAGMENTS = [
  "'; DROP TABLE cases; --",
  "1' OR '1'='1",
  '" OR ""="',
  "%' AND 1=1 --",
  "ATTACH DATABASE '/tmp/x.db' AS x; --",
  'SELECT * FROM users',
  "'); DELETE FROM audit_log; --",
  '*',
  'NEAR(a b',
  '"unterminated',
  'a OR b NOT c AND',
  '^',
  '%_%',
  '\\',
];

export const PATH_NAMES = [
  '../../../../etc/passwd',
  '..\\..\\..\\Windows\\System32\\config\\SAM',
  '/etc/shadow',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x.sqlite3',
  '%2e%2e%2f%2e%2e%2fsipena.sqlite3',
  'evidence/../sipena.sqlite3',
  'backups/../../x',
  'file.pdf\u0000.exe',
  'CON',
  'aux.txt',
  '~/.ssh/id_rsa',
  'file:///etc/hosts',
  'app://sipena/../../x',
];

export const BAD_DATES = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '0000-00-00',
  '9999-99-99',
  '2024-1-1',
  '31/12/2024',
  'Invalid Date',
  '2024-02-29T25:61:00Z',
  '+275760-09-13',
  '-000001-01-01',
  '2024-11-04T03:00:00.000Z',
  '',
];

export const ODD_NUMBERS = [Number.NaN, Infinity, -Infinity, -1, 0, -0, 1.5, 2 ** 53, -(2 ** 53), 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 4_294_967_296];

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

/** An object that really owns a "__proto__" key (as JSON.parse or structured clone would give). */
function withOwnKey(key: string, value: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
  return o;
}

function nest(depth: number, asArray: boolean): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

const hugeString = fc
  .tuple(fc.integer({ min: 1_000_000, max: 5_000_000 }), fc.constantFrom('A', 'é', '\u0000', '𝕏', "'", '<script>'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

const deep = fc.tuple(fc.integer({ min: 500, max: 1000 }), fc.boolean()).map(([d, arr]) => nest(d, arr));

const protoObject = fc
  .tuple(fc.constantFrom(...PROTO_KEYS), fc.constantFrom<unknown>({ admin: true, role: 'administrator' }, { polluted: 1 }, null, 'x'))
  .map(([k, v]) => withOwnKey(k, v));

/** Values a real request might carry, so that hostile neighbours get past parsing into handlers. */
export const PLAUSIBLE = [1, 2, 3, 10, true, false, 'x', 'id', 'admin', 'PNS', 'clerk', 'Budi Santoso', '198609262015051001', '2024-11-04', 'REG/0001/INSP/2024', 'Inspektorat2024'];

/** One hostile leaf value. */
export function hostileValue(json: boolean): Arbitrary<unknown> {
  const common: Arbitrary<unknown>[] = [
    fc.constantFrom<unknown>(...SQL_FRAGMENTS),
    fc.constantFrom<unknown>(...PATH_NAMES),
    fc.constantFrom<unknown>(...BAD_DATES),
    fc.constantFrom<unknown>(...ODD_NUMBERS),
    fc.integer({ min: -3, max: 3 }),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), { maxKeys: 3 }),
    protoObject,
  ];
  // Structured clone (Electron IPC) also carries these; JSON does not.
  const cloneOnly: Arbitrary<unknown>[] = json
    ? []
    : [fc.constant(undefined), fc.bigInt(), fc.date({ noInvalidDate: false }), fc.uint8Array({ maxLength: 16 }), fc.constant(new Map([['a', 1]]))];
  return fc.oneof(
    { arbitrary: fc.oneof(...common, ...cloneOnly), weight: 30 },
    { arbitrary: fc.constantFrom<unknown>(...PLAUSIBLE), weight: 25 },
    { arbitrary: deep, weight: 2 },
    { arbitrary: hugeString, weight: 1 },
  );
}

/** Object payloads shaped like the channel's request (its keys, hostile values), plus stray keys. */
function shaped(keys: string[], json: boolean): Arbitrary<unknown> {
  const value = hostileValue(json);
  const model = Object.fromEntries(keys.map((k) => [k, value]));
  // Half the time every key is there, so more payloads get past parsing into the handler.
  const fields = fc.oneof(fc.record(model), fc.record(model, { requiredKeys: [] }));
  // An empty request schema accepts only {}: mostly add stray keys so the handler is not just run 200 times.
  const strayChance = keys.length === 0 ? 0.9 : 0.3;
  return fc.tuple(fields, fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ maxLength: 12 }), value, protoObject).map(([o, roll, key, v, proto]) => {
    if (roll >= strayChance) return o;
    return roll < strayChance / 2 ? { ...o, [key || 'x']: v } : Object.assign(proto, o);
  });
}

/** A whole hostile payload for a channel whose request schema has `keys`. */
export function hostilePayload(keys: string[], json = false): Arbitrary<unknown> {
  const plausible = fc.record(Object.fromEntries(keys.map((k) => [k, fc.constantFrom<unknown>(...PLAUSIBLE)])));
  return fc.oneof(
    { arbitrary: shaped(keys, json), weight: 6 },
    { arbitrary: plausible, weight: 2 },
    { arbitrary: hostileValue(json), weight: 2 },
    { arbitrary: fc.array(shaped(keys, json), { maxLength: 3 }), weight: 1 },
  );
}

/** Short text for failure messages: no 5 MB dumps. */
export function describePayload(p: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(p, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(p);
  } catch {
    s = String(p);
  }
  return s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s;
}
