import { z } from 'zod';
import { channel } from '../define.ts';
import { ADMIN, ALL } from '../../accounts/roles.ts';
import type { SetupChecklist } from '../../system/setup-checklist.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import type { Language } from '../../i18n/languages.ts';
import type { ViolationCatalogue } from '../../catalogue/types.ts';

export const emptyRequest = z.object({}).strict();

/** Version and language for anyone; where the data lives and who acts only for a signed-in, unlocked user. */
export interface SystemInfo {
  version: string;
  language: Language;
  dataDir?: string;
  actor?: string;
}

export const systemChannels = {
  'system:info': channel<SystemInfo>()(emptyRequest, { access: 'public' }),
  'system:setLanguage': channel<{ language: Language }>()(z.object({ language: z.enum(LANGUAGES) }).strict(), { access: 'public' }),
  'catalogue:violations': channel<ViolationCatalogue>()(emptyRequest, { access: ALL }),
  /** The first-run checklist on the dashboard, for the administrator who does the setting up. */
  'system:setupChecklist': channel<SetupChecklist>()(emptyRequest, { access: ADMIN }),
} as const;
