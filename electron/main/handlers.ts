import type { Handlers } from './ipc/dispatch.ts';
import { backupHandlers, recoveryHandlers } from './backup/handlers.ts';
import { serverStatusHandlers, systemHandlers } from './system/handlers.ts';
import { caseHandlers } from './cases/handlers.ts';
import { employeeHandlers } from './employees/handlers.ts';
import { letterHandlers } from './letters/handlers.ts';
import { evidenceHandlers } from './evidence/handlers.ts';
import { accountHandlers } from './accounts/handlers.ts';
import { calendarHandlers } from './calendar/handlers.ts';
import { deadlineHandlers } from './deadlines/handlers.ts';
import { hearingHandlers } from './hearings/handlers.ts';
import { examinationHandlers } from './examination/handlers.ts';
import { uploadHandlers } from './uploads/handlers.ts';
import { reportHandlers } from './reports/handlers.ts';
import { sanctionHandlers } from './sanctions/handlers.ts';
import { pactHandlers } from './pacts/handlers.ts';
import { trustHandlers } from './trust/handlers.ts';
import { receivedHandlers } from './bundles/received-handlers.ts';
import { bundleExportHandlers } from './bundles/export-handlers.ts';
import { recommendationHandlers } from './recommendations/handlers.ts';
import { recordHandlers } from './records/handlers.ts';
import { checkoutHandlers } from './checkout/handlers.ts';

/**
 * The implementation of every channel in shared/ipc/table.ts, one object per feature.
 * What may run when (roles, screen lock, restore) is each channel's policy, checked by dispatch.
 */
export const handlers: Handlers = {
  ...backupHandlers,
  ...recoveryHandlers,
  ...systemHandlers,
  ...caseHandlers,
  ...employeeHandlers,
  ...letterHandlers,
  ...evidenceHandlers,
  ...accountHandlers,
  ...calendarHandlers,
  ...deadlineHandlers,
  ...hearingHandlers,
  ...examinationHandlers,
  ...uploadHandlers,
  ...reportHandlers,
  ...sanctionHandlers,
  ...pactHandlers,
  ...recommendationHandlers,
  ...serverStatusHandlers,
  ...recordHandlers,
  ...trustHandlers,
  ...receivedHandlers,
  ...checkoutHandlers,
  ...bundleExportHandlers,
};
