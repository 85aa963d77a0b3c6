import type { AppContext } from '../../electron/main/app-context.ts';
import { officeSettingsView, saveOfficeSettings } from '../../electron/main/letters/office-settings-service.ts';

/** Gives a test office its BKN instansi code and name (what the public key file carries), over whatever settings it has (a demo folder's too). */
export function setOffice(ctx: AppContext, code: string, name: string): void {
  const { logoFile: _logo, version, ...current } = officeSettingsView(ctx);
  saveOfficeSettings(ctx, { ...current, bknInstansiCode: code, officeFullName: name, expectedVersion: version });
}
