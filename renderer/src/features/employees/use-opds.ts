import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import type { Opd } from '../../../../shared/employees/schemas.ts';

/** The OPD list (active ones unless asked), with a reload for after edits. */
export function useOpds(includeInactive = false): { opds: Opd[]; reload: () => void; error: string | null } {
  const { data, reload, error } = useLoad(() => call('opds:list', { includeInactive }), [includeInactive]);
  return { opds: data ?? [], reload, error };
}
