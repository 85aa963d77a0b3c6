import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AppContext } from '../../electron/main/app-context.ts';
import { openApp } from '../../electron/main/app-context.ts';

export const repoResources = resolve(import.meta.dirname, '..', '..', 'resources');

/** A fresh temporary data folder, removed by the returned cleanup. */
export function tempDir(prefix = 'sipena-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real app context on a new database in a temp folder, with a fixed clock. */
export async function tempApp(now = new Date('2024-11-04T03:00:00Z')): Promise<{ ctx: AppContext; dir: string; close: () => void }> {
  const { dir, cleanup } = tempDir();
  const ctx = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', now: () => now });
  return {
    ctx,
    dir,
    close: () => {
      ctx.db.close();
      cleanup();
    },
  };
}

/** A digest of every user table's rows: equal before and after means nothing was written. */
export function dbFingerprint(ctx: AppContext): string {
  const tables = ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return tables.map((t) => `${t.name}:${JSON.stringify(ctx.db.prepare(`SELECT * FROM "${t.name}"`).all())}`).join('\n');
}

export const validCase = {
  source: 'bawaslu' as const,
  sourceRef: '001/Rek/Bawaslu-Kab/XI/2024',
  accused: [{ name: 'Budi Santoso', nip: '198609262015051001', employmentType: 'PNS' as const, jabatan: 'Kepala Seksi', unitKerja: 'Dinas Pendidikan' }],
  violationCodes: ['N-FASILITAS-NEGARA'],
  incidentDate: '2024-10-20',
  incidentPlace: 'Balai Desa Sukamaju',
  chronology: 'Terlapor menggunakan mobil dinas untuk menghadiri kampanye pasangan calon.',
};
