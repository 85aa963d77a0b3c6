import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_REGISTER_TEMPLATE, formatRegisterNumber, hasRegisterPlaceholders } from '../../../shared/cases/register-number.ts';
import type { RegisterTemplateInfo } from '../../../shared/cases/register-number.ts';
import { getSetting, putSetting, settingStamp } from '../db/settings-queries.ts';
import { peekSerial } from '../db/counter-queries.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';

const KEY = 'case.registerTemplate';

/** The office's register-number template (settings table), or the default. */
export function registerTemplate(db: Db): string {
  return getSetting(db, KEY) ?? DEFAULT_REGISTER_TEMPLATE;
}

/**
 * Changes the template for numbers given from now on. It must contain {seq} and {year}
 * so numbers stay unique across years; numbers already given are never changed or reused.
 */
export function setRegisterTemplate(ctx: AppContext, template: string, expectedVersion: number): RegisterTemplateInfo {
  if (!hasRegisterPlaceholders(template)) {
    throw new AppError('INVALID_INPUT', 'case.templatePlaceholders', {}, { template: 'case.templatePlaceholders' });
  }
  return mutate(ctx, (db) => {
    const before = registerTemplate(db);
    checkVersion(ctx, 'settings', settingStamp(db, KEY), expectedVersion, () => differingFields({ template: before }, { template }));
    putSetting(db, KEY, template, { at: ctx.now().toISOString(), actor: ctx.actor() });
    const value = templateInfo(ctx, db, template);
    return { value, audit: { action: 'setting.update', entity: 'setting', entityId: KEY, before, after: template } };
  });
}

/** The template with the number the next registration would get (this year's counter + 1, as case-service takes it). */
function templateInfo(ctx: AppContext, db: Db, template: string): RegisterTemplateInfo {
  const year = ctx.now().getFullYear();
  const nextSeq = peekSerial(db, 'case', year);
  return { template, example: formatRegisterNumber(template, nextSeq, year), nextSeq, year, version: settingStamp(db, KEY)?.version ?? 0 };
}

/** The template and what the next number will be. */
export function getRegisterTemplate(ctx: AppContext): RegisterTemplateInfo {
  return templateInfo(ctx, ctx.db, registerTemplate(ctx.db));
}
