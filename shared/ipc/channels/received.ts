import { z } from 'zod';
import { channel } from '../define.ts';
import { INTAKE, REPORTS } from '../../accounts/roles.ts';
import { uploadRefSchema } from '../../uploads/schemas.ts';
import { tableFormatSchema } from '../../reports/table-export.ts';
import type { TableFile } from '../../reports/table-export.ts';
import { receivedCaseRefSchema, receivedLetterSchema, receivedListSchema } from '../../bundles/received.ts';
import type { BundleImportView, ReceivedCaseDetail, ReceivedCaseSummary, ReceivedLetterFile, ReceivedOrigin } from '../../bundles/received.ts';

/**
 * The province view of cases received from other offices' bundles: read only (a received
 * case belongs to the office that sent it). Read by those who prepare and answer for
 * reports (clerks, officials, administrators), as the SIASN export is: the records name
 * people, their NIPs and sanctions, so not the viewer, and examiners do not work on them.
 * Bundles are imported by those who receive the office's mail (clerks, administrators).
 */
export const receivedChannels = {
  'received:origins': channel<ReceivedOrigin[]>()(z.object({}).strict(), { access: REPORTS }),
  'received:list': channel<{ rows: ReceivedCaseSummary[]; total: number }>()(receivedListSchema, { access: REPORTS }),
  /** What the list selects (all pages) as XLSX or CSV. */
  'received:export': channel<TableFile>()(receivedListSchema.omit({ offset: true, limit: true }).extend({ format: tableFormatSchema }).strict(), { access: REPORTS }),
  'received:get': channel<ReceivedCaseDetail>()(receivedCaseRefSchema, { access: REPORTS }),
  /** A letter's exact bytes, refused when they no longer hash to its SHA-256. */
  'received:letter': channel<ReceivedLetterFile>()(receivedLetterSchema, { access: REPORTS }),
  /** An uploaded .sipena-bundle (purpose "bundle"): imported, each case's outcome, and the signed receipt. */
  'received:import': channel<BundleImportView>()(uploadRefSchema, { access: INTAKE }),
} as const;
