/**
 * Sipena bundle format v1: the files an office sends another (the province) by USB stick,
 * e-mail or shared folder. One ZIP `*.sipena-bundle` holding:
 *
 *   bundle.json                          BundleJson below
 *   cases/<caseUuid>/case.json           CaseRecord below, canonical JSON (RFC 8785)
 *   cases/<caseUuid>/letters/<sha256>.pdf  the issued letters, byte for byte
 *   cases/<caseUuid>/evidence/<sha256>   evidence files, only when exported with evidence
 *   MANIFEST.sha256                      `<sha256 hex>  <path>\n` for every entry above, sorted by path
 *   MANIFEST.sha256.sig                  Ed25519 signature of MANIFEST.sha256, base64, one line
 *
 * and the receiver's signed receipt `*.sipena-receipt` (ReceiptJson). These schemas are what
 * both sides check; they are strict (an unknown field is a different format, not ignored).
 */
import { z } from 'zod';
import { BKN_INSTANSI_CODE } from '../letters/office-settings.ts';

export const BUNDLE_FORMAT = 'sipena-bundle';
export const RECEIPT_FORMAT = 'sipena-receipt';
export const FORMAT_VERSION = 1;

export const BUNDLE_EXTENSION = '.sipena-bundle';
export const RECEIPT_EXTENSION = '.sipena-receipt';

export const BUNDLE_JSON = 'bundle.json';
export const MANIFEST = 'MANIFEST.sha256';
export const MANIFEST_SIG = 'MANIFEST.sha256.sig';

/** Why a whole bundle is refused (decided by the container, before any case is looked at). */
export const BUNDLE_REFUSALS = ['BAD_FORMAT', 'UNKNOWN_ORIGIN', 'REVOKED', 'BAD_SIGNATURE', 'TAMPERED'] as const;
export type BundleRefusal = (typeof BUNDLE_REFUSALS)[number];
/** Why one case of a readable bundle is refused at import: the bundle's refusal, or the same revision with other content. */
export const CASE_REFUSALS = [...BUNDLE_REFUSALS, 'CONFLICT'] as const;
export type CaseRefusal = (typeof CASE_REFUSALS)[number];

export const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Lower-case UUID (v4 from crypto.randomUUID or SQLite's randomblob; the version nibble is not policed). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** `2026-12-02T21:30:00.000Z`: what Date.toISOString gives. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export const FINGERPRINT_HEX = /^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/;

const sha256 = z.string().regex(SHA256_HEX);
const uuid = z.string().regex(UUID);
const instant = z.string().regex(ISO_INSTANT);
const day = z.string().regex(ISO_DAY);
const str = (max: number) => z.string().max(max);
const opt = (max: number) => z.string().max(max).nullable();
const int = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The entry paths inside a bundle: nothing else is accepted (no `..`, no absolute or backslash names). */
export const caseJsonPath = (caseUuid: string) => `cases/${caseUuid}/case.json`;
export const letterPath = (caseUuid: string, sha: string) => `cases/${caseUuid}/letters/${sha}.pdf`;
export const evidencePath = (caseUuid: string, sha: string) => `cases/${caseUuid}/evidence/${sha}`;
const CASE_ENTRY = /^cases\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(case\.json|letters\/[0-9a-f]{64}\.pdf|evidence\/[0-9a-f]{64})$/;

/** The case a per-case entry belongs to, or undefined for a name that is not a v1 case entry. */
export function caseOfEntry(path: string): string | undefined {
  return CASE_ENTRY.exec(path)?.[1];
}

export const originSchema = z
  .object({
    instansiCode: z.string().regex(BKN_INSTANSI_CODE),
    officeName: str(300).min(1),
    keyFingerprint: z.string().regex(FINGERPRINT_HEX),
  })
  .strict();
export type BundleOrigin = z.infer<typeof originSchema>;

export const bundleCaseSchema = z
  .object({
    caseUuid: uuid,
    registerNo: str(100).min(1),
    revision: int.min(1),
    path: str(200),
    /** SHA-256 of this case.json's bytes. */
    sha256,
    /** SHA-256 of the case.json this office last sent for the case in an earlier bundle; null the first time. */
    previousSha256: sha256.nullable(),
  })
  .strict()
  .refine((c) => c.path === caseJsonPath(c.caseUuid), { message: 'path must be cases/<caseUuid>/case.json' });
export type BundleCase = z.infer<typeof bundleCaseSchema>;

export const bundleJsonSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(FORMAT_VERSION),
    bundleId: uuid,
    origin: originSchema,
    sipenaVersion: str(50).min(1),
    exportedAt: instant,
    withEvidence: z.boolean(),
    cases: z.array(bundleCaseSchema).max(100_000),
  })
  .strict()
  .refine((b) => new Set(b.cases.map((c) => c.caseUuid)).size === b.cases.length, { message: 'a case appears twice' });
export type BundleJson = z.infer<typeof bundleJsonSchema>;

const appealSchema = z
  .object({
    kind: z.enum(['keberatan', 'banding']),
    filedOn: day,
    addressedTo: str(300),
    answerDue: day,
    outcome: z.enum(['upheld', 'lightened', 'heavier', 'annulled']).nullable(),
    outcomeNumber: opt(200),
    outcomeDate: day.nullable(),
    /** The sanction the appeal decision put in place (lightened or heavier), else null. */
    sanctionCode: opt(100),
    durationMonths: int.nullable(),
  })
  .strict();

