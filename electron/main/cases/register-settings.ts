import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_REGISTER_TEMPLATE, formatRegisterNumber } from './register-number.ts';

const KEY = 'case.registerTemplate';

/** The office's register-number template (settings table), or the default. */
export function registerTemplate(db: Db): string {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row?.value ?? DEFAULT_REGISTER_TEMPLATE;
}

/**
 * Changes the template for numbers given from now on. It must contain {seq} and {year}
 * so numbers stay unique across years; numbers already given are never changed or reused.
 */
export function setRegisterTemplate(ctx: AppContext, template: string): { template: string; example: string } {
  if (!template.includes('{seq}') || !template.includes('{year}')) {
    throw new AppError('INVALID_INPUT', 'case.templatePlaceholders', {}, { template: 'case.templatePlaceholders' });
  }
  return mutate(ctx, (db) => {
    const before = registerTemplate(db);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, template);
    const value = { template, example: formatRegisterNumber(template, 42, ctx.now().getFullYear()) };
    return { value, audit: { action: 'setting.update', entity: 'setting', entityId: KEY, before, after: template } };
  });
}

/** The template and what the next number would look like. */
export function getRegisterTemplate(ctx: AppContext): { template: string; example: string } {
  const template = registerTemplate(ctx.db);
  return { template, example: formatRegisterNumber(template, 42, ctx.now().getFullYear()) };
}
