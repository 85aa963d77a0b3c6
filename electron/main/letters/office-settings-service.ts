/**
 * Office settings for letters (kop, signatories, numbering, paper) stored as JSON in the
 * settings table, and the office logo: checked, stored content-addressed in the database
 * (so backups carry it) and copied to <dataDir>/assets/logo-<sha256>.<ext>, the only
 * image folder renders may read besides the app's resources.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { writeFileAtomic } from '../backup/fs-safe.ts';
import { DEFAULT_OFFICE_SETTINGS, LOGO_FILE_PATTERN, officeSettingsSchema } from '../../../shared/letters/office-settings.ts';
import type { OfficeSettings } from '../../../shared/letters/office-settings.ts';
import { LOGO_MAX_BYTES, checkLogo } from './image-check.ts';
import { flattenLogo } from './logo-flatten.ts';
import type { LetterAssets } from './parts/document.ts';
import { getSetting, putSetting, settingStamp } from '../db/settings-queries.ts';
import { insertOfficeAsset, selectOfficeAsset } from './office-asset-queries.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';
import type { OfficeSettingsView } from '../../../shared/letters/office-settings.ts';

export const OFFICE_SETTINGS_KEY = 'office.letters';

function readRaw(ctx: Pick<AppContext, 'db'>): string | undefined {
  return getSetting(ctx.db, OFFICE_SETTINGS_KEY);
}

/** The office settings, with defaults for anything not yet set (older stored settings keep parsing). */
export function getOfficeSettings(ctx: Pick<AppContext, 'db'>): OfficeSettings {
  const raw = readRaw(ctx);
  if (raw === undefined) return DEFAULT_OFFICE_SETTINGS;
  const parsed = officeSettingsSchema.safeParse(JSON.parse(raw));
  // A stored value that no longer parses was written by a newer build: refuse rather than print wrong letters.
  if (!parsed.success) throw new AppError('CONFLICT', 'letters.settingsUnreadable');
  return parsed.data;
}

/** The settings with their version, as the settings channels answer. */
export function officeSettingsView(ctx: AppContext): OfficeSettingsView {
  return { ...getOfficeSettings(ctx), version: settingStamp(ctx.db, OFFICE_SETTINGS_KEY)?.version ?? 0 };
}

/** Writes the settings; `expectedVersion` (the settings screen's save) refuses a stale form. */
function store(ctx: AppContext, next: OfficeSettings, action: string, expectedVersion?: number): OfficeSettingsView {
  return mutate(ctx, (db) => {
    const before = readRaw(ctx);
    if (expectedVersion !== undefined) {
      const stored = getOfficeSettings(ctx);
      checkVersion(ctx, 'settings', settingStamp(db, OFFICE_SETTINGS_KEY), expectedVersion, () => differingFields(stored, next));
    }
    putSetting(db, OFFICE_SETTINGS_KEY, JSON.stringify(next), { at: ctx.now().toISOString(), actor: ctx.actor() });
    return {
      value: { ...next, version: settingStamp(db, OFFICE_SETTINGS_KEY)!.version },
      audit: { action, entity: 'setting', entityId: OFFICE_SETTINGS_KEY, before: before === undefined ? null : JSON.parse(before), after: next },
    };
  });
}

/** Saves the settings screen; the logo is kept (it changes only through uploadLogo/removeLogo). */
export function saveOfficeSettings(ctx: AppContext, input: Omit<OfficeSettings, 'logoFile'> & { expectedVersion: number }): OfficeSettingsView {
  const { expectedVersion, ...fields } = input;
  const current = getOfficeSettings(ctx);
  return store(ctx, { ...fields, logoFile: current.logoFile }, 'letters.settings.update', expectedVersion);
}

function assetsDir(ctx: AppContext): string {
  return path.join(ctx.dataDir, 'assets');
}

/**
 * Writes the logo file unless an intact copy is already there. Atomic and fsynced: after
 * a power cut the file is either whole or absent, never a truncated image a letter embeds.
 */
function materialise(dir: string, name: string, bytes: Buffer, sha256: string): string {
  const file = path.join(dir, name);
  if (existsSync(file) && createHash('sha256').update(readFileSync(file)).digest('hex') === sha256) return file;
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(file, bytes);
  return file;
}

/** Checks and stores an uploaded logo, then points the settings at it. */
export function uploadLogo(ctx: AppContext, uploaded: Buffer): OfficeSettingsView {
  const check = checkLogo(uploaded);
  if (!check.ok) throw new AppError('INVALID_INPUT', check.problem, { maxKb: LOGO_MAX_BYTES / 1024 });
  // Stored already composited onto white, so no render has to decode its pixels (logo-flatten.ts).
  const bytes = flattenLogo(uploaded);
  if (!bytes) throw new AppError('INVALID_INPUT', 'letters.logoCorrupt', {});
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const name = `logo-${sha256}.${check.info.ext}`;
  materialise(assetsDir(ctx), name, bytes, sha256);
  const current = getOfficeSettings(ctx);
  return mutate(ctx, (db) => {
    insertOfficeAsset(db, { sha256, mime: check.info.mime, width: check.info.width, height: check.info.height, bytes }, ctx.now().toISOString(), ctx.actor());
    const next = { ...current, logoFile: name };
    putSetting(db, OFFICE_SETTINGS_KEY, JSON.stringify(next), { at: ctx.now().toISOString(), actor: ctx.actor() });
    return {
      value: { ...next, version: settingStamp(db, OFFICE_SETTINGS_KEY)!.version },
      audit: {
        action: 'letters.logo.set',
        entity: 'setting',
        entityId: OFFICE_SETTINGS_KEY,
        before: { logoFile: current.logoFile },
        after: { logoFile: name, mime: check.info.mime, width: check.info.width, height: check.info.height, bytes: bytes.length, uploadedBytes: uploaded.length },
      },
    };
  });
}

/** Letters print without a logo from now on (the stored asset stays for issued letters' history). */
export function removeLogo(ctx: AppContext): OfficeSettingsView {
  const current = getOfficeSettings(ctx);
  return store(ctx, { ...current, logoFile: '' }, 'letters.logo.remove');
}

/** The logo bytes for the settings preview, or null. */
export function getLogo(ctx: AppContext): { mime: string; dataBase64: string } | null {
  const { logoFile } = getOfficeSettings(ctx);
  if (!logoFile) return null;
  const row = selectOfficeAsset(ctx.db, logoFile.slice(5, 69));
  return row ? { mime: row.mime, dataBase64: row.bytes.toString('base64') } : null;
}

/**
 * Where renders find the logo, restoring the file from the database when it is missing
 * or altered. The path is built here from a validated content hash, never from user text.
 */
export function letterAssets(ctx: AppContext, office: OfficeSettings): { assets: LetterAssets; allowedDirs: string[] } {
  const dir = assetsDir(ctx);
  if (!office.logoFile || !LOGO_FILE_PATTERN.test(office.logoFile)) return { assets: {}, allowedDirs: [] };
  const sha256 = office.logoFile.slice(5, 69);
  const row = selectOfficeAsset(ctx.db, sha256);
  if (!row) return { assets: {}, allowedDirs: [] };
  return { assets: { logoPath: materialise(dir, office.logoFile, row.bytes, sha256) }, allowedDirs: [dir] };
}
