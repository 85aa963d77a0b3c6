import { APP_FILES_TEMPLATE_ID } from '../../shared/web/server-gate.ts';

/**
 * The part of the injected page scripts (harness and office server) that starts the app on a page
 * whose sign-in form the server drew (electron/web/page-html.ts): its files wait in an inert
 * template and go in once the form is painted (a task queued from an animation frame runs after that
 * frame), so downloading, compiling and running them never delays the form's first paint. The user
 * types meanwhile; a submit is held until the app has taken the form over (early-submit-script.ts).
 * Runs as a deferred script, after the page has been read: the template is there.
 */
export function startAppScript(): string {
  return `
  const waiting = document.getElementById(${JSON.stringify(APP_FILES_TEMPLATE_ID)});
  if (waiting) {
    requestAnimationFrame(() => setTimeout(() => {
      document.head.append(document.importNode(waiting.content, true));
      waiting.remove();
    }, 0));
  }`;
}
