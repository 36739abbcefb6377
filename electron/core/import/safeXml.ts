/**
 * A small XML reader for the packages import opens (OFD). It builds a plain element tree and refuses
 * what only an attack needs: a DOCTYPE (so no external entities, no entity expansion "billion laughs")
 * and nesting deeper than any real document. Only the five predefined and numeric character references
 * are decoded. Namespace prefixes are dropped from names: OFD writers differ in the prefix they use.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (CDATA included), in order. */
  text: string;
}

export class XmlRefused extends Error {}

const MAX_DEPTH = 256;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g, (all, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity] ?? all;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a document; throws XmlRefused for a DOCTYPE or runaway nesting, Error for malformed XML. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    const current = stack[stack.length - 1];
    if (open < 0 || open > at) {
      const end = open < 0 ? xml.length : open;
      if (stack.length > 1) current.text += decodeReferences(xml.slice(at, end));
      at = end;
      continue;
    }
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4);
      if (end < 0) throw new Error('unterminated comment');
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', at)) {
      const end = xml.indexOf(']]>', at + 9);
      if (end < 0) throw new Error('unterminated CDATA');
      current.text += xml.slice(at + 9, end);
      at = end + 3;
    } else if (xml.startsWith('<!', at)) {
      // <!DOCTYPE, <!ENTITY: declarations are how entity bombs and external entities get in.
      throw new XmlRefused('DOCTYPE');
    } else if (xml.startsWith('<?', at)) {
      const end = xml.indexOf('?>', at + 2);
      if (end < 0) throw new Error('unterminated processing instruction');
      at = end + 2;
    } else if (xml.startsWith('</', at)) {
      const end = xml.indexOf('>', at);
      if (end < 0) throw new Error('unterminated end tag');
      const name = localName(xml.slice(at + 2, end).trim());
      if (stack.length < 2 || current.name !== name) throw new Error(`mismatched </${name}>`);
      stack.pop();
      at = end + 1;
    } else {
      const end = tagEnd(xml, at);
      const selfClosing = xml[end - 1] === '/';
      const inner = xml.slice(at + 1, selfClosing ? end - 1 : end);
      const nameEnd = inner.search(/[\s/]|$/);
      const element: XmlElement = { name: localName(inner.slice(0, nameEnd)), attributes: {}, children: [], text: '' };
      if (!element.name) throw new Error('empty tag name');
      ATTRIBUTE.lastIndex = nameEnd;
      for (let m = ATTRIBUTE.exec(inner); m !== null; m = ATTRIBUTE.exec(inner)) {
        element.attributes[localName(m[1])] = decodeReferences(m[2] ?? m[3]);
      }
      current.children.push(element);
      if (!selfClosing) {
        if (stack.length > MAX_DEPTH) throw new XmlRefused('nesting');
        stack.push(element);
      }
      at = end + 1;
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('not one root element');
  return root.children[0];
}

/** The ">" closing the tag at `start`, skipping quoted attribute values. */
function tagEnd(xml: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  throw new Error('unterminated tag');
}

export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
export const childNamed = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);

/** Every descendant named `name`, in document order. */
export function descendantsNamed(element: XmlElement, name: string, into: XmlElement[] = []): XmlElement[] {
  for (const child of element.children) {
    if (child.name === name) into.push(child);
    descendantsNamed(child, name, into);
  }
  return into;
}
