/**
 * What an issued letter must show, checked against the letter's own text as a PDF
 * reader extracts it. A layout engine can drop content without an error (a table row
 * taller than a page was silently left out), and an issued letter is the official
 * record, so issuing compares the printed text with what was recorded instead of
 * trusting the layout: the number, every person's name and NIP, the alleged violations
 * and, per type, the recorded text (each BAP question and answer, the LHP findings,
 * the hearing place).
 *
 * Matching ignores white space (lines wrap, justified lines are spread, NIPs are printed
 * in groups) and the invisible break hints the letters insert; everything else must be
 * there character for character. A text may continue on the following page (a long
 * answer), so it may be found in consecutive pieces, one per page.
 */
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import type { LetterInputs, LetterMeta, PersonInput, ViolationInput } from '../../../shared/letters/inputs.ts';

/** One recorded text that must appear, with what to call it when it does not (an i18n key under letters.content.*). */
export interface Expected {
  key: string;
  params?: Record<string, string | number>;
  text: string;
}

/** White space, zero-width space/joiner, word joiner, soft hyphen, BOM; a non-breaking hyphen reads as '-'. */
const INVISIBLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/gu;

/** The comparable form of a text: compatibility-normalised, without white space or break hints. */
export function comparable(s: string): string {
  return s.normalize('NFKC').replace(/\u2011/g, '-').replace(INVISIBLE, '');
}

function person(list: Expected[], who: 'accused' | 'examiner', p: PersonInput): void {
  list.push({ key: `${who}Name`, params: { name: p.name }, text: p.name });
  if (p.nip) list.push({ key: `${who}Nip`, params: { name: p.name }, text: p.nip });
}

function violations(list: Expected[], vs: readonly ViolationInput[]): void {
  vs.forEach((v, i) => list.push({ key: 'violation', params: { no: i + 1 }, text: v.title }));
}

/** Everything of a letter's input and number that its printed text must contain. */
export function expectedContent<T extends LetterType>(type: T, input: LetterInputs[T], meta: LetterMeta): Expected[] {
  const list: Expected[] = [];
  if (meta.number) list.push({ key: 'number', params: { number: meta.number }, text: meta.number });
  const any = input as LetterInputs[LetterType];
  if (type === 'receipt') {
    const c = (any as LetterInputs['receipt']).case;
    list.push({ key: 'registerNo', params: { number: c.registerNo }, text: c.registerNo });
    for (const a of c.accused) person(list, 'accused', a);
    violations(list, c.violations);
  } else if (type === 'summons1' || type === 'summons2') {
    const s = any as LetterInputs['summons1'];
    person(list, 'accused', s.accused);
    list.push({ key: 'examinerName', params: { name: s.examiner.name }, text: s.examiner.name });
    list.push({ key: 'place', text: s.hearing.place });
    violations(list, s.violations);
  } else if (type === 'order') {
    const o = any as LetterInputs['order'];
    for (const a of o.accused) person(list, 'accused', a);
    for (const m of o.team) person(list, 'examiner', m);
    // Each accused's direct superior examines as part of the team.
    for (const s of o.superiors ?? []) person(list, 'examiner', s.superior);
  } else if (type === 'bap') {
    const b = any as LetterInputs['bap'];
    person(list, 'accused', b.examinee);
    for (const m of b.examiners) list.push({ key: 'examinerName', params: { name: m.name }, text: m.name });
    for (const q of b.qa) {
      list.push({ key: 'question', params: { no: q.no }, text: q.question });
      list.push({ key: 'answer', params: { no: q.no }, text: q.answer });
    }
    if (b.refusedToSign && b.refusalNote) list.push({ key: 'refusal', text: b.refusalNote });
  } else if (type === 'lhp') {
    const l = any as LetterInputs['lhp'];
    person(list, 'accused', l.accused);
    violations(list, l.violations);
    const f = l.findings;
    const findings: [string, string | null][] = [
      ['violationForm', f.violationForm],
      ['violationTime', f.violationTime],
      ['violationPlace', f.violationPlace],
      ['aggravating', f.aggravating],
      ['mitigating', f.mitigating],
      ['impact', f.impact],
    ];
    for (const [field, text] of findings) if (text && text.trim() !== '') list.push({ key: `lhp.${field}`, text });
  } else if (type === 'sk' || type === 'moral') {
    const s = any as LetterInputs['sk'];
    person(list, 'accused', s.accused);
    violations(list, s.violations);
  } else if (type === 'delivery') {
    const s = any as LetterInputs['delivery'];
    person(list, 'accused', s.accused);
    list.push({ key: 'skNumber', params: { number: s.sk.number }, text: s.sk.number });
    if (s.delivery.refused && s.delivery.refusalReason) list.push({ key: 'refusalReceive', text: s.delivery.refusalReason });
    if (!s.delivery.refused && s.delivery.receivedBy) list.push({ key: 'receivedBy', text: s.delivery.receivedBy });
  } else if (type === 'release') {
    const r = any as LetterInputs['release'];
    person(list, 'accused', r.accused);
    violations(list, r.violations);
    list.push({ key: 'plhName', params: { name: r.plh.name }, text: r.plh.name });
    list.push({ key: 'plhNip', params: { name: r.plh.name }, text: r.plh.nip });
    list.push({ key: 'releaseReason', text: r.reason.replace(/[.;]+$/, '') });
  } else if (type === 'followup') {
    const f = any as LetterInputs['followup'];
    list.push({ key: 'recommendationNumber', params: { number: f.recommendation.number }, text: f.recommendation.number });
    for (const e of f.entries) {
      person(list, 'accused', e.person);
      if (e.outcome.kind === 'decided') list.push({ key: 'skNumber', params: { number: e.outcome.sk.number }, text: e.outcome.sk.number });
      if (e.outcome.kind === 'not_followed') list.push({ key: 'notFollowedReason', params: { name: e.person.name }, text: e.outcome.reason });
    }
  } else if (type === 'endnotice') {
    const n = any as LetterInputs['endnotice'];
    person(list, 'accused', n.accused);
    list.push({ key: 'skNumber', params: { number: n.sk.number }, text: n.sk.number });
  }
  return list.filter((e) => comparable(e.text) !== '');
}

/** Length of the longest prefix of `needle` that occurs in `hay` (prefix occurrence is monotone, so binary search). */
function longestPrefixIn(hay: string, needle: string): number {
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (hay.includes(needle.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether `needle` appears whole on one page, or in pieces continued page after page. */
function foundIn(pages: readonly string[], needle: string): boolean {
  if (pages.some((p) => p.includes(needle))) return true;
  for (let start = 0; start < pages.length - 1; start++) {
    let rest = needle;
    for (let p = start; p < pages.length && rest !== ''; p++) {
      const n = longestPrefixIn(pages[p]!, rest);
      if (n === 0) break;
      rest = rest.slice(n);
    }
    if (rest === '') return true;
  }
  return false;
}

/** The expected texts that the pages (body text per page, as extracted) do not contain. */
export function missingContent(expected: readonly Expected[], pageTexts: readonly string[]): Expected[] {
  const pages = pageTexts.map(comparable);
  return expected.filter((e) => !foundIn(pages, comparable(e.text)));
}
