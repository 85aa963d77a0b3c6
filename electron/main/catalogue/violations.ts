import catalogueData from '../../../resources/catalogue/violations-pp94-2021.json' with { type: 'json' };
import type { ViolationCatalogue, ViolationEntry } from '../../../shared/catalogue/types.ts';

/** The catalogue new cases are judged under; cases store its version. */
export const currentCatalogue: ViolationCatalogue = catalogueData as ViolationCatalogue;

const byCode = new Map<string, ViolationEntry>(currentCatalogue.entries.map((e) => [e.code, e]));

/** Looks a violation up by code in the current catalogue. */
export function findViolation(code: string): ViolationEntry | undefined {
  return byCode.get(code);
}
