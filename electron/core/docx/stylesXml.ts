/**
 * word/styles.xml of every document. Normal is the 正文 of GB/T 9704: 3号 仿宋, black, lines of exactly
 * one grid pitch (22 to the type area) and characters of 15.7 pt (28 to the line), set by line and
 * character spacing rather than by snapping to the section's character grid, which LibreOffice lays
 * out differently from Word and WPS (it gives a 16 pt character two cells of a 15.8 pt grid, 14 to the
 * line). Like the 公文 templates, it also turns off widow control (every page holds 22 lines) and the
 * grid's right-indent adjustment. Every other paragraph style builds on it: "Natural" for text of other
 * sizes (版头, 标题, 版记, page numbers, tables), which keeps the font's own advance.
 */
import { FONTS } from './fonts';
import { CHAR_SPACING, LINE_PITCH, SIZE } from './gbt9704';

export const NATURAL_STYLE = 'Natural';

/** Table cells: 小四 仿宋 left, 小四 仿宋 centred, and the 黑体 header. Styles keep a 1000-row table's XML small. */
export const TABLE_STYLES = { text: 'TableText', centred: 'TableTextCentred', header: 'TableHeader' } as const;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function fonts(role: 'body' | 'heading1'): string {
  const { eastAsia, latin } = FONTS[role];
  return `<w:rFonts w:ascii="${escapeXml(latin)}" w:eastAsia="${escapeXml(eastAsia)}" w:hAnsi="${escapeXml(latin)}" w:cs="${escapeXml(latin)}"/>`;
}

function tableStyles(): string {
  const size = SIZE.xiaosi * 2;
  const spacing = `<w:spacing w:before="40" w:after="40" w:line="${Math.round(SIZE.xiaosi * 20 * 1.4)}" w:lineRule="exact"/>`;
  const style = (id: string, name: string, jc: string, runFonts = '') =>
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${NATURAL_STYLE}"/>` +
    `<w:pPr>${spacing}<w:jc w:val="${jc}"/></w:pPr><w:rPr>${runFonts}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  return (
    style(TABLE_STYLES.text, '公文表格文字', 'left') +
    style(TABLE_STYLES.centred, '公文表格文字居中', 'center') +
    style(TABLE_STYLES.header, '公文表头', 'center', fonts('heading1'))
  );
}

export function stylesXml(): string {
  const size = SIZE.sanhao * 2;
  const spacing = `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${fonts('body')}<w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
    `<w:pPrDefault><w:pPr>${spacing}</w:pPr></w:pPrDefault>` +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:widowControl w:val="0"/><w:adjustRightInd w:val="0"/><w:snapToGrid w:val="0"/>${spacing}<w:jc w:val="both"/></w:pPr>` +
    `<w:rPr>${fonts('body')}<w:color w:val="000000"/><w:spacing w:val="${CHAR_SPACING}"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${NATURAL_STYLE}"><w:name w:val="公文自然字距"/>` +
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:spacing w:val="0"/></w:rPr></w:style>' +
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
