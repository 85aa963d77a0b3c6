import type { resources } from '../../../shared/i18n/index.ts';

/**
 * The Indonesian messages of the screens before sign-in (shared/i18n/gate-namespaces.ts), put in
 * at build time by electron.vite.config.ts from shared/i18n/messages/*: the first download
 * carries these only; the rest is in messages-id-screens.ts, loaded with the shell.
 */
// As JSON text: V8 reads a large JSON.parse argument faster than the same object written as code.
declare const __SIPENA_MESSAGES_ID_GATES__: string;
export const messagesIdGates = JSON.parse(__SIPENA_MESSAGES_ID_GATES__) as Partial<(typeof resources)['id']['translation']>;
