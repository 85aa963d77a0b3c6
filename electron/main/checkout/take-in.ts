/**
 * The laptop takes a check-out file into its own Sipena: the case and its records are
 * inserted under the laptop's ids (checkout_row_map remembers each row's office id), the
 * registers they name (OPDs, employees, examiners, rooms) matched by NIP or name, and a
 * 'borrowed' check-out row holding the loan's private key. From that row on, migration 31's
 * triggers keep everything but the examination work read-only on the laptop.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { Db } from '../db/connection.ts';
import { registerNoTaken, selectCaseIdByUuid } from '../cases/case-queries.ts';
import { syncCaseSearch } from '../cases/case-search-queries.ts';
import { FOREIGN, findReference, insertCopiedRow } from './case-copy-queries.ts';
import { insertCheckout, insertRowMap, selectCheckout, selectCheckoutByUuid, setTakenHash } from './checkout-queries.ts';
import { CheckoutFileRefused, fileRefusedError, openSignedFile } from './checkout-container.ts';
import { examWorkOf, workHash } from './exam-work.ts';
import { CASE_TABLES, CHECKOUT_JSON, REFERENCE_TABLES, checkoutJsonSchema, checkoutLetterPath } from '../../../shared/checkout/file-format.ts';
import type { CaseTable, CheckoutJson, ReferenceTable, Row } from '../../../shared/checkout/file-format.ts';
import type { CaseCheckout } from '../../../shared/checkout/types.ts';

type IdMaps = Record<CaseTable | ReferenceTable, Map<number, number>>;

/** Opens and verifies a check-out file: the office's signature over the manifest, every entry, the schema, the letters. */
export function openCheckoutFile(bytes: Uint8Array): CheckoutJson & { pdfs: Map<number, Uint8Array> } {
  try {
    const opened = openSignedFile(bytes, CHECKOUT_JSON, /^letters\/[0-9a-f]{64}\.pdf$/, (main) => (main as { office?: { publicKeyPem?: unknown } } | null)?.office?.publicKeyPem as string | undefined);
    const parsed = checkoutJsonSchema.safeParse(opened.main);
    if (!parsed.success) throw new CheckoutFileRefused('BAD_FORMAT', `${CHECKOUT_JSON}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    const pdfs = new Map<number, Uint8Array>();
    for (const l of parsed.data.letterFiles) {
      const pdf = opened.files.get(checkoutLetterPath(l.sha256));
      if (!pdf) throw new CheckoutFileRefused('BAD_FORMAT', `letter ${l.id} is missing`);
      pdfs.set(l.id, pdf);
    }
    return { ...parsed.data, pdfs };
  } catch (e) {
    if (e instanceof CheckoutFileRefused) throw fileRefusedError(e, 'checkout');
    throw e;
  }
}

/** A row with its foreign keys rewritten to the laptop's ids; a key pointing outside the file is a broken file. */
function remap(table: CaseTable | ReferenceTable, row: Row, ids: IdMaps): Row {
  const out: Row = { ...row };
  for (const [col, target] of Object.entries(FOREIGN[table])) {
    const v = row[col];
    if (typeof v !== 'number') continue;
    const mapped = ids[target].get(v);
    if (mapped === undefined) throw new AppError('INVALID_INPUT', 'checkout.fileBAD_FORMAT', { kind: '.sipena-checkout', detail: `${table}.${col} ${v} is not in the file` });
    out[col] = mapped;
  }
  // A letter's subject names its accused or hearing by id ('accused:3', 'session:7').
  if (table === 'issued_letters' && typeof row.subject === 'string') {
    const m = /^(accused|session):(\d+)$/.exec(row.subject);
    const target = m?.[1] === 'accused' ? ids.case_accused : ids.exam_sessions;
    if (m && target.has(Number(m[2]))) out.subject = `${m[1]}:${target.get(Number(m[2]))}`;
  }
  return out;
}

/** The rows the laptop already holds that a copy would collide with: refused before anything is written. */
function refuseClashes(db: Db, file: CheckoutJson): void {
  if (selectCheckoutByUuid(db, file.checkoutUuid, 'borrowed')) throw new AppError('CONFLICT', 'checkout.alreadyTaken', { registerNo: file.registerNo });
  if (selectCaseIdByUuid(db, file.caseUuid) !== undefined) throw new AppError('CONFLICT', 'checkout.caseOnLaptop', { registerNo: file.registerNo });
  if (registerNoTaken(db, file.registerNo)) throw new AppError('CONFLICT', 'checkout.registerNoTaken', { registerNo: file.registerNo });
}

function insertAll(db: Db, file: CheckoutJson & { pdfs: Map<number, Uint8Array> }): IdMaps {
  const ids = Object.fromEntries([...REFERENCE_TABLES, ...CASE_TABLES].map((t) => [t, new Map<number, number>()])) as IdMaps;
  for (const t of REFERENCE_TABLES) {
    for (const row of file.references[t]) ids[t].set(row.id as number, findReference(db, t, row) ?? insertCopiedRow(db, t, remap(t, row, ids)));
  }
  for (const t of CASE_TABLES) {
    for (const row of file.tables[t]) {
      const extra = t === 'issued_letters' ? { pdf: file.pdfs.get(row.id as number) } : {};
      const newId = insertCopiedRow(db, t, remap(t, row, ids), extra);
      if (typeof row.id === 'number') ids[t].set(row.id, newId);
    }
  }
  return ids;
}

/** Takes a check-out file into this laptop's Sipena; audited as checkout.borrow. */
export function takeIn(ctx: AppContext, bytes: Uint8Array): CaseCheckout {
  const file = openCheckoutFile(bytes);
  return mutate(ctx, (db) => {
    refuseClashes(db, file);
    let ids: IdMaps;
    try {
      ids = insertAll(db, file);
    } catch (e) {
      // Another row with the same letter number or register sequence: the laptop holds cases of its own.
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new AppError('CONFLICT', 'checkout.takeClash', { registerNo: file.registerNo, detail: (e as Error).message });
      throw e;
    }
    const caseId = ids.cases.get(file.tables.cases[0]?.id as number);
    if (caseId === undefined) throw new AppError('INVALID_INPUT', 'checkout.fileBAD_FORMAT', { kind: '.sipena-checkout', detail: 'no case row' });
    syncCaseSearch(db, caseId);
    const id = insertCheckout(db, {
      checkoutUuid: file.checkoutUuid,
      side: 'borrowed',
      caseId,
      caseUuid: file.caseUuid,
      registerNo: file.registerNo,
      revision: file.revision,
      borrower: file.borrower,
      laptopLabel: file.laptopLabel,
      keyFingerprint: file.returnKey.keyFingerprint,
      publicKeyPem: file.returnKey.publicKeyPem,
      privateKeyPem: file.returnKey.privateKeyPem,
      checkedOutAt: file.checkedOutAt,
      checkedOutBy: file.checkedOutBy,
    });
    for (const t of CASE_TABLES) for (const [officeId, localId] of ids[t]) insertRowMap(db, id, t, localId, officeId);
    const work = examWorkOf(db, id, caseId);
    for (const s of work.sessions) setTakenHash(db, id, 'exam_sessions', s.laptopId, workHash(s));
    for (const b of work.baps) setTakenHash(db, id, 'baps', b.laptopId, workHash(b));
    const checkout = selectCheckout(db, id) as CaseCheckout;
    const audit = {
      action: 'checkout.borrow',
      entity: 'case',
      entityId: caseId,
      after: { checkoutUuid: file.checkoutUuid, registerNo: file.registerNo, revision: file.revision, office: file.office.name, officeFingerprint: file.office.keyFingerprint, borrower: file.borrower },
    };
    return { value: checkout, audit };
  });
}
