/**
 * A small scanner for the few WordprocessingML elements import needs (paragraphs, their numbering
 * properties and text; numbering.xml levels; styles' numbering). OOXML is machine-written, so matching
 * tags in order is enough; no XML library is bundled for this.
 */

export interface XmlTag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: string;
  /** Offset just after the tag. */
  end: number;
}

const TAG = /<(\/?)([A-Za-z][\w.-]*:[\w.-]+)((?:\s[^>]*?)?)(\/?)>/g;

export function* scanTags(xml: string): Generator<XmlTag> {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    yield { name: m[2], closing: m[1] === '/', selfClosing: m[4] === '/', attributes: m[3], end: TAG.lastIndex };
  }
}

export function attribute(attributes: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? decodeEntities(m[1] ?? m[2]) : null;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_all, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity] ?? '';
  });
}

/** The character data right after a start tag, up to the next tag. */
export function textAfter(xml: string, tag: XmlTag): string {
  const next = xml.indexOf('<', tag.end);
  return decodeEntities(xml.slice(tag.end, next < 0 ? xml.length : next));
}
