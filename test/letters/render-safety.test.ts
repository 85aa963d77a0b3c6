/**
 * A document definition must not be able to read files outside the app's resources
 * or fetch URLs. Letter types only ever put user text in `text` nodes; these tests
 * check the renderer's own policy holds even for a hostile definition.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAllowedLocalPath, renderPdf } from '../../electron/main/letters/render-pdf.ts';
import { receiptLetter } from '../../electron/main/letters/types/receipt.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/letters/office-settings.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { buildLetter } from '../../electron/main/letters/registry.ts';
import { officeSettingsSchema } from '../../shared/letters/office-settings.ts';
import type { LetterType } from '../../shared/letters/letter-types.ts';
import type { LetterInputs } from '../../shared/letters/inputs.ts';
import * as f from './letter-fixtures.ts';
import { RESOURCES_DIR, sampleCase } from './fixtures.ts';

/** A valid 2x2 RGB PNG whose pixel data carries a marker, so leaking it would be detectable. */
function pngBytes(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const rows = Buffer.from([0, 0x53, 0x45, 0x43, 0x52, 0x45, 0x54, 0, 1, 2, 3, 4, 5, 6]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const INFO = { creationDate: new Date('2024-11-04T00:00:00Z') };
let root = '';
let resources = '';
let outsidePng = '';
let allowedPng = '';

beforeAll(() => {
  // A private resources folder with a real image *next to* it, so a traversal that
  // slipped through would find a file it could actually embed.
  root = mkdtempSync(path.join(tmpdir(), 'sipena-render-'));
  resources = path.join(root, 'resources');
  mkdirSync(path.join(resources, 'fonts'), { recursive: true });
  for (const f of readdirSync(path.join(RESOURCES_DIR, 'fonts'))) {
    copyFileSync(path.join(RESOURCES_DIR, 'fonts', f), path.join(resources, 'fonts', f));
  }
  outsidePng = path.join(root, 'secret.png');
  writeFileSync(outsidePng, pngBytes());
  mkdirSync(path.join(root, 'logos'));
  allowedPng = path.join(root, 'logos', 'logo.png');
  writeFileSync(allowedPng, pngBytes());
  symlinkSync(outsidePng, path.join(resources, 'link.png'));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function doc(extra: Partial<TDocumentDefinitions>): TDocumentDefinitions {
  return { info: INFO, defaultStyle: { font: 'LiberationSans' }, content: [{ text: 'x' }], ...extra };
}

describe('renderPdf resource policy', () => {
  it('renders an image from an allowed directory (control)', async () => {
    const buf = await renderPdf(doc({ content: [{ image: allowedPng, width: 20 }] }), {
      resourcesDir: resources,
      allowedDirs: [path.dirname(allowedPng)],
    });
    expect(buf.toString('latin1')).toContain('/Subtype /Image');
  });

  it('refuses an absolute path outside the resources (/etc/passwd)', async () => {
    await expect(renderPdf(doc({ content: [{ image: '/etc/passwd' }] }), { resourcesDir: resources })).rejects.toThrow(
      /denied/,
    );
  });

  it('refuses the same image when its folder is not in allowedDirs', async () => {
    await expect(renderPdf(doc({ content: [{ image: allowedPng }] }), { resourcesDir: resources })).rejects.toThrow(
      /denied/,
    );
  });

  it('refuses ../ traversal out of the resources folder, absolute or relative', async () => {
    const traversal = `${resources}/../secret.png`;
    await expect(renderPdf(doc({ content: [{ image: traversal }] }), { resourcesDir: resources })).rejects.toThrow(
      /denied/,
    );
    const relative = path.relative(process.cwd(), resources) + '/../secret.png';
    await expect(
      renderPdf(doc({ images: { logo: relative }, content: [{ image: 'logo' }] }), { resourcesDir: resources }),
    ).rejects.toThrow(/denied/);
  });

  it('refuses a symlink inside the resources that points outside', async () => {
    await expect(
      renderPdf(doc({ content: [{ image: path.join(resources, 'link.png') }] }), { resourcesDir: resources }),
    ).rejects.toThrow(/denied/);
  });

  it('never fetches a URL, in the images dictionary or in an image node', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await expect(
      renderPdf(doc({ images: { x: 'https://example.com/x.png' }, content: [{ image: 'x' }] }), {
        resourcesDir: resources,
      }),
    ).rejects.toThrow(/denied/);
    await expect(
      renderPdf(doc({ content: [{ image: 'https://example.com/x.png' }] }), { resourcesDir: resources }),
    ).rejects.toThrow();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('refuses SVG, whose <image href> would bypass the file policy', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="${outsidePng}" width="10" height="10"/></svg>`;
    await expect(renderPdf(doc({ content: [{ svg }] }), { resourcesDir: resources })).rejects.toThrow(/SVG/);
  });

  it('refuses a definition without its own creation date (reprints must be identical)', async () => {
    await expect(renderPdf({ content: 'x' }, { resourcesDir: resources })).rejects.toThrow(/creationDate/);
  });

  it('keeps working after refusals and does not leak allowedDirs into later renders', async () => {
    await expect(renderPdf(doc({ content: [{ image: '/etc/passwd' }] }), { resourcesDir: resources })).rejects.toThrow();
    await renderPdf(doc({ content: [{ image: allowedPng }] }), { resourcesDir: resources, allowedDirs: [path.dirname(allowedPng)] });
    await expect(renderPdf(doc({ content: [{ image: allowedPng }] }), { resourcesDir: resources })).rejects.toThrow(/denied/);
  });

  it('prints path- and URL-like user text as text, never as a resource', async () => {
    const c = sampleCase({
      incidentPlace: 'https://example.com/x.png',
      sourceRef: '../secret.png',
      accused: [{ ...sampleCase().accused[0]!, name: '/etc/passwd' }],
    });
    const buf = await renderPdf(receiptLetter({ case: c, receivedAt: '2024-11-04' }, DEFAULT_OFFICE_SETTINGS, { number: null, date: '2024-11-04', qr: null }), { resourcesDir: resources });
    const text = (await extractPdfText(buf)).join(' ');
    expect(text).toContain('/etc/passwd');
    expect(text).toContain('https://example.com/x.png');
    expect(text).toContain('../secret.png');
    expect(buf.toString('latin1')).not.toContain('/Subtype /Image');
  });
});

// Every free-text field of every letter type gets one of these; none may become an image, font or file.
const HOSTILE = [
  '/etc/passwd',
  'https://example.com/x.png',
  '../../../../etc/passwd',
  '<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>',
  'data:image/png;base64,iVBORw0KGgo=',
  'file:///etc/passwd',
];
const NOT_TEXT = new Set(['role', 'form', 'kind', 'level', 'employmentType', 'nip', 'date', 'time', 'effectiveDate', 'endDate', 'receivedAt', 'method', 'unit', 'missedDate', 'status', 'source', 'registeredAt', 'incidentDate', 'createdAt']);

/** Replaces every free-text string in a letter input with a hostile value, cycling through HOSTILE. */
function poison<T>(value: T, counter = { n: 0 }, key = ''): T {
  if (typeof value === 'string') return (NOT_TEXT.has(key) || /^\d{4}-\d{2}-\d{2}/.test(value) ? value : HOSTILE[counter.n++ % HOSTILE.length]) as T;
  if (Array.isArray(value)) return value.map((v) => poison(v, counter, key)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, counter, k)])) as T;
  }
  return value;
}

describe('hostile user text in every letter type', () => {
  it('stays text: no image, no file read, no fetch, and the PDF still renders', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const inputs: [LetterType, LetterInputs[LetterType]][] = [
      ['receipt', { case: sampleCase(), receivedAt: '2024-11-04' }],
      ['summons1', f.summonsInput(1)], ['summons2', f.summonsInput(2)], ['order', f.orderInput()], ['bap', { ...f.bapInput(2), refusedToSign: true, refusalNote: 'x' }],
      ['lhp', f.lhpInput()], ['sk', f.skInput('lainnya')], ['moral', f.moralInput('open')], ['summary', f.summaryInput()], ['delivery', f.deliveryInput(true)],
    ];
    const office = poison(DEFAULT_OFFICE_SETTINGS);
    // Settings keep their own validated shape for the logo: a hostile logoFile never passes the schema.
    expect(officeSettingsSchema.safeParse({ ...DEFAULT_OFFICE_SETTINGS, logoFile: '/etc/passwd' }).success).toBe(false);
    for (const [type, input] of inputs) {
      const hostile = poison(input);
      const buf = await renderPdf(buildLetter(type, hostile, { ...office, logoFile: '' }, f.META_ISSUED), { resourcesDir: resources });
      const raw = buf.toString('latin1');
      // The only image allowed is the verification QR code, drawn by Sipena as a 1-bit gray image (qr-image.ts).
      const images = raw.match(/\/Subtype \/Image[^]*?>>/g) ?? [];
      expect(images.length, type).toBeLessThanOrEqual(1);
      for (const image of images) expect(image, type).toMatch(/\/BitsPerComponent 1\n[^]*\/ColorSpace \/DeviceGray/);
      expect(raw, type).not.toContain('root:x:0:0');
      const text = (await extractPdfText(buf)).join(' ');
      expect(text, type).toContain('/etc/passwd');
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('isAllowedLocalPath', () => {
  it('accepts paths inside a root and rejects siblings with a common prefix', () => {
    expect(isAllowedLocalPath(path.join(resources, 'fonts', 'x.ttf'), [resources])).toBe(true);
    expect(isAllowedLocalPath(`${resources}-evil/x.png`, [resources])).toBe(false);
    expect(isAllowedLocalPath('', [resources])).toBe(false);
    expect(isAllowedLocalPath(`${resources}/x\0.png`, [resources])).toBe(false);
  });
});
