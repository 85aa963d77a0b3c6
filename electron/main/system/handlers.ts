import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { systemChannels } from '../../../shared/ipc/channels/system.ts';
import { currentCatalogue } from '../catalogue/violations.ts';
import { setLanguage } from './settings-service.ts';
import { setupChecklist } from './setup-checklist.ts';
import type { serverChannels } from '../../../shared/ipc/channels/server.ts';
import { serverStatus } from './server-status.ts';

export const systemHandlers: FeatureHandlers<typeof systemChannels> = {
  // Public: before sign-in it must not reveal the data folder's path or the OS account.
  'system:info': (_req, ctx) =>
    ctx.session.user && !ctx.session.locked
      ? { version: ctx.appVersion, language: ctx.language(), dataDir: ctx.dataDir, actor: ctx.actor() }
      : { version: ctx.appVersion, language: ctx.language() },
  'system:setLanguage': (req, ctx) => setLanguage(ctx, req.language),
  'catalogue:violations': () => currentCatalogue,
  'system:setupChecklist': (_req, ctx) => setupChecklist(ctx),
};

export const serverStatusHandlers: FeatureHandlers<typeof serverChannels> = {
  'server:status': (_req, ctx) => serverStatus(ctx),
};
