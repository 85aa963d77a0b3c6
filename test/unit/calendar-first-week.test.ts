import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstWeek } from '../../renderer/src/features/hearings/calendar-events.ts';

// The hearing calendar's route reads this range ahead; it must be the week view's own range (Monday first).
describe('firstWeek', () => {
  afterEach(() => vi.useRealTimers());

  it('is the Monday-to-Monday week holding the given day', () => {
    expect(firstWeek('2024-12-25')).toEqual({ from: '2024-12-23', to: '2024-12-30' });
    expect(firstWeek('2024-12-23')).toEqual({ from: '2024-12-23', to: '2024-12-30' });
    // A Sunday belongs to the week that started six days before.
    expect(firstWeek('2024-12-22')).toEqual({ from: '2024-12-16', to: '2024-12-23' });
    // Across a month and a year.
    expect(firstWeek('2025-01-01')).toEqual({ from: '2024-12-30', to: '2025-01-06' });
  });

  it("is today's week without a day", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2024, 11, 19, 10, 0));
    expect(firstWeek()).toEqual({ from: '2024-12-16', to: '2024-12-23' });
  });
});
