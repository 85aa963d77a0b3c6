/**
 * The one place letters become PDF bytes. pdfmake is configured here once per process
 * so that no document definition can fetch a URL or read a file outside the app's
 * resources (plus directories the caller names, e.g. where the office logo lives),
 * and so that the same definition always yields the same bytes: issued letters are
 * stored with their hash and reprints must match.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { PageSize, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { PaperSize } from '../../../shared/letters/office-settings.ts';
import { cachedFontName } from './font-cache.ts';

/** Font family name every letter uses (Liberation Sans: Arial metrics, OFL). */
export const LETTER_FONT = 'LiberationSans';

/**
 * Font family of text inside SVG (the recap's charts): PDF's built-in Helvetica, which has
 * Arial's metrics like Liberation Sans. svg-to-pdfkit opens a font by the file name pdfmake
 * gives it, which misses pdfmake's virtual file system (our parsed-once fonts, font-cache.ts),
 * so SVG text cannot use the embedded letter font; a standard PDF font needs no file.
 */
export const SVG_FONT = 'SipenaSvgText';

export interface RenderOptions {
  /** App resources (fonts live in `<resourcesDir>/fonts`). */
  resourcesDir: string;
  /** Extra directories images may be read from, e.g. the folder of the office logo. */
  allowedDirs?: readonly string[];
  /** Called with 0..1 while pages are written (bulk prints report it to the window). */
  onProgress?: (ratio: number) => void;
  /**
   * Lets `svg` nodes through (the printed recap's charts, built by Sipena itself). Even then an
   * SVG may reference nothing: no image, link, stylesheet or script (see assertNoSvg).
   */
  allowSvg?: boolean;
}

/** Paper dimensions in points: A4 595.28 x 841.89, F4/Folio 215 x 330 mm = 609.45 x 935.43. */
export function paperDimensions(paper: PaperSize): { width: number; height: number } {
  return paper === 'F4' ? { width: 609.45, height: 935.43 } : { width: 595.28, height: 841.89 };
}

/** pdfmake page size for a paper setting: 'A4' by name, F4 (not a pdfmake name) by dimensions. */
export function pageSizeFor(paper: PaperSize): PageSize {
  return paper === 'F4' ? paperDimensions('F4') : 'A4';
}

// Directories the current render may read from. pdfmake holds one process-global
// access policy that reads this variable; renders are serialised (see renderPdf) so
// one render's allowedDirs never apply to another.
let allowedRoots: string[] = [];
let configuredFontsDir: string | null = null;

function canonical(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    // A missing file cannot leak anything; keep the lexical path so the check still runs.
    return abs;
  }
}

function isInside(child: string, root: string): boolean {
  const rel = path.relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The local-file policy: a path is readable only when it resolves (symlinks too) inside an allowed root. */
export function isAllowedLocalPath(p: string, roots: readonly string[]): boolean {
  if (typeof p !== 'string' || p === '' || p.includes('\0')) return false;
  const target = canonical(p);
  return roots.some((root) => isInside(target, canonical(root)));
}

function configure(resourcesDir: string): void {
  const fontsDir = path.join(path.resolve(resourcesDir), 'fonts');
  if (configuredFontsDir === fontsDir) return;
  // Parsed once per process and served from pdfmake's virtual file system (font-cache.ts).
  const vfs = (pdfmake as unknown as { virtualfs: Parameters<typeof cachedFontName>[1] }).virtualfs;
  const font = (file: string) => cachedFontName(path.join(fontsDir, file), vfs);
  pdfmake.setFonts({
    [LETTER_FONT]: {
      normal: font('LiberationSans-Regular.ttf'),
      bold: font('LiberationSans-Bold.ttf'),
      italics: font('LiberationSans-Italic.ttf'),
      bolditalics: font('LiberationSans-BoldItalic.ttf'),
    },
    [SVG_FONT]: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => isAllowedLocalPath(p, allowedRoots));
  configuredFontsDir = fontsDir;
}

// pdfmake writes into the definition it is given (defaults, resolved image paths,
// layout caches), so each render works on its own copy. Functions (footers) and
// binary values are shared as they are.
function cloneDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cloneDefinition(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneDefinition(v);
    return out as T;
  }
  return value;
}

// svg-to-pdfkit opens <image href> itself, bypassing pdfmake's local-file policy; no
// letter uses SVG, so refuse it rather than trust every future definition. Where SVG is
// allowed (the recap's charts), one that could reach outside itself is refused all the same.
const SVG_REFERENCE = /<image|<use|<style|<script|<foreignObject|href|url\(|@import/i;

function assertNoSvg(node: unknown, allowSvg: boolean): void {
  if (Array.isArray(node)) {
    for (const child of node) assertNoSvg(child, allowSvg);
  } else if (node !== null && typeof node === 'object') {
    if ('svg' in node) {
      const svg = (node as { svg: unknown }).svg;
      if (!allowSvg) throw new Error('SVG content is not allowed in letters');
      if (typeof svg !== 'string' || SVG_REFERENCE.test(svg)) throw new Error('SVG content may not reference images, links, styles or scripts');
    }
    for (const child of Object.values(node)) assertNoSvg(child, allowSvg);
  }
}

// Serialise renders: the access policy is process-global, so overlapping renders with
// different allowedDirs must not see each other's roots.
let queue: Promise<unknown> = Promise.resolve();

/** Renders a pdfmake document definition to PDF bytes under the safe, deterministic policy. */
export function renderPdf(dd: TDocumentDefinitions, options: RenderOptions): Promise<Buffer> {
  const run = async (): Promise<Buffer> => {
    const created = dd.info?.creationDate;
    if (!(created instanceof Date) || Number.isNaN(created.getTime())) {
      throw new Error('A letter must carry info.creationDate (its own date) so reprints are byte-identical');
    }
    assertNoSvg([dd.content, dd.header, dd.footer, dd.background], options.allowSvg === true);
    configure(options.resourcesDir);
    allowedRoots = [options.resourcesDir, ...(options.allowedDirs ?? [])].map((d) => path.resolve(d));
    const doc = cloneDefinition(dd);
    doc.info = {
      author: 'Sipena',
      creator: 'Sipena',
      producer: 'Sipena (pdfmake)',
      ...doc.info,
      creationDate: created,
      modDate: dd.info?.modDate ?? created,
    };
    pdfmake.setProgressCallback(options.onProgress ?? (() => undefined));
    try {
      return await pdfmake.createPdf(doc).getBuffer();
    } finally {
      allowedRoots = [];
      pdfmake.setProgressCallback(() => undefined);
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
