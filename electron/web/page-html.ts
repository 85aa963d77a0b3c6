import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../../shared/i18n/languages.ts';
import { APP_FILES_TEMPLATE_ID, EMPTY_ROOT, GATE_ATTRIBUTE, GATE_LANGUAGE_ATTRIBUTE, gateFile } from '../../shared/web/server-gate.ts';
import type { ServerGate } from '../../shared/web/server-gate.ts';
import { HASHED_ASSET } from './precompress.ts';

export interface DrawnGate {
  gate: ServerGate;
  language: Language;
}

/** The build's stylesheet links (Vite writes one for the entry: the gates' styles, renderer/src/main.tsx). */
const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/g;

/** The app's entry script and the modules it preloads, as Vite writes them. */
const APP_SCRIPT = /<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g;

/** Hashed files of the build, read once: their names change with their content. */
const cache = new Map<string, Promise<string | null>>();
function readBuilt(root: string, rel: string): Promise<string | null> {
  const path = join(root, rel);
  const read = () => readFile(path, 'utf8').catch(() => null);
  if (!HASHED_ASSET.test(rel)) return read();
  let content = cache.get(path);
  if (!content) {
    content = read();
    cache.set(path, content);
  }
  return content;
}

/**
 * The app's page as the harness and the office server send it: the built index.html with the
 * script that plays the preload's part (deferred: it runs before the app's modules, in document
 * order, without holding up the reading of the page) and, when `drawn` names a sign-in screen the
 * build prerendered (electron/web/prerender-gates.ts), that screen's markup in the root with its
 * styles in the page where their link was. The app's files (entry script, the modules it preloads,
 * the stylesheet's link) wait in an inert template until the form is painted
 * (electron/web/start-app-script.ts). Then the browser draws the form from this one answer, before
 * any other file has come and with nothing else downloading or compiling meanwhile; the link goes in
 * with the scripts, so the app's loader sees the stylesheet is in and never adds it after later ones.
 */
export async function pageHtml(root: string, template: string, scriptPath: string, drawn: DrawnGate | null): Promise<string> {
  // Function replacements throughout: markup and styles are put in as they are ($ is not special).
  const scriptTag = `<script defer src="${scriptPath}"></script>`;
  let html = template.replace('<head>', () => `<head>${scriptTag}`);
  const markup = drawn ? await readBuilt(root, gateFile(drawn.gate, drawn.language)) : null;
  if (!drawn || markup === null) return html;
  const links = [...html.matchAll(STYLESHEET_LINK)];
  const styles = await Promise.all(links.map((link) => readBuilt(root, link[1]!)));
  if (styles.some((css) => css === null)) return html;
  const held = [...(html.match(APP_SCRIPT) ?? []), ...links.map((link) => link[0])];
  html = html.replace(APP_SCRIPT, () => '');
  links.forEach((link, i) => {
    html = html.replace(link[0], () => `<style>${styles[i]!}</style>`);
  });
  return html
    .replace(scriptTag, () => `${scriptTag}<template id="${APP_FILES_TEMPLATE_ID}">${held.join('')}</template>`)
    .replace(/<html lang="[a-z]+"/, () => `<html lang="${drawn.language}"`)
    .replace(EMPTY_ROOT, () => `<div id="root" ${GATE_ATTRIBUTE}="${drawn.gate}" ${GATE_LANGUAGE_ATTRIBUTE}="${drawn.language}">${markup}</div>`);
}
