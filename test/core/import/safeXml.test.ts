import { describe, expect, it } from 'vitest';
import { parseXml, XmlRefused } from '../../../electron/core/import/safeXml';

describe('safe XML reader', () => {
  it('reads elements, attributes without prefixes, character references and CDATA', () => {
    const root = parseXml(
      '\ufeff<?xml version="1.0"?><!-- c --><ofd:A ofd:k="a&amp;b" j=\'>\'><ofd:B>x&lt;&#x4E00;<![CDATA[<y>]]></ofd:B><C/></ofd:A>',
    );
    expect(root.name).toBe('A');
    expect(root.attributes).toEqual({ k: 'a&b', j: '>' });
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ['B', 'x<一<y>'],
      ['C', ''],
    ]);
  });

  it('refuses DOCTYPE and runaway nesting, and throws on malformed XML', () => {
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')).toThrow(XmlRefused);
    expect(() => parseXml(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`)).toThrow(XmlRefused);
    expect(() => parseXml('<a><b></a>')).toThrow(/mismatched/);
    expect(() => parseXml('<a>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
    expect(parseXml('<a>&unknown;</a>').text).toBe('&unknown;');
  });
});
