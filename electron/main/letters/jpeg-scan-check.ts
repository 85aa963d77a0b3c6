/**
 * A strict walk over a JPEG's entropy-coded scans (ITU-T T.81), without the pixel maths.
 *
 * pdf.js's decoder is made for viewing damaged PDFs: a flipped byte or a run of garbage in
 * the middle of the scan data leaves its Huffman decoder out of step, and it keeps going,
 * fills what it lost with grey and stops at the next marker without complaint. Such a
 * logo would print as smeared blocks on every letter. Here every block of every scan must
 * decode from valid Huffman codes, no run of coefficients may pass the end of its block,
 * restart markers must come exactly every restart interval in sequence, and each scan must
 * end, after at most seven 1-bits of padding, exactly where the next marker begins. Random
 * damage breaks one of these with near certainty.
 *
 * Baseline, extended and progressive Huffman JPEGs (SOF0, SOF1, SOF2) are walked; the rare
 * lossless, hierarchical and arithmetic-coded kinds are left to the pdf.js check.
 */

interface Component {
  id: number;
  h: number;
  v: number;
  /** Blocks per line and per column of this component's own plane. */
  blocksX: number;
  blocksY: number;
  /** Progressive refinement scans need to know which coefficients are already non-zero. */
  nonzero: Uint8Array | null;
  /** Quantisation table of the component. */
  tq: number;
  /** DC prediction, reset at each scan and restart. */
  pred: number;
}

interface Huffman {
  maxcode: Int32Array;
  valptr: Int32Array;
  mincode: Int32Array;
  values: Uint8Array;
}

class Damaged extends Error {}

function buildHuffman(counts: Uint8Array, values: Uint8Array): Huffman {
  const maxcode = new Int32Array(18).fill(-1);
  const valptr = new Int32Array(17);
  const mincode = new Int32Array(17);
  let code = 0;
  let k = 0;
  for (let l = 1; l <= 16; l++) {
    const n = counts[l - 1]!;
    if (n > 0) {
      valptr[l] = k;
      mincode[l] = code;
      code += n;
      k += n;
      maxcode[l] = code - 1;
    }
    code <<= 1;
  }
  return { maxcode, valptr, mincode, values };
}

/** Bits of one scan's entropy-coded data; reading into a marker is damage. */
class BitReader {
  private readonly b: Uint8Array;
  private pos: number;
  private byte = 0;
  private left = 0;
  constructor(b: Uint8Array, start: number) {
    this.b = b;
    this.pos = start;
  }

  bit(): number {
    if (this.left === 0) {
      const v = this.b[this.pos];
      if (v === undefined) throw new Damaged();
      if (v === 0xff) {
        if (this.b[this.pos + 1] !== 0x00) throw new Damaged();
        this.pos += 2;
      } else this.pos += 1;
      this.byte = v;
      this.left = 8;
    }
    this.left--;
    return (this.byte >> this.left) & 1;
  }

  bits(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v = (v << 1) | this.bit();
    return v;
  }

  decode(t: Huffman | undefined): number {
    if (!t) throw new Damaged();
    let code = this.bit();
    let l = 1;
    while (l <= 16 && (t.maxcode[l]! < 0 || code > t.maxcode[l]!)) {
      code = (code << 1) | this.bit();
      l++;
    }
    if (l > 16) throw new Damaged();
    const v = t.values[t.valptr[l]! + code - t.mincode[l]!];
    if (v === undefined) throw new Damaged();
    return v;
  }

  /** Ends the data before a marker: the padding bits must be 1s; returns the marker's offset. */
  align(): number {
    if (this.left > 0 && (this.byte & ((1 << this.left) - 1)) !== (1 << this.left) - 1) throw new Damaged();
    this.left = 0;
    if (this.b[this.pos] !== 0xff || this.b[this.pos + 1] === 0x00 || this.b[this.pos + 1] === undefined) throw new Damaged();
    return this.pos;
  }

  /** Steps over the restart marker expected here. */
  restart(expected: number): void {
    const at = this.align();
    if (this.b[at + 1] !== 0xd0 + expected) throw new Damaged();
    this.pos = at + 2;
  }
}

interface Scan {
  comps: { c: Component; dc: number; ac: number }[];
  ss: number;
  se: number;
  ah: number;
  al: number;
}

/** Walks one scan from `start`; returns the offset of the marker that ends it. */
/** The value of `t` extra bits as coded (T.81 F.2.2.1 EXTEND). */
function extend(v: number, t: number): number {
  return t === 0 ? 0 : v < 1 << (t - 1) ? v - (1 << t) + 1 : v;
}

