import { useEffect, useState } from 'react';
import { call } from '../../app/api.ts';
import type { CaseOptions } from '../../../../shared/ipc/channels/cases.ts';

/** OPDs, statuses and catalogues for forms and filters, loaded once per screen. */
export function useCaseOptions(): CaseOptions | null {
  const [options, setOptions] = useState<CaseOptions | null>(null);
  useEffect(() => {
    let live = true;
    void call('cases:options', {}).then((o) => live && setOptions(o));
    return () => {
      live = false;
    };
  }, []);
  return options;
}
