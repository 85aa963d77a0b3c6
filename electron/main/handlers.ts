import type { Handlers } from './ipc/dispatch.ts';
import { systemHandlers } from './system/handlers.ts';
import { caseHandlers } from './cases/handlers.ts';
import { letterHandlers } from './letters/handlers.ts';

/** The implementation of every channel in shared/ipc/table.ts, one object per feature. */
export const handlers: Handlers = {
  ...systemHandlers,
  ...caseHandlers,
  ...letterHandlers,
};
