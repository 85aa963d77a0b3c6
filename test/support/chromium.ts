/** Debian Chromium unless SIPENA_CHROMIUM names another. */
export const CHROMIUM = process.env.SIPENA_CHROMIUM ?? '/usr/bin/chromium';

/** Headless flags this offline machine needs. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/**
 * The longest one wait for the screen may take (a locator, a navigation, an `expect.poll`)
 * before it fails. A step that takes a second on a quiet machine has taken thirty on a busy
 * one, so this only catches a screen that never comes; the browser projects' test timeout
 * is longer still, so a failure names the locator it waited for.
 */
export const SCREEN_WAIT_MS = 120_000;

/** The browser projects' test and hook timeout: several screen waits in a row on a busy machine. */
export const BROWSER_TEST_MS = 300_000;
