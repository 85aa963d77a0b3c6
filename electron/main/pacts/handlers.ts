import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { pactChannels } from '../../../shared/ipc/channels/pacts.ts';
import { abortUpload, uploadBytes } from '../uploads/upload-registry.ts';
import { fileError } from '../employees/import/import-service.ts';
import { ImportFileError } from '../employees/import/raw-table.ts';
import { addRegistrySigners, caseFlags, createPact, getPact, importSigners, listPacts, readPactDocument, removeSigner, updatePactEvent } from './pact-service.ts';
import { exportPacts } from './pact-export.ts';

/** At most this many row errors travel to the screen; the counts cover all of them (as in the employee import). */
const MAX_ERRORS_SHOWN = 1000;

export const pactHandlers: FeatureHandlers<typeof pactChannels> = {
  'pacts:list': (_req, ctx) => listPacts(ctx),
  'pacts:get': (req, ctx) => getPact(ctx, req.id),
  'pacts:create': (req, ctx) => createPact(ctx, req),
  'pacts:update': (req, ctx) => updatePactEvent(ctx, req),
  'pacts:addSigners': (req, ctx) => addRegistrySigners(ctx, req.pactId, req.employeeIds),
  'pacts:removeSigner': (req, ctx) => removeSigner(ctx, req.pactId, req.employeeId),
  'pacts:importSigners': async (req, ctx) => {
    const file = await uploadBytes(ctx, req.uploadId, 'import', { keep: true });
    try {
      const result = await importSigners(ctx, req.pactId, file.bytes, file.fileName);
      await abortUpload(ctx, req.uploadId);
      return { ...result, errors: result.errors.slice(0, MAX_ERRORS_SHOWN) };
    } catch (e) {
      if (e instanceof ImportFileError) throw fileError(e);
      throw e;
    }
  },
  'pacts:export': (req, ctx) => exportPacts(ctx, req.id, req.format),
  'pacts:document': (req, ctx) => readPactDocument(ctx, req.id, req.offset, req.length),
  'pacts:caseFlags': (req, ctx) => caseFlags(ctx, req.caseId),
};
