import { channel } from '../define.ts';
import { DELIVERY } from '../../accounts/roles.ts';
import { sanctionsListSchema } from '../../sanctions/register.ts';
import { tableFormatSchema } from '../../reports/table-export.ts';
import type { TableFile } from '../../reports/table-export.ts';
import type { SanctionsList } from '../../sanctions/register.ts';

/**
 * The register of sanctions in force: read by the secretariat that delivers SKs and tells the
 * personnel unit when they end (clerks), by officials and administrators.
 */
export const sanctionChannels = {
  'sanctions:list': channel<SanctionsList>()(sanctionsListSchema, { access: DELIVERY }),
  'sanctions:export': channel<TableFile>()(sanctionsListSchema.omit({ offset: true, limit: true }).extend({ format: tableFormatSchema }).strict(), { access: DELIVERY }),
} as const;
