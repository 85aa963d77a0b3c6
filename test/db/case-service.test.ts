import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase, getCase, listCases } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema, caseListSchema } from '../../shared/cases/schemas.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());
const create = (input: unknown) => createCase(app.ctx, caseCreateSchema.parse(input));

describe('case service', () => {
  it('gives consecutive register numbers from the yearly counter', () => {
    expect(create(validCase).registerNo).toBe('REG/0001/INSP/2024');
    expect(create({ ...validCase, accused: [{ name: 'Sri', nip: '198902252024211013', employmentType: 'PPPK' }] }).registerNo).toBe('REG/0002/INSP/2024');
  });

  it('stores the accused as text NIPs, links them to the registry and keeps the catalogue version', () => {
    const { id } = create(validCase);
    const c = getCase(app.ctx, id);
    expect(c.accused[0]).toMatchObject({ name: 'Budi Santoso', nip: '198609262015051001', employmentType: 'PNS' });
    expect(typeof c.accused[0]!.nip).toBe('string');
    expect(c.accused[0]!.employeeId).toBeGreaterThan(0);
    expect(c.catalogueVersion).toMatch(/^PP94-2021/);
    expect(c.violations[0]).toMatchObject({ code: 'N-FASILITAS-NEGARA', level: 'berat' });
    expect(c.history.map((h) => h.action)).toEqual(['case.create']);
  });

  it('reuses the registry entry for a known NIP instead of duplicating it', () => {
    create(validCase);
    // Same NIP and violation within 30 days: the clerk acknowledges the duplicate warning.
    create({ ...validCase, acknowledgeDuplicates: true });
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM employees').get()).toEqual({ n: 1 });
  });

  it('refuses an unknown violation code and writes nothing, not even a register number', () => {
    const before = dbFingerprint(app.ctx);
    expect(() => create({ ...validCase, violationCodes: ['N-TIDAK-ADA'] })).toThrow();
    expect(dbFingerprint(app.ctx)).toBe(before);
    expect(create(validCase).registerNo).toBe('REG/0001/INSP/2024');
  });

  it('finds cases by name, NIP fragment, register number and chronology word, paged with a total', () => {
    create(validCase);
    create({ ...validCase, accused: [{ name: 'Sri Wahyuni', nip: '198902252024211013' }], chronology: 'Unggahan dukungan di media sosial' });
    const q = (search?: string) => listCases(app.ctx, caseListSchema.parse({ search }));
    expect(q().total).toBe(2);
    expect(q('wahyuni').rows.map((r) => r.accusedNames)).toEqual(['Sri Wahyuni']);
    expect(q('2015051').total).toBe(1);
    expect(q('REG/0002').total).toBe(1);
    expect(q('mobil dinas').total).toBe(1);
    expect(q('100%_').total).toBe(0);
    expect(listCases(app.ctx, caseListSchema.parse({ limit: 1, offset: 1 })).rows).toHaveLength(1);
  });
});
