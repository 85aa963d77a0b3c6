/**
 * The issue flow: draft -> issue (number, frozen bytes, SHA-256, QR) -> reprint (the
 * stored bytes) -> void with a reason (the number stays used) -> verify.
 *
 * Hash design: the QR code cannot carry the hash of the PDF it is printed in, so it
 * carries the first 16 hex characters of the SHA-256 of the letter's canonical content
 * (type, case, subject, number, date, inputs, office settings as canonical JSON). Both
 * that JSON and the exact PDF bytes are stored with their SHA-256; verification looks
 * the number up and checks the QR prefix, the content hash and the bytes' hash.
 *
 * Numbering: the render is asynchronous and SQLite transactions here are synchronous,
 * so the next serial is peeked, the letter rendered with it, and then, in one
 * transaction, the serial is taken and must equal the peeked one before the bytes are
 * stored. A race (CLI and app at once) rolls back and renders again; a failure before
 * the commit consumes nothing. Numbers are thus unique and gap-free per register and year.
 */
import { createHash } from 'node:crypto';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { canonicalJson } from '../../../shared/canonical-json.ts';
import { nextSerial, peekSerial } from '../db/counter-queries.ts';
import type { PdfFile } from '../../../shared/ipc/channels/letters.ts';
import type { IssuedLetter } from '../../../shared/letters/issued.ts';
import { LETTER_TITLES, isNumberedType, letterFileName } from '../../../shared/letters/letter-types.ts';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import type { LetterInputs } from '../../../shared/letters/inputs.ts';
import { QR_HASH_CHARS, formatLetterNumber, qrText } from '../../../shared/letters/numbering.ts';
import { contentMissingError } from './content-error.ts';
import { renderInWorker } from './render-client.ts';
import { buildLetterInput, resolveLetter } from './letter-inputs.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { getOfficeSettings, letterAssets } from './office-settings-service.ts';
import { insertIssued, isOneValidViolation, markVoid, selectFrozen, selectIssued, selectIssuedByNumber, validIssued } from './issued-queries.ts';
import type { Db } from '../db/connection.ts';
import { accusedOfSubject, skIssued, skVoided } from '../examination/sk-lifecycle.ts';
import { onEndNoticeIssued, onSanctionDates } from '../examination/deadline-hooks.ts';
import { sanctionEndDue, skDeliveryDue } from '../examination/calendar-port.ts';
import { selectDecisionSk } from '../examination/decision-queries.ts';
import { dateOrderProblem } from './date-order.ts';
import { withAttachments } from './letter-attachments.ts';

