import Papa from 'papaparse';
import type { RawRow } from './raw-table.ts';
import { ImportFileError, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './raw-table.ts';

/**
 * Decodes CSV bytes. UTF-8 (with or without BOM) and UTF-16 with BOM (Excel's "Unicode
 * text") are read as such; anything that is not valid UTF-8 is read as Windows-1252,
 * which is what Excel on an Indonesian Windows writes, and the import says so.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string; transcoded: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE', transcoded: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE', transcoded: false };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new ImportFileError('importer.notText');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8', transcoded: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'Windows-1252', transcoded: true };
  }
}

function isBlank(code: number): boolean {
  return code === 10 || code === 13 || code === 32 || code === 9;
}

/** Parses CSV text (delimiter ; , tab or |, guessed; an Excel "sep=" line is honoured) into raw rows. */
export function parseCsvText(input: string): RawRow[] {
  // Files edited by hand mix CRLF and LF; papaparse picks one newline for the whole file.
  let text = input.replace(/\r\n?/g, '\n');
  let delimiter: string | undefined;
  let lineOffset = 0;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    lineOffset = 1;
  }
  const rows: RawRow[] = [];
  let cursor = 0;
  let line = 1;
  const advanceTo = (pos: number) => {
    for (let i = cursor; i < pos; i++) if (text.charCodeAt(i) === 10) line++;
    cursor = pos;
  };
  let tooMany = false;
  Papa.parse<string[]>(text, {
    ...(delimiter ? { delimiter } : { delimitersToGuess: [';', ',', '\t', '|'] }),
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      let start = cursor;
      while (start < text.length && isBlank(text.charCodeAt(start))) start++;
      advanceTo(start);
      const rowLine = line + lineOffset;
      advanceTo(Math.min(result.meta.cursor, text.length));
      if (rows.length > MAX_IMPORT_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      const row: RawRow = { line: rowLine, cells: result.data.slice(0, MAX_IMPORT_COLUMNS) };
      const err = result.errors[0];
      if (err) row.issue = { key: err.code === 'MissingQuotes' ? 'importer.csvUnclosedQuote' : 'importer.csvMalformed' };
      rows.push(row);
    },
  });
  if (tooMany) throw new ImportFileError('importer.tooManyRows', { max: MAX_IMPORT_ROWS });
  return rows;
}
