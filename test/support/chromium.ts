/** Debian Chromium unless SIPENA_CHROMIUM names another. */
export const CHROMIUM = process.env.SIPENA_CHROMIUM ?? '/usr/bin/chromium';

/** Headless flags this offline machine needs. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
