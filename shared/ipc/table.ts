import type { RequestOf, ResponseOf } from './define.ts';
import type { Envelope } from './envelope.ts';
import { systemChannels } from './channels/system.ts';
import { caseChannels } from './channels/cases.ts';
import { employeeChannels } from './channels/employees.ts';
import { letterChannels } from './channels/letters.ts';
import { evidenceChannels } from './channels/evidence.ts';
import { accountChannels } from './channels/accounts.ts';
import { backupChannels, recoveryChannels } from './channels/backup.ts';
import { calendarChannels } from './channels/calendar.ts';
import { deadlineChannels } from './channels/deadlines.ts';
import { hearingChannels } from './channels/hearings.ts';
import { examinationChannels } from './channels/examination.ts';
import { uploadChannels } from './channels/uploads.ts';
import { reportChannels } from './channels/reports.ts';
import { sanctionChannels } from './channels/sanctions.ts';
import { recommendationChannels } from './channels/recommendations.ts';
import { serverChannels } from './channels/server.ts';
import { recordChannels } from './channels/records.ts';
import { pactChannels } from './channels/pacts.ts';
import { trustChannels } from './channels/trust.ts';
import { receivedChannels } from './channels/received.ts';
import { checkoutChannels } from './channels/checkout.ts';
import { bundleExportChannels } from './channels/bundle-export.ts';

export type { SystemInfo } from './channels/system.ts';
export type { PdfFile } from './channels/letters.ts';

/**
 * Every IPC channel of the app, once (one file per feature in ./channels). The preload's
 * `api`, the web harness and the main-process dispatcher are all derived from this
 * object: a new channel is one entry in its feature file (schema and policy:
 * `channel<Res>()(schema, { access: STAFF })`) plus one handler in
 * electron/main/<feature>/handlers.ts; the compiler refuses either without the other.
 */
export const ipcTable = {
  ...backupChannels,
  ...recoveryChannels,
  ...systemChannels,
  ...caseChannels,
  ...employeeChannels,
  ...letterChannels,
  ...evidenceChannels,
  ...accountChannels,
  ...calendarChannels,
  ...deadlineChannels,
  ...hearingChannels,
  ...examinationChannels,
  ...uploadChannels,
  ...reportChannels,
  ...sanctionChannels,
  ...recommendationChannels,
  ...serverChannels,
  ...recordChannels,
  ...pactChannels,
  ...trustChannels,
  ...receivedChannels,
  ...checkoutChannels,
  ...bundleExportChannels,
} as const;

export type IpcTable = typeof ipcTable;
export type Channel = keyof IpcTable;
export const channels = Object.keys(ipcTable) as Channel[];

export type ChannelRequest<C extends Channel> = RequestOf<IpcTable[C]>;
export type ChannelResponse<C extends Channel> = ResponseOf<IpcTable[C]>;

/** The object the preload (Electron) or the harness script (browser) puts on `window.api`. */
export type SipenaApi = {
  [C in Channel]: (payload: ChannelRequest<C>) => Promise<Envelope<ChannelResponse<C>>>;
};

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(ipcTable, name);
}
