import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical-json.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('canonicalJson', () => {
  it('canonicalises plain JSON exactly as before, so existing audit hashes still verify', () => {
    const v = { z: 1, a: [3, { y: 'ñ', b: null, c: true }], m: { k2: -0.5, k1: 'x"\n' }, e: {}, u: undefined, arr: [undefined, 1e21] };
    // Fixture computed with the implementation that wrote the existing audit rows.
    expect(canonicalJson(v)).toBe('{"a":[3,{"b":null,"c":true,"y":"ñ"}],"arr":[null,1e+21],"e":{},"m":{"k1":"x\\"\\n","k2":-0.5},"z":1}');
    expect(sha(canonicalJson(v))).toBe('885a3ab305077e3713b20edc6b0863bb6a2650b72b0e86cb4ce579d3bfbcaf7e');
  });

  it('honours toJSON: a Date becomes its ISO string, not {}', () => {
    const at = new Date('2024-11-04T03:00:00.000Z');
    expect(canonicalJson({ at, list: [at] })).toBe('{"at":"2024-11-04T03:00:00.000Z","list":["2024-11-04T03:00:00.000Z"]}');
    expect(canonicalJson({ b: { toJSON: (k: string) => `key ${k}` }, a: new String('s') })).toBe('{"a":"s","b":"key b"}');
    expect(canonicalJson({ x: new Date('2024-01-01T00:00:00Z') })).not.toBe(canonicalJson({ x: new Date('2025-01-01T00:00:00Z') }));
  });

  it('keeps a __proto__ key as data, so it changes the hash instead of vanishing', () => {
    const hostile = JSON.parse('{"__proto__": {"role": "administrator"}, "a": 1}') as Record<string, unknown>;
    expect(canonicalJson(hostile)).toBe('{"__proto__":{"role":"administrator"},"a":1}');
    expect(canonicalJson(hostile)).not.toBe(canonicalJson({ a: 1 }));
  });
});
