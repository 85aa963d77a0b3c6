/**
 * Letter type -> document definition. The one table the service, the CLI and the bench
 * use, so adding a type is one function plus one entry here.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import type { LetterInputs, LetterMeta } from '../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../shared/letters/office-settings.ts';
import type { LetterAssets } from './parts/document.ts';
import { bapLetter } from './types/bap.ts';
import { deliveryLetter } from './types/delivery.ts';
import { endNoticeLetter } from './types/endnotice.ts';
import { followUpLetter } from './types/followup.ts';
import { lhpLetter } from './types/lhp.ts';
import { moralLetter } from './types/moral.ts';
import { orderLetter } from './types/order.ts';
import { receiptLetter } from './types/receipt.ts';
import { releaseLetter } from './types/release.ts';
import { skLetter } from './types/sk.ts';
import { summaryLetter } from './types/summary.ts';
import { summonsLetter } from './types/summons.ts';

type Builder<T extends LetterType> = (input: LetterInputs[T], office: OfficeSettings, meta: LetterMeta, assets: LetterAssets) => TDocumentDefinitions;

const builders: { [T in LetterType]: Builder<T> } = {
  receipt: receiptLetter,
  summons1: summonsLetter,
  summons2: summonsLetter,
  order: orderLetter,
  bap: bapLetter,
  lhp: lhpLetter,
  sk: skLetter,
  moral: moralLetter,
  summary: summaryLetter,
  delivery: deliveryLetter,
  release: releaseLetter,
  endnotice: endNoticeLetter,
  followup: followUpLetter,
};

/** The document definition of one letter. */
export function buildLetter<T extends LetterType>(type: T, input: LetterInputs[T], office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  return (builders[type] as Builder<T>)(input, office, meta, assets);
}
