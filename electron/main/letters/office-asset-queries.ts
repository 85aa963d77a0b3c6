/** The door to the office's stored images (office_assets: the letter logo, content-addressed). */
import type { Db } from '../db/connection.ts';

/** Stores an image under its hash; an image already stored stays as it is. */
export function insertOfficeAsset(db: Db, a: { sha256: string; mime: string; width: number; height: number; bytes: Buffer }, at: string, by: string): void {
  db.prepare(
    `INSERT INTO office_assets (sha256, mime, width, height, bytes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (sha256) DO NOTHING`,
  ).run(a.sha256, a.mime, a.width, a.height, a.bytes, at, by);
}

/** A stored image's type and bytes, or undefined. */
export function selectOfficeAsset(db: Db, sha256: string): { mime: string; bytes: Buffer } | undefined {
  return db.prepare('SELECT mime, bytes FROM office_assets WHERE sha256 = ?').get(sha256) as { mime: string; bytes: Buffer } | undefined;
}
