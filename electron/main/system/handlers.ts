import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { systemChannels } from '../../../shared/ipc/channels/system.ts';
import { currentCatalogue } from '../catalogue/violations.ts';
import { setLanguage } from './settings-service.ts';

export const systemHandlers: FeatureHandlers<typeof systemChannels> = {
  'system:info': (_req, ctx) => ({ version: ctx.appVersion, dataDir: ctx.dataDir, actor: ctx.actor(), language: ctx.language() }),
  'system:setLanguage': (req, ctx) => setLanguage(ctx, req.language),
  'catalogue:violations': () => currentCatalogue,
};
