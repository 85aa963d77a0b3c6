import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { examinationChannels } from '../../../shared/ipc/channels/examination.ts';
import { examinationOverview, transition } from './workflow-service.ts';
import { setTeam } from './team-service.ts';
import { saveBap, saveLhp } from './record-service.ts';
import { saveDecision } from './decision-service.ts';
import { allSanctionCatalogues } from './sanction-catalogues.ts';
import { pybmContext } from './pybm-service.ts';
import { listMorals, saveMoral } from './moral-service.ts';
import { recordDelivery } from './delivery-service.ts';
import { fileAppeal, recordAppealOutcome } from './appeal-service.ts';
import { caseSuperiors, setSuperior } from './superior-service.ts';
import { listReleases, saveRelease } from './release-service.ts';

export const examinationHandlers: FeatureHandlers<typeof examinationChannels> = {
  'examination:overview': (req, ctx) => examinationOverview(ctx, req.caseId),
  'examination:transition': (req, ctx) => transition(ctx, req),
  'examination:setTeam': (req, ctx) => setTeam(ctx, req),
  'examination:saveBap': (req, ctx) => saveBap(ctx, req),
  'examination:saveLhp': (req, ctx) => saveLhp(ctx, req),
  'examination:saveDecision': (req, ctx) => saveDecision(ctx, req),
  'examination:recordDelivery': (req, ctx) => recordDelivery(ctx, req),
  'examination:fileAppeal': (req, ctx) => fileAppeal(ctx, req),
  'examination:appealOutcome': (req, ctx) => recordAppealOutcome(ctx, req),
  'catalogue:sanctions': () => [...allSanctionCatalogues()],
  'examination:pybmContext': (req, ctx) => pybmContext(ctx, req.caseId),
  'examination:morals': (req, ctx) => listMorals(ctx, req.caseId),
  'examination:saveMoral': (req, ctx) => saveMoral(ctx, req),
  'examination:releases': (req, ctx) => listReleases(ctx, req.caseId),
  'examination:saveRelease': (req, ctx) => saveRelease(ctx, req),
  'examination:superiors': (req, ctx) => caseSuperiors(ctx, req.caseId),
  'examination:setSuperior': (req, ctx) => setSuperior(ctx, req),
};
