import { APP_ORIGIN, contentSecurityPolicyFor, isAppUrl } from '../security-policy.ts';

/**
 * What a client PC's window may do (Electron-free, so plain Node tests cover it): show the
 * office server's pages and the app's own connection page, and nothing else.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a page of the pinned office server (same scheme, host and port, no credentials). */
export function isServerUrl(url: string, serverOrigin: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === 'https:' && u.origin === serverOrigin && u.username === '' && u.password === '';
}

/** Where the client window may navigate: the server's pages, or the app's own connection page. */
export function clientNavigationAllowed(url: string, serverOrigin: string): boolean {
  return isServerUrl(url, serverOrigin) || isAppUrl(url);
}

/**
 * Which requests the client window may make at all (checked before they leave the PC):
 * the server's origin, the app's own pages, and in-page `data:`/`blob:` URLs (pdf.js draws
 * letters from blobs of the server's page). Everything else, a web font, an image on the
 * internet, another PC on the LAN, is cancelled.
 */
export function clientRequestAllowed(url: string, serverOrigin: string): boolean {
  if (isServerUrl(url, serverOrigin) || isAppUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return url.startsWith(`blob:${serverOrigin}/`) || url.startsWith(`blob:${APP_ORIGIN}/`);
  return url.startsWith('devtools:');
}

/** The CSP the client window adds to every server page: only that origin. */
export function clientCsp(serverOrigin: string): string {
  return contentSecurityPolicyFor(serverOrigin);
}
