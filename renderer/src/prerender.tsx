import { renderToString } from 'react-dom/server';
import { i18nInstance } from '../../shared/i18n/instance.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { ServerGate } from '../../shared/web/server-gate.ts';
import { messagesIdGates } from './app/messages-id.ts';
import { messagesEn } from './app/messages-en.ts';
import { Root } from './app/Root.tsx';
import { startFromServerGate } from './app/server-gate.ts';

/**
 * The sign-in screens as HTML, made at build time (electron/web/prerender-gates.ts) in Node: the
 * same tree as the browser's (app/Root.tsx), with the same messages the app starts with (the
 * Indonesian gates' groups; English whole), drawn as it is before any answer has come.
 */
export function renderGate(gate: ServerGate, language: Language): string {
  startFromServerGate(gate);
  try {
    const i18n = i18nInstance({ id: { translation: messagesIdGates }, en: { translation: messagesEn } }, language);
    return renderToString(<Root i18n={i18n} />);
  } finally {
    startFromServerGate(null);
  }
}
