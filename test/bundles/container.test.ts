import { generateKeyPairSync, sign } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, openBundle, sha256Hex, writeBundle } from '../../electron/main/bundles/container.ts';
import type { BundleContent, OriginKey } from '../../electron/main/bundles/container.ts';
import { trustedOriginLookup } from '../../electron/main/bundles/origins.ts';
import { fingerprintOf } from '../../electron/main/trust/ed25519.ts';
import { insertTrustedOrigin, revokeTrustedOrigin } from '../../electron/main/trust/trust-queries.ts';
import { caseJsonPath, caseRecordSchema, letterPath } from '../../shared/bundles/format.ts';
import type { BundleJson, CaseRecord } from '../../shared/bundles/format.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { tempApp } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function office() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    fingerprint: fingerprintOf(publicKey),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    sign: (data: Buffer) => sign(null, data, privateKey),
  };
}
type Office = ReturnType<typeof office>;

const UUIDS = ['0b6e2c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c', '1c7f3d2b-4a5e-4f6b-8c7d-8e9f0a1b2c3d'];
const pdf = (n: number) => Buffer.from(`%PDF-1.7\nletter ${n}\n%%EOF\n`);

function record(caseUuid: string, n: number): CaseRecord {
  const letter = pdf(n);
  const sha = sha256Hex(letter);
  return caseRecordSchema.parse({
    caseUuid,
    revision: 3,
    registerNo: `HD-2026-00${n}`,
    originInstansiCode: '3201',
    status: 'decided',
    incident: { date: '2026-01-05', place: 'Kantor' },
    dates: { registered: '2026-01-10', examinations: ['2026-02-01'], lhp: '2026-02-10', decision: '2026-03-01' },
    violations: [{ code: 'PP94-3-f', title: 'Masuk kerja' }],
    accused: [],
    letters: [{ kind: 'sk', number: `800/${n}`, letterDate: '2026-03-01', issuedAt: '2026-03-01T02:00:00.000Z', status: 'issued', sha256: sha, path: letterPath(caseUuid, sha) }],
    evidence: [],
  });
}

function content(from: Office): BundleContent {
  const files = new Map<string, Uint8Array>();
  const cases = UUIDS.map((caseUuid, i) => {
    const rec = record(caseUuid, i + 1);
    const json = Buffer.from(canonicalJson(rec));
    files.set(caseJsonPath(caseUuid), json);
    files.set(rec.letters[0]!.path, pdf(i + 1));
    return { caseUuid, registerNo: rec.registerNo, revision: rec.revision, path: caseJsonPath(caseUuid), sha256: sha256Hex(json), previousSha256: null };
  });
  const bundle: BundleJson = {
    format: 'sipena-bundle',
    formatVersion: 1,
    bundleId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    origin: { instansiCode: '3201', officeName: 'Pemerintah Kabupaten Uji', keyFingerprint: from.fingerprint },
    sipenaVersion: '0.1.0',
    exportedAt: '2026-12-02T21:00:00.000Z',
    withEvidence: false,
    cases,
  };
  return { bundle, files };
}

const trusting =
  (...offices: { o: Office; revoked?: boolean; code?: string }[]) =>
  (code: string, fp: string): OriginKey | undefined => {
    const hit = offices.find((x) => (x.code ?? '3201') === code && x.o.fingerprint === fp);
    return hit && { publicKeyPem: hit.o.publicKeyPem, name: 'Kabupaten Uji', revoked: hit.revoked ?? false };
  };

/** Unzips, lets the test change entries, zips again (a valid ZIP with different contents). */
function rezip(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  const z: Zippable = {};
  for (const [k, v] of Object.entries(entries)) z[k] = v;
  return zipSync(z);
}

const refusal = (r: ReturnType<typeof openBundle>) => (r.ok ? 'OK' : r.refusal);

