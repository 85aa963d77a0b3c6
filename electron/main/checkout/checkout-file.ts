/**
 * The office's check-out file (`*.sipena-checkout`): what an examiner's laptop needs to show
 * and examine one case offline, written in the same transaction that marks the case lent.
 *
 * The key scheme. Each loan has its own Ed25519 key pair, made here at lending; the private
 * key travels in this file and signs the laptop's check-in, and the office keeps only the
 * public key (case_checkouts.public_key_pem). The alternative, the laptop making its own key
 * and the office pinning it, needs the laptop's public key at the office before the case
 * leaves (a second trip between the two machines, or a key typed from a letter), because a
 * check-in arrives long after the office could still learn it safely. What the per-loan key
 * gives away is bounded: it signs only a check-in of this one loan, which the office applies
 * only while this loan is open, only onto the revision the case had when it went out, and only
 * once; the check-out file is handed to the laptop directly (like the case file folder
 * itself) and may be deleted once taken in. A stolen check-out file lets its holder write a
 * rival check-in for that one case, which the official applying it sees (the audit names the
 * file's hash); it can never touch another case or a later loan. The whole file is signed
 * with the office's own key, so damage on the way is caught before anything is written.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { getOfficeSettings } from '../letters/office-settings-service.ts';
import { officePublicKey, signWithOfficeKey } from '../trust/signing-key.ts';
import { lendAudit, lendCase } from './loan-service.ts';
import type { NewLoan } from './loan-service.ts';
import { FOREIGN, selectActiveRoomIds, selectCaseRows, selectLetterPdfs, selectReferenceRows } from './case-copy-queries.ts';
import { writeSignedFile } from './checkout-container.ts';
import { CASE_TABLES, CHECKOUT_EXTENSION, CHECKOUT_FORMAT, CHECKOUT_FORMAT_VERSION, CHECKOUT_JSON, REFERENCE_TABLES, checkoutJsonSchema, checkoutLetterPath } from '../../../shared/checkout/file-format.ts';
import type { CaseTable, CheckoutJson, ReferenceTable, Row } from '../../../shared/checkout/file-format.ts';
import type { CaseCheckout } from '../../../shared/checkout/types.ts';
import type { Db } from '../db/connection.ts';
import { selectCaseIdByRegisterNo } from '../cases/case-queries.ts';

export interface LentFile {
  checkout: CaseCheckout;
  fileName: string;
  bytes: Uint8Array;
}

/** A safe file name from a register number (slashes and spaces become '-'). */
export const fileStem = (registerNo: string) => registerNo.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'kasus';

/** The ids in `tables` that point into each register (the rows the laptop must be able to show). */
function referencedIds(tables: Record<CaseTable, Row[]>, employeesOpds: (ids: number[]) => number[]): Record<ReferenceTable, number[]> {
  const ids: Record<ReferenceTable, Set<number>> = { opds: new Set(), employees: new Set(), staff: new Set(), rooms: new Set() };
  for (const t of CASE_TABLES) {
    for (const [col, target] of Object.entries(FOREIGN[t])) {
      if (!(REFERENCE_TABLES as readonly string[]).includes(target)) continue;
      for (const r of tables[t]) if (typeof r[col] === 'number') ids[target as ReferenceTable].add(r[col] as number);
    }
  }
  for (const o of employeesOpds([...ids.employees])) ids.opds.add(o);
  return { opds: [...ids.opds], employees: [...ids.employees], staff: [...ids.staff], rooms: [...ids.rooms] };
}

/** The check-out file's content for a loan just made, read in the lending transaction. */
function buildCheckout(ctx: AppContext, db: Db, loan: NewLoan): { json: CheckoutJson; files: Map<string, Uint8Array> } {
  const c = loan.checkout;
  const tables = Object.fromEntries(CASE_TABLES.map((t) => [t, selectCaseRows(db, t, c.caseId)])) as Record<CaseTable, Row[]>;
  const ids = referencedIds(tables, (employeeIds) => selectReferenceRows(db, 'employees', employeeIds).flatMap((e) => (typeof e.opd_id === 'number' ? [e.opd_id] : [])));
  // The office's rooms too, so a hearing can be scheduled in one of them on the laptop.
  ids.rooms = [...new Set([...ids.rooms, ...selectActiveRoomIds(db)])];
  const references = Object.fromEntries(REFERENCE_TABLES.map((t) => [t, selectReferenceRows(db, t, ids[t])])) as Record<ReferenceTable, Row[]>;
  const office = officePublicKey(db);
  if (!office) throw new Error('this installation has no signing key yet');
  const settings = getOfficeSettings(ctx);
  const files = new Map<string, Uint8Array>();
  const letterFiles = selectLetterPdfs(db, c.caseId).map((l) => {
    files.set(checkoutLetterPath(l.sha256), l.pdf);
    return { id: l.id, sha256: l.sha256 };
  });
  const json: CheckoutJson = {
    format: CHECKOUT_FORMAT,
    formatVersion: CHECKOUT_FORMAT_VERSION,
    checkoutUuid: c.checkoutUuid,
    caseUuid: c.caseUuid,
    registerNo: c.registerNo,
    revision: c.revision,
    borrower: c.borrower,
    laptopLabel: c.laptopLabel,
    checkedOutAt: c.checkedOutAt,
    checkedOutBy: c.checkedOutBy,
    sipenaVersion: ctx.appVersion,
    office: { name: `${settings.officeName} ${settings.regencyName}`.trim(), keyFingerprint: office.fingerprint, publicKeyPem: office.publicKeyPem },
    returnKey: { keyFingerprint: c.keyFingerprint, publicKeyPem: loan.publicKeyPem, privateKeyPem: loan.privateKeyPem },
    tables,
    references,
    letterFiles,
  };
  return { json: checkoutJsonSchema.parse(json), files };
}

/**
 * Lends a case and writes its check-out file, in one transaction: a file that cannot be built
 * leaves the case as it was. The caller saves the bytes (CLI) or hands them to the download.
 */
export function lendWithFile(ctx: AppContext, input: { caseId: number; borrower: string; laptopLabel: string }): LentFile {
  return mutate(ctx, (db) => {
    const loan = lendCase(ctx, db, input);
    const { json, files } = buildCheckout(ctx, db, loan);
    const bytes = writeSignedFile(CHECKOUT_JSON, json, files, (m) => signWithOfficeKey(db, m), new Date(loan.checkout.checkedOutAt));
    const fileName = `${fileStem(loan.checkout.registerNo)}${CHECKOUT_EXTENSION}`;
    return { value: { checkout: loan.checkout, fileName, bytes }, audit: lendAudit(loan.checkout) };
  });
}

/** A case by its register number, for the CLI (the screens send ids). */
export function caseIdByRegisterNo(db: Db, registerNo: string): number {
  const id = selectCaseIdByRegisterNo(db, registerNo.trim());
  if (id === undefined) throw new AppError('NOT_FOUND', 'checkout.noSuchCase', { registerNo });
  return id;
}
