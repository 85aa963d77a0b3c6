import { describe, expect, it } from 'vitest';
import { holidayNames } from '../../electron/main/db/migrations/011-holiday-names.ts';
import { tempApp } from '../support/temp-app.ts';

type Row = { name: string };

describe('holiday lists as confirmed (2024 renames, 2026 decree number)', () => {
  it('a new database ships "Wafat/Kenaikan Yesus Kristus", the amending decrees, and no "one secondary source" note', async () => {
    const app = await tempApp();
    try {
      const names = (app.ctx.db.prepare("SELECT name FROM holidays WHERE date IN ('2024-03-29', '2024-05-09', '2024-05-10') ORDER BY date").all() as Row[]).map((r) => r.name);
      expect(names).toEqual(['Wafat Yesus Kristus', 'Kenaikan Yesus Kristus', 'Cuti bersama Kenaikan Yesus Kristus']);
      const source = (y: number) => (app.ctx.db.prepare('SELECT source FROM holiday_years WHERE year = ?').get(y) as { source: string }).source;
      expect(source(2024)).toContain('Keputusan Presiden Nomor 8 Tahun 2024');
      expect(source(2024)).toContain('tentang Perubahan atas Keputusan Bersama Nomor 855 Tahun 2023');
      expect(source(2026)).toContain('Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025');
      expect(source(2026)).not.toContain('sumber sekunder');
    } finally {
      app.close();
    }
  });

  it('migration 11 renames only rows that still hold the old shipped text', async () => {
    const app = await tempApp();
    try {
      const db = app.ctx.db;
      db.prepare("UPDATE holidays SET name = 'Wafat Isa Almasih' WHERE date = '2024-03-29'").run();
      db.prepare("UPDATE holidays SET name = 'Kenaikan Isa Al Masih (diubah admin)' WHERE date = '2024-05-09'").run();
      holidayNames.up(db);
      const names = (db.prepare("SELECT name FROM holidays WHERE date IN ('2024-03-29', '2024-05-09') ORDER BY date").all() as Row[]).map((r) => r.name);
      expect(names).toEqual(['Wafat Yesus Kristus', 'Kenaikan Isa Al Masih (diubah admin)']);
    } finally {
      app.close();
    }
  });
});
