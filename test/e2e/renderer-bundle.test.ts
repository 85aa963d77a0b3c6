/**
 * The sign-in screen's download, as `electron-vite build` wrote it: what index.html loads
 * before anything is drawn (its scripts, their modulepreloads and static imports) carries
 * the Indonesian messages of the screens before sign-in only, no zod or IPC schemas, no PDF
 * viewer, calendar or charts, and the styles of the gates' components only; the rest comes
 * once the form is on screen or when first used. English still works: chosen on the sign-in
 * card, and after a reload.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, startHarness } from './browser.ts';
import { resources } from '../../shared/i18n/index.ts';
import { GATE_NAMESPACES } from '../../shared/i18n/gate-namespaces.ts';

const out = resolve(import.meta.dirname, '../../out/renderer');

/** Every script the page runs before its first screen: the HTML's own and their static imports, transitively. */
function eagerScripts(html: string): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [...readFileSync(join(out, html), 'utf8').matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const code = readFileSync(join(out, file), 'utf8');
    seen.set(file, code);
    // Static imports only (`import{a}from"./x.js"`, `import"./x.js"`); import("./x.js") is loaded later.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]!}`);
  }
  return seen;
}

const text = (scripts: Map<string, string>) => [...scripts.values()].join('\n');

/** Long messages that differ between the two languages (short ones such as "Sipena" are shared), with their group. */
function distinctMessages(): { group: string; id: string; en: string }[] {
  const pairs: { group: string; id: string; en: string }[] = [];
  const walk = (group: string, id: unknown, en: unknown) => {
    if (typeof id === 'string' && typeof en === 'string') {
      // Without quotes or backslashes, which the minifier may write either way.
      if (id !== en && en.length > 40 && ![id, en].some((x) => /["'\\{]/.test(x))) pairs.push({ group, id, en });
    } else if (id && en && typeof id === 'object' && typeof en === 'object') {
      for (const k of Object.keys(id)) walk(group, (id as Record<string, unknown>)[k], (en as Record<string, unknown>)[k]);
    }
  };
  for (const group of Object.keys(resources.id.translation)) walk(group, resources.id.translation[group as keyof typeof resources.id.translation], resources.en.translation[group as keyof typeof resources.en.translation]);
  return pairs;
}

const allScripts = () => readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, 'assets', f), 'utf8')).join('\n');

/** The stylesheets index.html links before anything is drawn. */
const eagerStyles = () => [...readFileSync(join(out, 'index.html'), 'utf8').matchAll(/href="\.\/(assets\/[^"]+\.css)"/g)].map((m) => readFileSync(join(out, m[1]!), 'utf8')).join('\n');

describe('the sign-in screen download', () => {
  const eager = text(eagerScripts('index.html'));
  const pairs = distinctMessages();

  it('carries the Indonesian messages of the screens before sign-in, not the other screens\' nor the English ones', () => {
    expect(pairs.length).toBeGreaterThan(100);
    const gates = pairs.filter((p) => (GATE_NAMESPACES as readonly string[]).includes(p.group));
    const screens = pairs.filter((p) => !(GATE_NAMESPACES as readonly string[]).includes(p.group));
    expect(gates.length).toBeGreaterThan(5);
    const inBundle = (s: string) => eager.includes(s);
    expect(gates.filter((p) => !inBundle(p.id)).map((p) => p.id)).toEqual([]);
    expect(screens.filter((p) => inBundle(p.id)).map((p) => p.id)).toEqual([]);
    expect(pairs.filter((p) => inBundle(p.en)).map((p) => p.en)).toEqual([]);
    // The other screens' messages are in the build all the same, loaded once the form is on screen.
    const all = allScripts();
    expect(screens.filter((p) => !all.includes(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('carries no zod, and the styles of the gates\' components only', () => {
    // zod names its schema classes as strings, which minifying keeps.
    expect(eager).not.toContain('$ZodObject');
    expect(allScripts()).toContain('$ZodObject');
    const styles = eagerStyles();
    // Classes of the sign-in card's components (Mantine's class names are stable per version) ...
    for (const cls of ['mantine-focus-auto', '--button-height', '--segmented-control']) expect(styles, cls).toContain(cls);
    // ... but not of the tables, menus and date pickers behind sign-in.
    for (const cls of ['--table-', '--menu-item', '--tabs-']) expect(styles, cls).not.toContain(cls);
  });

  it('carries no IPC schemas, PDF viewer or calendar', () => {
    // Every update channel's schema asks for `expectedVersion`; no screen before sign-in does.
    expect(eager).not.toContain('expectedVersion');
    expect(eager).not.toMatch(/GlobalWorkerOptions|pdfjs/);
    expect(eager).not.toMatch(/fc-daygrid|FullCalendar/);
    // They are in the build all the same, loaded when first used.
    const all = allScripts();
    for (const marker of ['expectedVersion', 'GlobalWorkerOptions', 'fc-daygrid']) expect(all, marker).toContain(marker);
  });

  it('carries neither the shell behind sign-in, nor the recovery screen, nor the desktop connection page', () => {
    // Message keys as the code asks for them (the messages themselves are data, keyed without the dots).
    for (const key of ['app.navDaily', 'recovery.damaged', 'connect.changedTitle']) expect(eager, key).not.toContain(key);
    const all = allScripts();
    for (const key of ['app.navDaily', 'recovery.damaged', 'connect.changedTitle']) expect(all, key).toContain(key);
  });
});

let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  h = await startHarness(undefined, { auth: 'none' });
  ({ page, errors } = await openPage(h.browser));
});
afterAll(async () => h?.stop());

describe('English, fetched when chosen', () => {
  it('switches the first-launch card to English, and a reload starts in English', async () => {
    await page.goto(h.server.url);
    await page.getByRole('heading', { name: resources.id.translation.auth.setupTitle }).waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: resources.en.translation.auth.setupTitle }).waitFor();
    expect(await page.getByText(resources.en.translation.app.tagline).count()).toBe(1);

    await page.reload();
    await page.getByRole('heading', { name: resources.en.translation.auth.setupTitle }).waitFor();
    expect(await page.getByText(resources.id.translation.auth.setupTitle).count()).toBe(0);

    await page.getByText('ID', { exact: true }).click();
    await page.getByRole('heading', { name: resources.id.translation.auth.setupTitle }).waitFor();
    expect(errors).toEqual([]);
  });
});
