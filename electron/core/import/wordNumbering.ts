/**
 * Word 97–2003 automatic numbering, which word-extractor drops (no npm library exposes a .doc's list
 * properties): read from the binary structures of [MS-DOC] — the FIB, the piece table (Clx), each
 * paragraph's properties (PlcfBtePapx → PapxFkp, sprmPIlfo/sprmPIlvl), the lists (PlfLst with their LVLs)
 * and their instances (PlfLfo) — and gives each paragraph of the main text its marker as Word displays it
 * ("一、", "（一）", "1."). Anything out of bounds ends the reading with what was found: a damaged table
 * stream costs the markers, never the import.
 */
import type CFB from 'cfb';
import { formatNumber, type DocxParagraph } from './docxNumbering';

interface Level {
  start: number;
  format: string;
  /** The level text (xst) with its placeholders: the code units at the 1-based positions in `places`. */
  text: string;
  places: number[];
  /** fLegal: every number shown in decimal. */
  legal: boolean;
}

interface List {
  levels: Level[];
  /** The levels' formats and texts: lists that look alike count as one (see `counters`). */
  signature: string;
}

interface Instance {
  lsid: number;
  startOverrides: Map<number, number>;
}

/** [MS-DOC] 2.9.158 nfc (MSONFC) → the OOXML name formatNumber knows. */
const NFC: Record<number, string> = {
  0: 'decimal',
  1: 'upperRoman',
  2: 'lowerRoman',
  3: 'upperLetter',
  4: 'lowerLetter',
  11: 'japaneseCounting',
  14: 'decimalFullWidth',
  18: 'decimalEnclosedCircle',
  19: 'decimalFullWidth2',
  22: 'decimalZero',
  23: 'bullet',
  28: 'decimalEnclosedCircleChinese',
  30: 'ideographTraditional',
  33: 'taiwaneseCounting',
  37: 'chineseCounting',
  38: 'chineseLegalSimplified',
  39: 'chineseCountingThousand',
  255: 'none',
};

const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;
const SPRM_P_CHG_TABS = 0xc615;
const SPRM_T_DEF_TABLE = 0xd608;

class OutOfBounds extends Error {}

/** Bounds-checked little-endian reads: a damaged offset throws OutOfBounds instead of reading garbage. */
function reader(buffer: Buffer) {
  const check = (at: number, size: number) => {
    if (!Number.isInteger(at) || at < 0 || at + size > buffer.length) throw new OutOfBounds();
    return at;
  };
  return {
    buffer,
    u8: (at: number) => buffer[check(at, 1)],
    u16: (at: number) => buffer.readUInt16LE(check(at, 2)),
    i16: (at: number) => buffer.readInt16LE(check(at, 2)),
    u32: (at: number) => buffer.readUInt32LE(check(at, 4)),
    i32: (at: number) => buffer.readInt32LE(check(at, 4)),
  };
}
type Reader = ReturnType<typeof reader>;

/** Where in the table stream a structure lies (a FIB pair: offset and size). */
type FcLcb = { fc: number; lcb: number };

/** The size of a sprm's operand at `at` ([MS-DOC] 2.2.5.1: spra, with three sprms of their own kind). */
function operandSize(sprm: number, r: Reader, at: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
  }
  if (sprm === SPRM_T_DEF_TABLE) return r.u16(at) + 1;
  if (sprm === SPRM_P_CHG_TABS && r.u8(at) === 255) {
    const deleted = r.u8(at + 1);
    const added = r.u8(at + 2 + deleted * 4);
    return 1 + 1 + deleted * 4 + 1 + added * 3;
  }
  return r.u8(at) + 1;
}

/** The list level (ilvl) and list instance (ilfo) a grpprl of paragraph sprms sets. */
function listOfGrpprl(r: Reader, start: number, end: number): { ilvl: number; ilfo: number } {
  let ilvl = 0;
  let ilfo = 0;
  for (let at = start; at + 2 <= end;) {
    const sprm = r.u16(at);
    at += 2;
    if (sprm === SPRM_P_ILVL) ilvl = r.u8(at);
    else if (sprm === SPRM_P_ILFO) ilfo = r.i16(at);
    at += operandSize(sprm, r, at);
  }
  return { ilvl, ilfo };
}

/** LVL at `at`: its level and the offset after it. */
function readLevel(r: Reader, at: number): { level: Level; next: number } {
  const places: number[] = [];
  for (let i = 0; i < 9; i++) {
    const place = r.u8(at + 6 + i);
    if (place === 0) break;
    places.push(place);
  }
  const xst = at + 28 + r.u8(at + 25) + r.u8(at + 24);
  const length = r.u16(xst);
  if (length > 0) r.u8(xst + 1 + length * 2); // its last byte is in the stream
  const level: Level = {
    start: r.i32(at),
    format: NFC[r.u8(at + 4)] ?? 'decimal',
    text: r.buffer.toString('utf16le', xst + 2, xst + 2 + length * 2),
    places,
    legal: (r.u8(at + 5) & 0x04) !== 0,
  };
  return { level, next: xst + 2 + length * 2 };
}

