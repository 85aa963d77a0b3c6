/**
 * The office logo copy under <dataDir>/assets is written through the atomic, fsynced
 * writer (a power cut must never leave a truncated image that letters embed), and a
 * damaged copy is restored from the database before a render uses it.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { letterAssets, uploadLogo } from '../../electron/main/letters/office-settings-service.ts';
import { writeFileAtomic } from '../../electron/main/backup/fs-safe.ts';
import type * as FsSafe from '../../electron/main/backup/fs-safe.ts';
import { tempApp, tempDir } from '../support/temp-app.ts';
import { RESOURCES_DIR } from './fixtures.ts';

vi.mock('../../electron/main/backup/fs-safe.ts', async (importOriginal) => {
  const real = await importOriginal<typeof FsSafe>();
  return { ...real, writeFileAtomic: vi.fn(real.writeFileAtomic) };
});

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
  vi.mocked(writeFileAtomic).mockClear();
});
afterEach(() => app.close());

describe('office logo file', () => {
  it('is written with the atomic writer and restored the same way when damaged', () => {
    const icon = readFileSync(path.join(RESOURCES_DIR, 'icons', 'icon.png'));
    const settings = uploadLogo(app.ctx, icon);
    const file = path.join(app.dir, 'assets', settings.logoFile);
    expect(vi.mocked(writeFileAtomic).mock.calls.map((c) => c[0])).toEqual([file]);
    const stored = readFileSync(file);

    // An intact copy is left alone.
    expect(letterAssets(app.ctx, settings).assets.logoPath).toBe(file);
    expect(writeFileAtomic).toHaveBeenCalledTimes(1);

    // A truncated copy (e.g. an earlier crash) is rewritten from the database, atomically.
    writeFileSync(file, stored.subarray(0, 100));
    expect(letterAssets(app.ctx, settings).assets.logoPath).toBe(file);
    expect(writeFileAtomic).toHaveBeenCalledTimes(2);
    expect(readFileSync(file).equals(stored)).toBe(true);
  });

  it('writeFileAtomic stores bytes exactly and leaves no temp file', () => {
    const { dir, cleanup } = tempDir();
    try {
      const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x0d, 0x0a]);
      const file = path.join(dir, 'x.png');
      writeFileAtomic(file, bytes);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(readdirSync(dir)).toEqual(['x.png']);
    } finally {
      cleanup();
    }
  });
});
