import type { Handlers } from './ipc/dispatch.ts';
import { createCase, getCase, listCases } from './cases/case-service.ts';
import { currentCatalogue } from './catalogue/violations.ts';
import { makeReceipt } from './letters/letter-service.ts';
import { setLanguage } from './system/settings-service.ts';

/** The implementation of every channel in shared/ipc/table.ts. */
export const handlers: Handlers = {
  'system:info': (_req, ctx) => ({ version: ctx.appVersion, dataDir: ctx.dataDir, actor: ctx.actor(), language: ctx.language() }),
  'system:setLanguage': (req, ctx) => setLanguage(ctx, req.language),
  'catalogue:violations': () => currentCatalogue,
  'cases:create': (req, ctx) => createCase(ctx, req),
  'cases:list': (req, ctx) => listCases(ctx, req),
  'cases:get': (req, ctx) => getCase(ctx, req.id),
  'letters:receipt': (req, ctx) => makeReceipt(ctx, req.id),
};
