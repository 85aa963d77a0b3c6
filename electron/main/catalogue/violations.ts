import pp94v1 from '../../../resources/catalogue/violations-pp94-2021.json' with { type: 'json' };
import pp94 from '../../../resources/catalogue/violations-pp94-2021-v2.json' with { type: 'json' };
import pp53 from '../../../resources/catalogue/violations-pp53-2010.json' with { type: 'json' };
import etik from '../../../resources/catalogue/violations-etik-pp42-2004.json' with { type: 'json' };
import type { ViolationCatalogue, ViolationEntry } from '../../../shared/catalogue/types.ts';

/** The catalogue new cases are judged under; cases store its version. */
export const currentCatalogue: ViolationCatalogue = pp94 as ViolationCatalogue;

/**
 * Every shipped violation catalogue, by version. A case keeps the version it was judged
 * under, so an entry is never looked up in a newer catalogue than the case's own.
 */
export const violationCatalogues: readonly ViolationCatalogue[] = [currentCatalogue, pp94v1 as ViolationCatalogue, pp53 as ViolationCatalogue, etik as ViolationCatalogue];

const byVersion = new Map(violationCatalogues.map((c) => [c.version, c]));

/** The catalogue of a version with the entries of the catalogues it includes, or undefined. */
export function catalogueByVersion(version: string): ViolationCatalogue | undefined {
  const own = byVersion.get(version);
  if (!own) return undefined;
  const extra = (own.includes ?? []).flatMap((v) => byVersion.get(v)?.entries ?? []);
  return extra.length === 0 ? own : { ...own, entries: [...own.entries, ...extra] };
}

const included = new Set(violationCatalogues.flatMap((c) => c.includes ?? []));
const superseded = new Set(violationCatalogues.flatMap((c) => c.supersedes ?? []));

/**
 * The catalogues a new case can be judged under, each with the entries it includes: every
 * catalogue except lists that only exist to be included (the ethics list) and versions a
 * newer one supersedes (cases judged under those keep them: catalogueByVersion).
 */
export const judgedCatalogues: readonly ViolationCatalogue[] = violationCatalogues
  .filter((c) => !included.has(c.version) && !superseded.has(c.version))
  .map((c) => catalogueByVersion(c.version)!);

const currentByCode = new Map<string, ViolationEntry>(currentCatalogue.entries.map((e) => [e.code, e]));

/** Looks a violation up by code in the current catalogue. */
export function findViolation(code: string): ViolationEntry | undefined {
  return currentByCode.get(code);
}

/** Looks a violation up in the catalogue a case was judged under (falling back to the current one). */
export function findViolationIn(version: string, code: string): ViolationEntry | undefined {
  return catalogueByVersion(version)?.entries.find((e) => e.code === code) ?? findViolation(code);
}
