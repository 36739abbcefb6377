/**
 * The 正文 of a notice as WordprocessingML paragraphs, for the {{正文}} tag of an office's own .docx
 * template: every paragraph indented 2 字, "一、" headings in 黑体, "（一）" headings in 楷体, the rest
 * in 仿宋 3号 — or in the template's own level styles where it defines them (see templateStyles).
 */
import type { NoticeBodyBlock } from '../../../shared/drafting/noticeDocument';
import { FONTS, type FontRole } from './fonts';
import { SIZE } from './gbt9704';
import type { LevelStyles, TemplateStyle } from './templateStyles';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fontProperties(role: FontRole): string {
  const f = FONTS[role];
  return `<w:rFonts w:ascii="${f.latin}" w:hAnsi="${f.latin}" w:eastAsia="${f.eastAsia}" w:cs="${f.latin}"/><w:sz w:val="${SIZE.sanhao * 2}"/><w:szCs w:val="${SIZE.sanhao * 2}"/>`;
}

interface RunLook {
  role: FontRole;
  /** A template style for this run: its character style, or its paragraph style's run properties. */
  style?: TemplateStyle | null;
}

export function bodyXml(body: NoticeBodyBlock[], styles: LevelStyles): string {
  const run = (text: string, look: RunLook): string => {
    if (!text) return '';
    let props: string;
    if (look.style?.type === 'character') props = `<w:rPr><w:rStyle w:val="${look.style.id}"/></w:rPr>`;
    else if (look.style) props = look.style.runProperties;
    else if (look.role === 'body' && styles.normalHasFont) props = '';
    else props = `<w:rPr>${fontProperties(look.role)}</w:rPr>`;
    return `<w:r>${props}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  };
  const paragraph = (runs: string[], paragraphStyle?: TemplateStyle | null) => {
    const style = paragraphStyle?.type === 'paragraph' ? `<w:pStyle w:val="${paragraphStyle.id}"/>` : '';
    // A template's paragraph style carries its own indentation; GB/T 9704 otherwise indents 2 字.
    const indent = style ? '' : '<w:ind w:firstLineChars="200" w:firstLine="640"/>';
    return `<w:p><w:pPr>${style}<w:jc w:val="both"/>${indent}</w:pPr>${runs.join('')}</w:p>`;
  };
  const out: string[] = [];
  for (const block of body) {
    if (block.kind === 'paragraph') {
      out.push(paragraph([run(block.text, { role: 'body' })]));
      continue;
    }
    const levelStyle = styles.levels[block.level - 1];
    if (block.level === 1) {
      // The 一、 line is a heading alone: a template paragraph style takes the whole paragraph.
      const heading = `${block.marker}${block.heading}`;
      const headingRun = levelStyle?.type === 'paragraph' ? bareRun(heading) : run(heading, { role: 'heading1', style: levelStyle });
      out.push(paragraph([headingRun, run(block.unitsNote, { role: 'body' })], levelStyle));
      continue;
    }
    const lines = block.rest.split('\n');
    lines.forEach((text, i) => {
      const runs: string[] = [];
      if (i === 0 && block.level === 2) runs.push(run(`${block.marker}${block.heading}`, { role: 'heading2', style: levelStyle }));
      else if (i === 0) runs.push(run(block.marker, { role: 'body', style: levelStyle }));
      runs.push(run(text, { role: 'body' }));
      if (i === lines.length - 1) runs.push(run(block.unitsNote, { role: 'body' }));
      if (runs.some(Boolean)) out.push(paragraph(runs));
    });
  }
  return out.join('');
}

/** A run with no properties of its own, so its paragraph's style decides its look. */
function bareRun(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}
