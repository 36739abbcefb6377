/**
 * The fonts of GB/T 9704 by their Windows names, each written for both East Asian text (eastAsia) and
 * Latin/digits (ascii, hAnsi), and the font table that tells Word and WPS what to fall back to where a
 * font is missing (方正小标宋简体 cannot be shipped; 仿宋_GB2312 is absent from a stock Windows 10).
 */
import type { IFontAttributesProperties } from 'docx';

export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'pageNumber';

interface FontSpec {
  eastAsia: string;
  latin: string;
}

export const FONTS: Record<FontRole, FontSpec> = {
  /** 标题 and 发文机关标志: 小标宋. */
  title: { eastAsia: '方正小标宋简体', latin: '方正小标宋简体' },
  /** 正文 and most elements: 仿宋, digits in Times New Roman. */
  body: { eastAsia: '仿宋_GB2312', latin: 'Times New Roman' },
  /** "一、" level: 黑体. */
  heading1: { eastAsia: '黑体', latin: '黑体' },
  /** "（一）" level: 楷体. */
  heading2: { eastAsia: '楷体_GB2312', latin: 'Times New Roman' },
  /** 页码: 宋体, half-width digits. */
  pageNumber: { eastAsia: '宋体', latin: '宋体' },
};

export function runFont(role: FontRole): IFontAttributesProperties {
  const spec = FONTS[role];
  return { ascii: spec.latin, hAnsi: spec.latin, eastAsia: spec.eastAsia, cs: spec.latin };
}

interface FontTableEntry {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto';
  pitch: 'fixed' | 'variable';
}

/** Fallbacks: 仿宋_GB2312 → 仿宋 (FangSong), 楷体_GB2312 → 楷体 (KaiTi), 方正小标宋简体 → 宋体. */
const FONT_TABLE: FontTableEntry[] = [
  { name: '仿宋_GB2312', altName: '仿宋', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  { name: '方正小标宋简体', altName: '宋体', panose: '02000000000000000000', charset: '86', family: 'script', pitch: 'variable' },
  { name: 'Times New Roman', panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** word/fontTable.xml naming every font the documents use, with its fallback. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${escapeXml(f.name)}">` +
      (f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : '') +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/>` +
      `</w:font>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts +
    '</w:fonts>'
  );
}
