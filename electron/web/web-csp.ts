/** Same policy as the desktop window (electron/main/security-policy.ts), for the harness's HTML. */
export { CONTENT_SECURITY_POLICY as WEB_CSP } from '../main/security-policy.ts';