export interface LetterRequest {
  caseId: number;
  type: LetterType;
  subject: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * A receipt keeps the registration day as its date and the delivery record the day of
 * delivery; other letters are dated the day they are made.
 */
function letterDate(ctx: AppContext, input: LetterInputs[LetterType]): string {
  if ('receivedAt' in input) return input.receivedAt;
  if ('delivery' in input) return input.delivery.deliveredOn;
  return localIsoDate(ctx.now());
}

/** A draft: the letter's date, no number, DRAFT watermark, nothing stored. */
export async function draftLetter(ctx: AppContext, req: LetterRequest): Promise<PdfFile> {
  const office = getOfficeSettings(ctx);
  const input = buildLetterInput(ctx, req.caseId, req.type, req.subject);
  const { assets, allowedDirs } = letterAssets(ctx, office);
  const meta = { number: null, date: letterDate(ctx, input), qr: null };
  const { pdf } = await renderInWorker({ type: req.type, input, office, meta, assets, resourcesDir: ctx.resourcesDir, allowedDirs, check: false });
  const bytes = await withAttachments(ctx.db, req.type, input, Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  const registerNo = 'registerNo' in input ? input.registerNo : 'case' in input ? input.case.registerNo : input.recommendation.number;
  return { fileName: letterFileName(req.type, `draft-${registerNo}`), pdfBase64: bytes.toString('base64') };
}

class NumberRace extends Error {}

/**
 * One valid letter per type, case and subject: a second click or a second window must not
 * give the same summons or SK a second number. Voiding the first is the way to reissue.
 */
function refuseIfIssued(db: Db, req: LetterRequest): void {
  const existing = validIssued(db, req.caseId, req.type, req.subject);
  if (existing) throw alreadyIssued(req.type, existing.number);
}

const alreadyIssued = (type: LetterType, number: string) => new AppError('ALREADY_ISSUED', 'letters.alreadyIssued', { letter: LETTER_TITLES[type], number });

// One issue at a time in this process; the serial check below covers other processes.
let issuing: Promise<unknown> = Promise.resolve();

/** Issues a letter: takes its number, freezes the bytes and returns the record with the PDF. */
export function issueLetter(ctx: AppContext, req: LetterRequest): Promise<{ letter: IssuedLetter; file: PdfFile }> {
  const run = () => issueOnce(ctx, req);
  const result = issuing.then(run, run);
  issuing = result.catch(() => undefined);
  return result;
}

async function issueOnce(ctx: AppContext, request: LetterRequest): Promise<{ letter: IssuedLetter; file: PdfFile }> {
  if (!isNumberedType(request.type)) throw new AppError('INVALID_INPUT', 'letters.notNumbered');
  const office = getOfficeSettings(ctx);
  const numbering = office.numbering[request.type];
  const { input, subject } = resolveLetter(ctx, request.caseId, request.type, request.subject);
  const req: LetterRequest = { ...request, subject };
  refuseIfIssued(ctx.db, req);
  const { assets, allowedDirs } = letterAssets(ctx, office);
  const date = letterDate(ctx, input);
  // A letter never cites an event after its own date (a summons II before the missed hearing, an SK before its LHP).
  const early = dateOrderProblem(req.type, input, date);
  if (early) throw new AppError('CONFLICT', early.key, early.params);
  const year = Number(date.slice(0, 4));
  const deliveryDue = req.type === 'sk' ? skDeliveryDue(ctx, date) : '';
  const register = `letter:${numbering.register}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const serial = peekSerial(ctx.db, register, year);
    const number = formatLetterNumber(numbering.template, serial, date);
    if (selectIssuedByNumber(ctx.db, number)) throw new AppError('CONFLICT', 'letters.numberTaken', { number });
    const inputJson = canonicalJson({ caseId: req.caseId, type: req.type, subject: req.subject, number, date, input, office });
    const contentHash = sha256(inputJson);
    const qr = qrText({ number, date, hashPrefix: contentHash.slice(0, QR_HASH_CHARS) });
    // Rendered off the main thread, then read back: a letter that does not show what was recorded is not issued.
    const meta = { number, date, qr };
    const rendered = await renderInWorker({ type: req.type, input, office, meta, assets, resourcesDir: ctx.resourcesDir, allowedDirs, check: true });
    if (rendered.missing.length > 0) throw contentMissingError(ctx, req.type, rendered.missing);
    // The reply to a recommendation carries the issued SKs after its own pages (their frozen bytes, checked).
    const pdf = await withAttachments(ctx.db, req.type, input, Buffer.from(rendered.pdf.buffer, rendered.pdf.byteOffset, rendered.pdf.byteLength));
    const fileName = letterFileName(req.type, number);
    try {
      const id = mutate(ctx, (db) => {
        refuseIfIssued(db, req);
        if (nextSerial(db, register, year) !== serial) throw new NumberRace();
        const row = {
          caseId: req.caseId,
          type: req.type,
          subject: req.subject,
          register,
          year,
          serial,
          number,
          letterDate: date,
          issuedAt: ctx.now().toISOString(),
          issuedBy: ctx.actor(),
          inputJson,
          contentHash,
          sha256: sha256(pdf),
          pdf,
          fileName,
        };
        const newId = insertIssued(db, row);
        const decision = req.type === 'sk' ? skIssued(db, ctx.now(), { caseId: req.caseId, subject: req.subject, letterId: newId, number, date, deliveryDue }) : [];
        // The notice to BKPSDM is what the "sanction ended" entry of Perlu tindakan asks for.
        const noticeFor = req.type === 'endnotice' ? accusedOfSubject(req.subject) : null;
        if (noticeFor !== null) onEndNoticeIssued(db, ctx.now(), { caseId: req.caseId, accusedId: noticeFor });
        return {
          value: newId,
          audit: [
            ...decision,
            {
              action: 'letter.issue',
              entity: 'letter',
              entityId: newId,
              after: { caseId: req.caseId, type: req.type, subject: req.subject, number, date, contentHash, sha256: row.sha256 },
            },
            { action: 'letter.issue', entity: 'case', entityId: req.caseId, after: { type: req.type, number, letterId: newId } },
          ],
        };
      });
      const letter = selectIssued(ctx.db, id);
      if (!letter) throw new Error('issued letter vanished');
      return { letter, file: { fileName, pdfBase64: pdf.toString('base64') } };
    } catch (e) {
      // Another process committed the same letter between our check and our insert.
      if (isOneValidViolation(e)) throw alreadyIssued(req.type, validIssued(ctx.db, req.caseId, req.type, req.subject)?.number ?? '?');
      if (!(e instanceof NumberRace)) throw e;
    }
  }
  throw new AppError('CONFLICT', 'letters.busy');
}

/** The exact stored bytes of an issued letter (reprints are identical by construction). */
export function issuedPdf(ctx: AppContext, id: number): PdfFile {
  const letter = selectIssued(ctx.db, id);
  const frozen = selectFrozen(ctx.db, id);
  if (!letter || !frozen) throw notFound('letters.letterNotFound');
  return { fileName: letter.fileName, pdfBase64: frozen.pdf.toString('base64') };
}

/** A voided end-of-sanction notice has not told the personnel unit: its "Perlu tindakan" entry is due again. */
function reopenEndNotice(ctx: AppContext, caseId: number, subject: string): void {
  const accusedId = /^accused:(\d+)$/.exec(subject)?.[1];
  const d = accusedId ? selectDecisionSk(ctx.db, caseId, Number(accusedId)) : undefined;
  if (!d?.end_date) return;
  onSanctionDates(ctx.db, ctx.now(), { caseId, accusedId: Number(accusedId), endDate: d.end_date, due: sanctionEndDue(ctx, d.end_date) });
}

/** Voids an issued letter with a reason; the number stays used and the bytes stay stored. */
export function voidLetter(ctx: AppContext, id: number, reason: string): IssuedLetter {
  const letter = selectIssued(ctx.db, id);
  if (!letter) throw notFound('letters.letterNotFound');
  if (letter.status === 'void') throw new AppError('CONFLICT', 'letters.alreadyVoid', { number: letter.number });
  mutate(ctx, (db) => {
    const decision = letter.type === 'sk' ? skVoided(db, ctx.now(), id, (caseId, accusedId) => validIssued(db, caseId, 'delivery', `accused:${accusedId}`)?.number ?? null) : [];
    markVoid(db, id, reason, ctx.actor(), ctx.now().toISOString());
    if (letter.type === 'endnotice') reopenEndNotice(ctx, letter.caseId, letter.subject);
    return {
      value: undefined,
      audit: [
        ...decision,
        { action: 'letter.void', entity: 'letter', entityId: id, before: { status: 'issued' }, after: { status: 'void', number: letter.number }, reason },
        { action: 'letter.void', entity: 'case', entityId: letter.caseId, after: { type: letter.type, number: letter.number, letterId: id }, reason },
      ],
    };
  });
  return selectIssued(ctx.db, id)!;
}
