/**
 * A letter dated the day it is issued must not cite an event that happens after that
 * day: a summons II before the hearing the accused missed, an SK before the LHP it rests
 * on, a delivery record before the SK it delivers. Issuing refuses such a letter.
 */
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import type { LetterInputs } from '../../../shared/letters/inputs.ts';

export interface DateOrderProblem {
  key: string;
  params: Record<string, string>;
}

/** The first event the letter cites that lies after `date`, as an i18n key; null when none. */
export function dateOrderProblem(type: LetterType, input: LetterInputs[LetterType], date: string): DateOrderProblem | null {
  if (type === 'summons2') {
    const s = input as LetterInputs['summons2'];
    if (s.missedDate && date < s.missedDate) return { key: 'letters.datedBeforeMissed', params: { date, missed: s.missedDate } };
    if (s.previousSummons && date < s.previousSummons.date) return { key: 'letters.datedBeforeSummons1', params: { date, summons: s.previousSummons.number, summonsDate: s.previousSummons.date } };
  }
  if (type === 'sk') {
    const s = input as LetterInputs['sk'];
    if (s.lhpRef && date < s.lhpRef.date) return { key: 'letters.datedBeforeLhp', params: { date, lhp: s.lhpRef.number, lhpDate: s.lhpRef.date } };
  }
  if (type === 'delivery') {
    const s = input as LetterInputs['delivery'];
    if (date < s.sk.date) return { key: 'letters.datedBeforeSk', params: { date, sk: s.sk.number, skDate: s.sk.date } };
  }
  if (type === 'release') {
    const s = input as LetterInputs['release'];
    // Released "sejak yang bersangkutan diperiksa": the order cannot predate the examination it cites.
    if (date < s.examinedFrom) return { key: 'letters.datedBeforeExamination', params: { date, examined: s.examinedFrom } };
  }
  if (type === 'endnotice') {
    const s = input as LetterInputs['endnotice'];
    // The notice says the sanction has ended: not before its last day.
    if (date < s.endDate) return { key: 'letters.datedBeforeSanctionEnd', params: { date, end: s.endDate } };
  }
  return null;
}
