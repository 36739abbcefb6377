/**
 * Bytes of a received plain-text notice → text: UTF-8 (with or without BOM), UTF-16 LE/BE (with or
 * without BOM) or GB18030 (which covers GBK and GB2312), told apart from the bytes; binary data and
 * empty files are refused with a Chinese sentence.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: string };

const NOT_TEXT = '文件不是文本（可能是二进制文件），请选择纯文本（.txt）文件';
const EMPTY = '文件是空的';

/** Enough bytes to judge the byte pattern of a file without reading all of it. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of a text's characters that may be control characters or U+FFFD before it counts as binary. */
const MAX_BAD_SHARE = 0.01;
/** Share of characters that may come out broken for a file still to be read as UTF-8. */
const MAX_BROKEN_UTF8_SHARE = 0.001;
/** Share of the high bytes of BOM-less UTF-16 that fall where Chinese text puts them. */
const MIN_UTF16_HIGH_SHARE = 0.9;

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: EMPTY };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return accept(decode('utf-8', bytes.subarray(3)), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return accept(decode('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return accept(decode('utf-16be', bytes.subarray(2)), 'utf-16be');

  // Without NULs, valid UTF-8 is UTF-8 (pure ASCII would otherwise pass the UTF-16 test below).
  const hasNul = bytes.includes(0);
  if (!hasNul) {
    const utf8 = decodeStrictUtf8(bytes);
    if (utf8 !== null) return accept(utf8, 'utf-8');
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return accept(decode(utf16, bytes), utf16);
  if (hasNul) return { ok: false, error: NOT_TEXT };
  // UTF-8 with a stray broken byte (a cut-off last character) is still UTF-8: read as GB18030 it
  // would turn into nonsense, while GB18030 read as UTF-8 breaks at nearly every character.
  const lenient = decode('utf-8', bytes);
  if (countReplacements(lenient) <= lenient.length * MAX_BROKEN_UTF8_SHARE) return accept(lenient, 'utf-8');
  return accept(decode('gb18030', bytes), 'gb18030');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The high byte of a UTF-16 code unit in a Chinese notice is almost always 00 (ASCII), 20 (“”—…),
 * 25 (○), 30 (、。〔〕), FF (full-width forms) or 4E–9F (CJK ideographs); the low byte is anything.
 * So the byte positions that hold high bytes give the byte order away, BOM or not.
 */
function isUtf16HighByte(b: number): boolean {
  return b === 0x00 || b === 0x20 || b === 0x25 || b === 0x30 || b === 0xff || (b >= 0x4e && b <= 0x9f);
}

function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 2) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < length; i += 2) {
    if (isUtf16HighByte(bytes[i])) evenHigh++;
    if (isUtf16HighByte(bytes[i + 1])) oddHigh++;
  }
  const units = length / 2;
  const le = oddHigh / units;
  const be = evenHigh / units;
  if (le >= MIN_UTF16_HIGH_SHARE && le >= be) return 'utf-16le';
  if (be >= MIN_UTF16_HIGH_SHARE) return 'utf-16be';
  return null;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function accept(text: string, encoding: TextEncodingName): DecodeResult {
  if (text.length === 0) return { ok: false, error: EMPTY };
  return looksLikeText(text) ? { ok: true, text, encoding } : { ok: false, error: NOT_TEXT };
}

/** No NUL, and hardly any other control character or undecodable byte (U+FFFD). */
function looksLikeText(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
    if (control || c === 0xfffd) bad++;
  }
  return bad <= text.length * MAX_BAD_SHARE;
}
