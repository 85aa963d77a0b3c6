import { channel } from '../define.ts';
import { DELIVERY } from '../../accounts/roles.ts';
import { sanctionsListSchema } from '../../sanctions/register.ts';
import type { SanctionsList } from '../../sanctions/register.ts';

/**
 * The register of sanctions in force: read by the secretariat that delivers SKs and tells the
 * personnel unit when they end (clerks), by officials and administrators.
 */
export const sanctionChannels = {
  'sanctions:list': channel<SanctionsList>()(sanctionsListSchema, { access: DELIVERY }),
} as const;
