/**
 * The two files of a laptop check-out, both ZIPs in the bundle container's manner (a SHA-256
 * manifest of every entry, signed with Ed25519, see shared/bundles/format.ts):
 *
 *   `*.sipena-checkout` (office -> laptop)       `*.sipena-return` (laptop -> office)
 *     checkout.json   CheckoutJson below            return.json   ReturnJson below
 *     letters/<sha256>.pdf  the case's letters      MANIFEST.sha256, MANIFEST.sha256.sig
 *     MANIFEST.sha256, MANIFEST.sha256.sig
 *
 * The check-out file is signed with the office's own key (its public key travels inside: the
 * laptop checks the file is whole and shows the fingerprint); the return with the loan's key,
 * which the office verifies against the public key it kept at lending. Rows travel as the
 * database holds them (column -> value), so a column added by a later migration travels
 * without a format change; the receiving side writes only columns its own table has.
 */
import { z } from 'zod';

export const CHECKOUT_FORMAT = 'sipena-checkout';
export const RETURN_FORMAT = 'sipena-return';
export const CHECKOUT_FORMAT_VERSION = 1;
export const CHECKOUT_EXTENSION = '.sipena-checkout';
export const RETURN_EXTENSION = '.sipena-return';
export const CHECKOUT_JSON = 'checkout.json';
export const RETURN_JSON = 'return.json';
export const checkoutLetterPath = (sha: string) => `letters/${sha}.pdf`;

const SHA256 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FINGERPRINT = /^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/;
const COLUMN = /^[a-z][a-z0-9_]{0,62}$/;
const str = (max: number) => z.string().max(max);

/** One row as the database holds it; blobs never travel inside rows (letters' PDFs are entries of their own). */
export const rowSchema = z.record(z.string().regex(COLUMN), z.union([z.string().max(1_000_000), z.number(), z.null()]));
export type Row = z.infer<typeof rowSchema>;
const rows = (max: number) => z.array(rowSchema).max(max);

/** The tables of a case the check-out file carries, in the order they are inserted. */
export const CASE_TABLES = [
  'cases',
  'case_accused',
  'accused_superiors',
  'case_violations',
  'case_team',
  'case_transitions',
  'issued_letters',
  'letter_signers',
  'exam_sessions',
  'session_examiners',
  'baps',
  'bap_qa',
  'bap_examiners',
  'lhps',
  'decisions',
  'moral_sanctions',
  'sk_deliveries',
  'appeals',
  'temporary_releases',
] as const;
export type CaseTable = (typeof CASE_TABLES)[number];

/** The registers a case's rows point into; matched on the laptop by NIP or name, never by id. */
export const REFERENCE_TABLES = ['opds', 'employees', 'staff', 'rooms'] as const;
export type ReferenceTable = (typeof REFERENCE_TABLES)[number];

export const checkoutJsonSchema = z
  .object({
    format: z.literal(CHECKOUT_FORMAT),
    formatVersion: z.literal(CHECKOUT_FORMAT_VERSION),
    checkoutUuid: z.string().regex(UUID),
    caseUuid: z.string().regex(UUID),
    registerNo: str(100).min(1),
    /** The case's revision at the office when it went out: the check-in is applied only onto this revision. */
    revision: z.number().int().min(1),
    borrower: str(200).min(1),
    laptopLabel: str(100).min(1),
    checkedOutAt: z.string().max(40),
    checkedOutBy: str(200),
    sipenaVersion: str(50),
    office: z.object({ name: str(300), keyFingerprint: z.string().regex(FINGERPRINT), publicKeyPem: str(2000) }).strict(),
    /** The loan's own key pair: the laptop signs the check-in with the private key; the office kept only the public key. */
    returnKey: z.object({ keyFingerprint: z.string().regex(FINGERPRINT), publicKeyPem: str(2000), privateKeyPem: str(2000) }).strict(),
    tables: z.object(Object.fromEntries(CASE_TABLES.map((t) => [t, rows(100_000)])) as Record<CaseTable, ReturnType<typeof rows>>).strict(),
    references: z.object(Object.fromEntries(REFERENCE_TABLES.map((t) => [t, rows(10_000)])) as Record<ReferenceTable, ReturnType<typeof rows>>).strict(),
    /** The letters' PDFs by issued_letters id: each is the entry letters/<sha256>.pdf. */
    letterFiles: z.array(z.object({ id: z.number().int(), sha256: z.string().regex(SHA256) }).strict()).max(10_000),
  })
  .strict();
export type CheckoutJson = z.infer<typeof checkoutJsonSchema>;

/** A hearing as the check-in carries it: the row (office terms) and its examiners by NIP. */
export const returnSessionSchema = z
  .object({
    laptopId: z.number().int().positive(),
    /** The office's id when the hearing came from the office; null for one scheduled on the laptop. */
    officeId: z.number().int().positive().nullable(),
    row: rowSchema,
    roomName: str(300).nullable(),
    examiners: z.array(z.object({ nip: str(30), startAt: str(40), endAt: str(40) }).strict()).max(100),
  })
  .strict();

export const returnBapSchema = z
  .object({
    laptopId: z.number().int().positive(),
    officeId: z.number().int().positive().nullable(),
    /** The hearing the BAP records: the office's id when it came from the office, else found by the laptop's id among this return's hearings. */
    sessionLaptopId: z.number().int().positive(),
    sessionOfficeId: z.number().int().positive().nullable(),
    row: rowSchema,
    qa: z.array(z.object({ no: z.number().int().min(1), question: str(100_000), answer: str(100_000) }).strict()).max(2000),
    examinerNips: z.array(str(30)).max(100),
  })
  .strict();
export type ReturnSession = z.infer<typeof returnSessionSchema>;
export type ReturnBap = z.infer<typeof returnBapSchema>;

export const returnJsonSchema = z
  .object({
    format: z.literal(RETURN_FORMAT),
    formatVersion: z.literal(CHECKOUT_FORMAT_VERSION),
    checkoutUuid: z.string().regex(UUID),
    caseUuid: z.string().regex(UUID),
    registerNo: str(100).min(1),
    /** The office revision the laptop's copy was taken from. */
    revision: z.number().int().min(1),
    keyFingerprint: z.string().regex(FINGERPRINT),
    laptopLabel: str(100),
    packedAt: z.string().max(40),
    packedBy: str(200),
    /** The examiners the hearings and BAPs name, so the office can match them by NIP (and add one the laptop added). */
    staff: rows(1000),
    sessions: z.array(returnSessionSchema).max(10_000),
    baps: z.array(returnBapSchema).max(10_000),
  })
  .strict();
export type ReturnJson = z.infer<typeof returnJsonSchema>;
