import { useEffect, useState } from 'react';
import { call } from '../../app/api.ts';
import type { ViolationCatalogue } from '../../../../shared/catalogue/types.ts';

/** The violation catalogue, loaded once per screen. */
export function useCatalogue(): ViolationCatalogue | null {
  const [catalogue, setCatalogue] = useState<ViolationCatalogue | null>(null);
  useEffect(() => {
    let live = true;
    void call('catalogue:violations', {}).then((c) => live && setCatalogue(c));
    return () => {
      live = false;
    };
  }, []);
  return catalogue;
}
