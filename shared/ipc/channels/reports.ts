import { z } from 'zod';
import { channel } from '../define.ts';
import { ADMIN, REPORTS } from '../../accounts/roles.ts';
import { siasnExportSchema, siasnMappingSchema } from '../../reports/siasn.ts';
import type { SiasnExportResult, SiasnMapping, SiasnMappingKeys } from '../../reports/siasn.ts';

/**
 * Reports for outside bodies. The SIASN export is prepared by the secretariat; its mapping
 * to SIASN's reference ids is office configuration, changed by the administrator only.
 */
export const reportChannels = {
  'reports:siasnMapping': channel<{ mapping: SiasnMapping; keys: SiasnMappingKeys }>()(z.object({}).strict(), { access: REPORTS }),
  'reports:saveSiasnMapping': channel<SiasnMapping>()(siasnMappingSchema, { access: ADMIN }),
  'reports:siasnExport': channel<SiasnExportResult>()(siasnExportSchema, { access: REPORTS }),
} as const;
