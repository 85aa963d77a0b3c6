import type { ReactNode } from 'react';

/** One screen: a hash path pattern, how to render it, and its optional navigation entry. */
export interface RouteDef {
  pattern: string;
  render: (params: Record<string, string>) => ReactNode;
  /** Shown in the side navigation when set; `activeFor` lists other patterns that light it up. */
  nav?: { labelKey: string; order: number; activeFor?: string[] };
}
