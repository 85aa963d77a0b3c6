/**
 * Acting/interim titles printed before an office title: Pelaksana tugas, Pelaksana harian,
 * Penjabat, Penjabat sementara (the regional head's stand-in during the 2024 campaign).
 */
export const SIGNATORY_PREFIXES = ['', 'Plt.', 'Plh.', 'Pj.', 'Pjs.'] as const;
export type SignatoryPrefix = (typeof SIGNATORY_PREFIXES)[number];

/** Prefixes of officials who only stand in for a day-to-day or interim task (a Plh or Plt). */
export const STAND_IN_PREFIXES: readonly SignatoryPrefix[] = ['Plt.', 'Plh.'];
