/**
 * How letter text may break into lines. pdfmake breaks lines where Unicode line breaking
 * allows it, which includes after "/" and "-", and it justifies a line by spreading
 * every piece it broke the text into. So "800/1/SPT/INSP/2026" printed as
 * "800/1/ SPT/ INSP/2026", "Undang-Undang" as "Undang- Undang" and "IV/b" as "IV/ b",
 * and a long unbroken value (a 120-character link) set the minimum width of its table
 * column wider than the page, pushing text past the margin.
 *
 * Every text of a letter passes through here once (parts/document.ts):
 * - a word of up to CODE_MAX characters with "/" or "-" between letters or digits (a
 *   letter number, a register number, "IV/b", "Undang-Undang") becomes one unbreakable
 *   run, together with the space after it, so a justified line spreads only real spaces;
 * - an NIP's groups are joined by no-break spaces, and "NIP." stays with its number;
 * - a word longer than that gets zero-width break opportunities after its separators
 *   (and every BREAK_EVERY characters), so it wraps inside the margin.
 * The characters printed are unchanged: text extraction gives the number back exactly
 * (zero-width spaces aside, which readers drop when searching).
 * The font (Liberation Sans) has no glyph for the word joiner U+2060 or the non-breaking
 * hyphen U+2011, so runs are used instead of those characters.
 */
import type { Content } from 'pdfmake/interfaces.js';

/** Longest word kept whole; longer ones may break (a full-width line holds about 80 characters). */
export const CODE_MAX = 40;
/** A long word without separators gets a break opportunity this often. */
const BREAK_EVERY = 20;
const NBSP = '\u00a0';
const ZWSP = '\u200b';

const NIP = /\b(\d{8}) (\d{6}) (\d) (\d{3})\b|\b(\d{8}) (\d{4}) (\d{2}) (\d) (\d{3})\b/g;
const CODE = /[\p{L}\p{N}][/-][\p{L}\p{N}]/u;

type Run = string | { text: string; noWrap: true };

/** NIP groups joined by no-break spaces, and "NIP." held to its number. */
function glueNumbers(text: string): string {
  return text.replace(NIP, (m) => m.replace(/ /g, NBSP)).replace(/\bNIP\. (?=\d)/g, `NIP.${NBSP}`);
}

/** A long word with zero-width break opportunities after separators and at least every BREAK_EVERY characters. */
function breakable(word: string): string {
  let out = '';
  let since = 0;
  for (const ch of word) {
    out += ch;
    since++;
    if (/[/?&=#._\-,;:]/.test(ch) || since >= BREAK_EVERY) {
      out += ZWSP;
      since = 0;
    }
  }
  return out.endsWith(ZWSP) ? out.slice(0, -1) : out;
}

/** The runs of one text: codes unbreakable, long words breakable, the rest as it is. */
export function textRuns(text: string): Run[] {
  const parts = glueNumbers(text).split(/([ \t\r\n]+)/);
  const runs: Run[] = [];
  let plain = '';
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] ?? '';
    const space = parts[i + 1] ?? '';
    const length = [...word].length;
    if (length > CODE_MAX) {
      plain += breakable(word) + space;
    } else if (CODE.test(word) && !space.includes('\n')) {
      if (plain) runs.push(plain);
      plain = '';
      runs.push({ text: word + space, noWrap: true });
    } else {
      plain += word + space;
    }
  }
  if (plain) runs.push(plain);
  return runs;
}

/**
 * The inline pieces of a text array, flat: pdfmake does not pass a piece's style on to
 * a nested array (its flattening drops it), so each run carries its piece's style.
 */
function inlineRuns(item: unknown, style: Record<string, unknown>): unknown[] {
  if (typeof item === 'string') return textRuns(item).map((r) => (typeof r === 'string' ? (Object.keys(style).length ? { ...style, text: r } : r) : { ...style, ...r }));
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return [item];
  const { text, ...own } = item as Record<string, unknown>;
  const merged = { ...style, ...own };
  if (typeof text === 'string' || Array.isArray(text)) return (Array.isArray(text) ? text : [text]).flatMap((t: unknown) => inlineRuns(t, merged));
  return [item];
}

/** A text value for pdfmake: the string itself when nothing needs protecting, else its runs. */
function shapeText(text: unknown): unknown {
  if (typeof text === 'string') {
    const runs = textRuns(text);
    return runs.length === 1 && typeof runs[0] === 'string' ? runs[0] : runs;
  }
  if (Array.isArray(text)) return text.flatMap((item: unknown) => inlineRuns(item, {}));
  return text;
}

const CHILD_LISTS = ['stack', 'ol', 'ul', 'columns'] as const;

function shapeNode(node: unknown): unknown {
  if (typeof node === 'string') {
    const shaped = shapeText(node);
    return typeof shaped === 'string' ? shaped : { text: shaped };
  }
  if (Array.isArray(node)) return node.map(shapeNode);
  if (node === null || typeof node !== 'object') return node;
  const n = { ...(node as Record<string, unknown>) };
  // Nodes that are not text (images, canvas, QR) keep their strings: they are paths and data.
  if ('text' in n) n.text = shapeText(n.text);
  for (const key of CHILD_LISTS) if (Array.isArray(n[key])) n[key] = (n[key] as unknown[]).map(shapeNode);
  const table = n.table as { body?: unknown[][] } | undefined;
  if (table && Array.isArray(table.body)) n.table = { ...table, body: table.body.map((row) => (Array.isArray(row) ? row.map(shapeNode) : row)) };
  return n;
}

/** The letter content with every text shaped for line breaking (see the file comment). */
export function shapeContent(content: Content[]): Content[] {
  return content.map((c) => shapeNode(c) as Content);
}
