import { z } from 'zod';
import { channel } from '../define.ts';
import { ADMIN, ALL, REPORTS } from '../../accounts/roles.ts';
import { recapExportSchema, recapQuerySchema } from '../../reports/recap.ts';
import type { RecapFile, RecapOptions, RecapResult } from '../../reports/recap.ts';
import { siasnExportSchema, siasnMappingSaveSchema } from '../../reports/siasn.ts';
import type { SiasnExportResult, SiasnMapping, SiasnMappingKeys, SiasnMappingSaved } from '../../reports/siasn.ts';

/**
 * Reports for outside bodies. The SIASN export is prepared by the secretariat; its mapping
 * to SIASN's reference ids is office configuration, changed by the administrator only.
 */
export const reportChannels = {
  'reports:siasnMapping': channel<{ mapping: SiasnMapping; version: number; keys: SiasnMappingKeys }>()(z.object({}).strict(), { access: REPORTS }),
  'reports:saveSiasnMapping': channel<SiasnMappingSaved>()(siasnMappingSaveSchema, { access: ADMIN }),
  'reports:siasnExport': channel<SiasnExportResult>()(siasnExportSchema, { access: REPORTS }),
  // Recaps hold counts only (no name, no NIP): every role may read and print them, the viewer too.
  'reports:recapOptions': channel<RecapOptions>()(z.object({}).strict(), { access: ALL }),
  'reports:recap': channel<RecapResult>()(recapQuerySchema, { access: ALL }),
  'reports:recapExport': channel<RecapFile>()(recapExportSchema, { access: ALL }),
} as const;
