import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import type { CaseOptions } from '../../../../shared/ipc/channels/cases.ts';

/** OPDs, statuses and catalogues for forms and filters, loaded once per screen. */
export function useCaseOptions(): CaseOptions | null {
  return useLoad(() => call('cases:options', {}), []).data ?? null;
}
