import { cliCommand } from '../cli-command.ts';
import { CliError } from '../command.ts';
import { officeSettingsView, saveOfficeSettings } from '../../main/letters/office-settings-service.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { officeSettingsSaveSchema } from '../../../shared/ipc/channels/letters.ts';
import { rethrowAsCliError, withCliAppWriting } from '../cli-app.ts';

const USAGE = 'office show | office set [--instansi CODE] [--name "FULL NAME"]';

/**
 * The BKN instansi code and the office's full name, the two settings the bundle exchange
 * names an office by: without them `bundle key` and `bundle export` refuse, and a data folder
 * set up by `init` or `demo` on a server has no screen at hand. The rest of the letterhead
 * stays on Pengaturan Naskah. Saved through the settings service, so validated and audited
 * (`letters.settings.update`) as the screen's save.
 */
export const officeCommand = cliCommand({
  name: 'office',
  usage: USAGE,
  summary: "print this office's BKN instansi code and full name, or set them (what Pengaturan Naskah sets; bundles name the office by them)",
  options: { instansi: { type: 'string' }, name: { type: 'string' } },
  positionals: true,
  run: async ({ values, positionals, dataDir }, io) => {
    const sub = positionals[0];
    if ((sub !== 'show' && sub !== 'set') || positionals.length > 1) throw new CliError(`usage: ${USAGE}`);
    if (sub === 'set' && values.instansi === undefined && values.name === undefined) throw new CliError(`office set needs --instansi CODE or --name "FULL NAME" (${USAGE})`);
    if (sub === 'show' && (values.instansi !== undefined || values.name !== undefined)) throw new CliError(`office show takes no --instansi or --name (${USAGE})`);
    return withCliAppWriting(dataDir, `office ${sub}`, async (ctx) => {
      let view = officeSettingsView(ctx);
      if (sub === 'set') {
        const { logoFile: _logo, version: expectedVersion, ...current } = view;
        // The settings channel's own schema, so the command accepts exactly what the screen does.
        const parsed = officeSettingsSaveSchema.safeParse({
          ...current,
          ...(values.instansi !== undefined ? { bknInstansiCode: values.instansi } : {}),
          ...(values.name !== undefined ? { officeFullName: values.name } : {}),
          expectedVersion,
        });
        const t = translator(ctx.language());
        if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${t(i.message)}`).join('; '));
        try {
          view = saveOfficeSettings(ctx, parsed.data);
        } catch (e) {
          rethrowAsCliError(ctx, e);
        }
      }
      io.out(`office: ${view.bknInstansiCode === '' ? '(no instansi code)' : view.bknInstansiCode} ${view.officeFullName}`);
      return 0;
    });
  },
});
