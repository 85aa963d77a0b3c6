import { z } from 'zod';
import { channel } from '../define.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import type { Language } from '../../i18n/languages.ts';
import type { ViolationCatalogue } from '../../catalogue/types.ts';

export const emptyRequest = z.object({}).strict();

export interface SystemInfo {
  version: string;
  dataDir: string;
  actor: string;
  language: Language;
}

export const systemChannels = {
  'system:info': channel<SystemInfo>()(emptyRequest),
  'system:setLanguage': channel<{ language: Language }>()(z.object({ language: z.enum(LANGUAGES) }).strict()),
  'catalogue:violations': channel<ViolationCatalogue>()(emptyRequest),
} as const;
