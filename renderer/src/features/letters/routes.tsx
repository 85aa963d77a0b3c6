import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const BulkPrintPage = lazyScreen(() => import('./BulkPrintPage.tsx'), 'BulkPrintPage');
const CaseLettersPage = lazyScreen(() => import('./CaseLettersPage.tsx'), 'CaseLettersPage');
const VerifyLetterPage = lazyScreen(() => import('./VerifyLetterPage.tsx'), 'VerifyLetterPage');
const OfficeSettingsPage = lazyScreen(() => import('./OfficeSettingsPage.tsx'), 'OfficeSettingsPage');
const LegalBasisPage = lazyScreen(() => import('./LegalBasisPage.tsx'), 'LegalBasisPage');

export const letterRoutes: RouteDef[] = [
  { pattern: '/cases/:id/letters', render: (p) => <CaseLettersPage caseId={Number(p.id)} />, reads: (p) => [['cases:get', { id: Number(p.id) }], ['letters:options', { id: Number(p.id) }]], requires: 'letters:options' },
  { pattern: '/letters/verify', render: () => <VerifyLetterPage />, nav: { labelKey: 'letterUi.navVerify', order: 60 }, requires: 'letters:verify' },
  { pattern: '/letters/bulk', render: () => <BulkPrintPage />, nav: { labelKey: 'letterUi.navBulk', order: 62 }, requires: 'letters:bulkStart' },
  { pattern: '/settings/letters', render: () => <OfficeSettingsPage />, reads: () => [['letters:settings', {}], ['letters:logo', {}]], nav: { labelKey: 'letterUi.navSettings', order: 88 }, requires: 'letters:saveSettings' },
  { pattern: '/settings/legal-basis', render: () => <LegalBasisPage />, reads: () => [['letters:legalBasis', {}]], nav: { labelKey: 'legalBasisUi.nav', order: 88.5 }, requires: 'letters:saveLegalBasis' },
];
