import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { recommendationChannels } from '../../../shared/ipc/channels/recommendations.ts';
import { createLinkedCases, getRecommendation, linkCase, listRecommendations, overdueRecommendations, registerRecommendation, setNotFollowed } from './recommendation-service.ts';
import { exportRecommendations } from './recommendation-export.ts';
import { draftReply, issueReply } from './reply-letter.ts';

export const recommendationHandlers: FeatureHandlers<typeof recommendationChannels> = {
  'recommendations:list': (req, ctx) => listRecommendations(ctx, req),
  'recommendations:export': (req, ctx) => exportRecommendations(ctx, req, req.format),
  'recommendations:get': (req, ctx) => getRecommendation(ctx, req.id),
  'recommendations:overdue': (_req, ctx) => overdueRecommendations(ctx),
  'recommendations:create': (req, ctx) => registerRecommendation(ctx, req),
  'recommendations:linkCase': (req, ctx) => linkCase(ctx, req),
  'recommendations:createCases': (req, ctx) => createLinkedCases(ctx, req),
  'recommendations:setNotFollowed': (req, ctx) => setNotFollowed(ctx, req),
  'recommendations:draftReply': (req, ctx) => draftReply(ctx, req.id),
  'recommendations:issueReply': (req, ctx) => issueReply(ctx, req.id),
};