function walkScan(
  b: Uint8Array,
  start: number,
  scan: Scan,
  frame: { progressive: boolean; mcusX: number; mcusY: number; precision: number },
  tables: { dc: Huffman[]; ac: Huffman[]; dcQuant: number[] },
  restartInterval: number,
): number {
  const r = new BitReader(b, start);
  const dcTables = tables.dc;
  const acTables = tables.ac;
  // An 8-bit 8x8 block's DC coefficient lies within +-1024 (8 times the mean sample), so
  // its quantised value within 1024 / Q (+1 for rounding); damaged data lets the DC
  // prediction drift past it. Size categories are bounded the same way.
  const dcBound = (c: Component) => Math.floor((8 << (frame.precision - 1)) / Math.max(1, tables.dcQuant[c.tq] ?? 1)) + 1;
  const maxDcSize = frame.precision + 3;
  const maxAcSize = frame.precision + 2;
  const dc = (sc: Scan['comps'][number]) => {
    const t = r.decode(dcTables[sc.dc]);
    if (t > maxDcSize) throw new Damaged();
    sc.c.pred += extend(r.bits(t), t);
    if (Math.abs(sc.c.pred << scan.al) > dcBound(sc.c)) throw new Damaged();
  };
  for (const sc of scan.comps) sc.c.pred = 0;
  const { ss, se, ah } = scan;
  const progressive = frame.progressive;
  if (progressive) {
    if (ss > se || se > 63 || (ss === 0 && se !== 0) || (ss > 0 && scan.comps.length !== 1)) throw new Damaged();
  } else if (ss !== 0 || se !== 63 || ah !== 0) throw new Damaged();
  let eobrun = 0;

  const block = (sc: Scan['comps'][number], blockIndex: number) => {
    const nz = sc.c.nonzero;
    const base = blockIndex * 64;
    if (!progressive) {
      dc(sc);
      for (let k = 1; k < 64; ) {
        const rs = r.decode(acTables[sc.ac]);
        const run = rs >> 4;
        const size = rs & 15;
        if (size === 0) {
          if (run !== 15) return;
          k += 16;
          if (k > 64) throw new Damaged();
          continue;
        }
        k += run;
        if (k > 63 || size > maxAcSize) throw new Damaged();
        r.bits(size);
        k++;
      }
      return;
    }
    if (ss === 0) {
      if (ah === 0) dc(sc);
      else r.bit();
      return;
    }
    if (ah === 0) {
      if (eobrun > 0) {
        eobrun--;
        return;
      }
      for (let k = ss; k <= se; ) {
        const rs = r.decode(acTables[sc.ac]);
        const run = rs >> 4;
        const size = rs & 15;
        if (size === 0) {
          if (run < 15) {
            eobrun = (1 << run) - 1 + (run ? r.bits(run) : 0);
            return;
          }
          k += 16;
          if (k > se + 1) throw new Damaged();
          continue;
        }
        k += run;
        if (k > se || size > maxAcSize) throw new Damaged();
        r.bits(size);
        nz![base + k] = 1;
        k++;
      }
      return;
    }
    // Successive approximation of AC coefficients (libjpeg's decode_mcu_AC_refine).
    let k = ss;
    if (eobrun === 0) {
      for (; k <= se; k++) {
        const rs = r.decode(acTables[sc.ac]);
        let run = rs >> 4;
        const size = rs & 15;
        if (size !== 0) {
          if (size !== 1) throw new Damaged();
          r.bit();
        } else if (run !== 15) {
          eobrun = (1 << run) + (run ? r.bits(run) : 0);
          break;
        }
        for (; k <= se; k++) {
          if (nz![base + k]) r.bit();
          else if (--run < 0) break;
        }
        if (size !== 0) {
          if (k > se) throw new Damaged();
          nz![base + k] = 1;
        }
      }
    }
    if (eobrun > 0) {
      for (; k <= se; k++) if (nz![base + k]) r.bit();
      eobrun--;
    }
  };

  const single = scan.comps.length === 1 ? scan.comps[0]! : null;
  const total = single ? single.c.blocksX * single.c.blocksY : frame.mcusX * frame.mcusY;
  for (let mcu = 0; mcu < total; mcu++) {
    if (restartInterval > 0 && mcu > 0 && mcu % restartInterval === 0) {
      r.restart((mcu / restartInterval - 1) % 8);
      eobrun = 0;
      for (const sc of scan.comps) sc.c.pred = 0;
    }
    if (single) {
      block(single, mcu);
      continue;
    }
    const mx = mcu % frame.mcusX;
    const my = Math.floor(mcu / frame.mcusX);
    for (const sc of scan.comps) {
      for (let v = 0; v < sc.c.v; v++) {
        for (let h = 0; h < sc.c.h; h++) {
          const bx = mx * sc.c.h + h;
          const by = my * sc.c.v + v;
          // Interleaved MCUs cover padding blocks past the plane's edge; they are still coded.
          block(sc, by < sc.c.blocksY && bx < sc.c.blocksX ? by * sc.c.blocksX + bx : 0);
        }
      }
    }
  }
  return r.align();
}

