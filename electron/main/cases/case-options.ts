import type { AppContext } from '../app-context.ts';
import { currentCatalogue, judgedCatalogues } from '../catalogue/violations.ts';
import { WORKFLOW_STATES } from '../../../shared/workflow/states.ts';
import type { CaseOptions } from '../../../shared/ipc/channels/cases.ts';

/** What the intake form and the list filters offer: OPDs, statuses in use, and the catalogues cases can be judged under. */
export function caseOptions(ctx: AppContext): CaseOptions {
  const opds = ctx.db.prepare('SELECT id, name FROM opds ORDER BY name').all() as { id: number; name: string }[];
  const used = (ctx.db.prepare('SELECT DISTINCT status FROM cases').all() as { status: string }[]).map((r) => r.status);
  const statuses = [...new Set<string>([...WORKFLOW_STATES, ...used])];
  return { opds, statuses, catalogues: [...judgedCatalogues], currentVersion: currentCatalogue.version };
}
