import { channel } from '../define.ts';
import { ALL, INTAKE, STAFF } from '../../accounts/roles.ts';
import {
  pactAddSignersSchema,
  pactCaseSchema,
  pactCreateSchema,
  pactDocumentSchema,
  pactExportSchema,
  pactIdSchema,
  pactImportSchema,
  pactRemoveSignerSchema,
  pactUpdateSchema,
} from '../../pacts/schemas.ts';
import type { PactCaseFlag, PactDetail, PactImportResult, PactSignersAdded, PactSummary } from '../../pacts/schemas.ts';
import type { EvidenceChunk } from '../../evidence/schemas.ts';
import type { TableFile } from '../../reports/table-export.ts';
import { z } from 'zod';

const empty = z.object({}).strict();

/**
 * The integrity-pact register: everyone reads it and its case flag (the examiners write the
 * LHP that cites it); clerks and administrators record pact events and their signers, as
 * they keep the employee registry the signers come from. The scanned document is read by
 * the staff, like case evidence.
 */
export const pactChannels = {
  'pacts:list': channel<PactSummary[]>()(empty, { access: ALL }),
  'pacts:get': channel<PactDetail>()(pactIdSchema, { access: ALL }),
  'pacts:create': channel<PactDetail>()(pactCreateSchema, { access: INTAKE }),
  'pacts:update': channel<PactDetail>()(pactUpdateSchema, { access: INTAKE }),
  'pacts:addSigners': channel<PactSignersAdded>()(pactAddSignersSchema, { access: INTAKE }),
  'pacts:removeSigner': channel<PactDetail>()(pactRemoveSignerSchema, { access: INTAKE }),
  /** An attendance file uploaded with purpose "import", signers found by NIP. */
  'pacts:importSigners': channel<PactImportResult>()(pactImportSchema, { access: INTAKE }),
  'pacts:export': channel<TableFile>()(pactExportSchema, { access: ALL }),
  'pacts:document': channel<EvidenceChunk>()(pactDocumentSchema, { access: STAFF }),
  'pacts:caseFlags': channel<PactCaseFlag[]>()(pactCaseSchema, { access: ALL }),
} as const;
