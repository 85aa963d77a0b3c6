import { describe, expect, it } from 'vitest';
import { isoDate } from '../../shared/schemas/common.ts';
import { decisionSaveSchema, deliverySaveSchema } from '../../shared/examination/schemas.ts';

const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }, field?: string) =>
  (r.error?.issues ?? []).filter((i) => field === undefined || i.path[0] === field).map((i) => i.message);

describe('an empty date box says "wajib diisi", a malformed one names the format', () => {
  it('isoDate', () => {
    expect(messages(isoDate.safeParse(''))).toEqual(['validation.required']);
    expect(messages(isoDate.safeParse('2024-13'))[0]).toBe('validation.isoDate');
    expect(messages(isoDate.safeParse('2024-02-30'))).toEqual(['validation.isoDate']);
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
  });

  it('the delivery form with an empty delivery date', () => {
    const r = deliverySaveSchema.safeParse({ caseId: 1, accusedId: 1, deliveredOn: '', method: 'langsung', receivedBy: 'Budi' });
    expect(messages(r, 'deliveredOn')).toEqual(['validation.required']);
  });

  it('the decision form no longer takes an SK number or date: they come from issuing', () => {
    const r = decisionSaveSchema.safeParse({ caseId: 1, accusedId: 1, catalogueId: 'x', sanctionCode: 'y', durationMonths: null, outcomeText: '', skNumber: '1', skDate: '2024-12-02' });
    expect(r.success).toBe(false);
    expect(decisionSaveSchema.safeParse({ caseId: 1, accusedId: 1, catalogueId: 'x', sanctionCode: 'y', durationMonths: null, outcomeText: '', expectedVersion: 0 }).success).toBe(true);
  });
});
