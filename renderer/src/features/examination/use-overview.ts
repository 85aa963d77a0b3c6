import { useCallback, useEffect, useState } from 'react';
import { call } from '../../app/api.ts';
import type { ExaminationOverview } from '../../../../shared/examination/types.ts';
import type { SanctionCatalogue } from '../../../../shared/examination/sanctions.ts';
import type { Room, Staff } from '../../../../shared/examination/types.ts';
import { errorText } from '../../../../shared/error-text.ts';

/** The case's examination overview plus the reference lists its forms pick from; `reload` after each change. */
export function useOverview(caseId: number) {
  const [overview, setOverview] = useState<ExaminationOverview | null>(null);
  const [staff, setStaff] = useState<Staff[]>([]);
  const [rooms, setRooms] = useState<Room[]>([]);
  const [catalogues, setCatalogues] = useState<SanctionCatalogue[]>([]);
  const [error, setError] = useState<string | null>(null);

  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    Promise.all([call('examination:overview', { caseId }), call('staff:list', {}), call('rooms:list', {}), call('catalogue:sanctions', {})])
      .then(([o, s, r, c]) => {
        if (!live) return;
        setOverview(o);
        setStaff(s);
        setRooms(r);
        setCatalogues(c);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [caseId, version]);

  return { overview, staff, rooms, catalogues, error, reload };
}

export type OverviewState = ReturnType<typeof useOverview>;
