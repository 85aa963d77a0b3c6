import type { resources } from '../../../shared/i18n/index.ts';

/**
 * The English messages, put in at build time by electron.vite.config.ts; loaded with
 * import() when English is chosen (renderer/src/app/i18n.ts), so Indonesian users never
 * download them.
 */
declare const __SIPENA_MESSAGES_EN__: (typeof resources)['en']['translation'];
export const messagesEn = __SIPENA_MESSAGES_EN__;
