import type { Db } from '../connection.ts';
import type { Migration } from './migration.ts';
import { initial } from './001-initial.ts';
import { people } from './002-people.ts';
import { accounts } from './003-accounts.ts';
import { letters } from './004-letters.ts';
import { examination } from './005-examination.ts';
import { caseIntake } from './006-case-intake.ts';
import { hearings } from './007-hearings.ts';
import { needsActionIndex } from './008-needs-action-index.ts';
import { oneValidLetter } from './009-one-valid-letter.ts';
import { pybm } from './010-pybm.ts';
import { holidayNames } from './011-holiday-names.ts';
import { letterSigners } from './012-letter-signers.ts';
import { caseVersion } from './013-case-version.ts';
import { moralWithDiscipline } from './014-moral-with-discipline.ts';
import { skDeliveryAppeals } from './015-sk-delivery-appeals.ts';
import { temporaryRelease } from './016-temporary-release.ts';
import { siasnPersonId } from './017-siasn-person-id.ts';
import { deliveryOfficer } from './018-delivery-officer.ts';
import { sanctionsRegister } from './019-sanctions-register.ts';
import { accusedSuperiors } from './020-accused-superiors.ts';
import { opdLetterhead } from './021-opd-letterhead.ts';
import { recordVersions } from './022-record-versions.ts';
import { recommendations } from './023-recommendations.ts';
import { caseIdentity } from './024-case-identity.ts';
import { integrityPacts } from './025-integrity-pacts.ts';
import { recapIndex } from './026-recap-index.ts';
import { bundleKeys } from './027-bundle-keys.ts';
import { receivedBundles } from './029-received-bundles.ts';
import { caseCheckouts } from './031-case-checkouts.ts';
import { bundleOutbox } from './032-bundle-outbox.ts';
import { checkoutTaken } from './033-checkout-taken.ts';
import { receivedIndex } from './034-received-index.ts';

export type { Migration } from './migration.ts';

/**
 * Runs one migration in its own transaction and records its version with it, so a
 * database is always exactly at one version: never between two.
 */
export function applyMigration(db: Db, m: Migration): void {
  db.transaction(() => {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  })();
}

/** Ordered by version; append only. A shipped migration is never edited. */
export const migrations: Migration[] = [initial, people, accounts, letters, examination, caseIntake, hearings, needsActionIndex, oneValidLetter, pybm, holidayNames, letterSigners, caseVersion, moralWithDiscipline, skDeliveryAppeals, temporaryRelease, siasnPersonId, deliveryOfficer, sanctionsRegister, accusedSuperiors, opdLetterhead, recordVersions, recommendations, caseIdentity, integrityPacts, recapIndex, bundleKeys, receivedBundles, caseCheckouts, bundleOutbox, checkoutTaken, receivedIndex];