/** PlfLst and the LVLs that follow it: the lists by lsid. */
function readLists(table: Reader, { fc, lcb }: FcLcb): Map<number, List> {
  const lists = new Map<number, List>();
  if (lcb === 0) return lists;
  const count = table.i16(fc);
  let at = fc + lcb;
  for (let i = 0; i < count; i++) {
    const lstf = fc + 2 + i * 28;
    const simple = (table.u8(lstf + 26) & 0x01) !== 0;
    const levels: Level[] = [];
    for (let l = 0; l < (simple ? 1 : 9); l++) {
      const { level, next } = readLevel(table, at);
      levels.push(level);
      at = next;
    }
    lists.set(table.i32(lstf), { levels, signature: JSON.stringify(levels) });
  }
  return lists;
}

/** PlfLfo: the list instances by their 1-based ilfo, with their start-at overrides. */
function readInstances(table: Reader, { fc, lcb }: FcLcb): Instance[] {
  if (lcb === 0) return [];
  const count = table.i32(fc);
  const instances: Instance[] = [];
  let data = fc + 4 + count * 16;
  for (let i = 0; i < count; i++) {
    const lfo = fc + 4 + i * 16;
    const startOverrides = new Map<number, number>();
    data += 4;
    for (let o = 0; o < table.u8(lfo + 12); o++) {
      const flags = table.u32(data + 4);
      if (flags & 0x10) startOverrides.set(flags & 0x0f, table.i32(data));
      data += 8;
      if (flags & 0x20) data = readLevel(table, data).next;
    }
    instances.push({ lsid: table.i32(lfo), startOverrides });
  }
  return instances;
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's text in the WordDocument stream. */
  fc: number;
  /** 8-bit (cp1252) text rather than UTF-16. */
  compressed: boolean;
}

