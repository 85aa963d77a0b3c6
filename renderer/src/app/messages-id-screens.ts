import type { resources } from '../../../shared/i18n/index.ts';

/**
 * The Indonesian messages of every screen behind sign-in (all groups but the gates'), put in at
 * build time by electron.vite.config.ts; loaded with import() while the sign-in form is on
 * screen (renderer/src/app/behind-sign-in.ts).
 */
// As JSON text: V8 reads a large JSON.parse argument faster than the same object written as code.
declare const __SIPENA_MESSAGES_ID_SCREENS__: string;
export const messagesIdScreens = JSON.parse(__SIPENA_MESSAGES_ID_SCREENS__) as Partial<(typeof resources)['id']['translation']>;
