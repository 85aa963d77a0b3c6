/**
 * The office's SIASN reference-id table (settings key `siasn.mapping`). It ships empty:
 * SIASN's ids are BKN's reference data, which the office's SIASN operator reads from SIASN
 * itself; guessing them would put wrong records into a national register.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { getSetting, putSetting, settingStamp } from '../db/settings-queries.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';
import { allSanctionCatalogues } from '../examination/sanction-catalogues.ts';
import { violationCatalogues } from '../catalogue/violations.ts';
import { PANGKAT_BY_GOLONGAN, PPPK_GRADES } from '../../../shared/employees/golongan.ts';
import { EMPTY_SIASN_MAPPING, siasnMappingSchema } from '../../../shared/reports/siasn.ts';
import type { SiasnMapping, SiasnMappingKeys, SiasnMappingSaved } from '../../../shared/reports/siasn.ts';

const KEY = 'siasn.mapping';

export function getSiasnMapping(ctx: AppContext): SiasnMapping {
  const raw = getSetting(ctx.db, KEY);
  if (raw === undefined) return EMPTY_SIASN_MAPPING;
  const parsed = siasnMappingSchema.safeParse(JSON.parse(raw));
  // Written by a newer build: refuse rather than export with a table this build misreads.
  if (!parsed.success) throw new AppError('CONFLICT', 'siasn.mappingUnreadable');
  return parsed.data;
}

/** The table with its version, for the mapping form. */
export function getSiasnMappingSaved(ctx: AppContext): SiasnMappingSaved {
  return { mapping: getSiasnMapping(ctx), version: settingStamp(ctx.db, KEY)?.version ?? 0 };
}

/**
 * Saves the table (empty ids dropped), audited with the table before and after. The table is
 * saved whole, so a form loaded before another administrator's save is refused (STALE) rather
 * than undoing that save.
 */
export function saveSiasnMapping(ctx: AppContext, input: SiasnMapping & { expectedVersion: number }): SiasnMappingSaved {
  const { expectedVersion, ...next } = input;
  return mutate(ctx, (db) => {
    const before = getSetting(db, KEY);
    checkVersion(ctx, 'settings', settingStamp(db, KEY), expectedVersion, () => differingFields(getSiasnMapping(ctx), next));
    putSetting(db, KEY, JSON.stringify(next), { at: ctx.now().toISOString(), actor: ctx.actor() });
    const version = settingStamp(db, KEY)?.version ?? 0;
    return { value: { mapping: next, version }, audit: { action: 'siasn.mapping.update', entity: 'setting', entityId: KEY, before: before === undefined ? null : (JSON.parse(before) as unknown), after: next } };
  });
}

/** Every code the table can map, with its name: the rows of the mapping screen. */
export function siasnMappingKeys(): SiasnMappingKeys {
  const disciplinary = allSanctionCatalogues().filter((c) => c.kind === 'disiplin');
  return {
    sanction: disciplinary.flatMap((c) => c.sanctions.map((s) => ({ code: s.code, label: `${s.title.id} (${c.id})` }))),
    reason: violationCatalogues
      .flatMap((c) => c.entries.filter((v) => v.kind === 'disiplin').map((v) => ({ code: v.code, label: v.title.id })))
      .filter((v, i, all) => all.findIndex((x) => x.code === v.code) === i),
    // PNS grades I/a..IV/e, then the PPPK grades I..XVII.
    golongan: [...Object.keys(PANGKAT_BY_GOLONGAN).map((g) => ({ code: g, label: PANGKAT_BY_GOLONGAN[g]! })), ...PPPK_GRADES.map((g) => ({ code: g, label: `PPPK golongan ${g}` }))],
  };
}