/**
 * True when every scan of a baseline, extended or progressive Huffman JPEG decodes exactly
 * (see the file comment); also true for the JPEG kinds this walk does not cover.
 */
export function jpegScansComplete(b: Uint8Array): boolean {
  try {
    return walk(b);
  } catch (e) {
    if (e instanceof Damaged) return false;
    throw e;
  }
}

function walk(b: Uint8Array): boolean {
  const u16 = (i: number) => {
    if (i + 1 >= b.length) throw new Damaged();
    return (b[i]! << 8) | b[i + 1]!;
  };
  const dcTables: Huffman[] = [];
  const acTables: Huffman[] = [];
  const dcQuant: number[] = [];
  let comps: Component[] = [];
  let frame: { progressive: boolean; mcusX: number; mcusY: number; precision: number } | null = null;
  let restartInterval = 0;
  let scans = 0;
  let i = 2;
  for (;;) {
    if (b[i] !== 0xff) throw new Damaged();
    while (b[i] === 0xff) i++;
    const marker = b[i];
    if (marker === undefined) throw new Damaged();
    i++;
    if (marker === 0xd9) return frame !== null && scans > 0;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    const len = u16(i);
    const seg = i + 2;
    const end = i + len;
    if (len < 2 || end > b.length) throw new Damaged();
    if (marker === 0xc0 || marker === 0xc1 || marker === 0xc2) {
      if (frame) throw new Damaged();
      const precision = b[seg]!;
      if (precision !== 8 && precision !== 12) throw new Damaged();
      const height = u16(seg + 1);
      const width = u16(seg + 3);
      const n = b[seg + 5]!;
      if (height === 0 || width === 0 || n === 0 || seg + 6 + n * 3 > end) return true; // DNL-sized frames: left to pdf.js
      comps = [];
      for (let c = 0; c < n; c++) {
        const at = seg + 6 + c * 3;
        const hv = b[at + 1]!;
        comps.push({ id: b[at]!, h: hv >> 4, v: hv & 15, blocksX: 0, blocksY: 0, nonzero: null, tq: b[at + 2]! & 3, pred: 0 });
      }
      if (comps.some((c) => c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4)) throw new Damaged();
      const hmax = Math.max(...comps.map((c) => c.h));
      const vmax = Math.max(...comps.map((c) => c.v));
      const progressive = marker === 0xc2;
      for (const c of comps) {
        c.blocksX = Math.ceil(Math.ceil((width * c.h) / hmax) / 8);
        c.blocksY = Math.ceil(Math.ceil((height * c.v) / vmax) / 8);
        if (progressive) c.nonzero = new Uint8Array(c.blocksX * c.blocksY * 64);
      }
      frame = { progressive, mcusX: Math.ceil(width / (8 * hmax)), mcusY: Math.ceil(height / (8 * vmax)), precision };
    } else if (marker >= 0xc3 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8) {
      return true; // lossless, hierarchical or arithmetic-coded (DAC included): left to pdf.js
    } else if (marker === 0xc4) {
      let p = seg;
      while (p < end) {
        const tcth = b[p]!;
        const counts = b.subarray(p + 1, p + 17);
        const n = counts.reduce((s, x) => s + x, 0);
        if (counts.length !== 16 || p + 17 + n > end || (tcth & 15) > 3 || tcth >> 4 > 1) throw new Damaged();
        const table = buildHuffman(counts, b.subarray(p + 17, p + 17 + n));
        (tcth >> 4 === 0 ? dcTables : acTables)[tcth & 15] = table;
        p += 17 + n;
      }
    } else if (marker === 0xdb) {
      let p = seg;
      while (p < end) {
        const pq = b[p]! >> 4;
        const tq = b[p]! & 3;
        dcQuant[tq] = pq ? u16(p + 1) : b[p + 1]!;
        p += 1 + (pq ? 128 : 64);
      }
    } else if (marker === 0xdd) {
      restartInterval = u16(seg);
    } else if (marker === 0xda) {
      if (!frame) throw new Damaged();
      const n = b[seg]!;
      if (n < 1 || n > 4 || seg + 1 + n * 2 + 3 > end) throw new Damaged();
      const scanComps: Scan['comps'] = [];
      for (let c = 0; c < n; c++) {
        const id = b[seg + 1 + c * 2]!;
        const t = b[seg + 2 + c * 2]!;
        const comp = comps.find((x) => x.id === id);
        if (!comp) throw new Damaged();
        scanComps.push({ c: comp, dc: t >> 4, ac: t & 15 });
      }
      const p = seg + 1 + n * 2;
      const scan: Scan = { comps: scanComps, ss: b[p]!, se: b[p + 1]!, ah: b[p + 2]! >> 4, al: b[p + 2]! & 15 };
      i = walkScan(b, end, scan, frame, { dc: dcTables, ac: acTables, dcQuant }, restartInterval);
      scans++;
      continue;
    }
    i = end;
  }
}
