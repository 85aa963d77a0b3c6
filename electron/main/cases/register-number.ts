/**
 * Fills the office's register-number template. Placeholders: {seq} (zero-padded to 4),
 * {year}. Default matches the common "REG/0042/INSP/2024" shape.
 */
export const DEFAULT_REGISTER_TEMPLATE = 'REG/{seq}/INSP/{year}';

export function formatRegisterNumber(template: string, seq: number, year: number): string {
  return template.replaceAll('{seq}', String(seq).padStart(4, '0')).replaceAll('{year}', String(year));
}
