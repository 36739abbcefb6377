import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expandDeltas, resolvePackagePath } from '../../../electron/core/import/ofdPackage';
import { ofdText } from '../../../electron/core/import/ofdText';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { CORPUS_NAMES, corpusText } from '../../corpus';
import { zipBomb } from '../../fixtures/import/hostileZips';
import { noticePages, ofdPackage, pageContent } from '../../fixtures/import/ofdPackage';

async function text(bytes: Uint8Array): Promise<string> {
  const result = await ofdText(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

const lines = (source: string) =>
  source
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const essentials = (source: string) => {
  const notice = parseNotice(source);
  return {
    issuer: notice.issuer,
    docNumber: notice.docNumber?.text,
    title: notice.title,
    signedDate: notice.signedDate,
    clauses: notice.clauses.map((c) => `${c.level}:${c.number}`),
  };
};

describe('.ofd import', () => {
  it.each(CORPUS_NAMES)('reads %s from an OFD package over several pages, its 版头 in a page template', async (name) => {
    const source = corpusText(name);
    const pages = noticePages(source);
    expect(pages.length).toBeGreaterThan(1);
    const extracted = await text(await ofdPackage([pages]));
    expect(lines(extracted)).toEqual(lines(source));
    expect(essentials(extracted)).toEqual(essentials(source));
  });

  it('reads every document of a package, in order', async () => {
    const extracted = await text(await ofdPackage([[{ lines: ['第一份公文的正文'] }], [{ lines: ['第二份公文的正文'] }]]));
    expect(lines(extracted)).toEqual(['第一份公文的正文', '第二份公文的正文']);
  });

  it('places text codes by position: a code without X continues the previous one; DeltaX "g" runs', async () => {
    expect(expandDeltas('g 3 5.6 2.8')).toEqual([5.6, 5.6, 5.6, 2.8]);
    const content =
      '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer>' +
      '<ofd:TextObject Boundary="20 60 100 10" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 2 5">二、做</ofd:TextCode><ofd:TextCode DeltaX="5">好工</ofd:TextCode></ofd:TextObject>' +
      '<ofd:TextObject Boundary="20 50 100 10" Size="5"><ofd:TextCode X="0" Y="5">一、加强领导</ofd:TextCode></ofd:TextObject>' +
      '</ofd:Layer></ofd:Content></ofd:Page>';
    const extracted = await text(await ofdPackage([[{ lines: [] }]], { 'Doc_0/Pages/Page_0/Content.xml': content }));
    expect(lines(extracted)).toEqual(['一、加强领导', '二、做好工']);
  });

  it('resolves package paths without ever leaving the package', () => {
    expect(resolvePackagePath('Doc_0/', 'Pages/Page_0/Content.xml')).toBe('Doc_0/Pages/Page_0/Content.xml');
    expect(resolvePackagePath('Doc_0/', '/Doc_0/Pages/../Tpls/Tpl_0/Content.xml')).toBe('Doc_0/Tpls/Tpl_0/Content.xml');
    expect(resolvePackagePath('Doc_0/', '../../etc/passwd')).toBeNull();
    expect(resolvePackagePath('', '..\\OFD.xml')).toBeNull();
  });

  it('leaves out a page whose path climbs out of the package', async () => {
    const document =
      '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="../../../secret/Content.xml"/><ofd:Page ID="2" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>';
    const bytes = await ofdPackage([[{ lines: ['安全的正文内容'] }]], {
      'Doc_0/Document.xml': document,
      'secret/Content.xml': pageContent(['包外的内容']),
    });
    expect(lines(await text(bytes))).toEqual(['安全的正文内容']);
  });

  it('refuses a DOCTYPE with entity expansion (billion laughs) and an external entity, in Chinese', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    const bytes = await ofdPackage([[{ lines: [] }]], { 'Doc_0/Pages/Page_0/Content.xml': pageContent(['&lol3;'], { prolog: laughs }) });
    expect(await ofdText(bytes)).toEqual({ ok: false, error: expect.stringContaining('DOCTYPE') });
    const external = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const xxe = await ofdPackage([[{ lines: ['正文'] }]], {
      'OFD.xml': `${external}<ofd:OFD xmlns:ofd="x"><ofd:DocBody><ofd:DocRoot>&xxe;</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
    });
    expect(await ofdText(xxe)).toEqual({ ok: false, error: expect.stringContaining('恶意构造') });
  });

  it('explains random bytes, a truncated package, a package without OFD.xml, a zip bomb and a text-less OFD', async () => {
    const corrupt = { ok: false, error: '文件已损坏或不是有效的 OFD 版式文件' };
    expect(await ofdText(randomBytes(4096))).toEqual(corrupt);
    const good = await ofdPackage([noticePages(corpusText(CORPUS_NAMES[0]))]);
    expect(await ofdText(good.subarray(0, good.length - 200))).toEqual(corrupt);
    expect(await ofdText(await ofdPackage([[{ lines: ['正文'] }]], { 'OFD.xml': '<Other/>' }))).toEqual(corrupt);
    expect(await ofdText(await zipBomb(40))).toEqual({ ok: false, error: expect.stringContaining('压缩炸弹') });
    expect(await ofdText(await ofdPackage([[{ lines: [] }]]))).toEqual({ ok: false, error: expect.stringContaining('扫描件') });
  }, 20_000);
});
