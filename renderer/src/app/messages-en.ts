import type { resources } from '../../../shared/i18n/index.ts';

/**
 * The English messages, put in at build time by electron.vite.config.ts; loaded with
 * import() when English is chosen (renderer/src/app/i18n.ts), so Indonesian users never
 * download them.
 */
// As JSON text: V8 reads a large JSON.parse argument faster than the same object written as code.
declare const __SIPENA_MESSAGES_EN__: string;
export const messagesEn = JSON.parse(__SIPENA_MESSAGES_EN__) as (typeof resources)['en']['translation'];
