import { MONTHS_ID } from './dates.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Reads a date the way clerks type it: 20/10/2024, 20-10-2024, 2024-10-20 or
 * "20 Oktober 2024" (month names in Indonesian or English, any case). Returns ISO or null.
 */
export function parseTypedDate(input: string): string | null {
  const s = input.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(s);
  if (m) {
    const name = m[2]!;
    const en = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    const idx = MONTHS_ID.findIndex((x, i) => x.toLowerCase().startsWith(name.slice(0, 3)) || en[i]!.startsWith(name.slice(0, 3)));
    if (idx >= 0 && name.length >= 3) return valid(Number(m[3]), idx + 1, Number(m[1]));
  }
  return null;
}
