import type { OpdHead } from '../employees/schemas.ts';
import type { PositionClass } from '../employees/position-class.ts';
import type { Signatory } from '../letters/office-settings.ts';
import type { PybmTable } from './pybm.ts';
import type { PriorDecision } from './repeat-rules.ts';

/** What the decision form needs to say who must sign and why. */
export interface PybmContext {
  table: PybmTable;
  /** The PPK as the office settings name them. */
  ppk: Signatory;
  /** Office setting (to verify): warn when a Plh/Plt would sign a status-changing decision. */
  standInLimit: boolean;
  accused: {
    id: number;
    positionClass: PositionClass | null;
    opdName: string | null;
    opdHead: OpdHead | null;
    /** Earlier disciplinary decisions on the same person (by NIP), oldest first; a repeat of the same nature must be heavier than the last. */
    prior: PriorDecision[];
  }[];
}
