import type { AppContext } from '../../electron/main/app-context.ts';
import { getOfficeSettings, saveOfficeSettings } from '../../electron/main/letters/office-settings-service.ts';

/** Gives a test office its BKN instansi code and name (what the public key file carries). */
export function setOffice(ctx: AppContext, code: string, name: string): void {
  const { logoFile: _logo, ...current } = getOfficeSettings(ctx);
  saveOfficeSettings(ctx, { ...current, bknInstansiCode: code, officeFullName: name, expectedVersion: 0 });
}
