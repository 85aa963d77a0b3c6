import type { resources } from '../../../shared/i18n/index.ts';

/**
 * The Indonesian messages (every screen's), put in at build time by electron.vite.config.ts
 * from shared/i18n/messages/*: the renderer then carries one language up front, not both.
 */
declare const __SIPENA_MESSAGES_ID__: (typeof resources)['id']['translation'];
export const messagesId = __SIPENA_MESSAGES_ID__;
