import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../shared/calendar/iso-day.ts';

const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

describe('localIsoDate', () => {
  it("gives the office's calendar day, not UTC's", () => {
    // 06:30 WIB on 4 November is still 3 November in UTC.
    const instant = new Date('2024-11-03T23:30:00Z');
    process.env.TZ = 'Asia/Jakarta';
    expect(localIsoDate(instant)).toBe('2024-11-04');
    process.env.TZ = 'UTC';
    expect(localIsoDate(instant)).toBe('2024-11-03');
  });

  it('pads month and day', () => {
    process.env.TZ = 'Asia/Makassar';
    expect(localIsoDate(new Date('2025-01-05T02:00:00Z'))).toBe('2025-01-05');
  });
});
