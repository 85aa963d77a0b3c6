import { z } from 'zod';
import { channel } from './define.ts';
import type { RequestOf, ResponseOf } from './define.ts';
import type { Envelope } from './envelope.ts';
import { caseCreateSchema, caseIdSchema, caseListSchema } from '../cases/schemas.ts';
import type { CaseDetail, CaseSummary } from '../cases/schemas.ts';
import type { ViolationCatalogue } from '../catalogue/types.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import type { Language } from '../i18n/languages.ts';

const empty = z.object({}).strict();

export interface SystemInfo {
  version: string;
  dataDir: string;
  actor: string;
  language: Language;
}

export interface PdfFile {
  fileName: string;
  /** Base64 so the same envelope travels over Electron IPC and HTTP JSON. */
  pdfBase64: string;
}

/**
 * Every IPC channel of the app, once. The preload's `api`, the web harness and the
 * main-process dispatcher are all derived from this object: a new channel is one entry
 * here plus one handler in electron/main/handlers.ts.
 */
export const ipcTable = {
  'system:info': channel<SystemInfo>()(empty),
  'system:setLanguage': channel<{ language: Language }>()(z.object({ language: z.enum(LANGUAGES) }).strict()),
  'catalogue:violations': channel<ViolationCatalogue>()(empty),
  'cases:create': channel<{ id: number; registerNo: string }>()(caseCreateSchema.strict()),
  'cases:list': channel<{ rows: CaseSummary[]; total: number }>()(caseListSchema.strict()),
  'cases:get': channel<CaseDetail>()(caseIdSchema.strict()),
  'letters:receipt': channel<PdfFile>()(caseIdSchema.strict()),
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
