/**
 * Letter figures: a two-page SK with logo and QR through renderPdf (median, p95), the
 * same definition through bare pdfmake with file fonts (overhead ratio), Chromium
 * printing an equivalent HTML letter on a warm page (vs_chromium ratio), and a bulk
 * print of 500 issued summonses into one PDF (their frozen bytes merged, as the app
 * prints them), measured in a child process (letters-bulk.ts) so its peak RSS is the
 * print's own (seconds, MB).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { BenchModule } from './bench-kit.ts';
import { median, percentile, timeRuns } from './bench-kit.ts';
import { renderPdf } from '../../electron/main/letters/render-pdf.ts';
import { flattenLogo } from '../../electron/main/letters/logo-flatten.ts';
import { buildLetter } from '../../electron/main/letters/registry.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/letters/office-settings.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { launchChromium } from '../e2e/browser.ts';
import { META_ISSUED, skInput } from '../letters/letter-fixtures.ts';

const RESOURCES = path.resolve(import.meta.dirname, '..', '..', 'resources');
const ICON = path.join(RESOURCES, 'icons', 'icon.png');
const RUNS = 60;

function skDefinition(logo: string): TDocumentDefinitions {
  const dd = buildLetter('sk', skInput('potongan_tukin'), DEFAULT_OFFICE_SETTINGS, META_ISSUED, { logoPath: logo });
  dd.info = { author: 'Sipena', creator: 'Sipena', producer: 'Sipena (pdfmake)', ...dd.info, modDate: dd.info?.creationDate };
  return dd;
}

/** pdfmake as it comes: a fresh instance reading the font files per document. */
function barePdfmake(logoDir: string): typeof pdfmake {
  const bare = new (pdfmake as unknown as { constructor: new () => typeof pdfmake }).constructor();
  const dir = path.join(RESOURCES, 'fonts');
  bare.setFonts({
    LiberationSans: {
      normal: path.join(dir, 'LiberationSans-Regular.ttf'),
      bold: path.join(dir, 'LiberationSans-Bold.ttf'),
      italics: path.join(dir, 'LiberationSans-Italic.ttf'),
      bolditalics: path.join(dir, 'LiberationSans-BoldItalic.ttf'),
    },
  });
  bare.setUrlAccessPolicy(() => false);
  (bare as unknown as { setLocalAccessPolicy: (f: (p: string) => boolean) => void }).setLocalAccessPolicy((p) => p.startsWith(RESOURCES) || p.startsWith(logoDir));
  return bare;
}

/** The SK's text laid out as an HTML page with the same fonts, sizes and margins. */
async function skHtml(pdf: Buffer, logo: string): Promise<string> {
  const pages = await extractPdfText(pdf);
  const body = pages.map((p) => `<section>${p.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</section>`).join('');
  const font = (file: string, weight: string, style: string) =>
    `@font-face{font-family:L;src:url(file://${path.join(RESOURCES, 'fonts', file)});font-weight:${weight};font-style:${style}}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    ${font('LiberationSans-Regular.ttf', '400', 'normal')}${font('LiberationSans-Bold.ttf', '700', 'normal')}
    @page{size:A4;margin:20mm 20mm 20mm 30mm} body{font-family:L;font-size:12pt;line-height:1.15}
    p{margin:0 0 2pt;text-align:justify} section{break-after:page} img{width:56px;display:block;margin:auto}
  </style></head><body><img src="file://${logo}">${body}</body></html>`;
}

export const lettersBench: BenchModule = {
  name: 'letters',
  run: async ({ log, workDir }) => {
    // The logo as the settings screen stores it: flattened onto white at upload (logo-flatten.ts).
    const logo = path.join(workDir, 'logo.png');
    writeFileSync(logo, flattenLogo(readFileSync(ICON))!);
    const opts = { resourcesDir: RESOURCES, allowedDirs: [workDir] };
    const sample = await renderPdf(skDefinition(logo), opts);
    log(`SK sample: ${(await extractPdfText(sample)).length} pages, ${sample.length} bytes`);
    const ours = await timeRuns(RUNS, () => renderPdf(skDefinition(logo), opts), 5);
    const bare = barePdfmake(workDir);
    const plain = await timeRuns(RUNS, () => bare.createPdf(skDefinition(logo)).getBuffer(), 5);

    const browser = await launchChromium();
    let chromium: number[];
    try {
      const page = await browser.newPage();
      await page.setContent(await skHtml(sample, logo), { waitUntil: 'load' });
      chromium = await timeRuns(30, () => page.pdf({ format: 'A4', preferCSSPageSize: true }), 3);
    } finally {
      await browser.close();
    }

    // 500 summonses issued for real (setup, untimed here), then bulk-printed from their frozen bytes.
    const bulkDir = path.join(workDir, 'bulk-data');
    const child = (mode: 'setup' | 'print') =>
      JSON.parse(
        execFileSync(process.execPath, [path.join(import.meta.dirname, 'letters-bulk.ts'), mode, bulkDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
      ) as Record<string, number>;
    const setup = child('setup') as { issueSeconds: number };
    log(`bulk setup: 500 summonses issued in ${setup.issueSeconds.toFixed(1)} s`);
    const bulk = child('print') as { seconds: number; peakRssMb: number; megabytes: number };
    log(`bulk 500: ${bulk.seconds.toFixed(2)} s, peak RSS ${bulk.peakRssMb.toFixed(0)} MB (own process), ${bulk.megabytes.toFixed(1)} MB PDF`);

    return {
      'letters.sk.median_ms': median(ours),
      'letters.sk.p95_ms': percentile(ours, 95),
      'letters.overhead_ratio': median(ours) / median(plain),
      'letters.vs_chromium_ratio': median(chromium) / median(ours),
      'letters.bulk500_s': bulk.seconds,
      'letters.bulk500_rss_mb': bulk.peakRssMb,
    };
  },
};