/** The piece table (Clx → Pcdt → PlcPcd). */
function readPieces(table: Reader, { fc, lcb }: FcLcb): Piece[] {
  let at = fc;
  while (at < fc + lcb && table.u8(at) === 0x01) at += 3 + table.i16(at + 1);
  if (table.u8(at) !== 0x02) throw new OutOfBounds();
  const size = table.u32(at + 1);
  const plc = at + 5;
  const count = (size - 4) / 12;
  if (!Number.isInteger(count)) throw new OutOfBounds();
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const raw = table.u32(plc + (count + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const offset = raw & 0x3fffffff;
    pieces.push({ cpStart: table.i32(plc + i * 4), cpEnd: table.i32(plc + i * 4 + 4), fc: compressed ? offset / 2 : offset, compressed });
  }
  return pieces;
}

/** The ilvl/ilfo of the paragraph whose mark is at byte `fc` of the WordDocument stream. */
function paragraphList(word: Reader, table: Reader, bte: FcLcb, fc: number) {
  const count = (bte.lcb - 4) / 8;
  for (let i = 0; i < count; i++) {
    if (fc < table.u32(bte.fc + i * 4) || fc >= table.u32(bte.fc + i * 4 + 4)) continue;
    const page = (table.u32(bte.fc + (count + 1) * 4 + i * 4) & 0x3fffff) * 512;
    const runs = word.u8(page + 511);
    for (let j = 0; j < runs; j++) {
      if (fc < word.u32(page + j * 4) || fc >= word.u32(page + j * 4 + 4)) continue;
      const offset = word.u8(page + (runs + 1) * 4 + j * 13) * 2;
      if (offset === 0) return { ilvl: 0, ilfo: 0 };
      const cb = word.u8(page + offset);
      const start = cb === 0 ? page + offset + 2 : page + offset + 1;
      const length = cb === 0 ? word.u8(page + offset + 1) * 2 : cb * 2 - 1;
      // GrpPrlAndIstd: the style index (2 bytes), then the sprms.
      return listOfGrpprl(word, start + 2, start + length);
    }
  }
  return { ilvl: 0, ilfo: 0 };
}

/** The FIB's FibRgFcLcb97 pair `index` (fc, lcb): where in the table stream a structure lies. */
function fcLcb(word: Reader, index: number): FcLcb {
  const csw = word.u16(32);
  const cslw = word.u16(34 + csw * 2);
  const pairs = word.u16(36 + csw * 2 + cslw * 4);
  if (index >= pairs) return { fc: 0, lcb: 0 };
  const at = 38 + csw * 2 + cslw * 4 + index * 8;
  return { fc: word.u32(at), lcb: word.u32(at + 4) };
}

const FC_PLCF_BTE_PAPX = 13;
const FC_CLX = 33;
const FC_PLF_LST = 73;
const FC_PLF_LFO = 74;

/** Word's own encryption (fEncrypted in the FIB): the streams are RC4 or XOR noise. */
export function isEncryptedWord(file: CFB.CFB$Container): boolean {
  const word = file.FileIndex.find((entry) => entry.name === 'WordDocument')?.content;
  return !!word && word.length >= 12 && (Buffer.from(word).readUInt16LE(10) & 0x0100) !== 0;
}

/** Every paragraph of the main text in order, with its text and its automatic number; [] when unreadable. */
export function wordParagraphs(file: CFB.CFB$Container): DocxParagraph[] {
  const streamOf = (name: string) => {
    const content = file.FileIndex.find((entry) => entry.name === name)?.content;
    return content ? reader(Buffer.from(content as Uint8Array)) : null;
  };
  const word = streamOf('WordDocument');
  if (!word) return [];
  const paragraphs: DocxParagraph[] = [];
  try {
    const table = streamOf(word.u16(10) & 0x0200 ? '1Table' : '0Table');
    if (!table) return [];
    const csw = word.u16(32);
    const ccpText = word.i32(34 + csw * 2 + 2 + 3 * 4);
    const lists = readLists(table, fcLcb(word, FC_PLF_LST));
    const instances = readInstances(table, fcLcb(word, FC_PLF_LFO));
    const pieces = readPieces(table, fcLcb(word, FC_CLX));
    const bte = fcLcb(word, FC_PLCF_BTE_PAPX);
    // Counters by the list's look, not its lsid: LibreOffice and WPS write a restarted or continued list as a
    // copy of the list under a new lsid, and the clauses of a notice are one numbering (一、… 二、…).
    const counters = new Map<string, number[]>();
    const started = new Set<number>();

    const markerFor = (ilfo: number, ilvl: number): string => {
      const instance = instances[ilfo - 1];
      const list = instance && lists.get(instance.lsid);
      const level = list?.levels[ilvl];
      if (!instance || !list || !level) return '';
      let counter = counters.get(list.signature);
      if (!counter) {
        counter = Array.from({ length: 9 }, (_, i) => (list.levels[i]?.start ?? 1) - 1);
        counters.set(list.signature, counter);
      }
      if (!started.has(ilfo)) {
        started.add(ilfo);
        for (const [i, start] of instance.startOverrides) counter[i] = start - 1;
      }
      counter[ilvl] += 1;
      for (let deeper = ilvl + 1; deeper < 9; deeper++) counter[deeper] = (list.levels[deeper]?.start ?? 1) - 1;
      if (level.format === 'bullet' || level.format === 'none') return '';
      return [...level.text]
        .map((char, i) => {
          const code = char.charCodeAt(0);
          if (code > 8 || !level.places.includes(i + 1)) return char;
          return formatNumber(counter[code], level.legal ? 'decimal' : (list.levels[code]?.format ?? 'decimal'));
        })
        .join('');
    };

    let text = '';
    for (const piece of pieces) {
      for (let cp = Math.max(0, piece.cpStart); cp < Math.min(piece.cpEnd, ccpText); cp++) {
        const fc = piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2);
        const code = piece.compressed ? word.u8(fc) : word.u16(fc);
        // A paragraph mark, or the end of a table cell (also a paragraph end).
        if (code === 0x0d || code === 0x07) {
          const { ilvl, ilfo } = paragraphList(word, table, bte, fc);
          paragraphs.push({ text: withoutFieldCodes(text), marker: ilfo > 0 ? markerFor(ilfo, Math.min(ilvl, 8)) : '' });
          text = '';
        } else text += String.fromCharCode(code);
      }
    }
  } catch (error) {
    if (!(error instanceof OutOfBounds)) throw error;
  }
  return paragraphs;
}

/** A field shows its result (between 0x14 and 0x15), not its code (between 0x13 and 0x14). */
const [BEGIN, SEPARATE, END] = [0x13, 0x14, 0x15].map((code) => String.fromCharCode(code));
const FIELD = new RegExp(`${BEGIN}[^${BEGIN}${SEPARATE}${END}]*${SEPARATE}?([^${BEGIN}${SEPARATE}${END}]*)${END}`, 'g');

function withoutFieldCodes(text: string): string {
  let previous = '';
  while (previous !== text) {
    previous = text;
    text = text.replace(FIELD, '$1');
  }
  return text;
}
