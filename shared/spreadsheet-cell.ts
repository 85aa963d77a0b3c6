/**
 * Cells starting with = + - @ (or a tab/CR that hides one) are run as formulas by Excel
 * and LibreOffice when a CSV is opened ("CSV injection"). Sipena stores such text as it
 * was typed and never evaluates it; every export must pass cells through this escape.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet would treat this text as a formula. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/** The value made safe for a CSV/XLSX export: a leading apostrophe keeps it text. */
export function escapeSpreadsheetCell(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}
