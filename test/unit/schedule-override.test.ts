import { describe, expect, it } from 'vitest';
import { checkOverride } from '../../electron/main/deadlines/schedule-check.ts';
import type { ScheduleCheck } from '../../shared/examination/types.ts';

const conflict: ScheduleCheck['conflicts'][number] = { kind: 'room', sessionId: 3, registerNo: 'REG/0001/INSP/2024', startAt: '2024-11-13T09:00', endAt: '2024-11-13T10:00', who: 'Ruang Rapat' };
const warning: ScheduleCheck['warnings'][number] = { rule: 'summons1Notice', key: 'deadlines.warnSummonsTooLate', params: { value: 7, gap: 6 }, legalBasis: 'PP 94/2021 Pasal 26' };

describe('override reason of a schedule', () => {
  it('needs no reason, and records none, when nothing is broken', () => {
    expect(checkOverride({ conflicts: [], warnings: [] }, undefined)).toEqual({ ok: true, reason: null });
    expect(checkOverride({ conflicts: [], warnings: [] }, 'alasan yang tidak diperlukan')).toEqual({ ok: true, reason: null });
  });

  it('holds back a conflict or a broken deadline rule until a non-blank reason is given', () => {
    for (const check of [{ conflicts: [conflict], warnings: [] }, { conflicts: [], warnings: [warning] }, { conflicts: [conflict], warnings: [warning] }]) {
      expect(checkOverride(check, undefined)).toEqual({ ok: false });
      expect(checkOverride(check, null)).toEqual({ ok: false });
      expect(checkOverride(check, '   ')).toEqual({ ok: false });
      expect(checkOverride(check, '  Terlapor minta daring  ')).toEqual({ ok: true, reason: 'Terlapor minta daring' });
    }
  });
});
