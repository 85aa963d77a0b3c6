import type { AuthStatus } from '../accounts/schemas.ts';
import type { RecoveryStatus } from '../backup/types.ts';
import type { Language } from '../i18n/languages.ts';

/**
 * The sign-in screens the browser harness and the office server draw into the page as HTML
 * (prerendered at build time, electron/web/prerender-gates.ts), so the form is on screen before
 * any script has run; the app then takes the same markup over (hydration, renderer/src/main.tsx).
 */
export const SERVER_GATES = ['login', 'setup'] as const;
export type ServerGate = (typeof SERVER_GATES)[number];

/** What the page says it carries: `<div id="root" data-gate="login" data-language="id">`. */
export const GATE_ATTRIBUTE = 'data-gate';
export const GATE_LANGUAGE_ATTRIBUTE = 'data-language';
/**
 * On a page with a drawn gate, the app's files (scripts, the stylesheet's link) wait in
 * `<template id="sipena-app-files">` (inert: not fetched) until the form is painted; the page's injected
 * script then puts them in (electron/web/start-app-script.ts), so they do not compete with drawing the form.
 */
export const APP_FILES_TEMPLATE_ID = 'sipena-app-files';
/** The empty root of the built index.html, where a drawn gate goes. */
export const EMPTY_ROOT = '<div id="root"></div>';

/** A gate's markup in the build (out/renderer/gates/login.id.html). */
export function gateFile(gate: ServerGate, language: Language): string {
  return `gates/${gate}.${language}.html`;
}

/**
 * The screen the app's gates (RecoveryGate, then AuthGate) draw first for these two answers,
 * when it is one the server can draw: setup before any account exists, sign-in otherwise.
 * Nothing for a damaged database (the recovery screen), a signed-in user (the app) or a locked
 * screen (it names the user).
 */
export function gateFor(recovery: RecoveryStatus, auth: AuthStatus): ServerGate | null {
  if (recovery.mode === 'recovery') return null;
  if (auth.needsSetup) return 'setup';
  return auth.user ? null : 'login';
}
