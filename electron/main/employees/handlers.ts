import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { employeeChannels } from '../../../shared/ipc/channels/employees.ts';
import { createEmployee, findEmployees, getEmployee, listEmployees, updateEmployee } from './employee-service.ts';
import { createOpd, listOpds, updateOpd } from './opd-service.ts';
import { exportEmployeeList } from './employee-export.ts';
import { abortUpload, uploadBytes } from '../uploads/upload-registry.ts';
import { fileError, previewImport, runImport } from './import/import-service.ts';
import { ImportFileError } from './import/raw-table.ts';

/** Import errors about the file itself become one clear user-facing error. */
async function asUserError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ImportFileError) throw fileError(e);
    throw e;
  }
}

/** At most this many row errors travel to the wizard; the counts always cover all of them. */
const MAX_ERRORS_SHOWN = 1000;

export const employeeHandlers: FeatureHandlers<typeof employeeChannels> = {
  'employees:list': (req, ctx) => listEmployees(ctx, req),
  'employees:export': (req, ctx) => {
    const { format, ...query } = req;
    return exportEmployeeList(ctx, query, format);
  },
  'employees:search': (req, ctx) => findEmployees(ctx, req.query, req.limit),
  'employees:get': (req, ctx) => getEmployee(ctx, req.id),
  'employees:create': (req, ctx) => createEmployee(ctx, req),
  'employees:update': (req, ctx) => updateEmployee(ctx, req),
  'opds:list': (req, ctx) => listOpds(ctx, req),
  'opds:create': (req, ctx) => createOpd(ctx, req),
  'opds:update': (req, ctx) => updateOpd(ctx, req),
  // The wizard previews one uploaded file with several mappings: the upload stays until
  // the import wrote it or the wizard let it go (uploads:abort).
  'employees:importPreview': (req, ctx) =>
    asUserError(async () => {
      const file = await uploadBytes(ctx, req.uploadId, 'import', { keep: true });
      return previewImport(ctx, file.bytes, file.fileName, req.mapping, req.sampleSize);
    }),
  'employees:importCommit': (req, ctx) =>
    asUserError(async () => {
      const file = await uploadBytes(ctx, req.uploadId, 'import', { keep: true });
      const result = await runImport(ctx, file.bytes, file.fileName, { mapping: req.mapping, strict: req.strict });
      if (result.written) await abortUpload(ctx, req.uploadId);
      return { ...result, errors: result.errors.slice(0, MAX_ERRORS_SHOWN) };
    }),
};
