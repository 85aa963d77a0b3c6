import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { issueLetter } from '../letters/issue-service.ts';
import { allSanctionCatalogues } from '../examination/sanction-catalogues.ts';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { recordDelivery } from '../examination/delivery-service.ts';
import { fileAppeal } from '../examination/appeal-service.ts';
import { examinationOverview } from '../examination/workflow-service.ts';
import { selectCaseStatus, selectFirstCaseIds } from '../cases/case-queries.ts';
import { firstSummons1SessionId } from '../hearings/session-queries.ts';
import { selectDecidedAccused } from '../examination/decision-queries.ts';
import { releasedWithoutSk } from '../examination/release-queries.ts';
import { selectMoral } from '../examination/moral-queries.ts';
import { validIssued } from '../letters/issued-queries.ts';

/** The Inspectorate's clerk who hands the demo SKs over (fictional; signs the berita acara as "Yang menyampaikan"). */
const DEMO_DELIVERER = { deliveredByName: 'RINA KARTIKA, S.Sos.', deliveredByNip: '199003152015032002', deliveredByJabatan: 'Pengadministrasi Umum pada Inspektorat Kabupaten Contoh' };

/** Case statuses whose history has the SK delivered. */
const DELIVERED = new Set(['delivered', 'appeal', 'closed']);

export interface DemoLetterResult {
  issued: number;
  /** Letters the case data could not support, with the reason key (should stay empty). */
  skipped: { caseId: number; type: LetterType; key: string }[];
}

/**
 * Issues real letters for a small sample of the demo cases through the normal issue
 * service (number, frozen PDF, hash, audit): a receipt for each of the first `cases`
 * cases, the examination order and summons I for the first hearing of each examined one, and the SK (or the
 * moral-sanction statement) of each decided accused. Where the case's history says the SK was
 * delivered, the delivery is recorded (today: the SK is issued today) with its berita acara,
 * and the first such case also gets an appeal, so the demo shows a delivered SK with its
 * computed dates and a running appeal. Rendering is the slow part (tens of ms a letter),
 * which is why the sample is small and the rest of the demo data has no issued letters.
 */
export async function issueDemoLetters(ctx: AppContext, cases: number): Promise<DemoLetterResult> {
  const db = ctx.db;
  const ids = selectFirstCaseIds(db, cases);
  // A moral sanction (ethics catalogue) gets its statement letter instead of a disciplinary SK.
  const moral = new Set(allSanctionCatalogues().filter((c) => c.kind === 'etik').map((c) => c.id));
  let appealed = false;
  const result: DemoLetterResult = { issued: 0, skipped: [] };
  const issue = async (caseId: number, type: LetterType, subject: string) => {
    try {
      await issueLetter(ctx, { caseId, type, subject });
      result.issued++;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      result.skipped.push({ caseId, type, key: e.key });
    }
  };
  for (const caseId of ids) {
    await issue(caseId, 'receipt', '');
    const session = firstSummons1SessionId(db, caseId);
    if (session !== undefined) {
      // The order forming the team (by the PPK or its appointee), then summons I (by the team chair or the direct superior).
      await issue(caseId, 'order', '');
      await issue(caseId, 'summons1', `session:${session}`);
    }
    const status = selectCaseStatus(db, caseId)!;
    // A temporary release is ordered before the decision that ends it (PP 94/2021 Pasal 31).
    // Only while no SK is set: the release ends when the decision is (an SK recorded by the generator ended it).
    for (const accusedId of releasedWithoutSk(db, caseId)) await issue(caseId, 'release', `accused:${accusedId}`);
    for (const d of selectDecidedAccused(db, caseId)) {
      const sk = !moral.has(d.catalogueId);
      await issue(caseId, sk ? 'sk' : 'moral', `accused:${d.accusedId}`);
      // A moral sanction by the PPK next to the disciplinary one: its own statement and number.
      if (sk && selectMoral(db, caseId, d.accusedId) !== null) await issue(caseId, 'moral', `accused:${d.accusedId}`);
      if (!sk || !DELIVERED.has(status) || !validIssued(db, caseId, 'sk', `accused:${d.accusedId}`)) continue;
      try {
        const accused = examinationOverview(ctx, caseId).accused.find((a) => a.id === d.accusedId)!;
        recordDelivery(ctx, { caseId, accusedId: d.accusedId, deliveredOn: localIsoDate(ctx.now()), method: 'langsung', receivedBy: accused.name, refused: false, ...DEMO_DELIVERER });
        await issue(caseId, 'delivery', `accused:${d.accusedId}`);
        if (!appealed) {
          const route = examinationOverview(ctx, caseId).decisions.find((x) => x.accusedId === d.accusedId)?.appealRoute;
          if (route) {
            fileAppeal(ctx, { caseId, accusedId: d.accusedId, kind: route.kind, filedOn: localIsoDate(ctx.now()), addressedTo: route.body, note: 'Terhukum mengajukan upaya administratif atas keputusan hukuman disiplin.' });
            appealed = true;
          }
        }
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        result.skipped.push({ caseId, type: 'delivery', key: e.key });
      }
    }
  }
  return result;
}