describe('bundle container', () => {
  it('round-trips: the opened bundle has every case, its exact case.json and letters, and the manifest checks like sha256sum', () => {
    const a = office();
    const c = content(a);
    const bytes = writeBundle(c, a.sign);
    const r = openBundle(bytes, trusting({ o: a }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.sha256).toBe(sha256Hex(bytes));
    expect(r.cases.map((x) => x.entry.caseUuid)).toEqual(UUIDS);
    expect(r.cases[0]!.caseJson).toBe(canonicalJson(record(UUIDS[0]!, 1)));
    expect([...r.cases[1]!.letters.values()][0]).toEqual(new Uint8Array(pdf(2)));
    const entries = unzipSync(bytes);
    const manifest = Buffer.from(entries['MANIFEST.sha256']!).toString();
    const lines = manifest.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(66))).toEqual(Object.keys(entries).filter((n) => !n.startsWith('MANIFEST')).sort());
    for (const l of lines) expect(l.slice(0, 64)).toBe(sha256Hex(entries[l.slice(66)]!));
    expect(Buffer.from(entries['bundle.json']!).toString()).toBe(canonicalJson(c.bundle));
  });

  it('a byte changed inside a letter (valid ZIP, same manifest) is TAMPERED', () => {
    const a = office();
    const bytes = rezip(writeBundle(content(a), a.sign), (e) => {
      const name = Object.keys(e).find((n) => n.endsWith('.pdf'))!;
      const data = e[name]!;
      data[3] = data[3]! ^ 1;
    });
    expect(refusal(openBundle(bytes, trusting({ o: a })))).toBe('TAMPERED');
  });

  it('a byte changed in the raw file, inside a stored PDF entry, is TAMPERED', () => {
    const a = office();
    const bytes = writeBundle(content(a), a.sign);
    const at = Buffer.from(bytes).indexOf('letter 2');
    expect(at).toBeGreaterThan(0);
    const copy = Uint8Array.from(bytes);
    copy[at] = copy[at]! ^ 1;
    expect(refusal(openBundle(copy, trusting({ o: a })))).toBe('TAMPERED');
  });

  it('two letters swapped, or case.json replaced by another case\'s, is TAMPERED', () => {
    const a = office();
    const orig = writeBundle(content(a), a.sign);
    const swapped = rezip(orig, (e) => {
      const [p1, p2] = Object.keys(e).filter((n) => n.endsWith('.pdf'));
      [e[p1!], e[p2!]] = [e[p2!]!, e[p1!]!];
    });
    expect(refusal(openBundle(swapped, trusting({ o: a })))).toBe('TAMPERED');
    const replaced = rezip(orig, (e) => {
      e[caseJsonPath(UUIDS[0]!)] = Buffer.from(canonicalJson({ ...record(UUIDS[0]!, 1), status: 'closed' }));
    });
    expect(refusal(openBundle(replaced, trusting({ o: a })))).toBe('TAMPERED');
  });

  it('a bundle.json changed after signing (and re-listed in a forged manifest) is BAD_SIGNATURE', () => {
    const a = office();
    const bytes = rezip(writeBundle(content(a), a.sign), (e) => {
      const b = JSON.parse(Buffer.from(e['bundle.json']!).toString()) as BundleJson;
      b.origin.officeName = 'Kabupaten Palsu';
      e['bundle.json'] = Buffer.from(canonicalJson(b));
      const m = Buffer.from(e['MANIFEST.sha256']!).toString().replace(/^[0-9a-f]{64}(?= {2}bundle\.json$)/m, sha256Hex(e['bundle.json']));
      e['MANIFEST.sha256'] = Buffer.from(m);
    });
    expect(refusal(openBundle(bytes, trusting({ o: a })))).toBe('BAD_SIGNATURE');
  });

  it('signed by another key than the one enrolled for the fingerprint it names is BAD_SIGNATURE', () => {
    const a = office();
    const mallory = office();
    const bytes = writeBundle(content(a), mallory.sign);
    expect(refusal(openBundle(bytes, trusting({ o: a })))).toBe('BAD_SIGNATURE');
  });

  it('an origin not enrolled (or enrolled under another code) is UNKNOWN_ORIGIN; a revoked key is REVOKED', () => {
    const a = office();
    const bytes = writeBundle(content(a), a.sign);
    expect(refusal(openBundle(bytes, trusting()))).toBe('UNKNOWN_ORIGIN');
    expect(refusal(openBundle(bytes, trusting({ o: office() })))).toBe('UNKNOWN_ORIGIN');
    expect(refusal(openBundle(bytes, trusting({ o: a, code: '3202' })))).toBe('UNKNOWN_ORIGIN');
    expect(refusal(openBundle(bytes, trusting({ o: a, revoked: true })))).toBe('REVOKED');
  });

  it('an extra entry, a missing entry, or a name with `..`, a leading slash or a backslash is BAD_FORMAT', () => {
    const a = office();
    const orig = writeBundle(content(a), a.sign);
    const lookup = trusting({ o: a });
    const extra = rezip(orig, (e) => {
      e[`cases/${UUIDS[0]}/letters/${'a'.repeat(64)}.pdf`] = pdf(9);
    });
    expect(openBundle(extra, lookup)).toMatchObject({ ok: false, refusal: 'BAD_FORMAT', detail: expect.stringContaining('not in MANIFEST') });
    const missing = rezip(orig, (e) => {
      delete e[Object.keys(e).find((n) => n.endsWith('.pdf'))!];
    });
    expect(openBundle(missing, lookup)).toMatchObject({ ok: false, refusal: 'BAD_FORMAT', detail: expect.stringContaining('missing') });
    for (const name of [`cases/${UUIDS[0]}/../../evil.json`, '../bundle.json', '/etc/passwd', `cases\\${UUIDS[0]}\\case.json`, 'notes.txt']) {
      const bad = rezip(orig, (e) => {
        e[name] = Buffer.from('x');
      });
      expect(openBundle(bad, lookup), name).toMatchObject({ ok: false, refusal: 'BAD_FORMAT', detail: expect.stringContaining('name not allowed') });
    }
    const noSig = rezip(orig, (e) => {
      delete e['MANIFEST.sha256.sig'];
    });
    expect(refusal(openBundle(noSig, lookup))).toBe('BAD_FORMAT');
  });

  it('a duplicate entry name is BAD_FORMAT', () => {
    const a = office();
    const orig = writeBundle(content(a), a.sign);
    // fflate's zipSync keys entries by name; build the duplicate by renaming one entry to another's name in the raw bytes (same length).
    const buf = Buffer.from(orig);
    const first = letterPath(UUIDS[0]!, sha256Hex(pdf(1)));
    const second = letterPath(UUIDS[1]!, sha256Hex(pdf(2)));
    expect(first.length).toBe(second.length);
    let at = buf.indexOf(second);
    while (at >= 0) {
      buf.write(first, at, 'latin1');
      at = buf.indexOf(second, at + 1);
    }
    expect(openBundle(buf, trusting({ o: a }))).toMatchObject({ ok: false, refusal: 'BAD_FORMAT', detail: expect.stringContaining('twice') });
  });

  it('not a ZIP, or an entry declaring more than the limit, is BAD_FORMAT before anything is inflated', () => {
    const a = office();
    expect(refusal(openBundle(Buffer.from('hello, this is not a zip file at all'), trusting({ o: a })))).toBe('BAD_FORMAT');
    expect(refusal(openBundle(new Uint8Array(0), trusting({ o: a })))).toBe('BAD_FORMAT');
    const bytes = writeBundle(content(a), a.sign);
    const small = { ...DEFAULT_LIMITS, maxEntryBytes: 20 };
    expect(openBundle(bytes, trusting({ o: a }), small)).toMatchObject({ ok: false, refusal: 'BAD_FORMAT', detail: expect.stringContaining('would inflate') });
    // A bomb: 20 MB of zeros deflates to ~20 kB; with a 1 MB total limit it is refused from its declared size.
    const bomb = rezip(bytes, (e) => {
      e[`cases/${UUIDS[0]}/evidence/${'b'.repeat(64)}`] = new Uint8Array(20 * 1024 * 1024);
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(openBundle(bomb, trusting({ o: a }), { ...DEFAULT_LIMITS, maxTotalBytes: 1024 * 1024 })).toMatchObject({ ok: false, refusal: 'BAD_FORMAT', detail: expect.stringContaining('more than') });
  });

  it('a case.json that fails its schema, though signed, is BAD_FORMAT', () => {
    const a = office();
    const c = content(a);
    const path = caseJsonPath(UUIDS[0]!);
    const bad = Buffer.from(canonicalJson({ ...record(UUIDS[0]!, 1), reporterName: 'Pelapor' }));
    c.files.set(path, bad);
    c.bundle.cases[0]!.sha256 = sha256Hex(bad);
    expect(openBundle(writeBundle(c, a.sign), trusting({ o: a }))).toMatchObject({ ok: false, refusal: 'BAD_FORMAT', detail: expect.stringContaining(path) });
  });

  it('looks origins up in trusted_origins by code and key: unknown, active, revoked', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    const a = office();
    const bytes = writeBundle(content(a), a.sign);
    expect(refusal(openBundle(bytes, trustedOriginLookup(app.ctx.db)))).toBe('UNKNOWN_ORIGIN');
    const id = insertTrustedOrigin(app.ctx.db, { instansiCode: '3201', name: 'Kabupaten Uji', publicKeyPem: a.publicKeyPem, fingerprint: a.fingerprint, enrolledAt: '2026-12-01T00:00:00.000Z', enrolledBy: 'admin' });
    expect(refusal(openBundle(bytes, trustedOriginLookup(app.ctx.db)))).toBe('OK');
    revokeTrustedOrigin(app.ctx.db, id, '2026-12-02T00:00:00.000Z', 'admin', 'kunci hilang');
    expect(refusal(openBundle(bytes, trustedOriginLookup(app.ctx.db)))).toBe('REVOKED');
  });
});
