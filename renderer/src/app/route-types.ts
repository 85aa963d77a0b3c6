import type { ReactNode } from 'react';
import type { Channel } from '../../../shared/ipc/table.ts';
import type { FirstRead } from './read-ahead.ts';

/** One screen: a hash path pattern, how to render it, and its optional navigation entry. */
export interface RouteDef {
  pattern: string;
  render: (params: Record<string, string>) => ReactNode;
  /** Shown in the side navigation when set; `activeFor` lists other patterns that light it up. */
  nav?: { labelKey: string; order: number; activeFor?: string[] };
  /** The channel the screen needs: roles that may not call it see neither the entry nor the screen. */
  requires?: Channel;
  /** The reads the screen makes as it opens, exactly as it makes them: started as the navigation starts. */
  reads?: (params: Record<string, string>) => FirstRead[];
}
