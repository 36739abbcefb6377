/**
 * The picture of an electronic seal (GB/T 38540 SES_Seal in a .esl file, or the SES_Signature of a
 * SignedValue.dat that carries the seal): a DER structure whose SES_ESPictrueInfo holds the picture as an
 * OCTET STRING — PNG, JPEG, GIF, BMP, or a one-page OFD package. Rather than decode the whole ASN.1 (its
 * layout differs between versions and vendors), the picture is found by its signature bytes and cut out by
 * the OCTET STRING length just before them, so only a well-formed picture payload is taken.
 */

export interface SealPicture {
  kind: 'image' | 'ofd';
  bytes: Buffer;
}

const SIGNATURES: { magic: Buffer; kind: SealPicture['kind'] }[] = [
  { magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), kind: 'image' },
  { magic: Buffer.from([0xff, 0xd8, 0xff]), kind: 'image' },
  { magic: Buffer.from('GIF8'), kind: 'image' },
  { magic: Buffer.from('BM'), kind: 'image' },
  { magic: Buffer.from([0x50, 0x4b, 0x03, 0x04]), kind: 'ofd' },
];

/** The length of the DER OCTET STRING whose contents start at `at`, or null when none ends there. */
function octetStringLength(bytes: Buffer, at: number): number | null {
  // Short form: 04 len; long form: 04 8n len(n bytes), n up to 4.
  if (at >= 2 && bytes[at - 2] === 0x04 && bytes[at - 1] < 0x80) return bytes[at - 1];
  for (let n = 1; n <= 4; n++) {
    const header = at - 2 - n;
    if (header < 0 || bytes[header] !== 0x04 || bytes[header + 1] !== (0x80 | n)) continue;
    let length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + bytes[header + 2 + i];
    return length;
  }
  return null;
}

export function sealPicture(bytes: Buffer): SealPicture | null {
  let best: (SealPicture & { at: number }) | null = null;
  for (const { magic, kind } of SIGNATURES) {
    for (let at = bytes.indexOf(magic); at >= 0; at = bytes.indexOf(magic, at + 1)) {
      const length = octetStringLength(bytes, at);
      if (length === null || length < 32 || at + length > bytes.length) continue;
      // The first picture in the structure is the seal's (a signature's certificates come after it).
      if (!best || at < best.at) best = { kind, bytes: bytes.subarray(at, at + length), at };
      break;
    }
  }
  return best && { kind: best.kind, bytes: best.bytes };
}
