/**
 * Parses each letter font once per process and lends the parsed font to every PDF.
 *
 * Why: pdfkit asks fontkit for a fresh font object for every document, and fontkit
 * decodes the GSUB/GPOS/glyph tables lazily on that object, so each letter paid about
 * two thirds of its render time re-decoding the same tables (profiled: 40 of 64 ms).
 * fontkit has a public `registerFormat` hook: we register a tiny format whose probe
 * recognises an 8-byte token and whose constructor hands back the already-parsed font
 * (a constructor may return another object). pdfmake reads the token from its virtual
 * file system, so fonts are also never read from disk per document. Each document
 * still builds its own subset, so the output bytes are the same as with file fonts
 * (a test compares them).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The parts of fontkit used here (it ships no types). */
interface FontkitModule {
  create: (buffer: Uint8Array) => unknown;
  registerFormat: (format: unknown) => void;
}

interface VirtualFs {
  writeFileSync: (name: string, content: Buffer) => void;
  existsSync: (name: string) => boolean;
}

const MAGIC = [0x53, 0x50, 0x4e, 0x46]; // "SPNF"
const parsed: unknown[] = [];
const byFile = new Map<string, number>();
let registered = false;

// pdfkit requires fontkit itself; resolve it from pdfkit's own location so the hook
// lands on the very module instance pdfkit uses (not a second copy).
function loadFontkit(): FontkitModule {
  const fromHere = createRequire(import.meta.url);
  const fromPdfmake = createRequire(fromHere.resolve('pdfmake'));
  const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
  return fromPdfkit('fontkit') as FontkitModule;
}

function tokenIndex(buffer: Uint8Array): number {
  if (buffer.length !== 8 || MAGIC.some((b, i) => buffer[i] !== b)) return -1;
  return new DataView(buffer.buffer, buffer.byteOffset, 8).getUint32(4);
}

function register(fontkit: FontkitModule): void {
  if (registered) return;
  class CachedFont {
    static probe(buffer: Uint8Array): boolean {
      return tokenIndex(buffer) >= 0 && tokenIndex(buffer) < parsed.length;
    }
    constructor(stream: { buffer: Uint8Array }) {
      // Returning an object from a constructor makes `new` yield it: the shared parsed font.
      return parsed[tokenIndex(stream.buffer)] as CachedFont;
    }
  }
  fontkit.registerFormat(CachedFont);
  registered = true;
}

/**
 * Puts a font file into pdfmake's virtual file system as a token that resolves to the
 * once-parsed font; returns the virtual name to use in `pdfmake.setFonts`.
 */
export function cachedFontName(file: string, vfs: VirtualFs): string {
  const fontkit = loadFontkit();
  register(fontkit);
  const abs = path.resolve(file);
  let index = byFile.get(abs);
  if (index === undefined) {
    index = parsed.length;
    parsed.push(fontkit.create(readFileSync(abs)));
    byFile.set(abs, index);
  }
  const token = Buffer.alloc(8);
  token.set(MAGIC, 0);
  token.writeUInt32BE(index, 4);
  const name = `sipena-fonts/${index}-${path.basename(abs)}`;
  if (!vfs.existsSync(name)) vfs.writeFileSync(name, token);
  return name;
}
