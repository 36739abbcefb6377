/**
 * word/styles.xml of every document: the defaults (3号 仿宋, black, Chinese) written into the Normal
 * style itself — LibreOffice sizes the character grid from Normal's own font size — and an "off-grid"
 * paragraph style for the 版头, 标题, 版记, tables and page numbers, which keep their natural widths.
 */
import { FONTS } from './fonts';
import { LINE_PITCH, SIZE } from './gbt9704';

export const OFF_GRID_STYLE = 'OffGrid';

/** Table cells: 小四 仿宋 left, 小四 仿宋 centred, and the 黑体 header. Styles keep a 1000-row table's XML small. */
export const TABLE_STYLES = { text: 'TableText', centred: 'TableTextCentred', header: 'TableHeader' } as const;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function bodyFonts(): string {
  const { eastAsia, latin } = FONTS.body;
  return `<w:rFonts w:ascii="${escapeXml(latin)}" w:eastAsia="${escapeXml(eastAsia)}" w:hAnsi="${escapeXml(latin)}" w:cs="${escapeXml(latin)}"/>`;
}

function tableStyles(): string {
  const size = SIZE.xiaosi * 2;
  const spacing = `<w:spacing w:before="40" w:after="40" w:line="${Math.round(SIZE.xiaosi * 20 * 1.4)}" w:lineRule="exact"/>`;
  const { eastAsia, latin } = FONTS.heading1;
  const style = (id: string, name: string, jc: string, fonts = '') =>
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${OFF_GRID_STYLE}"/>` +
    `<w:pPr>${spacing}<w:jc w:val="${jc}"/></w:pPr><w:rPr>${fonts}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  return (
    style(TABLE_STYLES.text, '公文表格文字', 'left') +
    style(TABLE_STYLES.centred, '公文表格文字居中', 'center') +
    style(TABLE_STYLES.header, '公文表头', 'center', `<w:rFonts w:ascii="${escapeXml(latin)}" w:eastAsia="${escapeXml(eastAsia)}" w:hAnsi="${escapeXml(latin)}" w:cs="${escapeXml(latin)}"/>`)
  );
}

export function stylesXml(): string {
  const size = SIZE.sanhao * 2;
  const spacing = `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${bodyFonts()}<w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
    `<w:pPrDefault><w:pPr>${spacing}</w:pPr></w:pPrDefault>` +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    `<w:pPr>${spacing}<w:jc w:val="both"/></w:pPr>` +
    `<w:rPr>${bodyFonts()}<w:color w:val="000000"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${OFF_GRID_STYLE}"><w:name w:val="公文不对齐网格"/>` +
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>' +
    tableStyles() +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    // The footnote and endnote parts the docx library always writes refer to these two.
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>' +
    '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>' +
    '</w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '</w:styles>'
  );
}
