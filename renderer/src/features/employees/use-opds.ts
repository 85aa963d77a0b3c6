import { useCallback, useEffect, useState } from 'react';
import { call } from '../../app/api.ts';
import type { Opd } from '../../../../shared/employees/schemas.ts';
import { errorText } from '../../../../shared/error-text.ts';

/** The OPD list (active ones unless asked), with a reload for after edits. */
export function useOpds(includeInactive = false): { opds: Opd[]; reload: () => void; error: string | null } {
  const [opds, setOpds] = useState<Opd[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    call('opds:list', { includeInactive })
      .then((list) => live && setOpds(list))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [includeInactive, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { opds, reload, error };
}
