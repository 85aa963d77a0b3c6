import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import type { ExaminationOverview } from '../../../../shared/examination/types.ts';
import type { SanctionCatalogue } from '../../../../shared/examination/sanctions.ts';
import type { Room, Staff } from '../../../../shared/examination/types.ts';

/** The case's examination overview plus the reference lists its forms pick from; `reload` after each change. */
export function useOverview(caseId: number) {
  const { data, error, reload } = useLoad(
    () => Promise.all([call('examination:overview', { caseId }), call('staff:list', {}), call('rooms:list', {}), call('catalogue:sanctions', {})]),
    [caseId],
  );
  const [overview, staff, rooms, catalogues]: [ExaminationOverview | null, Staff[], Room[], SanctionCatalogue[]] = data ?? [null, [], [], []];
  return { overview, staff, rooms, catalogues, error, reload };
}

export type OverviewState = ReturnType<typeof useOverview>;
