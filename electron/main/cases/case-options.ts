import type { AppContext } from '../app-context.ts';
import { currentCatalogue, judgedCatalogues } from '../catalogue/violations.ts';
import { WORKFLOW_STATES } from '../../../shared/workflow/states.ts';
import { selectOpdChoices } from '../employees/opd-queries.ts';
import { selectUsedStatuses } from './case-queries.ts';
import type { CaseOptions } from '../../../shared/ipc/channels/cases.ts';

/** What the intake form and the list filters offer: OPDs, statuses in use, and the catalogues cases can be judged under. */
export function caseOptions(ctx: AppContext): CaseOptions {
  const opds = selectOpdChoices(ctx.db);
  const used = selectUsedStatuses(ctx.db);
  const statuses = [...new Set<string>([...WORKFLOW_STATES, ...used])];
  return { opds, statuses, catalogues: [...judgedCatalogues], currentVersion: currentCatalogue.version };
}