const decisionSchema = z
  .object({
    sanctionCode: str(100),
    sanctionTitle: opt(500),
    level: z.enum(['ringan', 'sedang', 'berat']).nullable(),
    durationMonths: int.nullable(),
    /** Free outcome text (e.g. "tidak terbukti"), when the decision is not a sanction. */
    outcomeText: opt(5000),
    skNumber: opt(200),
    skDate: day.nullable(),
    repeatOffender: z.boolean(),
    withoutExamination: z.boolean(),
    /** The official who decided (PYBM), as printed on the SK. */
    decidedBy: z.object({ title: str(500), name: str(300) }).strict().nullable(),
  })
  .strict();

/** The sanction as it stands after appeals (an appeal that lightened, made heavier or annulled it replaces the decision's). */
const sanctionInForceSchema = z
  .object({
    sanctionCode: str(100),
    sanctionTitle: opt(500),
    level: z.enum(['ringan', 'sedang', 'berat']).nullable(),
    durationMonths: int.nullable(),
    /** From the 15th day after the SK was received (or the appeal decision's start). */
    startDate: day.nullable(),
    /** Last day; null for a sanction without a period. */
    endDate: day.nullable(),
    annulled: z.boolean(),
    changedByAppeal: z.object({ outcome: z.enum(['lightened', 'heavier', 'annulled']), number: str(200), date: day }).strict().nullable(),
  })
  .strict();

const accusedSchema = z
  .object({
    position: int,
    name: str(300),
    nip: str(30),
    siasnPersonId: opt(100),
    employmentType: str(50),
    jabatan: opt(500),
    opd: opt(500),
    unitKerja: opt(500),
    pangkat: opt(200),
    lhp: z.object({ date: day.nullable(), recommendedSanctionCode: str(100) }).strict().nullable(),
    decision: decisionSchema.nullable(),
    /** `announcedAt`: where the statement is announced, free text as the moral-sanction form takes it (300), not a date. */
    moralSanction: z.object({ sanctionCode: str(100), announcedAt: opt(300) }).strict().nullable(),
    skDelivery: z.object({ deliveredOn: day, method: str(30), refused: z.boolean() }).strict().nullable(),
    appeals: z.array(appealSchema).max(100),
    sanctionInForce: sanctionInForceSchema.nullable(),
  })
  .strict();

const letterSchema = z
  .object({
    kind: str(100),
    number: str(200),
    letterDate: day,
    issuedAt: instant,
    status: z.enum(['issued', 'void']),
    sha256,
    path: str(200),
  })
  .strict();

const evidenceSchema = z
  .object({
    sha256,
    kind: str(50),
    name: str(500),
    size: int,
    mime: opt(200),
    /** Where the file is in this bundle; null when exported without evidence (the hash still says what it was). */
    path: str(200).nullable(),
  })
  .strict();

/**
 * One case's outcome record as sent (case.json). Never the reporter's identity: no
 * reporter name or contact, and the source documents (the report itself) are not listed.
 */
export const caseRecordSchema = z
  .object({
    caseUuid: uuid,
    revision: int.min(1),
    registerNo: str(100).min(1),
    originInstansiCode: z.string().regex(BKN_INSTANSI_CODE),
    status: str(50),
    incident: z.object({ date: day, place: opt(1000) }).strict(),
    dates: z
      .object({
        registered: day,
        /** Days of the examination sessions the accused attended. */
        examinations: z.array(day).max(1000),
        lhp: day.nullable(),
        decision: day.nullable(),
      })
      .strict(),
    violations: z.array(z.object({ code: str(100), title: opt(2000) }).strict()).max(500),
    accused: z.array(accusedSchema).max(500),
    letters: z.array(letterSchema).max(10_000),
    evidence: z.array(evidenceSchema).max(10_000),
  })
  .strict();
export type CaseRecord = z.infer<typeof caseRecordSchema>;

export const receiptResultSchema = z
  .object({
    caseUuid: uuid,
    revision: int.min(1),
    outcome: z.enum(['imported', 'already', 'refused']),
    reason: z.enum(CASE_REFUSALS).optional(),
  })
  .strict()
  .refine((r) => (r.outcome === 'refused') === (r.reason !== undefined), { message: 'a refused case needs its reason, others none' });

export const receiptBodySchema = z
  .object({
    format: z.literal(RECEIPT_FORMAT),
    formatVersion: z.literal(FORMAT_VERSION),
    bundleId: uuid,
    /** SHA-256 of the whole .sipena-bundle file as received. */
    bundleSha256: sha256,
    receiver: originSchema,
    receivedAt: instant,
    results: z.array(receiptResultSchema).max(100_000),
  })
  .strict();
export type ReceiptBody = z.infer<typeof receiptBodySchema>;

/** The receipt file: the body plus `signature`, base64 Ed25519 over the canonical JSON of the body (the object without `signature`). */
export const receiptSchema = receiptBodySchema.extend({ signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/) }).strict();
export type ReceiptJson = z.infer<typeof receiptSchema>;
