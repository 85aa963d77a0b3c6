import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../support/migrations.ts';
import { insertReceivedBundle, insertRevision, raiseLatestRevision } from '../../../electron/main/bundles/received-queries.ts';
import type { Db } from '../../../electron/main/db/connection.ts';
import { canonicalJson } from '../../../shared/canonical-json.ts';
import { sha } from '../../bundles/synthetic.ts';
import { caseRecord } from '../../received/records.ts';

const ORIGIN = { originCode: '3201', originName: 'Inspektorat Kabupaten Uji', originFingerprint: 'AB:'.repeat(31) + 'CD' };

function receive(db: Db, caseUuid: string, revision: number, caseJson: string): void {
  const bundleId = randomUUID();
  const at = { receivedAt: '2024-11-04T03:00:00.000Z', receivedBy: 'admin' };
  insertReceivedBundle(db, { bundleId, bundleSha256: sha(bundleId), ...ORIGIN, exportedAt: at.receivedAt, ...at, casesImported: 1, casesAlready: 0, casesRefused: 0 });
  const id = insertRevision(db, { ...ORIGIN, caseUuid, revision, registerNo: 'REG/0007/INSP/2024', sha256: sha(caseJson), previousSha256: null, caseJson, bundleId, bundleSha256: sha(bundleId), ...at });
  raiseLatestRevision(db, ORIGIN.originCode, caseUuid, id);
}

const heads = (db: Db) => db.prepare('SELECT case_uuid AS c, revision, status, incident_date AS incident FROM received_case_heads ORDER BY case_uuid').all();
const people = (db: Db, c: string) => db.prepare('SELECT idx, name, nip, opd, employment, level, sanction_code AS sanction, sk_date AS skDate, decided, sanctioned FROM received_people WHERE case_uuid = ? ORDER BY idx').all(c);

describe('migration 34 (received index) over a version-31 province', () => {
  it('fills the narrow rows of the cases already received, and keeps them following the newest revision after', () => {
    const db = databaseAt(31);
    const [a, b] = [randomUUID(), randomUUID()].sort();
    receive(db, a!, 2, canonicalJson(caseRecord(a!, 2)));
    // A stored text that is not JSON: the case gets a head and no people, and nothing fails.
    receive(db, b!, 1, 'not json');
    migrateTo(db, 34);
    expect(heads(db)).toEqual([
      { c: a, revision: 2, status: 'delivered', incident: '2024-03-12' },
      { c: b, revision: 1, status: '', incident: null },
    ]);
    expect(people(db, a!)).toEqual([
      { idx: 0, name: 'Budi Santoso', nip: '198503122010011004', opd: 'Kecamatan Sukamaju', employment: 'PNS', level: 'sedang', sanction: 'PP94-SEDANG-TUKIN', skDate: '2024-05-02', decided: 1, sanctioned: 1 },
    ]);
    expect(people(db, b!)).toEqual([]);
    expect(db.prepare('SELECT case_uuid AS c, idx, code FROM received_case_violations').all()).toEqual([{ c: a, idx: 0, code: 'PP94-3-f' }]);

    // A newer revision replaces the rows; an older one arriving later changes nothing.
    const annulled = caseRecord(a!, 3);
    const budi = annulled.accused[0]!;
    annulled.accused[0] = { ...budi, appeals: [{ ...budi.appeals[0]!, outcome: 'annulled' }] };
    annulled.status = 'closed';
    receive(db, a!, 3, canonicalJson(annulled));
    receive(db, a!, 1, canonicalJson(caseRecord(a!, 1, { status: 'registered' })));
    expect(heads(db)[0]).toEqual({ c: a, revision: 3, status: 'closed', incident: '2024-03-12' });
    expect(people(db, a!)).toMatchObject([{ decided: 1, sanctioned: 0 }]);
  });
});
